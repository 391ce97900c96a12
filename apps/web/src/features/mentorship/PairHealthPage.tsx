import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { PairHealth } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../components/AppLink';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { NotFoundPage } from '../../components/NotFound';
import { Page } from '../../components/Page';
import { ApiError } from '../../api/errors';
import { useProgram } from '../programs';
import { useProgramHealth } from './api';
import { ClauseEditor } from './ClauseEditor';
import { HealthTable } from './HealthTable';
import './mentorship.css';

function Summary({ pairs }: { pairs: PairHealth[] }) {
  const { t } = useTranslation();
  const count = (f: (p: PairHealth) => boolean) => pairs.filter(f).length;
  return (
    <Paragraph data-testid="pair-summary">
      {t('mentorship:health.summary', {
        active: count((p) => p.status === 'active'),
        signed: count((p) => p.status === 'active' && p.agreementSigned),
        quiet: count((p) => p.quiet),
        ended: count((p) => p.status === 'ended'),
      })}
    </Paragraph>
  );
}

/** /programs/$programId/pairs: the coordinator's view of the pairs — that they meet, never what they say — and the agreement clauses. */
export function PairHealthPage({ programId }: { programId: string }) {
  const { t } = useTranslation();
  const program = useProgram(programId);
  const health = useProgramHealth(programId);
  const error = health.error ?? program.error;
  if (error instanceof ApiError && (error.code === 'not_found' || error.code === 'validation')) return <NotFoundPage />;
  const name = program.data?.name;
  const forbidden = error instanceof ApiError && error.code === 'forbidden';

  return (
    <Page
      title={name ? t('mentorship:health.title', { program: name }) : t('mentorship:health.loadingTitle')}
      lead={t('mentorship:health.lead')}
    >
      <p className="ms-back">
        <AppLink to="/programs/$programId" params={{ programId }}>
          {t('mentorship:health.back')}
        </AppLink>
      </p>
      <ErrorAlert error={error} messages={{ forbidden: t('mentorship:health.forbidden') }} />
      {forbidden ? null : (
        <>
          <Alert data-color="info" className="ms-notice" data-testid="health-confidentiality">
            <Paragraph>{t('mentorship:health.confidentiality')}</Paragraph>
          </Alert>
          <section aria-labelledby="pairs-heading" className="section">
            <Heading level={2} data-size="sm" id="pairs-heading">
              {t('mentorship:health.pairsHeading')}
            </Heading>
            {health.isPending ? <Loading /> : null}
            {health.data && health.data.length === 0 ? <Paragraph>{t('mentorship:health.empty')}</Paragraph> : null}
            {health.data && health.data.length ? (
              <>
                <Summary pairs={health.data} />
                <HealthTable pairs={health.data} />
                <Paragraph data-size="sm">{t('mentorship:health.meetingsHelp')}</Paragraph>
                <Paragraph data-size="sm">{t('mentorship:health.quietHelp')}</Paragraph>
              </>
            ) : null}
          </section>
          <ClauseEditor programId={programId} program={program.data} />
        </>
      )}
    </Page>
  );
}
