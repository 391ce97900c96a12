import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyServerOptions } from 'fastify';
import fastifyStatic from '@fastify/static';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { sql } from 'drizzle-orm';
import type { Database } from '@lots/db';
import type { Config } from './config';
import type { AppContext } from './context';
import { createAuth } from './auth/auth';
import { authRoutes } from './auth/routes';
import { sendSignInMail } from './auth/sign-in-mail';
import { Mailer, type UndeliveredMail } from './mail/mailer';
import { startJobs, type Jobs } from './jobs/boss';
import { registerErrorHandling, AppError } from './platform/errors';
import { resolveActor } from './platform/actor';
import { authorize, signedIn } from './platform/authorize';
import { computeRun, applyRetention, modules, runSurveySchedule, sendDigests, sendEventReminders, sendNudges } from './modules';
import { registerWebSecurity } from './platform/web-security';
import { RequestLog, serverLogger, withRedaction } from './platform/request-log';
import { createPipeline } from './platform/mutation';
import { registerAuditCheck } from './platform/audit-check';
import { registerApiDocs } from './openapi/docs';

export interface BuiltApp {
  app: FastifyInstance;
  ctx: AppContext;
  jobs: Jobs;
  /** Every route: method, url, whether it is public and the ability it declares (for the security tests). */
  routes: { method: string; url: string; public: boolean; ability: string | null; unaudited: string | null }[];
  close(): Promise<void>;
}

export async function buildApp(
  config: Config,
  database: Database,
  logger: FastifyServerOptions['logger'] = serverLogger(config.logLevel),
  options: {
    /**
     * Where a mail goes that cannot leave the machine (no SMTP_URL). By default the server's console
     * (when logging is on): the one deliberate place a single-use link is written outside the mail.
     */
    onUndeliveredMail?: (mail: UndeliveredMail) => void;
    /**
     * A changing request that succeeded without committing audit rows through the pipeline
     * (decision 0080): `fail` answers 500 (the tests), `log` (default) logs an error.
     */
    unauditedMutation?: 'fail' | 'log';
  } = {},
): Promise<BuiltApp> {
  const app = Fastify({
    // Request URLs are logged with their single-use tokens redacted.
    logger: withRedaction(logger),
    // One line per request, the redacted URL in it (decision 0185).
    logController: new RequestLog(),
    // X-Forwarded-For is believed only from the proxies listed in TRUST_PROXY (decision 0021).
    trustProxy: config.trustProxy.length ? config.trustProxy : false,
    bodyLimit: 256 * 1024,
    // Long enough that a too-long id or token reaches its route's schema and gets a 400 naming the parameter.
    routerOptions: { maxParamLength: 500 },
    // Errors Fastify raises before routing (a malformed URL…) get the API's error shape too.
    frameworkErrors: (error, _request, reply) => {
      void (reply as unknown as FastifyReply)
        .status(error.statusCode ?? 400)
        .send({ error: { code: 'validation', message: error.message, field: 'url' } });
    },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);
  await registerWebSecurity(app, config);

  const printUndelivered = options.onUndeliveredMail ?? (logger === false || config.logLevel === 'silent' ? undefined : printToConsole);
  const mailer = new Mailer(database.db, { smtpUrl: config.smtpUrl, from: config.mailFrom, printUndelivered }, app.log);
  // Sign-in links are asked for before the job queue has started: it is attached once started.
  const queue = { send: async (name: string, data: object, options: { id: string }) => jobs.boss.send(name, data, options) };
  const auth = createAuth(database.db, config, mailer, app.log, queue);
  // Jobs a mutation queues are inserted through its transaction's connection (pg-boss's `db`
  // option); the queue is started below, before any request or scheduled work runs.
  const pipeline = createPipeline(database.db, {
    mailer,
    jobs: { send: (name, data, sendOptions) => jobs.boss.send(name, data, sendOptions), wake: (queues) => jobs.wake(queues) },
    publicUrl: config.publicUrl,
  });
  const ctx: AppContext = {
    config,
    database,
    db: database.db,
    auth,
    mailer,
    log: app.log,
    mutate: pipeline.mutate,
    mutateAnonymous: pipeline.mutateAnonymous,
    system: pipeline.system,
  };
  const jobs: Jobs = await startJobs(
    database,
    config.databaseUrl,
    {
      digest: () => sendDigests(ctx),
      nudges: () => sendNudges(ctx),
      surveys: (programId) => ctx.system(runSurveySchedule, config.pseudonymSecret, new Date(), programId),
      eventReminders: () => sendEventReminders(ctx),
      matchingRun: (runId) => computeRun(ctx, runId),
      sensitiveRetention: () => ctx.system(applyRetention, config.sensitiveRetentionDays, new Date()),
      signInMail: (job) => sendSignInMail(auth.api, database.db, job),
    },
    app.log,
  );
  // Delivers due mail, this process's and any other's (a crashed process's included).
  mailer.start();

  const routes: BuiltApp['routes'] = [];
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      if (method === 'HEAD') continue;
      // The API documentation (@fastify/swagger-ui's own routes) is for any signed-in user.
      if (route.url.startsWith('/api/docs')) route.config = { ...route.config, ability: signedIn };
      const isPublic = route.config?.public === true || !route.url.startsWith('/api/');
      const ability = route.config?.ability?.name ?? null;
      // Fail closed at start: a signed-in route that says nothing about who may use it is a bug (decision 0072).
      if (!isPublic && !ability) throw new Error(`${method} ${route.url} declares no ability (config.ability)`);
      routes.push({ method, url: route.url, public: isPublic, ability, unaudited: route.config?.unaudited ?? null });
    }
  });

  // Every succeeded change is audited (decision 0080).
  registerAuditCheck(app, options.unauditedMutation ?? 'log');

  // Every /api route needs a signed-in user unless it is marked public.
  app.decorateRequest('actor', null);
  // preValidation: an anonymous request is refused before its input is even looked at.
  app.addHook('preValidation', async (request) => {
    if (!request.url.startsWith('/api/') || request.routeOptions.config?.public || !request.routeOptions.url) return;
    request.actor = await resolveActor(auth, database.db, request);
    if (!request.actor) throw new AppError('unauthenticated', 'Sign in first');
  });

  // One authorisation point (decision 0072): the route's declared ability, checked once its input is
  // valid. `authorize` loads the resource named by the ability's route parameter: a missing one, or
  // one the actor may not know exists, is a 404; one they see but may not act on, a 403. (This also
  // answers a platform administrator's request naming a missing organisation with a 404.)
  app.addHook('preHandler', async (request) => {
    const ability = request.routeOptions.config?.ability;
    if (!ability || !request.actor) return;
    const id = ability.resource ? (request.params as Record<string, string | undefined>)[ability.resource.param] : undefined;
    // A reading request keeps what it loaded: the service's own check through the pool reads it no second time (0209).
    await authorize(database.db, request.actor, ability, id, request.method === 'GET');
  });

  // The OpenAPI document and its page, built on their first request (decision 0207).
  registerApiDocs(app);
  app.get('/healthz', { schema: { hide: true } }, async () => ({ status: 'ok' }));
  app.get('/readyz', { schema: { hide: true } }, async (_request, reply) => {
    try {
      await database.db.execute(sql`select 1`);
      return { status: 'ready' };
    } catch {
      return reply.status(503).send({ status: 'unavailable' });
    }
  });

  await app.register(authRoutes, { auth, db: database.db, publicUrl: config.publicUrl });
  for (const module of modules) {
    for (const routes of module.routes) await app.register(routes, { ctx });
  }

  await registerWeb(app, config.webDist, config.production);

  let closed = false;
  return {
    app,
    ctx,
    jobs,
    routes,
    async close() {
      if (closed) return;
      closed = true;
      await app.close();
      await jobs.stop();
      await mailer.stop();
    },
  };
}

/** Without SMTP_URL: the full mail, links included, for the operator only (never the Outbox or the API). */
function printToConsole(mail: UndeliveredMail) {
  console.log(
    `\n----- mail not sent (no SMTP_URL) ${mail.id} -----\nTo: ${mail.to}\nSubject: ${mail.subject}\n\n${mail.text}\n----- end of mail ${mail.id} -----\n`,
  );
}

/** Serves the built web app; any other GET outside /api gets index.html (client-side routes). */
async function registerWeb(app: FastifyInstance, webDist: string, production: boolean) {
  const index = join(webDist, 'index.html');
  if (!existsSync(index)) {
    app.get('/', { schema: { hide: true } }, async (_request, reply) =>
      reply
        .type('text/html')
        .send(
          '<!doctype html><html lang="en"><title>Lots</title><h1>Lots</h1><p>The web app is not built. Run <code>npm start</code> (it builds it) or <code>npm run build</code>.</p></html>',
        ),
    );
    return;
  }
  // Source maps help a developer, but in production they would hand out the source: not served there.
  const allowedPath = (path: string) => !(production && path.endsWith('.map'));
  // The build writes a brotli and a gzip copy next to each text file: served as they are, no
  // compression per request. Vite's content-hashed files never change, so browsers keep them a
  // year; anything else (index.html, favicon) is checked every time (decision 0160).
  // `serve: false`: no route per built file (a glob of the folder and some 300 routes at every
  // start, decision 0190); the one route below sends them with the same options.
  await app.register(fastifyStatic, {
    root: webDist,
    serve: false,
    index: false,
    allowedPath,
    preCompressed: true,
    cacheControl: false,
    setHeaders: (res, path) => {
      res.setHeader('cache-control', webCacheControl(relative(webDist, path)));
      // The same address answers brotli, gzip or plain: shared caches must keep them apart.
      res.setHeader('vary', 'accept-encoding');
    },
  });
  app.get('/*', { schema: { hide: true } }, async (request, reply) => {
    const path = request.url.split('?')[0]!;
    if (path.startsWith('/api/')) throw new AppError('not_found', `No route ${request.method} ${path}`);
    if (/\.[a-z0-9]+$/i.test(path)) {
      // A real file under dist, or a 404 — never index.html for a missing asset.
      return reply.sendFile(path.slice(1));
    }
    return reply.type('text/html').sendFile('index.html');
  });
}

/** A content-hashed build file (Vite's `assets/name-<hash>.ext`) is immutable; anything else is revalidated. */
export function webCacheControl(relativePath: string): string {
  const hashed = /^assets[\\/][^\\/]+-[A-Za-z0-9_-]{8,}\.[a-z0-9]+(\.(br|gz))?$/.test(relativePath);
  return hashed ? 'public, max-age=31536000, immutable' : 'no-cache';
}
