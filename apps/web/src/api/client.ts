/**
 * The one way the web app calls the API: openapi-fetch typed by `schema.d.ts`, which is generated
 * from the server's OpenAPI document (`npm run api:generate`; a test fails when it drifts).
 * Same origin, cookies included, the UI language as Accept-Language; `unwrap` turns a failed
 * request into an ApiError (the API's one error shape) and returns the data of a successful one.
 */
import createClient from 'openapi-fetch';
import type { paths } from './schema';
import { ApiError, toApiError } from './errors';

export type { paths };

let language: string | undefined;

/** The UI language, sent as Accept-Language so the server can answer in it. */
export function setApiLanguage(locale: string): void {
  language = locale;
}

export const apiLanguage = (): string | undefined => language;

/** Query parameters are flat values; empty ones (undefined, null, '') are left out: an empty filter is no filter. */
export function serializeQuery(query: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query))
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  return params.toString();
}

export const client = createClient<paths>({
  credentials: 'include',
  headers: { Accept: 'application/json' },
  querySerializer: serializeQuery,
});

client.use({
  onRequest({ request }) {
    if (language) request.headers.set('Accept-Language', language);
    return request;
  },
});

type Result<D> = { data?: D; error?: unknown; response: Response };

/** The data of a successful call; an ApiError for an error response or when the server cannot be reached. */
export async function unwrap<D>(call: Promise<Result<D>>): Promise<D> {
  let result: Result<D>;
  try {
    result = await call;
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError({ status: 0, code: 'network', message: cause instanceof Error ? cause.message : 'Network error' });
  }
  if (!result.response.ok) throw toApiError(result.response.status, result.error);
  return result.data as D;
}

/** Sends a file as the raw request body (the import endpoints take CSV or XLSX as is). */
export const rawBody = (file: Blob, contentType: string) => ({
  body: file as never,
  bodySerializer: (body: unknown) => body as Blob,
  headers: { 'Content-Type': contentType },
});
