import { useState } from 'react';
import { Alert, Button, Heading, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import type { Dashboard } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../components/AppLink';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { NotFoundPage } from '../../components/NotFound';
import { Page } from '../../components/Page';
import { ApiError } from '../../api/errors';
import { useProgram } from '../programs';
import { exportUrl, reportPdfUrl, useDashboard, useSurveys, useWaveResults } from './api';
import { Figure, MeasureTable, SuppressionNote } from './FigureTable';
import { FigureChart } from './FigureChart';
import { EvSection, EvTable } from './parts';
import { ScheduleForm } from './ScheduleForm';
import { RematchRequests, ScheduledSurveys } from './SurveyAdmin';
import './evaluation.css';

/** /programs/$programId/evaluation: the coordinator's follow-up — schedule, response rates, figures (never answers), report. */
export function EvaluationPage({ programId }: { programId: string }) {
  const { t, i18n } = useTranslation();
  const program = useProgram(programId);
  const surveys = useSurveys(programId);
  const dashboard = useDashboard(programId);
  const [waveId, setWaveId] = useState<string | null>(null);
  const error = surveys.error ?? program.error;
  if (error instanceof ApiError && (error.code === 'not_found' || error.code === 'validation')) return <NotFoundPage />;
  const name = program.data?.name;
  const lang = (['sv', 'nb', 'en'].includes(i18n.language) ? i18n.language : 'sv') as 'sv' | 'nb' | 'en';
  const k = surveys.data?.minGroupSize ?? 5;

  return (
    <Page
      title={name ? t('evaluation:page.title', { program: name }) : t('evaluation:page.loadingTitle')}
      lead={t('evaluation:page.lead', { k })}
    >
      <p>
        <AppLink to="/programs/$programId" params={{ programId }}>
          {t('evaluation:page.back')}
        </AppLink>
      </p>
      <ErrorAlert error={error} messages={{ forbidden: t('evaluation:page.forbidden') }} />
      {surveys.isPending ? <Loading /> : null}
      {surveys.data ? (
        <>
          <Alert data-color="info" className="ev-notice">
            <Paragraph>{t('evaluation:page.anonymity', { k })}</Paragraph>
          </Alert>
          <ScheduleForm programId={programId} />
          <ScheduledSurveys programId={programId} surveys={surveys.data.surveys} languages={program.data?.languages ?? ['sv']} />
          <EvSection id="ev-surveys" heading={t('evaluation:page.surveysHeading')}>
            {surveys.data.surveys.length === 0 ? <Paragraph>{t('evaluation:page.noSurveys')}</Paragraph> : null}
            {surveys.data.surveys.length ? (
              <EvTable
                caption={t('evaluation:page.surveysHeading')}
                testId="survey-waves"
                headers={[
                  t('evaluation:page.survey'),
                  t('evaluation:page.opens'),
                  t('evaluation:page.responses'),
                  t('evaluation:page.results'),
                ]}
              >
                {surveys.data.surveys.flatMap((s) =>
                  s.waves.length === 0
                    ? [
                        <Table.Row key={s.id}>
                          <Table.Cell>{t(`evaluation:occasion.${s.kind}`)}</Table.Cell>
                          <Table.Cell colSpan={3}>{t('evaluation:page.notYetOpen')}</Table.Cell>
                        </Table.Row>,
                      ]
                    : s.waves.map((w) => (
                        <Table.Row key={w.id}>
                          <Table.Cell>{t(`evaluation:occasion.${s.kind}`)}</Table.Cell>
                          <Table.Cell>{w.opensOn}</Table.Cell>
                          <Table.Cell>{t('evaluation:page.answeredOf', { answered: w.answered, invited: w.invited })}</Table.Cell>
                          <Table.Cell>
                            <Button variant="secondary" data-size="sm" aria-pressed={waveId === w.id} onClick={() => setWaveId(w.id)}>
                              {t('evaluation:page.showResults')}
                            </Button>
                          </Table.Cell>
                        </Table.Row>
                      )),
                )}
              </EvTable>
            ) : null}
          </EvSection>
          {waveId ? <WaveResults programId={programId} waveId={waveId} k={k} /> : null}
          <RematchRequests programId={programId} />
          {dashboard.data ? (
            <EvSection id="ev-funnel" heading={t('evaluation:page.funnelHeading')}>
              <SuppressionNote k={k} />
              <FigureChart
                caption={t('evaluation:page.funnelHeading')}
                rows={dashboard.data.funnel.map((f) => ({ key: f.step, label: t(`evaluation:funnel.${f.step}`), figure: f.figure }))}
              />
              <EvTable
                caption={t('evaluation:page.funnelHeading')}
                testId="funnel"
                headers={[t('evaluation:page.step'), t('evaluation:page.people')]}
              >
                {dashboard.data.funnel.map((f) => (
                  <Table.Row key={f.step}>
                    <Table.HeaderCell scope="row">{t(`evaluation:funnel.${f.step}`)}</Table.HeaderCell>
                    <Table.Cell>
                      <Figure figure={f.figure} />
                    </Table.Cell>
                  </Table.Row>
                ))}
                {dashboard.data.pairHealth.map((h) => (
                  <Table.Row key={h.key}>
                    <Table.HeaderCell scope="row">{t(`evaluation:pairHealth.${h.key}`)}</Table.HeaderCell>
                    <Table.Cell>
                      <Figure figure={h.figure} />
                    </Table.Cell>
                  </Table.Row>
                ))}
              </EvTable>
            </EvSection>
          ) : null}
          {dashboard.data ? <Attendance attendance={dashboard.data.attendance} /> : null}
          <EvSection id="ev-report" heading={t('evaluation:page.reportHeading')}>
            <ul className="ev-links">
              <li>
                <Link href={reportPdfUrl(programId, lang)} data-testid="report-pdf">
                  {t('evaluation:page.reportPdf')}
                </Link>
              </li>
              <li>
                <Link href={exportUrl(programId, 'xlsx', lang)}>{t('evaluation:page.exportXlsx')}</Link>
              </li>
              <li>
                <Link href={exportUrl(programId, 'csv', lang)}>{t('evaluation:page.exportCsv')}</Link>
              </li>
            </ul>
          </EvSection>
        </>
      ) : null}
    </Page>
  );
}

/** Attendance at the program's past events: of those recorded, attended and absent (hidden parts as `..`). */
function Attendance({ attendance }: { attendance: Dashboard['attendance'] }) {
  const { t } = useTranslation();
  const caption = t('evaluation:page.attendanceHeading');
  return (
    <EvSection id="ev-attendance" heading={caption}>
      {attendance.length === 0 ? (
        <Paragraph>{t('evaluation:page.noAttendance')}</Paragraph>
      ) : (
        <EvTable
          caption={caption}
          testId="attendance"
          headers={[t('evaluation:page.event'), t('evaluation:page.recorded'), t('evaluation:page.attended'), t('evaluation:page.absent')]}
        >
          {attendance.map((e) => (
            <Table.Row key={e.eventId}>
              <Table.HeaderCell scope="row">
                {e.title} ({e.startsOn})
              </Table.HeaderCell>
              <Table.Cell>
                <Figure figure={e.recorded} />
              </Table.Cell>
              <Table.Cell>
                <Figure figure={e.attended} />
              </Table.Cell>
              <Table.Cell>
                <Figure figure={e.absent} />
              </Table.Cell>
            </Table.Row>
          ))}
        </EvTable>
      )}
    </EvSection>
  );
}

function WaveResults({ programId, waveId, k }: { programId: string; waveId: string; k: number }) {
  const { t } = useTranslation();
  const results = useWaveResults(programId, waveId);
  return (
    <EvSection
      id="ev-results"
      testId="wave-results"
      heading={
        results.data
          ? t('evaluation:page.resultsHeading', { survey: t(`evaluation:occasion.${results.data.kind}`) })
          : t('evaluation:page.results')
      }
    >
      <ErrorAlert error={results.error} />
      {results.isPending ? <Loading /> : null}
      {results.data ? (
        <>
          <Paragraph>
            {t('evaluation:page.answeredOf', { answered: results.data.wave.answered, invited: results.data.wave.invited })}
          </Paragraph>
          {results.data.wave.answered < k ? (
            <Alert data-color="warning" data-testid="too-few">
              <Paragraph>{t('evaluation:page.tooFew', { k })}</Paragraph>
            </Alert>
          ) : null}
          <Paragraph data-size="sm">{t('evaluation:report.suppressionNote', { k })}</Paragraph>
          {results.data.measures.map((m) => (
            <MeasureTable key={`${m.instrument}-${m.measure}`} measure={m} />
          ))}
          {results.data.texts.map((x) => (
            <div key={x.question} className="ev-texts">
              <Heading level={3} data-size="xs">
                {x.question}
              </Heading>
              {x.answers ? (
                <ul>
                  {x.answers.map((a, i) => (
                    <li key={i}>{a}</li>
                  ))}
                </ul>
              ) : (
                <Paragraph>{t('evaluation:page.textsHidden', { k })}</Paragraph>
              )}
            </div>
          ))}
        </>
      ) : null}
    </EvSection>
  );
}
