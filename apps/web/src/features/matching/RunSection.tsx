import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { MatchingRun } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useStartRun } from './api';

type RunSectionProps = {
  programId: string;
  /** The program is in selection, matching or running. */
  matchable: boolean;
  /** The run shown on the page (the newest unless another was chosen). */
  run: MatchingRun | undefined;
  hasRuns: boolean;
  onStarted: (runId: string) => void;
  /** The settings, folded behind the run button. */
  children?: ReactNode;
};

const running = (run: MatchingRun | undefined) => run?.status === 'queued' || run?.status === 'running';

/**
 * Announces a run's progress to screen readers in steps of 25 % (not every poll), and
 * "done" / "failed" when a run we watched finishes.
 */
function useAnnouncement(run: MatchingRun | undefined): [string, () => void] {
  const { t } = useTranslation();
  const [message, setMessage] = useState('');
  const watched = useRef<string | null>(null);
  const step = useRef(-1);
  const id = run?.id;
  const status = run?.status;
  const progress = run?.progress ?? 0;
  useEffect(() => {
    if (!id) return;
    if (status === 'queued' || status === 'running') {
      const s = Math.floor(progress / 25);
      if (watched.current !== id || s !== step.current) {
        watched.current = id;
        step.current = s;
        setMessage(t('matching:run.announceProgress', { percent: s * 25 }));
      }
    } else if (watched.current === id) {
      watched.current = null;
      step.current = -1;
      setMessage(status === 'done' ? t('matching:run.done') : t('matching:run.failed'));
    }
  }, [id, status, progress, t]);
  return [message, () => setMessage('')];
}

/** "Run matching", the progress of a run under way, and what happened to it. */
export function RunSection({ programId, matchable, run, hasRuns, onStarted, children }: RunSectionProps) {
  const { t } = useTranslation();
  const start = useStartRun(programId);
  const progressId = useId();
  const [announcement, clearAnnouncement] = useAnnouncement(run);
  const busy = running(run);

  return (
    <section aria-labelledby="matching-run" className="section" id="run">
      <Heading level={2} data-size="sm" id="matching-run">
        {t('matching:run.heading')}
      </Heading>
      <Paragraph>{t('matching:run.intro')}</Paragraph>
      {!matchable ? (
        <Alert data-color="warning">
          <Paragraph>{t('matching:page.notMatchable')}</Paragraph>
        </Alert>
      ) : null}
      <div className="page__actions">
        <Button
          onClick={() => {
            // Once per run: while one is starting or under way the button stays focused but does nothing
            // (aria-disabled, not disabled, so focus is not lost to <body>).
            if (start.isPending || busy) return;
            // At once, so that "done" of the previous run is never mistaken for this one.
            clearAnnouncement();
            start.mutate(undefined, { onSuccess: (r) => onStarted(r.id) });
          }}
          loading={start.isPending}
          disabled={!matchable}
          aria-disabled={busy || start.isPending || undefined}
        >
          {hasRuns ? t('matching:run.rerun') : t('matching:run.start')}
        </Button>
      </div>
      <ErrorAlert error={start.error} messages={{ conflict: t('matching:run.conflict') }} />
      {busy && run ? (
        <div className="matching-progress">
          <label htmlFor={progressId} className="matching-progress__label">
            {t('matching:run.progressLabel')}
          </label>
          <progress id={progressId} max={100} value={run.progress} className="matching-progress__bar">
            {t('matching:run.progressValue', { percent: run.progress })}
          </progress>
          <span aria-hidden="true">{t('matching:run.progressValue', { percent: run.progress })}</span>
        </div>
      ) : null}
      {run?.status === 'failed' ? (
        <Alert data-color="danger">
          <Paragraph>{t('matching:run.failed')}</Paragraph>
        </Alert>
      ) : null}
      <p role="status" className="matching-status" data-testid="run-status">
        {announcement}
      </p>
      {!hasRuns && matchable ? <Paragraph data-size="sm">{t('matching:run.none')}</Paragraph> : null}
      {children ? (
        <>
          <Paragraph data-size="sm">{t('matching:run.settingsNote')}</Paragraph>
          {children}
        </>
      ) : null}
    </section>
  );
}
