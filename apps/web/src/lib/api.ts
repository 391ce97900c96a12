/** The one fetch wrapper: same origin, cookies included, JSON in and out, typed errors. */

/** One problem of a rejected request; `code` and `values` (import problems) are for translating it, `message` is English. */
export type ApiErrorDetail = { line?: number; field: string; code?: string; values?: Record<string, string | number>; message: string };

/** Error codes of the API (docs/api.md), plus `network` when the server could not be reached. */
export type ApiErrorCode =
  'validation' | 'unauthenticated' | 'forbidden' | 'not_found' | 'conflict' | 'import_invalid' | 'rate_limited' | 'internal' | 'network';

const CODES: readonly string[] = [
  'validation',
  'unauthenticated',
  'forbidden',
  'not_found',
  'conflict',
  'import_invalid',
  'rate_limited',
  'internal',
  'network',
];

/** Carries the API's `{ error: { code, message, field, details } }` shape. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ApiErrorCode;
  readonly field: string | undefined;
  readonly details: ApiErrorDetail[];
  /** A library-specific code (better-auth's e.g. INVALID_EMAIL_OR_PASSWORD, INVALID_TOKEN), when there is one. */
  readonly rawCode: string | undefined;

  constructor(init: { status: number; code: ApiErrorCode; message: string; field?: string; details?: ApiErrorDetail[]; rawCode?: string }) {
    super(init.message);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.field = init.field;
    this.details = init.details ?? [];
    this.rawCode = init.rawCode;
  }
}

export function codeForStatus(status: number): ApiErrorCode {
  switch (status) {
    case 400:
      return 'validation';
    case 401:
      return 'unauthenticated';
    case 403:
      return 'forbidden';
    case 404:
      return 'not_found';
    case 409:
      return 'conflict';
    case 422:
      return 'import_invalid';
    case 429:
      return 'rate_limited';
    default:
      return 'internal';
  }
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
    const code = typeof e.code === 'string' && CODES.includes(e.code) ? (e.code as ApiErrorCode) : codeForStatus(status);
    return new ApiError({
      status,
      code,
      message: typeof e.message === 'string' ? e.message : `HTTP ${status}`,
      field: typeof e.field === 'string' ? e.field : undefined,
      details: toDetails(e.details),
      rawCode: typeof e.code === 'string' ? e.code : undefined,
    });
  }
  const rawCode = isRecord(body) && typeof body.code === 'string' ? body.code : undefined;
  const message = isRecord(body) && typeof body.message === 'string' ? body.message : `HTTP ${status}`;
  return new ApiError({ status, code: codeForStatus(status), message, rawCode });
}

export type Query = Record<string, string | number | undefined | null>;

export function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  const s = params.toString();
  return s ? `${path}?${s}` : path;
}

export type ApiOptions = {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** Sent as JSON. */
  json?: unknown;
  /** Sent as is (e.g. a File), with `contentType`. */
  raw?: Blob;
  contentType?: string;
  query?: Query;
  signal?: AbortSignal;
};

let language: string | undefined;

/** The UI language, sent as Accept-Language so the server can answer in it. */
export function setApiLanguage(locale: string): void {
  language = locale;
}

export async function api<T>(path: string, options: ApiOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (language) headers['Accept-Language'] = language;
  let body: BodyInit | undefined;
  if (options.raw !== undefined) {
    body = options.raw;
    headers['Content-Type'] = options.contentType ?? (options.raw.type || 'application/octet-stream');
  } else if (options.json !== undefined) {
    body = JSON.stringify(options.json);
    headers['Content-Type'] = 'application/json';
  }
  let response: Response;
  try {
    response = await fetch(withQuery(path, options.query), {
      method: options.method ?? (body === undefined ? 'GET' : 'POST'),
      headers,
      body,
      credentials: 'include',
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError({ status: 0, code: 'network', message: cause instanceof Error ? cause.message : 'Network error' });
  }
  const text = await response.text();
  let data: unknown = undefined;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = text;
    }
  }
  if (!response.ok) throw toApiError(response.status, data);
  return data as T;
}
