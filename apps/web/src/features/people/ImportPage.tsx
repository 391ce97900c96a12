import { Alert, Button, Field, Heading, Input, Label, Paragraph, ValidationMessage } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppDialog } from '../../components/AppDialog';
import { AppLink } from '../../components/AppLink';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Page } from '../../components/Page';
import { useOrganisation } from '../organisations';
import { useImportPeople, useInviteMany } from './api';
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
  const inviteMany = useInviteMany(orgId);
  const [confirming, setConfirming] = useState(false);
  // The file's people who have neither an account nor a pending invitation, offered an invitation each at once.
  const uninvited = importPeople.data?.withoutAccount ?? [];
  const invitedFor = inviteMany.variables === uninvited ? inviteMany.data : undefined;

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
        {invitedFor ? (
          <Alert data-color="success">
            <Paragraph>{t('people:import.invited', { count: invitedFor.invited })}</Paragraph>
          </Alert>
        ) : null}
      </div>
      {uninvited.length > 0 && !invitedFor ? (
        <div className="form__actions">
          <Button variant="secondary" onClick={() => setConfirming(true)}>
            {t('people:import.inviteAll', { count: uninvited.length })}
          </Button>
        </div>
      ) : null}
      {!confirming ? <ErrorAlert error={inviteMany.error} /> : null}
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
      <AppDialog
        open={confirming}
        onClose={() => setConfirming(false)}
        title={t('people:import.inviteConfirmTitle', { count: uninvited.length })}
      >
        {confirming ? (
          <div className="form">
            <Paragraph>{t('people:import.inviteConfirmText', { count: uninvited.length })}</Paragraph>
            <div className="form__actions">
              <Button
                loading={inviteMany.isPending}
                onClick={() => inviteMany.mutate(uninvited, { onSettled: () => setConfirming(false) })}
              >
                {t('people:import.inviteConfirm', { count: uninvited.length })}
              </Button>
              <Button variant="tertiary" onClick={() => setConfirming(false)}>
                {t('common:common.cancel')}
              </Button>
            </div>
          </div>
        ) : null}
      </AppDialog>
      <Paragraph>
        <AppLink to="/admin/organisations/$orgId/people" params={{ orgId }}>
          {t('people:import.backToPeople')}
        </AppLink>
      </Paragraph>
    </Page>
  );
}
