import { Heading, Link, List, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { formatDate } from '../../i18n';
import { useAccessibilityStatement } from './api';

/**
 * The accessibility statement (issue 14 item 7, decision 0140), in the structure of DIGG's model
 * statement: who stands behind the service, how accessible it is, what is not and why, how to
 * report a problem, the supervisory authority, and how and when it was assessed.
 */
export function AccessibilityStatementPage() {
  const { t } = useTranslation();
  const { data: statement, error, isPending } = useAccessibilityStatement();
  return (
    <Page title={t('accessibility:page.heading')} narrow>
      {isPending ? <Loading /> : null}
      <ErrorAlert error={error} />
      {statement ? (
        <div className="statement">
          <Paragraph>{t('accessibility:page.intro', { organisation: statement.organisation, service: statement.service })}</Paragraph>
          <Paragraph>
            {t('accessibility:page.address')} <Link href={statement.url}>{statement.url}</Link>
          </Paragraph>

          <Heading level={2} data-size="sm">
            {t('accessibility:level.heading')}
          </Heading>
          <Paragraph>{t(`accessibility:level.${statement.complianceLevel}`)}</Paragraph>

          {statement.knownGaps.length > 0 ? (
            <>
              <Heading level={2} data-size="sm">
                {t('accessibility:gaps.heading')}
              </Heading>
              <List.Unordered>
                {statement.knownGaps.map((gap) => (
                  <List.Item key={gap}>
                    <strong>{t(`accessibility:gaps.${gap}.what`)}</strong> {t(`accessibility:gaps.${gap}.why`)}
                  </List.Item>
                ))}
              </List.Unordered>
            </>
          ) : null}

          <Heading level={2} data-size="sm">
            {t('accessibility:feedback.heading')}
          </Heading>
          <Paragraph>{t('accessibility:feedback.text', { organisation: statement.organisation })}</Paragraph>
          {statement.feedbackEmail || statement.feedbackUrl ? (
            <List.Unordered>
              {statement.feedbackEmail ? (
                <List.Item>
                  {t('accessibility:feedback.email')} <Link href={`mailto:${statement.feedbackEmail}`}>{statement.feedbackEmail}</Link>
                </List.Item>
              ) : null}
              {statement.feedbackUrl ? (
                <List.Item>
                  <Link href={statement.feedbackUrl}>{t('accessibility:feedback.form')}</Link>
                </List.Item>
              ) : null}
            </List.Unordered>
          ) : null}

          <Heading level={2} data-size="sm">
            {t('accessibility:supervisor.heading')}
          </Heading>
          <Paragraph>{t(`accessibility:supervisor.${statement.country}.text`)}</Paragraph>
          <Paragraph>
            <Link href={statement.supervisor.url}>{t(`accessibility:supervisor.${statement.country}.link`)}</Link>
          </Paragraph>

          <Heading level={2} data-size="sm">
            {t('accessibility:assessment.heading')}
          </Heading>
          <Paragraph>{t(`accessibility:assessment.${statement.assessmentMethod}`, { date: formatDate(statement.assessedOn) })}</Paragraph>
          <Paragraph>{t('accessibility:assessment.updated', { date: formatDate(statement.updatedOn) })}</Paragraph>
        </div>
      ) : null}
    </Page>
  );
}
