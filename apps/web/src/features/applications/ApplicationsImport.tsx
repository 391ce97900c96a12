import { Alert, Button, Details, Field, Heading, Input, Label, Paragraph, ValidationMessage } from '@digdir/designsystemet-react';
import { APPLICATION_IMPORT_COLUMNS, APPLICATION_IMPORT_REQUIRED } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ImportErrors } from '../people';
import { useImportApplications } from './api';
import { IMPORT_ACCEPT, useFileImport } from '../people';
import { ColumnsTable } from '../people';
import { FormErrorSummary } from '../../components/FormErrorSummary';

const REQUIRED = new Set<string>(APPLICATION_IMPORT_REQUIRED);

/** Applications collected outside Lots (e.g. a spreadsheet from a partner agency), uploaded as CSV or XLSX. */
export function ApplicationsImport({ programId }: { programId: string }) {
  const { t } = useTranslation();
  const importApplications = useImportApplications(programId);
  const { formRef, summary, fileError, clearFileError, onSubmit, invalid, fileText } = useFileImport(importApplications);

  return (
    <section aria-labelledby="app-import-heading" className="section">
      <Heading level={2} data-size="sm" id="app-import-heading">
        {t('applications:appImport.heading')}
      </Heading>
      <Paragraph>{t('applications:appImport.intro')}</Paragraph>
      <Details>
        <Details.Summary>{t('applications:appImport.columnsHeading')}</Details.Summary>
        <Details.Content>
          <ColumnsTable
            caption={t('applications:appImport.columnsHeading')}
            columns={APPLICATION_IMPORT_COLUMNS.map((key) => ({
              key,
              required: REQUIRED.has(key),
              description: t(`applications:appImport.columns.${key}`),
            }))}
          />
        </Details.Content>
      </Details>
      <form ref={formRef} onSubmit={onSubmit} noValidate className="form">
        <FormErrorSummary summary={summary} />
        <Field>
          <Label>{t('applications:appImport.file')}</Label>
          <Input
            type="file"
            name="file"
            accept={IMPORT_ACCEPT}
            required
            aria-invalid={fileError ? true : undefined}
            onChange={clearFileError}
          />
          {fileError ? <ValidationMessage>{fileError}</ValidationMessage> : null}
        </Field>
        <div className="form__actions">
          <Button type="submit" variant="secondary" loading={importApplications.isPending}>
            {t('applications:appImport.submit')}
          </Button>
        </div>
      </form>
      <div aria-live="polite">
        {importApplications.data ? (
          <Alert data-color="success">
            <Paragraph>
              {t('applications:appImport.success', {
                imported: importApplications.data.imported,
                updated: importApplications.data.updated,
              })}
            </Paragraph>
          </Alert>
        ) : null}
      </div>
      {invalid ? (
        <Alert data-color="danger" role="alert">
          <Heading level={3} data-size="xs">
            {t('people:import.invalidHeading')}
          </Heading>
          <Paragraph>{t('people:import.invalidText', { count: invalid.detailCount })}</Paragraph>
        </Alert>
      ) : (
        <ErrorAlert error={importApplications.error} messages={fileText ? { validation: fileText } : undefined} />
      )}
      {invalid && invalid.details.length > 0 ? <ImportErrors details={invalid.details} count={invalid.detailCount} /> : null}
    </section>
  );
}
