/** Client-side checks before a form is sent; the API checks again. Return a translation key or undefined. */

export const PASSWORD_MIN = 10;

export type ValidationKey =
  | 'errors.required'
  | 'errors.email'
  | 'errors.passwordLength'
  | 'errors.rolesRequired'
  | 'errors.number'
  | 'errors.dateOrder'
  | 'errors.consent'
  | 'errors.managerEmailNeeded'
  | 'errors.twoOptions';

export function required(value: string): ValidationKey | undefined {
  return value.trim() ? undefined : 'errors.required';
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function email(value: string, { optional = false } = {}): ValidationKey | undefined {
  const v = value.trim();
  if (!v) return optional ? undefined : 'errors.required';
  return EMAIL.test(v) && v.length <= 254 ? undefined : 'errors.email';
}

export function password(value: string): ValidationKey | undefined {
  if (!value) return 'errors.required';
  return value.length >= PASSWORD_MIN ? undefined : 'errors.passwordLength';
}

export type Errors<F extends string> = Partial<Record<F, ValidationKey>>;

/** Keeps only the failed checks; empty when the form is fine. */
export function collect<F extends string>(checks: Record<F, ValidationKey | undefined>): Errors<F> {
  const out: Errors<F> = {};
  for (const [field, key] of Object.entries(checks) as [F, ValidationKey | undefined][]) if (key) out[field] = key;
  return out;
}

export const hasErrors = (errors: Errors<string>): boolean => Object.keys(errors).length > 0;
