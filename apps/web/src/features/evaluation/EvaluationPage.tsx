import { useState } from 'react';
import { Alert, Button, Checkbox, Fieldset, Heading, Link, Paragraph, Table, Textfield } from '@digdir/designsystemet-react';
import { INSTRUMENTS, SURVEY_KINDS, type Dashboard, type SurveyKind } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../components/AppLink';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { NotFoundPage } from '../../components/NotFound';
import { Page } from '../../components/Page';
import { SelectField } from '../../components/SelectField';
import { TableScroll } from '../../components/TableScroll';
import { ApiError } from '../../api/errors';
import { useProgram } from '../programs';
import { exportUrl, reportPdfUrl, useAddSurvey, useDashboard, useSurveys, useWaveResults } from './api';
import { Figure, MeasureTable, SuppressionNote } from './FigureTable';
import { FigureChart } from './FigureChart';
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
          <section aria-labelledby="ev-surveys" className="section">
            <Heading level={2} data-size="sm" id="ev-surveys">
              {t('evaluation:page.surveysHeading')}
            </Heading>
            {surveys.data.surveys.length === 0 ? <Paragraph>{t('evaluation:page.noSurveys')}</Paragraph> : null}
            {surveys.data.surveys.length ? (
              <TableScroll label={t('evaluation:page.surveysHeading')}>
                <Table data-size="sm" data-testid="survey-waves">
                  <caption className="ds-sr-only">{t('evaluation:page.surveysHeading')}</caption>
                  <Table.Head>
                    <Table.Row>
                      <Table.HeaderCell>{t('evaluation:page.survey')}</Table.HeaderCell>
                      <Table.HeaderCell>{t('evaluation:page.opens')}</Table.HeaderCell>
                      <Table.HeaderCell>{t('evaluation:page.responses')}</Table.HeaderCell>
                      <Table.HeaderCell>{t('evaluation:page.results')}</Table.HeaderCell>
                    </Table.Row>
                  </Table.Head>
                  <Table.Body>
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
                  </Table.Body>
                </Table>
              </TableScroll>
            ) : null}
          </section>
          {waveId ? <WaveResults programId={programId} waveId={waveId} k={k} /> : null}
          <RematchRequests programId={programId} />
          {dashboard.data ? (
            <section aria-labelledby="ev-funnel" className="section">
              <Heading level={2} data-size="sm" id="ev-funnel">
                {t('evaluation:page.funnelHeading')}
              </Heading>
              <SuppressionNote k={k} />
              <FigureChart
                caption={t('evaluation:page.funnelHeading')}
                rows={dashboard.data.funnel.map((f) => ({ key: f.step, label: t(`evaluation:funnel.${f.step}`), figure: f.figure }))}
              />
              <TableScroll label={t('evaluation:page.funnelHeading')}>
                <Table data-size="sm" data-testid="funnel">
                  <caption className="ds-sr-only">{t('evaluation:page.funnelHeading')}</caption>
                  <Table.Head>
                    <Table.Row>
                      <Table.HeaderCell>{t('evaluation:page.step')}</Table.HeaderCell>
                      <Table.HeaderCell>{t('evaluation:page.people')}</Table.HeaderCell>
                    </Table.Row>
                  </Table.Head>
                  <Table.Body>
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
                  </Table.Body>
                </Table>
              </TableScroll>
            </section>
          ) : null}
          {dashboard.data ? <Attendance attendance={dashboard.data.attendance} /> : null}
          <section aria-labelledby="ev-report" className="section">
            <Heading level={2} data-size="sm" id="ev-report">
              {t('evaluation:page.reportHeading')}
            </Heading>
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
          </section>
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
    <section aria-labelledby="ev-attendance" className="section">
      <Heading level={2} data-size="sm" id="ev-attendance">
        {caption}
      </Heading>
      {attendance.length === 0 ? (
        <Paragraph>{t('evaluation:page.noAttendance')}</Paragraph>
      ) : (
        <TableScroll label={caption}>
          <Table data-size="sm" data-testid="attendance">
            <caption className="ds-sr-only">{caption}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('evaluation:page.event')}</Table.HeaderCell>
                <Table.HeaderCell>{t('evaluation:page.recorded')}</Table.HeaderCell>
                <Table.HeaderCell>{t('evaluation:page.attended')}</Table.HeaderCell>
                <Table.HeaderCell>{t('evaluation:page.absent')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
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
            </Table.Body>
          </Table>
        </TableScroll>
      )}
    </section>
  );
}

function WaveResults({ programId, waveId, k }: { programId: string; waveId: string; k: number }) {
  const { t } = useTranslation();
  const results = useWaveResults(programId, waveId);
  return (
    <section aria-labelledby="ev-results" className="section" data-testid="wave-results">
      <Heading level={2} data-size="sm" id="ev-results">
        {results.data
          ? t('evaluation:page.resultsHeading', { survey: t(`evaluation:occasion.${results.data.kind}`) })
          : t('evaluation:page.results')}
      </Heading>
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
    </section>
  );
}

function ScheduleForm({ programId }: { programId: string }) {
  const { t } = useTranslation();
  const add = useAddSurvey(programId);
  const [kind, setKind] = useState<SurveyKind>('end');
  const [instruments, setInstruments] = useState<string[]>([]);
  const [opensOn, setOpensOn] = useState('');
  const [reminders, setReminders] = useState('7, 14');
  const [done, setDone] = useState(false);
  const toggle = (id: string) => setInstruments((list) => (list.includes(id) ? list.filter((x) => x !== id) : [...list, id]));
  const field = add.error instanceof ApiError ? add.error.field : undefined;

  const onSubmit = async (event: React.FormEvent) => {
    event.preventDefault();
    setDone(false);
    const reminderDays = reminders
      .split(/[,\s]+/)
      .filter(Boolean)
      .map(Number);
    await add.mutateAsync({ kind, instruments: instruments as never, reminderDays, ...(kind === 'adhoc' ? { opensOn } : {}) });
    setDone(true);
    setInstruments([]);
  };

  return (
    <section aria-labelledby="ev-schedule" className="section">
      <Heading level={2} data-size="sm" id="ev-schedule">
        {t('evaluation:page.scheduleHeading')}
      </Heading>
      <form onSubmit={(e) => void onSubmit(e).catch(() => undefined)} noValidate className="form">
        <SelectField
          label={t('evaluation:page.kind')}
          description={t(`evaluation:page.kindHelp.${kind}`)}
          value={kind}
          onChange={(e) => setKind(e.target.value as SurveyKind)}
          options={SURVEY_KINDS.map((k) => ({ value: k, label: t(`evaluation:occasion.${k}`) }))}
        />
        {kind === 'adhoc' ? (
          <Textfield label={t('evaluation:page.opensOn')} type="date" value={opensOn} onChange={(e) => setOpensOn(e.target.value)} />
        ) : null}
        <Fieldset>
          <Fieldset.Legend>{t('evaluation:page.instruments')}</Fieldset.Legend>
          <Fieldset.Description>{t('evaluation:page.instrumentsHelp')}</Fieldset.Description>
          {INSTRUMENTS.map((i) => (
            <Checkbox
              key={i.id}
              value={i.id}
              label={t(`evaluation:instruments.${i.id}.name` as never)}
              description={i.health ? t('evaluation:page.healthInstrument') : undefined}
              checked={instruments.includes(i.id)}
              aria-invalid={field === 'instruments' ? true : undefined}
              onChange={() => toggle(i.id)}
            />
          ))}
        </Fieldset>
        <Textfield
          label={t('evaluation:page.reminders')}
          description={t('evaluation:page.remindersHelp')}
          value={reminders}
          onChange={(e) => setReminders(e.target.value)}
        />
        <ErrorAlert error={add.error} />
        {done ? (
          <Alert data-color="success" role="status">
            <Paragraph>{t('evaluation:page.scheduled')}</Paragraph>
          </Alert>
        ) : null}
        <div className="form__actions">
          <Button type="submit" loading={add.isPending}>
            {t('evaluation:page.schedule')}
          </Button>
        </div>
      </form>
    </section>
  );
}
