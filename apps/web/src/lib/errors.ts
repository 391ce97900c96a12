import { ApiError, type ApiErrorCode } from '../api/errors';

export type ErrorKey = `common:errors.${ApiErrorCode}`;

/** The translation key for any error thrown by an API call (or anything else). */
export function errorKey(error: unknown): ErrorKey {
  if (error instanceof ApiError) return `common:errors.${error.code}`;
  return 'common:errors.internal';
}

/**
 * Whether a validation error from the API is about the given form field. The API names
 * fields by path ("admin.email"); a form may use the full path or the last part.
 */
export function isFieldError(error: unknown, field: string): boolean {
  if (!(error instanceof ApiError) || error.code !== 'validation' || !error.field) return false;
  const f = error.field;
  return f === field || f.endsWith(`.${field}`) || field.endsWith(`.${f}`);
}

/** The form field an API validation error points at, out of those the form has. */
export function errorField<F extends string>(error: unknown, fields: readonly F[]): F | undefined {
  return fields.find((f) => isFieldError(error, f));
}
