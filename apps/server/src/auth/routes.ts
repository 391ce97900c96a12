import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Db } from '@lots/db';
import { CLIENT_IP_HEADER, type Auth } from './auth';
import { accountKey, beginAttempt, succeeded } from './throttle';

/** The address of a password sign-in, when it looks like one (better-auth validates it properly). */
function signInAccount(request: FastifyRequest): string | null {
  if (request.method !== 'POST' || request.url.split('?')[0] !== '/api/auth/sign-in/email') return null;
  const email = (request.body as { email?: unknown } | undefined)?.email;
  return typeof email === 'string' && email.trim() && email.length <= 320 ? accountKey(email) : null;
}

/**
 * The better-auth endpoints Lots uses, by method; every other one better-auth has (update-user,
 * change-email, delete-user, list-sessions, get-session …) answers 404, so it cannot be reached
 * around Lots' own rules (decision 0093). `reset-password/<token>` is the mail link's redirect.
 */
const AUTH_ENDPOINTS: Record<string, RegExp> = {
  POST: /^\/api\/auth\/(sign-in\/email|sign-in\/magic-link|request-password-reset|reset-password|sign-out)$/,
  GET: /^\/api\/auth\/(magic-link\/verify|reset-password\/[^/]+)$/,
};

/** Whether better-auth may answer this request (see AUTH_ENDPOINTS). */
export function isUsedAuthEndpoint(method: string, url: string): boolean {
  return AUTH_ENDPOINTS[method]?.test(url.split('?')[0]!) ?? false;
}

/** A better-auth JSON body without `token` and `session.token`. */
export function withoutSessionToken(text: string): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return text;
  }
  if (!parsed || typeof parsed !== 'object') return text;
  const body = parsed as { token?: unknown; session?: { token?: unknown } | null };
  delete body.token;
  if (body.session && typeof body.session === 'object') delete body.session.token;
  return JSON.stringify(body);
}

/** Turns a Fastify request into the Web Request better-auth handles. */
export function toWebRequest(request: FastifyRequest, publicUrl: string): Request {
  const headers = new Headers();
  for (const [key, value] of Object.entries(request.headers)) {
    if (value === undefined || key === CLIENT_IP_HEADER) continue;
    headers.set(key, Array.isArray(value) ? value.join(', ') : String(value));
  }
  headers.set(CLIENT_IP_HEADER, request.ip);
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD' && request.body !== undefined;
  return new Request(new URL(request.url, publicUrl), {
    method: request.method,
    headers,
    body: hasBody ? JSON.stringify(request.body) : undefined,
  });
}

/** better-auth's endpoints that Lots uses (sign-in, magic link, password reset, sign-out) under /api/auth. */
export async function authRoutes(app: FastifyInstance, { auth, db, publicUrl }: { auth: Auth; db: Db; publicUrl: string }) {
  app.route({
    method: ['GET', 'POST'],
    url: '/api/auth/*',
    schema: { hide: true },
    config: { public: true, unaudited: 'better-auth’s own endpoints (sessions, sign-in links, passwords)' },
    async handler(request, reply) {
      if (!isUsedAuthEndpoint(request.method, request.url))
        return reply.status(404).send({ error: { code: 'not_found', message: 'Not found' } });
      // Per account: a few wrong passwords, then pauses that double (decision 0021).
      const account = signInAccount(request);
      if (account) {
        const attempt = await beginAttempt(db, account);
        if (!attempt.allowed) {
          reply.header('retry-after', String(attempt.retryAfterSeconds));
          return reply.status(429).send({
            error: {
              code: 'rate_limited',
              message: `Too many failed sign-ins for this address: try again in ${attempt.retryAfterSeconds} seconds, or sign in with a link by e-mail`,
              field: 'email',
            },
          });
        }
      }
      const response = await auth.handler(toWebRequest(request, publicUrl));
      if (account && response.status === 200) await succeeded(db, account);
      reply.status(response.status);
      response.headers.forEach((value, key) => {
        if (key === 'set-cookie') return;
        reply.header(key, value);
      });
      // better-auth says when to retry in its own header; clients know the standard one.
      const retryAfter = response.headers.get('x-retry-after');
      if (response.status === 429 && retryAfter) reply.header('retry-after', retryAfter);
      const cookies = response.headers.getSetCookie();
      if (cookies.length) reply.header('set-cookie', cookies);
      const body = response.body ? Buffer.from(await response.arrayBuffer()) : null;
      if (response.status >= 400 && body) {
        // better-auth's errors, in the API's one error shape.
        let message = 'Request failed';
        let field: string | undefined;
        try {
          const parsed = JSON.parse(body.toString()) as { message?: string; code?: string; field?: unknown };
          message = parsed.message ?? parsed.code ?? message;
          if (typeof parsed.field === 'string') field = parsed.field;
        } catch {
          /* not JSON */
        }
        const code =
          response.status === 401
            ? 'unauthenticated'
            : response.status === 403
              ? 'forbidden'
              : response.status === 429
                ? 'rate_limited'
                : response.status === 404
                  ? 'not_found'
                  : 'validation';
        reply.header('content-type', 'application/json; charset=utf-8');
        return reply.send({ error: { code, message, field } });
      }
      const json = body && (response.headers.get('content-type') ?? '').includes('application/json');
      if (json) {
        // The session token lives in an HttpOnly cookie; better-auth also puts it in JSON bodies
        // (sign-in, get-session…), where a script could read it. Not from Lots.
        reply.removeHeader('content-length');
        return reply.send(withoutSessionToken(body.toString()));
      }
      return reply.send(body);
    },
  });
}
