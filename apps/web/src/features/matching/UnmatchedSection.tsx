import { Details, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { MatchingRun } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { useMatchingFormat, useRuleText, useWhere } from './format';

/**
 * Adepts without a mentor, each with "why no mentor?" (the forbidden mentors counted by rule and the
 * full ones counted, with a few examples each: decision 0084), and mentors with places left.
 */
export function UnmatchedSection({ run }: { run: MatchingRun }) {
  const { t } = useTranslation();
  const ruleText = useRuleText();
  const where = useWhere();
  const { list } = useMatchingFormat();
  const belowMinScore = t('matching:unmatched.belowMinScore');
  /** A few mentors named as examples: "Anna Berg (Tullverket) and Per Ek (Skatteverket)". */
  const examples = (mentors: MatchingRun['unmatched'][number]['full']) =>
    list(mentors.map((m) => t('matching:unmatched.fullItem', { mentor: m.name, organisation: where(m) })));
  return (
    <section aria-labelledby="matching-unmatched" className="section" id="unmatched">
      <Heading level={2} data-size="sm" id="matching-unmatched">
        {t('matching:unmatched.heading')}
      </Heading>
      {run.unmatched.length === 0 ? <Paragraph>{t('matching:unmatched.none')}</Paragraph> : null}
      {run.unmatched.map((u) => (
        <Details key={u.adept.applicationId} data-testid="unmatched-adept">
          <Details.Summary>{t('matching:unmatched.why', { adept: u.adept.name })}</Details.Summary>
          <Details.Content>
            <div className="matching-stack">
              <Paragraph>
                {u.reason === 'no-feasible-mentor'
                  ? t('matching:unmatched.noFeasible', { adept: u.adept.name })
                  : t('matching:unmatched.capacity')}
              </Paragraph>
              {u.forbiddenCount ? (
                <div>
                  <Paragraph className="matching-label">{t('matching:unmatched.forbidden')}</Paragraph>
                  <ul className="matching-list">
                    {u.forbidden.map((g) => (
                      <li key={g.rules.join(' ')}>
                        {t('matching:unmatched.forbiddenGroup', {
                          count: g.count,
                          rules: g.rules.length ? ruleText(g.rules) : belowMinScore,
                          examples: examples(g.examples),
                        })}
                      </li>
                    ))}
                  </ul>
                </div>
              ) : null}
              {u.fullCount ? (
                <div>
                  <Paragraph className="matching-label">{t('matching:unmatched.full')}</Paragraph>
                  <Paragraph>{t('matching:unmatched.fullSummary', { count: u.fullCount, examples: examples(u.full) })}</Paragraph>
                </div>
              ) : null}
              <Paragraph data-size="sm">{t('matching:unmatched.tip')}</Paragraph>
            </div>
          </Details.Content>
        </Details>
      ))}
      {run.beyondCapacity.length ? (
        <>
          <Heading level={3} data-size="xs">
            {t('matching:beyondCapacity.heading')}
          </Heading>
          <Paragraph data-size="sm">{t('matching:beyondCapacity.intro', { count: run.beyondCapacity.length })}</Paragraph>
          <ul className="matching-list" data-testid="beyond-capacity">
            {run.beyondCapacity.map((a) => (
              <li key={a.applicationId}>{t('matching:beyondCapacity.item', { adept: a.name, organisation: where(a) })}</li>
            ))}
          </ul>
        </>
      ) : null}
      <Heading level={3} data-size="xs">
        {t('matching:unused.heading')}
      </Heading>
      {run.unusedMentors.length === 0 ? (
        <Paragraph>{t('matching:unused.none')}</Paragraph>
      ) : (
        <ul className="matching-list">
          {run.unusedMentors.map((m) => (
            <li key={m.applicationId}>
              {t('matching:unused.item', { mentor: m.name, organisation: m.organisationName, used: m.used, capacity: m.capacity })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
