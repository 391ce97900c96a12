import { useEffect, useRef, useState } from 'react';
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { MyApplication } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { ProgramText } from '../programs';
import { AppDialog } from '../../components/AppDialog';
import { ErrorAlert, Notice } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { Pager } from '../../components/Pager';
import { useRoleLabel } from '../../components/labels';
import { formatDateTime } from '../../i18n';
import { useDeleteMySensitiveAnswer, useMyApplications } from './api';

const LIMIT = 10;

/**
 * My profile's applications (issue 10 item 7): everything the person gave in every program —
 * closed and archived ones too — and the special-category answer with a button that deletes it
 * after a confirmation.
 */
export function MyApplications() {
  const { t } = useTranslation();
  const [offset, setOffset] = useState(0);
  const list = useMyApplications({ limit: LIMIT, offset });
  const remove = useDeleteMySensitiveAnswer();
  const [confirming, setConfirming] = useState<MyApplication | null>(null);
  const [deleted, setDeleted] = useState(false);
  const noticeRef = useRef<HTMLDivElement>(null);
  // The delete button is gone after deleting: focus goes to the notice that says it is done.
  useEffect(() => {
    if (deleted && !confirming) noticeRef.current?.focus();
  }, [deleted, confirming]);

  return (
    <section aria-labelledby="my-applications-heading" className="section">
      <Heading level={2} data-size="sm" id="my-applications-heading">
        {t('me:applications.heading')}
      </Heading>
      <Paragraph>{t('me:applications.intro')}</Paragraph>
      <div aria-live="polite" ref={noticeRef} tabIndex={-1}>
        {deleted ? <Notice>{t('me:applications.deleted')}</Notice> : null}
      </div>
      <ErrorAlert error={list.error} />
      {list.isPending ? <Loading /> : null}
      {list.data && list.data.total === 0 ? <Paragraph>{t('me:applications.none')}</Paragraph> : null}
      {list.data?.items.map((a) => (
        <OneApplication key={a.id} application={a} onDelete={() => setConfirming(a)} />
      ))}
      {list.data ? <Pager total={list.data.total} limit={LIMIT} offset={offset} onChange={setOffset} /> : null}
      <AppDialog open={confirming !== null} onClose={() => setConfirming(null)} title={t('me:applications.deleteHeading')}>
        <Paragraph>{t('me:applications.deleteConfirm', { program: confirming?.programName ?? '' })}</Paragraph>
        <ErrorAlert error={remove.error} />
        <div className="form__actions">
          <Button
            data-color="danger"
            loading={remove.isPending}
            onClick={() =>
              confirming &&
              remove.mutate(confirming.id, {
                onSuccess: () => {
                  setDeleted(true);
                  setConfirming(null);
                },
              })
            }
          >
            {t('me:applications.deleteSubmit')}
          </Button>
          <Button variant="tertiary" onClick={() => setConfirming(null)}>
            {t('common:common.cancel')}
          </Button>
        </div>
      </AppDialog>
    </section>
  );
}

function OneApplication({ application: a, onDelete }: { application: MyApplication; onDelete: () => void }) {
  const { t } = useTranslation();
  const roleLabel = useRoleLabel();
  const headingId = `my-application-${a.id}`;
  const profile = useProfileFacts(a.profile, a.role);
  return (
    <article aria-labelledby={headingId} className="my-application">
      <Heading level={3} data-size="xs" id={headingId}>
        <ProgramText languages={a.programLanguages}>{a.programName}</ProgramText>
      </Heading>
      <dl className="facts facts--stack">
        <dt>{t('me:applications.role')}</dt>
        <dd>{roleLabel(a.role)}</dd>
        <dt>{t('me:applications.status')}</dt>
        <dd>{t(`applications:applicationStatus.${a.status}`)}</dd>
        <dt>{t('me:applications.programStatus')}</dt>
        <dd>{t(`programs:programStatus.${a.programStatus}`)}</dd>
        {a.submittedAt ? (
          <>
            <dt>{t('me:applications.submittedAt')}</dt>
            <dd>{formatDateTime(a.submittedAt)}</dd>
          </>
        ) : null}
        {profile.map(([label, value]) => (
          <FactRow key={label} label={label} value={value} />
        ))}
        {a.answers.map((answer) => (
          <FactRow
            key={answer.questionId}
            label={answer.label}
            value={Array.isArray(answer.value) ? answer.value.join(', ') : String(answer.value ?? '')}
          />
        ))}
      </dl>
      {a.sensitive ? (
        <div className="my-application__sensitive">
          <Heading level={4} data-size="2xs">
            {t('me:applications.sensitiveHeading')}
          </Heading>
          <Paragraph>
            {a.sensitive.underRepresented ? t('applications:apply.sensitive.yes') : t('applications:apply.sensitive.no')}
          </Paragraph>
          <Paragraph data-size="sm">
            {t('me:applications.consentAt', { date: formatDateTime(a.sensitive.consentAt) })}{' '}
            {a.sensitive.deletesAt
              ? t('me:applications.deletesAt', { date: formatDateTime(a.sensitive.deletesAt) })
              : t('me:applications.kept')}
          </Paragraph>
          <div>
            <Button variant="secondary" data-color="danger" onClick={onDelete}>
              {t('me:applications.delete')}
            </Button>
          </div>
        </div>
      ) : null}
    </article>
  );
}

function FactRow({ label, value }: { label: string; value: string }) {
  return (
    <>
      <dt>{label}</dt>
      <dd className="my-application__value">{value}</dd>
    </>
  );
}

/** The profile the form kept, as label and value, leaving out what is empty. */
function useProfileFacts(p: MyApplication['profile'], role: MyApplication['role']): [string, string][] {
  const { t } = useTranslation();
  const list = (v: string[] | undefined) => (v?.length ? v.join(', ') : '');
  const yesNo = (v: boolean | null | undefined) => (v == null ? '' : v ? t('common:common.yes') : t('common:common.no'));
  const rows: [string, string | number | null | undefined][] = [
    [t('applications:apply.title'), p.title],
    [t('applications:apply.unitName'), p.unitName],
    [t('applications:apply.yearsAsManager'), p.yearsAsManager],
    [t('applications:apply.staffResponsibility'), yesNo(p.staffResponsibility)],
    [t('applications:apply.birthYear'), p.birthYear],
    [t(`applications:apply.developmentGoals.${role}`), p.developmentGoals],
    [t('applications:apply.wishes'), p.wishes],
    [t('applications:apply.competenceAreas'), list(p.competenceAreas)],
    [t('applications:apply.interests'), list(p.interests)],
    [t('applications:apply.languages'), list(p.languages)],
    [t('applications:apply.location'), p.location],
    [t('applications:apply.meetingPreference'), p.meetingPreference ? t(`applications:meetingPreference.${p.meetingPreference}`) : ''],
    [t('applications:apply.availability'), p.availability],
    [t('applications:apply.mentorCapacity'), p.mentorCapacity],
    [t('applications:apply.tooClose'), list(p.tooClose)],
  ];
  return rows
    .filter((r): r is [string, string | number] => r[1] !== null && r[1] !== undefined && r[1] !== '')
    .map(([l, v]) => [l, String(v)]);
}
