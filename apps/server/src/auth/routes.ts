import type { FastifyInstance, FastifyRequest } from 'fastify';
import { CLIENT_IP_HEADER, type Auth } from './auth';

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

/** better-auth's endpoints (sign-in, magic link, password reset, sign-out, session) under /api/auth. */
export async function authRoutes(app: FastifyInstance, { auth, publicUrl }: { auth: Auth; publicUrl: string }) {
  app.route({
    method: ['GET', 'POST'],
    url: '/api/auth/*',
    schema: { hide: true },
    config: { public: true },
    async handler(request, reply) {
      const response = await auth.handler(toWebRequest(request, publicUrl));
      reply.status(response.status);
      response.headers.forEach((value, key) => {
        if (key === 'set-cookie') return;
        reply.header(key, value);
      });
      const cookies = response.headers.getSetCookie();
      if (cookies.length) reply.header('set-cookie', cookies);
      const body = response.body ? Buffer.from(await response.arrayBuffer()) : null;
      if (response.status >= 400 && body) {
        // better-auth's errors, in the API's one error shape.
        let message = 'Request failed';
        try {
          const parsed = JSON.parse(body.toString()) as { message?: string; code?: string };
          message = parsed.message ?? parsed.code ?? message;
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
        return reply.send({ error: { code, message } });
      }
      return reply.send(body);
    },
  });
}
