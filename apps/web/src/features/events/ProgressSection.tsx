import { useState } from 'react';
import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import type { Completion, Program } from '@lots/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Pager } from '../../components/Pager';
import { TableScroll } from '../../components/TableScroll';
import { attendanceReportQuery, completionQuery, myTimeSpentQuery, timeSpentSummaryQuery, useEvents } from './api';

const PAGE = 20;
const hours = (n: number) => n.toLocaleString(undefined, { maximumFractionDigits: 1 });

/** "Attended 3 of 4 inspiration meetings", per kind of required event. */
function CompletionLines({ completion }: { completion: Completion }) {
  const { t } = useTranslation();
  if (completion.required === 0) return <Paragraph>{t('events:progress.noRequired')}</Paragraph>;
  return (
    <ul className="plain-list">
      {completion.byKind
        .filter((k) => k.required > 0)
        .map((k) => (
          <li key={k.kind}>
            {t('events:progress.attendedOf', { attended: k.attended, required: k.required, kind: t(`events:eventKind.${k.kind}`) })}
          </li>
        ))}
    </ul>
  );
}

/** My own progress: required events attended and my hours against the program's expected hours. */
function MyProgress({ program }: { program: Program }) {
  const { t } = useTranslation();
  const completion = useQuery(completionQuery(program.id));
  const time = useQuery(myTimeSpentQuery(program.id));
  return (
    <section aria-labelledby="my-progress-heading" className="section">
      <Heading level={2} data-size="sm" id="my-progress-heading">
        {t('events:progress.myHeading')}
      </Heading>
      <ErrorAlert error={completion.error ?? time.error} />
      {completion.data ? <CompletionLines completion={completion.data} /> : null}
      {time.data ? (
        <Paragraph data-testid="my-time">
          {time.data.expectedHours
            ? t('events:progress.myHoursOf', {
                total: hours(time.data.totalHours),
                expected: time.data.expectedHours,
                pair: hours(time.data.pairHours),
                events: hours(time.data.eventHours),
              })
            : t('events:progress.myHours', {
                total: hours(time.data.totalHours),
                pair: hours(time.data.pairHours),
                events: hours(time.data.eventHours),
              })}
        </Paragraph>
      ) : null}
    </section>
  );
}

/** The coordinators' view: required events attended per participant, and time spent as totals and a distribution only. */
function CohortProgress({ program }: { program: Program }) {
  const { t } = useTranslation();
  const [offset, setOffset] = useState(0);
  const report = useQuery(attendanceReportQuery(program.id, offset, PAGE));
  const time = useQuery(timeSpentSummaryQuery(program.id));
  return (
    <section aria-labelledby="cohort-progress-heading" className="section">
      <Heading level={2} data-size="sm" id="cohort-progress-heading">
        {t('events:progress.cohortHeading')}
      </Heading>
      <ErrorAlert error={report.error ?? time.error} />
      {time.data ? (
        <>
          <Heading level={3} data-size="2xs">
            {t('events:progress.timeHeading')}
          </Heading>
          <Paragraph data-testid="time-summary">
            {time.data.medianHours === null || time.data.totalHours === null
              ? t('events:progress.timeSuppressed', { count: time.data.participants })
              : t('events:progress.timeSummary', {
                  count: time.data.participants,
                  total: hours(time.data.totalHours),
                  median: hours(time.data.medianHours),
                })}
            {time.data.expectedHours ? ` ${t('events:progress.expected', { expected: time.data.expectedHours })}` : ''}
          </Paragraph>
          {time.data.distribution.length ? (
            <TableScroll label={t('events:progress.distributionCaption')}>
              <Table data-size="sm">
                <caption>{t('events:progress.distributionCaption')}</caption>
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell>{t('events:progress.band')}</Table.HeaderCell>
                    <Table.HeaderCell className="num">{t('events:progress.people')}</Table.HeaderCell>
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {time.data.distribution.map((d) => (
                    <Table.Row key={d.band}>
                      <Table.Cell>{t(`events:progress.bands.${d.band}`)}</Table.Cell>
                      <Table.Cell className="num">
                        {d.count === null ? <abbr title={t('events:progress.hidden')}>..</abbr> : d.count}
                      </Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            </TableScroll>
          ) : null}
        </>
      ) : null}
      {report.data && report.data.items.length ? (
        <>
          <Heading level={3} data-size="2xs">
            {t('events:progress.attendanceHeading')}
          </Heading>
          <TableScroll label={t('events:progress.attendanceCaption')}>
            <Table data-size="sm" zebra>
              <caption className="ds-sr-only">{t('events:progress.attendanceCaption')}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t('events:attendancePanel.name')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('events:progress.role')}</Table.HeaderCell>
                  <Table.HeaderCell className="num">{t('events:progress.requiredAttended')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {report.data.items.map((p) => (
                  <Table.Row key={p.personId}>
                    <Table.Cell>
                      {p.name}
                      <br />
                      <span className="muted">{p.organisationName}</span>
                    </Table.Cell>
                    <Table.Cell>{t(`events:attendancePanel.role.${p.role}`)}</Table.Cell>
                    <Table.Cell className="num">
                      {t('events:progress.ofRequired', { attended: p.completion.attended, required: p.completion.required })}
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </TableScroll>
          <Pager total={report.data.total} limit={PAGE} offset={offset} onChange={setOffset} />
        </>
      ) : null}
    </section>
  );
}

/**
 * Completion and time spent on the program page: a participant sees their own; those who see the
 * program's people see each participant's required events attended and time as totals and a distribution only.
 */
export function ProgressSection({ program }: { program: Program }) {
  const events = useEvents(program.id, 0, 20);
  const participant = Boolean(events.data?.items.some((e) => e.myInvitation !== null)) && !program.can.manage;
  if (program.status === 'draft') return null;
  return (
    <>
      {participant ? <MyProgress program={program} /> : null}
      {program.can.people ? <CohortProgress program={program} /> : null}
    </>
  );
}
