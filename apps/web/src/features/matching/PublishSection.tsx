import { useState } from 'react';
import { Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import type { MatchingRun, Pair } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { AppDialog } from '../../components/AppDialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { TableScroll } from '../../components/TableScroll';
import { PairStatusTag, ResponseTag } from './tags';
import { usePublish, useProgramPairs } from './api';
import { useMatchingFormat, useWhere } from './format';
import { LiveNotice } from './LiveNotice';
import { isOutdatedRun, publishablePairs } from './publishable';

/** Publish the shown run (after a confirmation that says who is mailed), then follow the answers. */
export function PublishSection({ programId, run }: { programId: string; run: MatchingRun | undefined }) {
  const { t } = useTranslation();
  const f = useMatchingFormat();
  const publish = usePublish(programId);
  const [confirming, setConfirming] = useState(false);
  const [notice, setNotice] = useState('');
  const programPairs = useProgramPairs(programId);
  const finished = run?.status === 'done' && run.pairs.length > 0;
  // Nothing left to publish once every adept of the run has a published or active pair.
  const left = publishablePairs(run, programPairs.data);
  const ready = finished && programPairs.isSuccess && left.length > 0;
  // Refused because the program changed since the run (decision 0200): someone left, or places were taken meanwhile.
  const outdated = isOutdatedRun(publish.error);

  const onConfirm = () => {
    if (!run) return;
    publish.mutate(run.id, {
      onSuccess: (pairs) => {
        setConfirming(false);
        setNotice(t('matching:publish.done', { count: pairs.length }));
      },
      onError: () => setConfirming(false),
    });
  };

  return (
    <>
      <section aria-labelledby="matching-publish" className="section" id="publish">
        <Heading level={2} data-size="sm" id="matching-publish">
          {t('matching:publish.heading')}
        </Heading>
        <Paragraph>{t('matching:publish.intro')}</Paragraph>
        {!finished ? <Paragraph data-size="sm">{t('matching:publish.notDone')}</Paragraph> : null}
        {finished && programPairs.isSuccess && !left.length ? (
          <Paragraph data-size="sm" data-testid="publish-nothing-left">
            {t('matching:publish.nothingLeft')}
          </Paragraph>
        ) : null}
        <div className="page__actions">
          <Button
            onClick={() => {
              setNotice('');
              publish.reset();
              setConfirming(true);
            }}
            disabled={!ready}
          >
            {t('matching:publish.button')}
          </Button>
        </div>
        <ErrorAlert
          error={publish.error}
          messages={{ conflict: outdated ? t('matching:publish.outdated') : t('matching:publish.nothingLeft') }}
        />
        <LiveNotice message={notice} />
        {run ? (
          <AppDialog open={confirming} onClose={() => setConfirming(false)} title={t('matching:publish.confirmTitle')}>
            <div className="form">
              <Paragraph>{t('matching:publish.confirmText', { count: left.length, date: f.date(run.createdAt) })}</Paragraph>
              <Paragraph data-size="sm">{t('matching:publish.confirmSkip')}</Paragraph>
              <div className="form__actions">
                <Button onClick={onConfirm} loading={publish.isPending}>
                  {t('matching:publish.confirm')}
                </Button>
                <Button variant="tertiary" onClick={() => setConfirming(false)}>
                  {t('common:common.cancel')}
                </Button>
              </div>
            </div>
          </AppDialog>
        ) : null}
      </section>
      <ProgramPairs programId={programId} />
    </>
  );
}

/** The program's published pairs: status, both answers and (for coordinators) why someone declined. */
function ProgramPairs({ programId }: { programId: string }) {
  const where = useWhere();
  const { t } = useTranslation();
  const pairs = useProgramPairs(programId);
  const declineText = (p: Pair) => {
    if (p.status !== 'declined') return t('common:common.none');
    const who = p.declinedBy ? t('matching:programPairs.declinedBy', { role: t(`matching:role.${p.declinedBy}`) }) : '';
    return `${who} ${p.declineReason ?? t('matching:programPairs.noReason')}`.trim();
  };
  return (
    <section aria-labelledby="matching-program-pairs" className="section" id="published">
      <Heading level={2} data-size="sm" id="matching-program-pairs">
        {t('matching:programPairs.heading')}
      </Heading>
      {pairs.isPending ? <Loading /> : null}
      <ErrorAlert error={pairs.error} />
      {pairs.data && pairs.data.length === 0 ? <Paragraph>{t('matching:programPairs.none')}</Paragraph> : null}
      {pairs.data && pairs.data.length > 0 ? (
        <TableScroll label={t('matching:programPairs.caption')}>
          <Table data-size="sm" zebra>
            <caption className="ds-sr-only">{t('matching:programPairs.caption')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('matching:programPairs.adept')}</Table.HeaderCell>
                <Table.HeaderCell>{t('matching:programPairs.mentor')}</Table.HeaderCell>
                <Table.HeaderCell>{t('matching:programPairs.status')}</Table.HeaderCell>
                <Table.HeaderCell>{t('matching:programPairs.adeptResponse')}</Table.HeaderCell>
                <Table.HeaderCell>{t('matching:programPairs.mentorResponse')}</Table.HeaderCell>
                <Table.HeaderCell>{t('matching:programPairs.declineReason')}</Table.HeaderCell>
                <Table.HeaderCell>{t('matching:programPairs.published')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {pairs.data.map((p) => (
                <Table.Row key={p.id}>
                  <Table.Cell>
                    {p.adept.name}
                    <div className="cell-note matching-note">{where(p.adept)}</div>
                  </Table.Cell>
                  <Table.Cell>
                    {p.mentor.name}
                    <div className="cell-note matching-note">{where(p.mentor)}</div>
                  </Table.Cell>
                  <Table.Cell>
                    <PairStatusTag status={p.status} />
                  </Table.Cell>
                  <Table.Cell>
                    <ResponseTag response={p.adeptResponse} />
                  </Table.Cell>
                  <Table.Cell>
                    <ResponseTag response={p.mentorResponse} />
                  </Table.Cell>
                  <Table.Cell>{declineText(p)}</Table.Cell>
                  <Table.Cell>
                    <FormattedDate iso={p.publishedAt} />
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      ) : null}
    </section>
  );
}

function FormattedDate({ iso }: { iso: string }) {
  const f = useMatchingFormat();
  return <time dateTime={iso}>{f.date(iso)}</time>;
}
