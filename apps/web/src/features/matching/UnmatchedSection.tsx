import { Details, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { MatchingRun } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { useRuleText, useWhere } from './format';

/** Adepts without a mentor, each with "why no mentor?", and mentors with places left. */
export function UnmatchedSection({ run }: { run: MatchingRun }) {
  const { t } = useTranslation();
  const ruleText = useRuleText();
  const where = useWhere();
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
              {u.forbidden.length ? (
                <div>
                  <Paragraph className="matching-label">{t('matching:unmatched.forbidden')}</Paragraph>
                  <ul className="matching-list">
                    {u.forbidden.map((f) => (
                      <li key={f.mentor.applicationId}>
                        {t('matching:unmatched.forbiddenItem', {
                          mentor: f.mentor.name,
                          organisation: where(f.mentor),
                          rules: ruleText(f.rules),
                        })}
                      </li>
                    ))}
                  </ul>
                </div>
              ) : null}
              {u.full.length ? (
                <div>
                  <Paragraph className="matching-label">{t('matching:unmatched.full')}</Paragraph>
                  <ul className="matching-list">
                    {u.full.map((m) => (
                      <li key={m.applicationId}>{t('matching:unmatched.fullItem', { mentor: m.name, organisation: where(m) })}</li>
                    ))}
                  </ul>
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
