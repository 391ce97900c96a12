import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { ERROR_STATUS, type ErrorCode } from '@lots/core';

export type { ErrorCode };

/** One problem of a rejected request (e.g. a bad row of an import file), passed to the client as is. */
export interface ErrorDetail {
  line?: number;
  field: string;
  /** A stable machine code for the problem (e.g. `email.invalid`), which clients translate; `message` stays English. */
  code?: string;
  /** The values the code's text needs, e.g. `{ column: 'foo' }` for `column.unknown`. */
  values?: Record<string, string | number>;
  message: string;
}

/** An error meant for the client: it becomes the API's one JSON error shape. */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
    readonly details?: ErrorDetail[],
    /** How many problems there are when `details` holds only the first of them (imports: the first 100). */
    readonly detailCount?: number,
  ) {
    super(message);
    this.status = ERROR_STATUS[code];
  }
}

export const notFound = (what: string) => new AppError('not_found', `${what} not found`);
export const forbidden = (message = 'You may not do this') => new AppError('forbidden', message);
export const conflict = (message: string, field?: string) => new AppError('conflict', message, field);
export const invalid = (field: string, message: string) => new AppError('validation', `${field}: ${message}`, field);

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      return reply.status(error.status).send({
        error: {
          code: error.code,
          message: error.message,
          field: error.field,
          details: error.details,
          ...(error.detailCount !== undefined && { detailCount: error.detailCount }),
        },
      });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const first = error.validation[0];
      // fastify-type-provider-zod puts the zod issue's code in `keyword` and its other properties in `params`.
      const parts = (first?.instancePath ?? '').split('/').filter(Boolean);
      const keys = (first?.params as { keys?: unknown } | undefined)?.keys;
      if (first?.keyword === 'unrecognized_keys' && Array.isArray(keys) && keys.length) parts.push(String(keys[0]));
      const where = error.validationContext && error.validationContext !== 'body' ? error.validationContext : '';
      const name = [where, ...parts].filter(Boolean).join('.') || error.validationContext || 'body';
      return reply.status(400).send({
        error: { code: 'validation', message: `${name}: ${first?.message ?? 'invalid'}`, field: name },
      });
    }
    const status = error.statusCode ?? 500;
    if (status === 413) return reply.status(413).send({ error: { code: 'payload_too_large', message: 'The request body is too large' } });
    if (status === 415)
      return reply.status(415).send({ error: { code: 'unsupported_media_type', message: error.message, field: 'content-type' } });
    if (status === 429) return reply.status(429).send({ error: { code: 'rate_limited', message: 'Too many requests, try again later' } });
    if (status >= 400 && status < 500) {
      // Fastify's own client errors: malformed JSON, empty body, bad content length…
      return reply.status(status).send({ error: { code: 'validation', message: error.message, field: 'body' } });
    }
    if (isTextError(error)) {
      // PostgreSQL cannot store NUL characters or lone UTF-16 surrogates (in jsonb): the client's input, not our failure.
      const field = unstorableField(request);
      if (field)
        return reply
          .status(400)
          .send({ error: { code: 'validation', message: `${field}: contains a character that is not allowed`, field } });
    }
    if (isUniqueViolation(error)) {
      return reply.status(409).send({ error: { code: 'conflict', message: 'This already exists' } });
    }
    if (isForeignKeyViolation(error)) {
      // A safety net: services check what a request refers to, but it may vanish meanwhile (deleted by someone else).
      request.log.warn({ err: error }, 'foreign key violation answered with 409');
      return reply.status(409).send({ error: { code: 'conflict', message: 'This refers to something that does not exist (any more)' } });
    }
    if (isTransactionCancelled(error)) {
      // Two transactions waited for each other (e.g. an application import and a people import locking the same people
      // in crossing orders, decision 0201): PostgreSQL cancelled this one, so nothing was written; sending it again works.
      request.log.warn({ err: error }, 'transaction cancelled by a deadlock or serialization conflict, answered with 503');
      return reply
        .status(503)
        .header('retry-after', '1')
        .send({
          error: { code: 'busy', message: 'Another change to the same data was made at the same time; nothing was saved, try again' },
        });
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.status(500).send({ error: { code: 'internal', message: 'Something went wrong on our side' } });
  });
  app.setNotFoundHandler((request, reply) => {
    reply.status(404).send({ error: { code: 'not_found', message: `No route ${request.method} ${request.url.split('?')[0]}` } });
  });
}

export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; cause?: { code?: string } };
  return e?.code === '23505' || e?.cause?.code === '23505';
}

export function isForeignKeyViolation(error: unknown): boolean {
  const e = error as { code?: string; cause?: { code?: string } };
  return e?.code === '23503' || e?.cause?.code === '23503';
}

/** deadlock_detected or serialization_failure: the whole transaction was rolled back and may be run again. */
function isTransactionCancelled(error: unknown): boolean {
  const e = error as { code?: string; cause?: { code?: string } };
  return [e?.code, e?.cause?.code].some((code) => code === '40P01' || code === '40001');
}

/** invalid byte sequence, untranslatable character, or invalid json text (e.g. a lone surrogate's escape). */
function isTextError(error: unknown): boolean {
  const e = error as { code?: string; cause?: { code?: string } };
  return [e?.code, e?.cause?.code].some((code) => code === '22021' || code === '22P05' || code === '22P02');
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** The first input field holding a character the database cannot store, e.g. `name` or `querystring.q`; null if there is none. */
function unstorableField(request: FastifyRequest): string | null {
  const find = (value: unknown, path: string[], depth: number): string[] | null => {
    if (typeof value === 'string') return value.includes('\u0000') || LONE_SURROGATE.test(value) ? path : null;
    if (depth > 10 || value === null || typeof value !== 'object' || Buffer.isBuffer(value)) return null;
    for (const [key, inner] of Object.entries(value)) {
      const found = find(inner, [...path, key], depth + 1);
      if (found) return found;
    }
    return null;
  };
  if (Buffer.isBuffer(request.body)) return 'file';
  for (const [where, value] of [
    ['', request.body],
    ['querystring', request.query],
    ['params', request.params],
  ] as const) {
    const path = find(value, [], 0);
    if (path) return [where, ...path].filter(Boolean).join('.') || where || 'body';
  }
  return null;
}
