import { Button, Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { TableScroll } from '../../components/TableScroll';
import type { RunSummary } from './api';
import { CompareRuns } from './CompareRuns';
import { useMatchingFormat } from './format';

const STATUS_COLOR = { queued: 'neutral', running: 'info', done: 'success', failed: 'danger' } as const;

type HistorySectionProps = { programId: string; runs: RunSummary[]; selectedId: string | undefined; onSelect: (runId: string) => void };

/** Every run of the program, newest first: show one, or compare two. */
export function HistorySection({ programId, runs, selectedId, onSelect }: HistorySectionProps) {
  const { t } = useTranslation();
  const f = useMatchingFormat();
  return (
    <section aria-labelledby="matching-history" className="section" id="history">
      <Heading level={2} data-size="sm" id="matching-history">
        {t('matching:history.heading')}
      </Heading>
      {runs.length === 0 ? (
        <Paragraph>{t('matching:history.none')}</Paragraph>
      ) : (
        <TableScroll label={t('matching:history.caption')}>
          <Table data-size="sm" zebra>
            <caption className="ds-sr-only">{t('matching:history.caption')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('matching:history.created')}</Table.HeaderCell>
                <Table.HeaderCell>{t('matching:history.status')}</Table.HeaderCell>
                <Table.HeaderCell className="num">{t('matching:history.matched')}</Table.HeaderCell>
                <Table.HeaderCell className="num">{t('matching:history.totalScore')}</Table.HeaderCell>
                <Table.HeaderCell>
                  <span className="ds-sr-only">{t('matching:history.show')}</span>
                </Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {runs.map((r) => {
                const date = f.date(r.createdAt);
                return (
                  <Table.Row key={r.id}>
                    <Table.Cell>
                      <time dateTime={r.createdAt}>{date}</time>
                    </Table.Cell>
                    <Table.Cell>
                      <Tag data-color={STATUS_COLOR[r.status]} data-size="sm">
                        {r.status === 'running'
                          ? `${t('matching:history.statuses.running')} (${r.progress} %)`
                          : t(`matching:history.statuses.${r.status}`)}
                      </Tag>
                    </Table.Cell>
                    <Table.Cell className="num">{r.matchedCount ?? t('common:common.none')}</Table.Cell>
                    <Table.Cell className="num">{f.num(r.totalScore)}</Table.Cell>
                    <Table.Cell>
                      {r.id === selectedId ? (
                        <span className="matching-note">{t('matching:history.current')}</span>
                      ) : (
                        <Button
                          variant="tertiary"
                          data-size="sm"
                          aria-label={t('matching:history.showLabel', { date })}
                          onClick={() => onSelect(r.id)}
                        >
                          {t('matching:history.show')}
                        </Button>
                      )}
                    </Table.Cell>
                  </Table.Row>
                );
              })}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
      {runs.filter((r) => r.status === 'done').length >= 2 ? (
        <CompareRuns programId={programId} runs={runs.filter((r) => r.status === 'done')} />
      ) : null}
    </section>
  );
}
