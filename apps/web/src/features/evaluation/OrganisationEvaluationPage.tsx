import { useState } from 'react';
import { Alert, Button, Field, Heading, Input, Label, Paragraph, Table, ValidationMessage } from '@digdir/designsystemet-react';
import type { HrImportResult, OrganisationEvaluation } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { AppDialog } from '../../components/AppDialog';
import { AppLink } from '../../components/AppLink';
import { ConfirmRemoval } from '../../components/ConfirmRemoval';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormErrorSummary } from '../../components/FormErrorSummary';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { IMPORT_ACCEPT, ImportErrors, useFileImport } from '../people';
import { useHrImport, useOrganisationEvaluation, useRemoveHrPeriod } from './api';
import { FigureChart } from './FigureChart';
import { Figure, MeasureTable, SuppressionNote } from './FigureTable';
import { EvSection, EvTable } from './parts';
import './evaluation.css';

/** /admin/organisations/$orgId/evaluation: the administrator's figures across the organisation's programs, and its HR figures. */
export function OrganisationEvaluationPage({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const evaluation = useOrganisationEvaluation(orgId);
  const data = evaluation.data;
  const k = data?.minGroupSize ?? 5;
  return (
    <Page title={t('evaluation:organisation.title')} lead={t('evaluation:organisation.lead', { k })}>
      <p>
        <AppLink to="/admin/organisations/$orgId" params={{ orgId }}>
          {t('evaluation:organisation.back')}
        </AppLink>
      </p>
      <ErrorAlert error={evaluation.error} messages={{ forbidden: t('evaluation:organisation.forbidden') }} />
      {evaluation.isPending ? <Loading /> : null}
      {data ? (
        <>
          <SuppressionNote k={k} />
          <ProgramTypes data={data} />
          <HrFigures orgId={orgId} data={data} />
          <HrUpload orgId={orgId} />
        </>
      ) : null}
    </Page>
  );
}

function ProgramTypes({ data }: { data: OrganisationEvaluation }) {
  const { t } = useTranslation();
  const types = data.byProgramType.funnel[0]?.types.map((x) => x.key) ?? [];
  const typeName = (key: string) => t(`programs:programType.${key as 'classic'}`);
  const caption = t('evaluation:organisation.funnelCaption');
  return (
    <EvSection id="org-ev-types" heading={t('evaluation:organisation.typesHeading')}>
      {data.programs.length === 0 ? <Paragraph>{t('evaluation:organisation.noPrograms')}</Paragraph> : null}
      <ul className="ev-links" data-testid="org-programs">
        {data.programs.map((p) => (
          <li key={p.id}>
            {p.name} ({typeName(p.type)}){p.restricted ? ` – ${t('evaluation:organisation.restricted')}` : null}
          </li>
        ))}
      </ul>
      {types.length ? (
        <>
          <FigureChart
            caption={caption}
            rows={data.byProgramType.funnel.map((f) => ({ key: f.step, label: t(`evaluation:funnel.${f.step}`), figure: f.total }))}
          />
          <EvTable
            caption={caption}
            visibleCaption
            testId="funnel-by-type"
            headers={[t('evaluation:page.step'), t('evaluation:report.all'), ...types.map(typeName)]}
          >
            {data.byProgramType.funnel.map((f) => (
              <Table.Row key={f.step}>
                <Table.HeaderCell scope="row">{t(`evaluation:funnel.${f.step}`)}</Table.HeaderCell>
                <Table.Cell>
                  <Figure figure={f.total} />
                </Table.Cell>
                {f.types.map((x) => (
                  <Table.Cell key={x.key}>
                    <Figure figure={x} />
                  </Table.Cell>
                ))}
              </Table.Row>
            ))}
          </EvTable>
        </>
      ) : null}
      {data.byProgramType.measures.map((m) => (
        <MeasureTable key={`${m.instrument}-${m.measure}`} measure={m} />
      ))}
    </EvSection>
  );
}

function HrFigures({ orgId, data }: { orgId: string; data: OrganisationEvaluation }) {
  const { t } = useTranslation();
  const remove = useRemoveHrPeriod(orgId);
  const [confirming, setConfirming] = useState<string | null>(null);
  const periods = [...new Set(data.hr.map((h) => h.period))];
  const caption = t('evaluation:organisation.hrCaption');
  return (
    <EvSection id="org-ev-hr" heading={t('evaluation:organisation.hrHeading')}>
      <div aria-live="polite">
        {remove.isSuccess && !confirming ? (
          <Alert data-color="success">
            <Paragraph>{t('evaluation:organisation.removed', { count: remove.data.removed, period: remove.variables })}</Paragraph>
          </Alert>
        ) : null}
      </div>
      {periods.length === 0 ? <Paragraph>{t('evaluation:organisation.noHr')}</Paragraph> : null}
      {periods.map((period) => (
        <div key={period} className="section">
          <EvTable
            caption={`${caption} ${period}`}
            visibleCaption
            testId={`hr-${period}`}
            headers={[
              t('evaluation:organisation.group'),
              t('evaluation:organisation.headcount'),
              t('evaluation:organisation.turnover'),
              t('evaluation:organisation.promotions'),
            ]}
          >
            {data.hr
              .filter((h) => h.period === period)
              .map((h) => (
                <Table.Row key={h.group}>
                  <Table.HeaderCell scope="row">{h.group}</Table.HeaderCell>
                  <Table.Cell>
                    <Figure figure={h.headcount} />
                  </Table.Cell>
                  <Table.Cell>
                    <Figure figure={h.turnover} />
                  </Table.Cell>
                  <Table.Cell>
                    <Figure figure={h.promotions} />
                  </Table.Cell>
                </Table.Row>
              ))}
          </EvTable>
          <Button variant="secondary" data-size="sm" data-color="danger" onClick={() => setConfirming(period)}>
            {t('evaluation:organisation.remove', { period })}
          </Button>
        </div>
      ))}
      <AppDialog
        open={confirming !== null}
        onClose={() => setConfirming(null)}
        title={t('evaluation:organisation.removeTitle', { period: confirming ?? '' })}
      >
        {confirming ? (
          <ConfirmRemoval
            message={t('evaluation:organisation.removeText', { period: confirming })}
            removal={remove}
            variables={confirming}
            onDone={() => setConfirming(null)}
            confirmLabel={t('evaluation:organisation.removeConfirm')}
          />
        ) : null}
      </AppDialog>
    </EvSection>
  );
}

/** An HR file: checked and shown first (nothing saved), then saved whole on the administrator's word. */
function HrUpload({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const preview = useHrImport(orgId, false);
  const save = useHrImport(orgId, true);
  const [file, setFile] = useState<{ file: File; contentType: string } | null>(null);
  const checking = {
    reset: () => {
      preview.reset();
      save.reset();
    },
    mutate: (chosen: { file: File; contentType: string }) => {
      setFile(chosen);
      preview.mutate(chosen);
    },
    error: preview.error ?? save.error,
  };
  const { formRef, summary, fileError, clearFileError, onSubmit, invalid, fileText } = useFileImport(checking);
  const rows: HrImportResult | undefined = preview.data;
  const columns = ['period', 'group', 'headcount', 'leavers', 'promotions'] as const;
  return (
    <EvSection id="org-ev-upload" heading={t('evaluation:organisation.uploadHeading')}>
      <Paragraph>{t('evaluation:organisation.uploadIntro')}</Paragraph>
      <form ref={formRef} onSubmit={onSubmit} noValidate className="form">
        <FormErrorSummary summary={summary} />
        <Field>
          <Label>{t('evaluation:organisation.file')}</Label>
          <Input
            type="file"
            name="file"
            accept={IMPORT_ACCEPT}
            required
            aria-invalid={fileError ? true : undefined}
            onChange={() => {
              clearFileError();
              checking.reset();
            }}
          />
          {fileError ? <ValidationMessage>{fileError}</ValidationMessage> : null}
        </Field>
        <div className="form__actions">
          <Button type="submit" variant="secondary" loading={preview.isPending}>
            {t('evaluation:organisation.check')}
          </Button>
        </div>
      </form>
      {invalid ? (
        <Alert data-color="danger" role="alert">
          <Heading level={3} data-size="xs">
            {t('people:import.invalidHeading')}
          </Heading>
          <Paragraph>{t('people:import.invalidText', { count: invalid.detailCount })}</Paragraph>
        </Alert>
      ) : (
        <ErrorAlert error={checking.error} messages={fileText ? { validation: fileText } : undefined} />
      )}
      {invalid && invalid.details.length > 0 ? <ImportErrors details={invalid.details} count={invalid.detailCount} /> : null}
      {rows && !save.data ? (
        <div className="section" data-testid="hr-preview">
          <EvTable
            caption={t('evaluation:organisation.previewCaption', { count: rows.count })}
            visibleCaption
            headers={columns.map((c) => t(`evaluation:organisation.columns.${c}`))}
          >
            {rows.rows.map((r) => (
              <Table.Row key={`${r.period}-${r.group}`}>
                {columns.map((c) => (
                  <Table.Cell key={c}>{r[c]}</Table.Cell>
                ))}
              </Table.Row>
            ))}
          </EvTable>
          <div className="form__actions">
            <Button loading={save.isPending} onClick={() => file && save.mutate(file)}>
              {t('evaluation:organisation.save', { count: rows.count })}
            </Button>
          </div>
        </div>
      ) : null}
      <div aria-live="polite">
        {save.data ? (
          <Alert data-color="success">
            <Paragraph>{t('evaluation:organisation.saved', { count: save.data.count })}</Paragraph>
          </Alert>
        ) : null}
      </div>
    </EvSection>
  );
}
