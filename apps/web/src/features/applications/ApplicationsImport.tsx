import { useRef, useState, type FormEvent } from 'react';
import { Alert, Button, Details, Field, Heading, Input, Label, Paragraph, Table, ValidationMessage } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { TableScroll } from '../../components/TableScroll';
import { ApiError } from '../../lib/api';
import { focusFirstInvalid } from '../../lib/form';
import { importContentType } from '../../lib/upload';
import { ImportErrors } from '../people/ImportErrors';
import { fileErrorText } from '../people/importErrors';
import { useImportApplications } from './api';

const ACCEPT = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The columns of docs/api.md; email and role are required. */
export const APPLICATION_IMPORT_COLUMNS = [
  'email',
  'role',
  'title',
  'years_as_manager',
  'staff_responsibility',
  'competence_areas',
  'development_goals',
  'interests',
  'languages',
  'location',
  'meeting_preference',
  'availability',
  'manager_email',
  'mentor_capacity',
] as const;
const REQUIRED = new Set(['email', 'role']);

/** Applications collected outside Lots (e.g. a spreadsheet from a partner agency), uploaded as CSV or XLSX. */
export function ApplicationsImport({ programId }: { programId: string }) {
  const { t } = useTranslation();
  const importApplications = useImportApplications(programId);
  const formRef = useRef<HTMLFormElement>(null);
  const [fileError, setFileError] = useState<string | undefined>();

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    importApplications.reset();
    const input = event.currentTarget.elements.namedItem('file');
    const file = input instanceof HTMLInputElement ? input.files?.[0] : undefined;
    const contentType = file ? importContentType(file) : undefined;
    if (!file) setFileError(t('errors.required'));
    else if (!contentType) setFileError(t('import.wrongType'));
    if (!file || !contentType) return focusFirstInvalid(formRef.current);
    setFileError(undefined);
    importApplications.mutate({ file, contentType });
  };

  const error = importApplications.error;
  const invalid = error instanceof ApiError && error.code === 'import_invalid' ? error : null;
  // A file that could not be read at all (empty, not a CSV, an unclosed quote…): say what is wrong with it.
  const fileText = fileErrorText(error, (key, values, fallback) => t(key, { ...values, defaultValue: fallback }));

  return (
    <section aria-labelledby="app-import-heading" className="section">
      <Heading level={2} data-size="sm" id="app-import-heading">
        {t('appImport.heading')}
      </Heading>
      <Paragraph>{t('appImport.intro')}</Paragraph>
      <Details>
        <Details.Summary>{t('appImport.columnsHeading')}</Details.Summary>
        <Details.Content>
          <TableScroll label={t('appImport.columnsHeading')}>
            <Table data-size="sm" zebra>
              <caption className="ds-sr-only">{t('appImport.columnsHeading')}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t('import.column')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('import.required')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('import.description')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {APPLICATION_IMPORT_COLUMNS.map((column) => (
                  <Table.Row key={column}>
                    <Table.Cell>
                      <code>{column}</code>
                    </Table.Cell>
                    <Table.Cell>{REQUIRED.has(column) ? t('import.yes') : t('import.no')}</Table.Cell>
                    <Table.Cell>{t(`appImport.columns.${column}`)}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </TableScroll>
        </Details.Content>
      </Details>
      <form ref={formRef} onSubmit={onSubmit} noValidate className="form">
        <Field>
          <Label>{t('appImport.file')}</Label>
          <Input type="file" name="file" accept={ACCEPT} required aria-invalid={fileError ? true : undefined} onChange={() => setFileError(undefined)} />
          {fileError ? <ValidationMessage>{fileError}</ValidationMessage> : null}
        </Field>
        <div className="form__actions">
          <Button type="submit" variant="secondary" loading={importApplications.isPending}>
            {t('appImport.submit')}
          </Button>
        </div>
      </form>
      <div aria-live="polite">
        {importApplications.data ? (
          <Alert data-color="success">
            <Paragraph>{t('appImport.success', { imported: importApplications.data.imported, updated: importApplications.data.updated })}</Paragraph>
          </Alert>
        ) : null}
      </div>
      {invalid ? (
        <Alert data-color="danger" role="alert">
          <Heading level={3} data-size="xs">
            {t('import.invalidHeading')}
          </Heading>
          <Paragraph>{t('import.invalidText', { count: invalid.details.length })}</Paragraph>
        </Alert>
      ) : (
        <ErrorAlert error={error} messages={fileText ? { validation: fileText } : undefined} />
      )}
      {invalid && invalid.details.length > 0 ? <ImportErrors details={invalid.details} /> : null}
    </section>
  );
}
