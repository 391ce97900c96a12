import { useRef, useState, type FormEvent } from 'react';
import { Alert, Button, Field, Heading, Input, Label, Paragraph, ValidationMessage } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../components/AppLink';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Page } from '../../components/Page';
import { ApiError } from '../../lib/api';
import { focusFirstInvalid } from '../../lib/form';
import { importContentType } from '../../lib/upload';
import { useOrganisation } from '../organisations/api';
import { useImportPeople } from './api';
import { ImportColumns } from './ImportColumns';
import { ImportErrors } from './ImportErrors';
import { fileErrorText } from './importErrors';

const ACCEPT = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** /admin/organisations/$orgId/people/import: upload a CSV or XLSX file of people. */
export function ImportPage({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const organisation = useOrganisation(orgId);
  const importPeople = useImportPeople(orgId);
  const formRef = useRef<HTMLFormElement>(null);
  const [fileError, setFileError] = useState<string | undefined>();

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    importPeople.reset();
    const input = event.currentTarget.elements.namedItem('file');
    const file = input instanceof HTMLInputElement ? input.files?.[0] : undefined;
    const contentType = file ? importContentType(file) : undefined;
    if (!file) setFileError(t('errors.required'));
    else if (!contentType) setFileError(t('import.wrongType'));
    if (!file || !contentType) return focusFirstInvalid(formRef.current);
    setFileError(undefined);
    importPeople.mutate({ file, contentType });
  };

  const error = importPeople.error;
  const invalid = error instanceof ApiError && error.code === 'import_invalid' ? error : null;
  // A file that could not be read at all (empty, not a CSV, an unclosed quote…): say what is wrong with it.
  const fileText = fileErrorText(error, (key, values, fallback) => t(key, { ...values, defaultValue: fallback }));

  return (
    <Page title={t('import.heading')} lead={organisation.data?.name}>
      <Paragraph>{t('import.intro')}</Paragraph>
      <ImportColumns />
      <form ref={formRef} onSubmit={onSubmit} noValidate className="form section">
        <Field>
          <Label>{t('import.file')}</Label>
          <Input type="file" name="file" accept={ACCEPT} required aria-invalid={fileError ? true : undefined} onChange={() => setFileError(undefined)} />
          {fileError ? <ValidationMessage>{fileError}</ValidationMessage> : null}
        </Field>
        <div className="form__actions">
          <Button type="submit" loading={importPeople.isPending}>
            {t('import.submit')}
          </Button>
        </div>
      </form>
      <div aria-live="polite">
        {importPeople.data ? (
          <Alert data-color="success">
            <Paragraph>{t('import.success', { imported: importPeople.data.imported, updated: importPeople.data.updated })}</Paragraph>
          </Alert>
        ) : null}
      </div>
      {invalid ? (
        <Alert data-color="danger" role="alert">
          <Heading level={2} data-size="xs">
            {t('import.invalidHeading')}
          </Heading>
          <Paragraph>{t('import.invalidText', { count: invalid.details.length })}</Paragraph>
        </Alert>
      ) : (
        <ErrorAlert error={error} messages={fileText ? { validation: fileText } : undefined} />
      )}
      {invalid && invalid.details.length > 0 ? <ImportErrors details={invalid.details} /> : null}
      <Paragraph>
        <AppLink to="/admin/organisations/$orgId/people" params={{ orgId }}>
          {t('import.backToPeople')}
        </AppLink>
      </Paragraph>
    </Page>
  );
}
