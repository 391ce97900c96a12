/**
 * What the request log may say about a request: its method and URL without secrets. Links in
 * mails carry single-use tokens (invitations, manager responses, password reset, magic links);
 * whoever reads the log must not be able to use them (decision 0024).
 */
import type { FastifyRequest, FastifyServerOptions } from 'fastify';

/** Paths whose next segment is a single-use token (API and web pages). */
const TOKEN_PATH =
  /^(\/api\/invitations|\/api\/responses|\/invitation|\/respond|\/api\/auth\/reset-password|\/api\/event-answers|\/event-answer|\/api\/calendar-feeds)\/[^/?#]+/;
/** Query parameters that carry one (magic-link verification, the reset form). */
const TOKEN_PARAM = /([?&](?:token|code)=)[^&#]*/gi;

export const REDACTED = '[redacted]';

/** The URL with every token replaced by `[redacted]`. */
export function redactUrl(url: string): string {
  return url.replace(TOKEN_PATH, (_, prefix: string) => `${prefix}/${REDACTED}`).replace(TOKEN_PARAM, `$1${REDACTED}`);
}

/** pino's `req` serializer for Fastify: Fastify's default fields, the URL redacted. */
export function serializeRequest(request: FastifyRequest) {
  return {
    method: request.method,
    url: redactUrl(request.url),
    host: request.host,
    remoteAddress: request.ip,
    remotePort: request.socket?.remotePort,
  };
}

/** The logger options with the redacting serializer (or no logger at all). */
export function withRedaction(logger: FastifyServerOptions['logger']): FastifyServerOptions['logger'] {
  if (!logger) return logger;
  const options = logger === true ? {} : logger;
  return { ...options, serializers: { ...(options.serializers ?? {}), req: serializeRequest as never } };
}
