import './matching.css';
import { useState } from 'react';
import { Alert, Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../components/AppLink';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { NotFoundPage } from '../../components/NotFound';
import { Page } from '../../components/Page';
import { ApiError } from '../../api/errors';
import { useProgram } from '../programs';
import { useConstraints, useMatchingSettings, useRun, useRuns } from './api';
import { ConstraintsSection } from './ConstraintsSection';
import { HistorySection } from './HistorySection';
import { PublishSection } from './PublishSection';
import { ResultSection } from './ResultSection';
import { RunSection } from './RunSection';
import { SettingsSection } from './SettingsSection';
import { UnmatchedSection } from './UnmatchedSection';

const MATCHABLE = ['selection', 'matching', 'running'];
const SECTIONS = [
  ['run', 'matching:run.heading'],
  ['result', 'matching:result.heading'],
  ['unmatched', 'matching:unmatched.heading'],
  ['constraints', 'matching:constraints.heading'],
  ['history', 'matching:history.heading'],
  ['publish', 'matching:publish.heading'],
  ['published', 'matching:programPairs.heading'],
] as const;

type MatchingPageProps = { programId: string; runId: string | undefined; onRun: (runId: string) => void };

/** /programs/$programId/matching: the coordinator's matching workspace. */
export function MatchingPage({ programId, runId, onRun }: MatchingPageProps) {
  const { t } = useTranslation();
  const program = useProgram(programId);
  const coordinator = program.data?.can.people ?? false;
  if (program.error instanceof ApiError && (program.error.code === 'not_found' || program.error.code === 'validation'))
    return <NotFoundPage />;
  const p = program.data;
  if (!p) {
    return (
      <Page title={t('matching:page.loadingTitle')}>
        <ErrorAlert error={program.error} />
        {program.isPending ? <Loading /> : null}
      </Page>
    );
  }
  const title = t('matching:page.heading', { program: p.name });
  const documentTitle = t('matching:page.documentTitle', { program: p.name });
  if (!coordinator) {
    return (
      <Page title={title} documentTitle={documentTitle}>
        <Alert data-color="warning">
          <Paragraph>{t('matching:page.forbidden')}</Paragraph>
        </Alert>
        <Paragraph>
          <AppLink to="/programs/$programId" params={{ programId }}>
            {t('matching:page.back')}
          </AppLink>
        </Paragraph>
      </Page>
    );
  }
  return (
    <Page title={title} documentTitle={documentTitle} lead={t('matching:page.lead')}>
      <Workspace programId={programId} matchable={MATCHABLE.includes(p.status)} runId={runId} onRun={onRun} />
    </Page>
  );
}

function Workspace({ programId, matchable, runId, onRun }: MatchingPageProps & { matchable: boolean }) {
  const { t } = useTranslation();
  const settings = useMatchingSettings(programId);
  const runs = useRuns(programId);
  const constraints = useConstraints(programId);
  const selectedId = runId ?? runs.data?.[0]?.id;
  const run = useRun(programId, selectedId);
  // Locks and exclusions changed since the shown run: its pairs no longer say what the next run will do.
  const [changedAfter, setChangedAfter] = useState<string | null>(null);
  const shown = run.data;
  const stale = Boolean(shown && changedAfter === shown.id);
  const onChanged = () => {
    if (shown) setChangedAfter(shown.id);
  };

  return (
    <>
      <Paragraph>
        <AppLink to="/programs/$programId" params={{ programId }}>
          {t('matching:page.back')}
        </AppLink>
      </Paragraph>
      <nav aria-label={t('matching:page.contents')} className="matching-contents">
        <ul className="link-row">
          {SECTIONS.filter(([id]) => shown?.status === 'done' || (id !== 'result' && id !== 'unmatched')).map(([id, key]) => (
            <li key={id}>
              <Link href={`#${id}`}>{t(key)}</Link>
            </li>
          ))}
        </ul>
      </nav>
      <ErrorAlert error={settings.error ?? runs.error ?? constraints.error ?? run.error} />
      <RunSection
        programId={programId}
        matchable={matchable}
        run={shown}
        hasRuns={Boolean(runs.data?.length)}
        onStarted={(id) => {
          setChangedAfter(null);
          onRun(id);
        }}
      >
        {settings.data ? <SettingsSection programId={programId} settings={settings.data} /> : settings.isPending ? <Loading /> : null}
      </RunSection>
      {shown?.status === 'done' ? (
        <>
          <ResultSection programId={programId} run={shown} constraints={constraints.data ?? []} stale={stale} onChanged={onChanged} />
          <UnmatchedSection run={shown} />
        </>
      ) : null}
      <ConstraintsSection programId={programId} constraints={constraints.data ?? []} onChanged={onChanged} />
      <HistorySection programId={programId} runs={runs.data ?? []} selectedId={selectedId} onSelect={onRun} />
      <PublishSection programId={programId} run={shown} />
    </>
  );
}
