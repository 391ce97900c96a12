import { useState } from 'react';
import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { AppDialog } from '../../components/AppDialog';
import { AppLink } from '../../components/AppLink';
import { ConfirmRemoval } from '../../components/ConfirmRemoval';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { formatDateTime } from '../../i18n';
import { useMySurveys, useRemoveHealthAnswers } from './api';
import './evaluation.css';

/**
 * /surveys: the signed-in person's open surveys (the same as behind the mailed links), and removing
 * their own well-being answers (withdrawn consent, decision 0131) after a confirmation.
 */
export function MySurveysPage() {
  const { t } = useTranslation();
  const mine = useMySurveys();
  const remove = useRemoveHealthAnswers();
  const [confirming, setConfirming] = useState(false);
  return (
    <Page title={t('evaluation:mine.title')} lead={t('evaluation:mine.lead')}>
      <section aria-labelledby="my-surveys-open" className="section">
        <Heading level={2} data-size="sm" id="my-surveys-open">
          {t('evaluation:mine.openHeading')}
        </Heading>
        <ErrorAlert error={mine.error} />
        {mine.isPending ? <Loading /> : null}
        {mine.data && mine.data.open.length === 0 ? <Paragraph>{t('evaluation:mine.none')}</Paragraph> : null}
        {mine.data && mine.data.open.length ? (
          <ul className="ev-list" data-testid="my-surveys">
            {mine.data.open.map((s) => (
              <li key={s.id}>
                <AppLink to="/surveys/$invitationId" params={{ invitationId: s.id }}>
                  {t('evaluation:mine.item', { survey: t(`evaluation:occasion.${s.kind}`), program: s.programName })}
                </AppLink>
                <Paragraph data-size="sm">{t('evaluation:mine.closes', { date: formatDateTime(s.closesAt) })}</Paragraph>
              </li>
            ))}
          </ul>
        ) : null}
        <Paragraph data-size="sm">{t('evaluation:answer.anonymity')}</Paragraph>
      </section>
      <section aria-labelledby="my-surveys-health" className="section">
        <Heading level={2} data-size="sm" id="my-surveys-health">
          {t('evaluation:mine.healthHeading')}
        </Heading>
        <Paragraph>{t('evaluation:mine.healthText')}</Paragraph>
        {remove.data ? (
          <Alert data-color="success" role="status" data-testid="health-removed">
            <Paragraph>{t('evaluation:mine.healthRemoved', { count: remove.data.removed })}</Paragraph>
          </Alert>
        ) : null}
        <ErrorAlert error={remove.error} />
        <Button variant="secondary" data-color="danger" onClick={() => setConfirming(true)}>
          {t('evaluation:mine.healthRemove')}
        </Button>
      </section>
      <AppDialog open={confirming} onClose={() => setConfirming(false)} title={t('evaluation:mine.confirmTitle')}>
        <ConfirmRemoval
          message={t('evaluation:mine.confirmText')}
          removal={remove}
          variables={undefined}
          onDone={() => setConfirming(false)}
          confirmLabel={t('evaluation:mine.confirm')}
        />
      </AppDialog>
    </Page>
  );
}
