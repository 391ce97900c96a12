import { resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { z } from 'zod';

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z.string().optional(),
  PUBLIC_URL: z.string().url().optional(),
  AUTH_SECRET: z.string().min(32).optional(),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default('Lots <no-reply@lots.local>'),
  NODE_ENV: z.string().default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DEMO: z.enum(['auto', 'on', 'off']).default('auto'),
  SIGN_IN_RATE_LIMIT: z.coerce.number().int().min(1).default(10),
  WEB_DIST: z.string().optional(),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl?: string;
  publicUrl: string;
  authSecret: string;
  smtpUrl?: string;
  mailFrom: string;
  production: boolean;
  logLevel: string;
  /** Demo world loaded on the first start (embedded database, not production). */
  demo: boolean;
  /** Sign-in attempts per minute and client address. */
  signInRateLimit: number;
  webDist: string;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`Configuration: ${issue.path.join('.')}: ${issue.message}`);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  if (production && !e.AUTH_SECRET) throw new Error('Configuration: AUTH_SECRET must be set (32+ characters) when NODE_ENV=production');
  const demo = e.DEMO === 'on' ? true : e.DEMO === 'off' ? false : !production && !e.DATABASE_URL;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL || undefined,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
    // Development without a configured secret: a per-process random one (sessions end on restart).
    authSecret: e.AUTH_SECRET ?? randomBytes(32).toString('hex'),
    smtpUrl: e.SMTP_URL || undefined,
    mailFrom: e.MAIL_FROM,
    production,
    logLevel: e.LOG_LEVEL,
    demo,
    signInRateLimit: e.SIGN_IN_RATE_LIMIT,
    webDist: resolve(e.WEB_DIST ?? new URL('../../web/dist', import.meta.url).pathname),
  };
}
