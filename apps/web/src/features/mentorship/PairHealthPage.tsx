import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { PairHealthPage as HealthPage } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../components/AppLink';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { NotFoundPage } from '../../components/NotFound';
import { Page } from '../../components/Page';
import { Pager, RangeText } from '../../components/Pager';
import type { HealthSearch } from '../../routes/search';
import { ApiError } from '../../api/errors';
import { useProgram } from '../programs';
import { useProgramHealth } from './api';
import { ClauseEditor } from './ClauseEditor';
import { HealthFilters } from './HealthFilters';
import { HealthTable } from './HealthTable';
import './mentorship.css';

export const HEALTH_PAGE_SIZE = 50;

/** The program's figures over all its pairs (not only this page). */
function Summary({ summary }: { summary: HealthPage['summary'] }) {
  const { t } = useTranslation();
  return <Paragraph data-testid="pair-summary">{t('mentorship:health.summary', summary)}</Paragraph>;
}

/** /programs/$programId/pairs: the coordinator's view of the pairs — that they meet, never what they say — and the agreement clauses. */
type PairHealthPageProps = { programId: string; search: HealthSearch; onSearch: (next: HealthSearch) => void };

export function PairHealthPage({ programId, search, onSearch }: PairHealthPageProps) {
  const { t } = useTranslation();
  const program = useProgram(programId);
  const { page = 1, ...filters } = search;
  const offset = (page - 1) * HEALTH_PAGE_SIZE;
  const sort = search.sort ?? 'adept';
  const dir = search.dir ?? 'asc';
  const health = useProgramHealth(programId, { ...filters, limit: HEALTH_PAGE_SIZE, offset });
  const data = health.data;
  const filtered = Boolean(search.q || search.status || search.agreement || search.quiet);
  const hasPairs = data ? data.summary.active + data.summary.ended > 0 || data.total > 0 || filtered : false;
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
            {data && !hasPairs ? <Paragraph>{t('mentorship:health.empty')}</Paragraph> : null}
            {data && hasPairs ? (
              <>
                <Summary summary={data.summary} />
                <HealthFilters value={search} onChange={(next) => onSearch({ ...next, page: undefined })} />
                <Paragraph data-size="sm" aria-live="polite" className="result-count" data-testid="health-count">
                  {t('mentorship:health.count', { count: data.total })}
                  {data.total > 0 ? (
                    <>
                      {' · '}
                      <RangeText total={data.total} limit={HEALTH_PAGE_SIZE} offset={offset} />
                    </>
                  ) : null}
                </Paragraph>
                {data.items.length ? (
                  <HealthTable
                    pairs={data.items}
                    sort={sort}
                    dir={dir}
                    onSort={(nextSort, nextDir) => onSearch({ ...search, sort: nextSort, dir: nextDir, page: undefined })}
                  />
                ) : (
                  <Paragraph>{t('mentorship:health.noMatch')}</Paragraph>
                )}
                <Pager
                  total={data.total}
                  limit={HEALTH_PAGE_SIZE}
                  offset={offset}
                  onChange={(next) => onSearch({ ...search, page: next / HEALTH_PAGE_SIZE + 1 })}
                />
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
