/**
 * What the request log may say about a request: its method and URL without secrets. Links in
 * mails carry single-use tokens (invitations, manager responses, password reset, magic links);
 * whoever reads the log must not be able to use them (decision 0024).
 */
import { LogController, type FastifyReply, type FastifyRequest, type FastifyServerOptions } from 'fastify';
import pino from 'pino';

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

/**
 * One log line per request (decision 0185): Fastify's "incoming request" line is left out and the
 * "request completed" (or "request errored") line names the request itself — method, URL with its
 * tokens redacted, client — with the status and the time taken. A request that never completes (the
 * client went away) still gets Fastify's "stream closed prematurely" line.
 */
export class RequestLog extends LogController {
  override incomingRequest(): void {}

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    if (this.isLogDisabled(request)) return;
    if (error) reply.log.error({ req: request, res: reply, err: error, responseTime: reply.elapsedTime }, 'request errored');
    else reply.log.info({ req: request, res: reply, responseTime: reply.elapsedTime }, 'request completed');
  }

  override routeNotFound(request: FastifyRequest): void {
    if (this.isLogDisabled(request)) return;
    request.log.info(`Route ${request.method}:${redactUrl(request.url)} not found`);
  }
}

/**
 * The running server's logger: the level, written to standard output without blocking (decision
 * 0185: lines written while a write is under way go out together in the next one; what is still
 * buffered is written when the process exits).
 */
export function serverLogger(level: string): FastifyServerOptions['logger'] {
  return { level, stream: pino.destination({ dest: 1, sync: false }) } as FastifyServerOptions['logger'];
}
