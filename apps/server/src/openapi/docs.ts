import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest, type RouteOptions } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';

/** What the OpenAPI document is made from: the route's own options as Fastify registered them. */
type DocumentedRoute = Pick<RouteOptions, 'method' | 'url' | 'schema' | 'config' | 'links'>;

/**
 * The API's OpenAPI document (`GET /api/openapi.json`, public) and its documentation page
 * (`/api/docs`, Swagger UI, for any signed-in user) — built on their first request, not at start
 * (decision 0207): @fastify/swagger and @fastify/swagger-ui load some thirty modules of node_modules
 * and took 0.07–0.13 s of a warm start that no first request needs.
 *
 * Every route registered after this call is recorded as Fastify hands it to `onRoute` (what
 * @fastify/swagger itself records). On the first request a second Fastify instance, never listening,
 * is made with @fastify/swagger and @fastify/swagger-ui registered exactly as they were on the app,
 * the recorded routes are registered on it again (their schemas, no handler of theirs), and the
 * documentation's requests are answered by it through `inject`, inside this app's request with its
 * hooks (who may see it, the security headers).
 */
export function registerApiDocs(app: FastifyInstance): void {
  const routes: DocumentedRoute[] = [];
  app.addHook('onRoute', (route) => {
    // As @fastify/swagger: HEAD routes (Fastify's automatic ones) are not documented.
    if (route.method === 'HEAD') return;
    routes.push({ method: route.method, url: route.url, schema: route.schema, config: route.config, links: route.links });
  });

  let built: Promise<FastifyInstance> | undefined;
  const docs = () => {
    built ??= buildDocs(routes).catch((error: unknown) => {
      built = undefined;
      throw error;
    });
    return built;
  };

  app.get('/api/openapi.json', { config: { public: true }, schema: { hide: true } }, async () => (await docs()).swagger());
  // Swagger UI's page and its files: the same answers as @fastify/swagger-ui registered on the app gave.
  const page = async (request: FastifyRequest, reply: FastifyReply) => {
    const answer = await (await docs()).inject({ method: 'GET', url: request.url });
    // Not a file or page of Swagger UI: this app's own 404, as when Swagger UI was registered on it.
    if (answer.statusCode === 404) return reply.callNotFound();
    for (const [name, value] of Object.entries(answer.headers)) {
      if (value !== undefined && !['content-length', 'connection', 'transfer-encoding', 'date'].includes(name)) reply.header(name, value);
    }
    reply.status(answer.statusCode);
    return answer.rawPayload.length ? reply.send(answer.rawPayload) : reply.send();
  };
  app.get('/api/docs', { schema: { hide: true } }, page);
  app.get('/api/docs/*', { schema: { hide: true } }, page);
}

async function buildDocs(routes: DocumentedRoute[]): Promise<FastifyInstance> {
  const [{ default: fastifySwagger }, { default: fastifySwaggerUi }] = await Promise.all([
    import('@fastify/swagger'),
    import('@fastify/swagger-ui'),
  ]);
  const docs = Fastify({ logger: false });
  // The routes are registered for their schemas only: a request they would match is not one of the
  // documentation's (404), and nothing is compiled to validate or serialise them.
  docs.setValidatorCompiler(() => () => true);
  docs.setSerializerCompiler(() => (data) => JSON.stringify(data));
  await docs.register(fastifySwagger, {
    openapi: {
      info: { title: 'Lots API', version: '1.0.0', description: 'Mentorship programs in and across public-sector organisations.' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'better-auth.session_token' } } },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  // validatorUrl null: the docs page loads nothing from other sites (the CSP allows none).
  await docs.register(fastifySwaggerUi, { routePrefix: '/api/docs', uiConfig: { docExpansion: 'list', validatorUrl: null } });
  for (const route of routes) {
    // Swagger UI's own routes are the docs instance's; the app's forwarding routes are not documented.
    if (route.url === '/api/docs' || route.url.startsWith('/api/docs/')) continue;
    docs.route({ ...route, exposeHeadRoute: false, handler: async (_request, reply) => reply.callNotFound() });
  }
  await docs.ready();
  return docs;
}
