import type { FastifyBaseLogger } from 'fastify';
import type { Database, ReadDb } from '@lots/db';
import type { Config } from './config';
import type { Auth } from './auth/auth';
import type { Mailer } from './mail/mailer';
import type { Pipeline } from './platform/mutation';

/**
 * What services need: passed explicitly, no container magic. A change goes through the mutation
 * pipeline (decision 0081): `ctx.mutate(request, service.fn, ...args)` for a signed-in actor,
 * `ctx.mutateAnonymous(request, …)` for someone without an account, `ctx.system(fn, …)` for the
 * system's own scheduled work. The service function gets the transaction only.
 */
export interface AppContext extends Pipeline {
  config: Config;
  database: Database;
  /** Reads only: a change goes through the pipeline, which alone opens transactions (decision 0081). */
  db: ReadDb;
  auth: Auth;
  mailer: Mailer;
  log: FastifyBaseLogger;
}
