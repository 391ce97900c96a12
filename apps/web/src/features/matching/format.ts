import { RULE_BREAKS } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { LOCALE_TAGS } from '@lots/core';
import { currentLocale } from '../../i18n';
import { ApiError } from '../../api/errors';
import type { Participant, RuleBreak } from './api';

/** Numbers, percentages, lists and dates in the UI language. */
export function useMatchingFormat() {
  const { i18n } = useTranslation();
  const locale = LOCALE_TAGS[currentLocale()];
  void i18n.language; // re-render on language change
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1, minimumFractionDigits: 0 });
  const signed = new Intl.NumberFormat(locale, { maximumFractionDigits: 1, signDisplay: 'exceptZero' });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const list = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
  // With seconds: two runs started in the same minute must still be told apart.
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' });
  return {
    num: (n: number | null | undefined) => (n === null || n === undefined ? '–' : number.format(n)),
    signed: (n: number) => signed.format(n),
    pct: (value: number) => percent.format(value),
    list: (items: string[]) => list.format(items),
    date: (iso: string) => dateTime.format(new Date(iso)),
  };
}

/** Translated hard-rule breaks as one list: "samma organisation och samma enhet". */
export function useRuleText() {
  const { t } = useTranslation();
  const { list } = useMatchingFormat();
  return (rules: readonly RuleBreak[]) => list(rules.map((r) => t(`matching:ruleBreaks.${r}`)));
}

/** Whether the API refused a lock because it breaks hard rules and needs a written reason. */
export function needsReason(error: unknown): error is ApiError {
  return error instanceof ApiError && error.code === 'validation' && error.field === 'reason';
}

/** The rule keys named in the API's "this pair breaks the rules sameOrganisation, sameUnit; …" message. */
export function brokenRules(error: unknown): RuleBreak[] {
  if (!(error instanceof ApiError)) return [];
  const words = new Set(error.message.split(/[^A-Za-z]+/));
  return RULE_BREAKS.filter((r) => words.has(r));
}

/**
 * Where a participant works: the organisation and the unit path ("Göteborgs Stad · Område Nordost ›
 * Förskola"), or that no unit is given — the distance rule cannot be judged without one.
 */
export function useWhere() {
  const { t } = useTranslation();
  return (p: Pick<Participant, 'organisationName' | 'unitPath'>) =>
    p.unitPath === undefined
      ? p.organisationName
      : `${p.organisationName} · ${p.unitPath.length ? p.unitPath.join(' › ') : t('matching:unit.none')}`;
}

/** `adeptId/mentorId`: looks up the constraints of a pair. */
export const pairKey = (adept: Pick<Participant, 'applicationId'>, mentor: Pick<Participant, 'applicationId'>) =>
  `${adept.applicationId}/${mentor.applicationId}`;
