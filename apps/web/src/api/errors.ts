/** The API's one error shape as an Error the web app can throw, show and point at a form field with. */
import { ERROR_CODES, ERROR_STATUS, type ErrorCode } from '@lots/core';

/** One problem of a rejected request; `code` and `values` (import problems) are for translating it, `message` is English. */
export type ApiErrorDetail = { line?: number; field: string; code?: string; values?: Record<string, string | number>; message: string };

/** The API's error codes (from core), each with a text in the web app, plus `network` when the server could not be reached. */
export type ApiErrorCode = ErrorCode | 'network';

const KNOWN: readonly string[] = ERROR_CODES;

/** Carries the API's `{ error: { code, message, field, details } }` shape. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ApiErrorCode;
  readonly field: string | undefined;
  readonly details: ApiErrorDetail[];
  /** How many problems there are in all: more than `details.length` when the server listed only the first ones. */
  readonly detailCount: number;
  /** A library-specific code (better-auth's e.g. INVALID_EMAIL_OR_PASSWORD, INVALID_TOKEN), when there is one. */
  readonly rawCode: string | undefined;

  constructor(init: {
    status: number;
    code: ApiErrorCode;
    message: string;
    field?: string;
    details?: ApiErrorDetail[];
    detailCount?: number;
    rawCode?: string;
  }) {
    super(init.message);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.field = init.field;
    this.details = init.details ?? [];
    this.detailCount = Math.max(init.detailCount ?? 0, this.details.length);
    this.rawCode = init.rawCode;
  }
}

/** The shown code for an HTTP status, for errors without the API's shape (e.g. better-auth's). */
export function codeForStatus(status: number): ApiErrorCode {
  const code = ERROR_CODES.find((c) => ERROR_STATUS[c] === status);
  return (code as ApiErrorCode | undefined) ?? 'internal';
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function toValues(v: unknown): Record<string, string | number> | undefined {
  if (!isRecord(v)) return undefined;
  return Object.fromEntries(
    Object.entries(v).filter((e): e is [string, string | number] => typeof e[1] === 'string' || typeof e[1] === 'number'),
  );
}

function toDetails(v: unknown): ApiErrorDetail[] | undefined {
  if (!Array.isArray(v)) return undefined;
  return v.filter(isRecord).map((d) => ({
    line: typeof d.line === 'number' ? d.line : undefined,
    field: typeof d.field === 'string' ? d.field : '',
    code: typeof d.code === 'string' ? d.code : undefined,
    values: toValues(d.values),
    message: typeof d.message === 'string' ? d.message : '',
  }));
}

/**
 * Turns an error response into an ApiError. Understands the API's own shape and, for the
 * auth routes, better-auth's `{ code, message }`; anything else is classified by HTTP status.
 */
export function toApiError(status: number, body: unknown): ApiError {
  if (isRecord(body) && isRecord(body.error)) {
    const e = body.error;
    const code = typeof e.code === 'string' && KNOWN.includes(e.code) ? (e.code as ApiErrorCode) : codeForStatus(status);
    return new ApiError({
      status,
      code,
      message: typeof e.message === 'string' ? e.message : `HTTP ${status}`,
      field: typeof e.field === 'string' ? e.field : undefined,
      details: toDetails(e.details),
      detailCount: typeof e.detailCount === 'number' ? e.detailCount : undefined,
      rawCode: typeof e.code === 'string' ? e.code : undefined,
    });
  }
  const rawCode = isRecord(body) && typeof body.code === 'string' ? body.code : undefined;
  const message = isRecord(body) && typeof body.message === 'string' ? body.message : `HTTP ${status}`;
  return new ApiError({ status, code: codeForStatus(status), message, rawCode });
}
