import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { MatchingRun } from '@lots/core';
import { useTranslation } from 'react-i18next';
import type { Constraint } from './api';
import { AssignForm } from './AssignForm';
import { useMatchingFormat } from './format';
import { Help } from './Help';
import { PairsTable } from './PairsTable';

type ResultSectionProps = {
  programId: string;
  run: MatchingRun;
  constraints: Constraint[];
  /** Locks or exclusions changed after this run was made. */
  stale: boolean;
  onChanged: () => void;
};

/** A finished run: what it achieved, compared with simple turn-taking, and its pairs. */
export function ResultSection({ programId, run, constraints, stale, onChanged }: ResultSectionProps) {
  const { t } = useTranslation();
  const f = useMatchingFormat();
  const matched = run.matchedCount ?? run.pairs.length;
  const total = run.adeptCount ?? run.pairs.length + run.unmatched.length;
  const score = run.totalScore ?? 0;
  const greedy = run.greedyTotalScore;
  const gain = greedy === null ? null : Math.round((score - greedy) * 10) / 10;

  return (
    <section aria-labelledby="matching-result" className="section" id="result">
      <Heading level={2} data-size="sm" id="matching-result">
        {t('matching:result.heading')}
      </Heading>
      <Paragraph data-size="sm">{t('matching:run.showing', { date: f.date(run.createdAt) })}</Paragraph>
      {stale ? (
        <Alert data-color="info">
          <Paragraph>{t('matching:run.pendingChanges')}</Paragraph>
        </Alert>
      ) : null}
      <dl className="facts matching-summary">
        <dt>{t('matching:result.matched')}</dt>
        <dd data-testid="matched-count">{t('matching:result.matchedValue', { matched, total })}</dd>
        {run.mentorCount !== null ? (
          <>
            <dt>{t('matching:result.mentors')}</dt>
            <dd>{run.mentorCount}</dd>
          </>
        ) : null}
        <dt>{t('matching:result.totalScore')}</dt>
        <dd>
          <span data-testid="total-score">{f.num(score)}</span>
          <Help summary={t('matching:help.score.summary')} testId="help-score">
            {t('matching:help.score.body')}
          </Help>
        </dd>
        {matched > 0 ? (
          <>
            <dt>{t('matching:result.averageScore')}</dt>
            <dd>{f.num(score / matched)}</dd>
          </>
        ) : null}
        {greedy !== null && gain !== null ? (
          <>
            <dt>{t('matching:result.baseline')}</dt>
            <dd>
              {gain > 0
                ? t('matching:result.baselineValue', { greedy: f.num(greedy), gain: f.num(gain) })
                : t('matching:result.baselineEqual', { greedy: f.num(greedy) })}
              <Help summary={t('matching:help.baseline.summary')} testId="help-baseline">
                {t('matching:help.baseline.body')}
              </Help>
            </dd>
          </>
        ) : null}
        {run.stability ? (
          <>
            <dt>{t('matching:result.stability')}</dt>
            <dd>
              {run.stability.stable ? (
                t('matching:result.stable')
              ) : (
                <>
                  {t('matching:result.unstable', { count: run.stability.blockingPairs.length })}
                  <ul className="matching-list">
                    {run.stability.blockingPairs.map((b) => (
                      <li key={`${b.adept.applicationId}/${b.mentor.applicationId}`}>
                        {t('matching:result.blockingPair', { adept: b.adept.name, mentor: b.mentor.name })}
                      </li>
                    ))}
                  </ul>
                </>
              )}
              <Help summary={t('matching:help.stability.summary')} testId="help-stability">
                {t('matching:help.stability.body')}
              </Help>
            </dd>
          </>
        ) : null}
      </dl>
      <Paragraph data-size="sm">{t('matching:result.exactNote')}</Paragraph>
      <PairsTable programId={programId} run={run} constraints={constraints} onChanged={onChanged} />
      <AssignForm programId={programId} run={run} onChanged={onChanged} />
    </section>
  );
}
