import type { FastifyInstance, FastifyRequest } from 'fastify';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * Why this changing route (POST, PUT, PATCH, DELETE) writes no audit row — e.g. better-auth's own
     * endpoints. Every other changing route must commit through the mutation pipeline (decision 0080).
     */
    unaudited?: string;
  }
}

const CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export const routeKey = (method: string, url: string) => `${method} ${url}`;

/** Whether a succeeded request of this route must have committed audit rows through the pipeline. */
export function mustBeAudited(request: FastifyRequest): boolean {
  const url = request.routeOptions.url;
  if (!url?.startsWith('/api/') || !CHANGING.has(request.method)) return false;
  return !request.routeOptions.config?.unaudited;
}

export class UnauditedRequestError extends Error {}

/**
 * Decision 0080: a changing request that succeeded must have committed its change through the
 * mutation pipeline (`ctx.mutate` / `ctx.mutateAnonymous`), which marks the request audited. With
 * `fail` (the tests) such a response becomes a 500 naming the route, so every integration test
 * that exercises a route is also this check; with `log` (a running server, whose change has
 * already committed) it is logged as an error.
 */
export function registerAuditCheck(app: FastifyInstance, mode: 'fail' | 'log'): void {
  app.decorateRequest('audited', false);
  app.addHook('onSend', async (request, reply, payload) => {
    if (reply.statusCode >= 400 || request.audited || !mustBeAudited(request)) return payload;
    const route = routeKey(request.method, request.routeOptions.url!);
    if (mode === 'fail') throw new UnauditedRequestError(`${route} succeeded without an audit row (decision 0080)`);
    request.log.error({ route }, 'a changing request succeeded without an audit row (decision 0080)');
    return payload;
  });
}
