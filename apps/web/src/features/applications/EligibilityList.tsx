import { Paragraph } from '@digdir/designsystemet-react';
import type { Application } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../i18n';
import { useEligibilityText } from './eligibilityText';

type Result = Application['eligibility']['results'][number];

const MARK = { true: '✓', false: '✗', null: '?' } as const;

/** Every rule's outcome in words, with overrides and their written reasons. */
export function EligibilityList({ results, compact = false }: { results: Result[]; compact?: boolean }) {
  const { t } = useTranslation();
  const text = useEligibilityText();
  if (results.length === 0) return <Paragraph data-size="sm">{t('applications:eligibility.noRules')}</Paragraph>;
  return (
    <ul className={compact ? 'eligibility eligibility--compact' : 'eligibility'}>
      {results.map((r) => {
        const state = r.override ? 'overridden' : r.passed === true ? 'passed' : r.passed === false ? 'failed' : 'unknown';
        return (
          <li key={r.kind} className={`eligibility__item eligibility__item--${state}`}>
            <span aria-hidden="true" className="eligibility__mark">
              {MARK[String(r.passed) as keyof typeof MARK]}
            </span>{' '}
            <span className="ds-sr-only">{t(`applications:eligibility.state.${state}`)}: </span>
            {text(r)}
            {r.override ? (
              <span className="eligibility__override">
                {' '}
                {t('applications:eligibility.overridden', {
                  reason: r.override.reason,
                  by: r.override.by,
                  date: formatDateTime(r.override.at),
                })}
              </span>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
