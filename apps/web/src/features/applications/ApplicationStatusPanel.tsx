import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { Application, Program } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../../i18n';
import { EligibilityList } from './EligibilityList';
import { ApplicationStatusTag, ConfirmationTag, EligibilityTag } from './StatusTags';

/** Where my application stands: status, the manager's confirmation, the automatic eligibility check, and whether I can still change it. */
export function ApplicationStatusPanel({ application, program }: { application: Application; program: Program }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="status-heading" className="panel">
      <Heading level={2} data-size="sm" id="status-heading">
        {t('applications:apply.statusHeading')}
      </Heading>
      <dl className="facts">
        <dt>{t('applications:apply.status')}</dt>
        <dd>
          <ApplicationStatusTag status={application.status} />
        </dd>
        {application.submittedAt ? (
          <>
            <dt>{t('applications:apply.submittedAt')}</dt>
            <dd>{formatDateTime(application.submittedAt)}</dd>
          </>
        ) : null}
        {application.confirmation !== 'not_required' ? (
          <>
            <dt>{t('applications:apply.confirmation')}</dt>
            <dd>
              <ConfirmationTag status={application.confirmation} />
              {application.confirmationRespondedAt ? ` ${formatDateTime(application.confirmationRespondedAt)}` : null}
            </dd>
          </>
        ) : null}
        <dt>{t('applications:apply.eligibility')}</dt>
        <dd>
          <EligibilityTag status={application.eligibility.status} />
          <EligibilityList results={application.eligibility.results} compact />
        </dd>
      </dl>
      {application.decisionMessage ? (
        <Alert data-color="info">
          <Paragraph>{t('applications:apply.decisionMessage', { message: application.decisionMessage })}</Paragraph>
        </Alert>
      ) : null}
      <Paragraph data-size="sm">
        {application.editable
          ? program.applicationClosesOn
            ? t('applications:apply.editableUntil', { date: formatDate(program.applicationClosesOn) })
            : t('applications:apply.editable')
          : t('applications:apply.notEditable')}
      </Paragraph>
    </section>
  );
}
