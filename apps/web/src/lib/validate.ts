import type { ParseKeys } from 'i18next';
/** Client-side checks before a form is sent; the API checks again. Return a translation key or undefined. */

export const PASSWORD_MIN = 10;

/**
 * A form message is a translation key (any of the catalogs'); the form translates it when shown.
 * The common checks below use common:errors.*; a form's own messages are written with `messageKey`.
 */
export type ValidationKey = ParseKeys;

/** Marks a translation key used as a form message, so the key report (i18next-parser) finds it. */
export const messageKey = <K extends ValidationKey>(key: K): K => key;

export function required(value: string): ValidationKey | undefined {
  return value.trim() ? undefined : 'common:errors.required';
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function email(value: string, { optional = false } = {}): ValidationKey | undefined {
  const v = value.trim();
  if (!v) return optional ? undefined : 'common:errors.required';
  return EMAIL.test(v) && v.length <= 254 ? undefined : 'common:errors.email';
}

export function password(value: string): ValidationKey | undefined {
  if (!value) return 'common:errors.required';
  return value.length >= PASSWORD_MIN ? undefined : 'common:errors.passwordLength';
}

export type Errors<F extends string> = Partial<Record<F, ValidationKey>>;

/** Keeps only the failed checks; empty when the form is fine. */
export function collect<F extends string>(checks: Record<F, ValidationKey | undefined>): Errors<F> {
  const out: Errors<F> = {};
  for (const [field, key] of Object.entries(checks) as [F, ValidationKey | undefined][]) if (key) out[field] = key;
  return out;
}

export const hasErrors = (errors: Errors<string>): boolean => Object.keys(errors).length > 0;
