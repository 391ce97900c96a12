import { describe, expect, it } from 'vitest';
import { ApiError, codeForStatus, toApiError } from './errors';
import { errorField, errorKey, isFieldError } from '../lib/errors';

describe('toApiError', () => {
  it('reads the API error shape', () => {
    const e = toApiError(422, {
      error: { code: 'import_invalid', message: 'bad rows', details: [{ line: 3, field: 'email', message: 'Invalid email' }] },
    });
    expect(e).toBeInstanceOf(ApiError);
    expect(e.code).toBe('import_invalid');
    expect(e.details).toEqual([{ line: 3, field: 'email', message: 'Invalid email' }]);
  });

  it('keeps the field of a validation error', () => {
    const e = toApiError(400, { error: { code: 'validation', message: 'name: Too small', field: 'name' } });
    expect(e.field).toBe('name');
    expect(isFieldError(e, 'name')).toBe(true);
    expect(isFieldError(e, 'email')).toBe(false);
  });

  it('understands better-auth errors by status', () => {
    const e = toApiError(401, { code: 'INVALID_EMAIL_OR_PASSWORD', message: 'Invalid email or password' });
    expect(e.code).toBe('unauthenticated');
    expect(e.rawCode).toBe('INVALID_EMAIL_OR_PASSWORD');
    expect(toApiError(429, 'Too many requests').code).toBe('rate_limited');
  });

  it('maps unknown codes by status', () => {
    expect(toApiError(409, { error: { code: 'weird', message: 'x' } }).code).toBe('conflict');
    expect(codeForStatus(502)).toBe('internal');
    // A file too large or of the wrong type is named as such (an upload can be either), never as "internal".
    expect(toApiError(413, { error: { code: 'payload_too_large', message: 'x' } }).code).toBe('payload_too_large');
    expect(toApiError(415, 'Unsupported Media Type').code).toBe('unsupported_media_type');
    expect(codeForStatus(429)).toBe('rate_limited');
  });
});

describe('errors', () => {
  it('gives a translation key per code', () => {
    expect(errorKey(toApiError(403, {}))).toBe('common:errors.forbidden');
    expect(errorKey(new Error('boom'))).toBe('common:errors.internal');
  });

  it('matches nested field paths both ways', () => {
    const e = toApiError(400, { error: { code: 'validation', message: 'x', field: 'admin.email' } });
    expect(errorField(e, ['admin.name', 'admin.email'])).toBe('admin.email');
    expect(errorField(e, ['email'])).toBe('email');
    const short = toApiError(400, { error: { code: 'validation', message: 'x', field: 'password' } });
    expect(errorField(short, ['admin.password'])).toBe('admin.password');
  });
});
