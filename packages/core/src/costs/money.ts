/**
 * Money as integer minor units (öre, øre) with its currency (issue 12). Amounts never pass through
 * floating-point arithmetic once they are minor units; a split hands out whole minor units so the
 * shares always add up to the total (decision 0120).
 */

import { LOCALE_TAGS } from '../values';

export const MONEY_CURRENCIES = ['SEK', 'NOK'] as const;
export type Currency = (typeof MONEY_CURRENCIES)[number];

/** Minor units per major unit (öre per krona, øre per krone). */
export const MINOR_PER_MAJOR = 100;

/** The largest amount Lots accepts for one cost, in minor units (10 000 000 kronor). */
export const MAX_AMOUNT_MINOR = 1_000_000_000;

export interface Money {
  /** Integer minor units. */
  amount: number;
  currency: Currency;
}

/** A program's fees are kept in whole kronor (`programs.feePerAdept`); in minor units here. */
export const majorToMinor = (major: number) => Math.round(major * MINOR_PER_MAJOR);

/**
 * Splits `total` minor units by `weights` with the largest-remainder method: every party gets the
 * whole minor units of its exact share rounded down, and the units left over go one each to the
 * parties with the largest fractional remainders (ties: the earlier party in the list, so the
 * order the caller gives — e.g. by organisation name — decides, and the same input always gives
 * the same shares). The shares add up to `total` exactly, differ from the exact share by less
 * than one minor unit, and a party of weight 0 gets 0.
 *
 * All weights 0 (nobody to share by) gives every party 0 and returns `null` so the caller can
 * decide who carries the cost (the split rules let the owner pay it).
 */
export function splitLargestRemainder(total: number, weights: readonly number[]): number[] | null {
  if (!Number.isSafeInteger(total)) throw new RangeError('total must be a safe integer of minor units');
  if (weights.some((w) => !Number.isFinite(w) || w < 0)) throw new RangeError('weights must be finite and non-negative');
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum === 0) return weights.length === 0 || total !== 0 ? null : weights.map(() => 0);
  const sign = total < 0 ? -1 : 1;
  const absolute = Math.abs(total);
  // Integer weights keep the arithmetic exact (BigInt); fractional weights are scaled to integers first.
  const scale = weights.every(Number.isInteger) ? 1 : 1_000_000;
  const w = weights.map((x) => BigInt(Math.round(x * scale)));
  const wSum = w.reduce((a, b) => a + b, 0n);
  if (wSum === 0n) return null;
  const t = BigInt(absolute);
  const floors = w.map((x) => (t * x) / wSum);
  const remainders = w.map((x, i) => ({ i, r: t * x - floors[i]! * wSum }));
  let left = Number(t - floors.reduce((a, b) => a + b, 0n));
  remainders.sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1));
  const shares = floors.map(Number);
  for (const { i } of remainders) {
    if (left === 0) break;
    shares[i]! += 1;
    left--;
  }
  return shares.map((s) => s * sign);
}

/** An amount of minor units for a reader: `12 500,50 kr` (sv), `kr 12 500,50` (nb), `SEK 12,500.50` (en). */
export function formatMoney(amount: number, currency: Currency, locale: keyof typeof LOCALE_TAGS): string {
  return new Intl.NumberFormat(LOCALE_TAGS[locale], { style: 'currency', currency, minimumFractionDigits: 2 }).format(
    amount / MINOR_PER_MAJOR,
  );
}

/**
 * What someone typed as an amount (`12 500,50`, `12500.5`, `12 500`) → minor units, or null when
 * it is not an amount with at most two decimals. Spaces (also non-breaking) group thousands; a
 * comma or a point is the decimal sign.
 */
export function parseAmount(input: string): number | null {
  const compact = input.replace(/[\s\u00a0\u202f]/g, '');
  const match = /^(\d+)(?:[.,](\d{1,2}))?$/.exec(compact);
  if (!match) return null;
  const major = Number(match[1]);
  const minor = Number((match[2] ?? '').padEnd(2, '0'));
  const value = major * MINOR_PER_MAJOR + minor;
  return Number.isSafeInteger(value) ? value : null;
}

/** Minor units as plain text for a form field: `12500,50` (sv, nb) or `12500.50` (en). */
export function amountToInput(amount: number, locale: keyof typeof LOCALE_TAGS): string {
  const major = Math.trunc(amount / MINOR_PER_MAJOR);
  const minor = String(Math.abs(amount % MINOR_PER_MAJOR)).padStart(2, '0');
  return `${major}${locale === 'en' ? '.' : ','}${minor}`;
}
