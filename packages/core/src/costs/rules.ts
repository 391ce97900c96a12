import { splitLargestRemainder } from './money';

/**
 * How the organisations of a joint program share its shared costs (issue 12):
 * - `per_participant`: by the number of their staff taking part (adepts and mentors) who count for fees;
 * - `per_adept`: by the number of their adepts who count for fees;
 * - `equal`: equal shares for every participating organisation;
 * - `percentages`: the fixed percentages the organisations agreed (basis points, adding up to 100 %);
 * - `owner`: the owning organisation (or network) pays everything.
 */
export const SPLIT_RULES = ['per_participant', 'per_adept', 'equal', 'percentages', 'owner'] as const;
export type SplitRule = (typeof SPLIT_RULES)[number];

/**
 * Who pays for someone who leaves (withdraws, or ends the mentorship) after being accepted:
 * - `full`: their organisation pays their whole fee and they count for the split;
 * - `free_within`: someone who leaves before `graceMonths` months of the program have passed
 *   costs nothing and does not count; someone who leaves later is paid for in full.
 */
export const WITHDRAWAL_RULES = ['full', 'free_within'] as const;
export type WithdrawalRule = (typeof WITHDRAWAL_RULES)[number];

export const BASIS_POINTS_TOTAL = 10_000;

export interface SplitParty {
  organisationId: string;
  owner: boolean;
  /** Adepts who count for fees. */
  adepts: number;
  /** Adepts and mentors who count for fees. */
  participants: number;
  /** The agreed share in basis points (1 % = 100), for `percentages`. */
  basisPoints?: number;
}

/**
 * The parts of `total` minor units each party pays under `rule`, in the order of `parties` (the
 * largest-remainder split: they add up to `total` exactly). When the rule's weights are all zero
 * (`per_adept` in a program without adepts yet), the owner pays the whole amount — a cost is
 * never lost.
 */
export function splitShares(rule: SplitRule, total: number, parties: readonly SplitParty[]): number[] {
  if (parties.length === 0) return [];
  const weights = parties.map((p) => {
    switch (rule) {
      case 'per_participant':
        return p.participants;
      case 'per_adept':
        return p.adepts;
      case 'equal':
        return 1;
      case 'percentages':
        return p.basisPoints ?? 0;
      case 'owner':
        return p.owner ? 1 : 0;
    }
  });
  const shares = splitLargestRemainder(total, weights);
  if (shares) return shares;
  const ownerIndex = Math.max(
    0,
    parties.findIndex((p) => p.owner),
  );
  return parties.map((_, i) => (i === ownerIndex ? total : 0));
}

/** `date` (YYYY-MM-DD) plus whole months, clamped to the month's last day (31 Jan + 1 → 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, last));
  return first.toISOString().slice(0, 10);
}

/**
 * Whether a participant who was accepted counts for fees and the split. Someone who did not leave
 * always counts; under `free_within`, someone who left (`leftOn`, YYYY-MM-DD) before the program's
 * start plus `graceMonths` months does not. Without a start date the program's months cannot be
 * counted, so they count.
 */
export function countsForFees(leftOn: string | null, programStartsOn: string | null, rule: WithdrawalRule, graceMonths: number): boolean {
  if (leftOn === null || rule === 'full' || programStartsOn === null) return true;
  return leftOn >= addMonths(programStartsOn, graceMonths);
}

/**
 * Cost per outcome (issue 12): the program's total divided by what it produced — participants who
 * counted, pairs that completed the program, hours of meetings the pairs logged. A figure whose
 * divisor is 0 is null (not infinity, not 0). Rounded to whole minor units.
 */
export function costPerOutcome(total: number, outcome: { participants: number; completedPairs: number; hours: number }) {
  const per = (n: number) => (n > 0 ? Math.round(total / n) : null);
  return {
    perParticipant: per(outcome.participants),
    perCompletedPair: per(outcome.completedPairs),
    perHour: per(outcome.hours),
  };
}
