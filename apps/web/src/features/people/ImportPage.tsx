import { Alert, Button, Field, Heading, Input, Label, Paragraph, ValidationMessage } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../components/AppLink';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Page } from '../../components/Page';
import { useOrganisation } from '../organisations';
import { useImportPeople } from './api';
import { IMPORT_ACCEPT, useFileImport } from './useFileImport';
import { ImportColumns } from './ImportColumns';
import { ImportErrors } from './ImportErrors';
import { FormErrorSummary } from '../../components/FormErrorSummary';

/** /admin/organisations/$orgId/people/import: upload a CSV or XLSX file of people. */
export function ImportPage({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const organisation = useOrganisation(orgId);
  const importPeople = useImportPeople(orgId);
  const { formRef, summary, fileError, clearFileError, onSubmit, invalid, fileText } = useFileImport(importPeople);

  return (
    <Page title={t('people:import.heading')} lead={organisation.data?.name}>
      <Paragraph>{t('people:import.intro')}</Paragraph>
      <ImportColumns />
      <form ref={formRef} onSubmit={onSubmit} noValidate className="form section">
        <FormErrorSummary summary={summary} />
        <Field>
          <Label>{t('people:import.file')}</Label>
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
          <Button type="submit" loading={importPeople.isPending}>
            {t('people:import.submit')}
          </Button>
        </div>
      </form>
      <div aria-live="polite">
        {importPeople.data ? (
          <Alert data-color="success">
            <Paragraph>
              {t('people:import.success', { imported: importPeople.data.imported, updated: importPeople.data.updated })}
            </Paragraph>
          </Alert>
        ) : null}
      </div>
      {invalid ? (
        <Alert data-color="danger" role="alert">
          <Heading level={2} data-size="xs">
            {t('people:import.invalidHeading')}
          </Heading>
          <Paragraph>{t('people:import.invalidText', { count: invalid.detailCount })}</Paragraph>
        </Alert>
      ) : (
        <ErrorAlert error={importPeople.error} messages={fileText ? { validation: fileText } : undefined} />
      )}
      {invalid && invalid.details.length > 0 ? <ImportErrors details={invalid.details} count={invalid.detailCount} /> : null}
      <Paragraph>
        <AppLink to="/admin/organisations/$orgId/people" params={{ orgId }}>
          {t('people:import.backToPeople')}
        </AppLink>
      </Paragraph>
    </Page>
  );
}
