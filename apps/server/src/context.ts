import type { FastifyBaseLogger } from 'fastify';
import type { Database, Db } from '@lots/db';
import type { Config } from './config';
import type { Auth } from './auth/auth';
import type { Mailer } from './mail/mailer';

/** What services need: passed explicitly, no container magic. */
export interface AppContext {
  config: Config;
  database: Database;
  db: Db;
  auth: Auth;
  mailer: Mailer;
  log: FastifyBaseLogger;
}
