import { resolve } from 'node:path';
import { hkdfSync, randomBytes } from 'node:crypto';
import { isIP } from 'node:net';
import { z } from 'zod';

/** The date of this version's own assessment against WCAG 2.1 AA (the accessibility statement's default). */
const ASSESSED_ON = '2026-12-02';

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
  SIGN_IN_RATE_LIMIT: z.coerce.number().int().min(1).default(100),
  TRUST_PROXY: z.string().optional(),
  WEB_DIST: z.string().optional(),
  MIN_GROUP_SIZE: z.coerce.number().int().min(3).max(100).default(5),
  PSEUDONYM_SECRET: z.string().min(32).optional(),
  // The accessibility statement (decision 0140); unset: taken from the first organisation and its administrator.
  ACCESSIBILITY_ORGANISATION: z.string().trim().min(1).max(200).optional(),
  ACCESSIBILITY_COUNTRY: z.enum(['SE', 'NO']).optional(),
  ACCESSIBILITY_LEVEL: z.enum(['full', 'partial', 'none']).default('partial'),
  ACCESSIBILITY_METHOD: z.enum(['self', 'external']).default('self'),
  ACCESSIBILITY_ASSESSED_ON: z.iso.date().default(ASSESSED_ON),
  ACCESSIBILITY_UPDATED_ON: z.iso.date().optional(),
  ACCESSIBILITY_FEEDBACK_EMAIL: z.email().optional(),
  ACCESSIBILITY_FEEDBACK_URL: z.url().optional(),
  SENSITIVE_RETENTION_DAYS: z.coerce.number().int().min(0).max(3650).default(30),
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
  /** Sign-in, magic-link and password-reset requests per minute and client address. */
  signInRateLimit: number;
  /**
   * The reverse proxies whose X-Forwarded-For Lots believes (addresses, CIDR ranges or
   * proxy-addr's names loopback, linklocal, uniquelocal); empty: the socket's address is the client.
   */
  trustProxy: string[];
  webDist: string;
  /** Survey aggregates are shown only for groups of at least this many answers (never below 3; decision 0130). */
  minGroupSize: number;
  /**
   * The installation's secret for survey pseudonyms (decision 0132): PSEUDONYM_SECRET, else derived
   * from AUTH_SECRET. Without either (development) a fixed development value, so pseudonyms survive
   * a restart; production always has AUTH_SECRET.
   */
  pseudonymSecret: string;
  /**
   * The accessibility statement's settings (decision 0140). Unset organisation, country and feedback
   * address come from the installation's first organisation and its administrator.
   */
  accessibility: {
    organisation?: string;
    country?: 'SE' | 'NO';
    level: 'full' | 'partial' | 'none';
    method: 'self' | 'external';
    assessedOn: string;
    updatedOn: string;
    feedbackEmail?: string;
    feedbackUrl?: string;
  };
  /**
   * Days a special-category answer is kept after its application is withdrawn or its program closed
   * or archived; then the retention job deletes it (issue 10 item 7, decision 0103).
   */
  sensitiveRetentionDays: number;
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
    trustProxy: parseTrustProxy(e.TRUST_PROXY),
    minGroupSize: e.MIN_GROUP_SIZE,
    sensitiveRetentionDays: e.SENSITIVE_RETENTION_DAYS,
    pseudonymSecret:
      e.PSEUDONYM_SECRET ??
      (e.AUTH_SECRET
        ? Buffer.from(hkdfSync('sha256', e.AUTH_SECRET, 'lots', 'survey-pseudonyms', 32)).toString('hex')
        : 'lots-development-pseudonym-secret'),
    accessibility: {
      organisation: e.ACCESSIBILITY_ORGANISATION,
      country: e.ACCESSIBILITY_COUNTRY,
      level: e.ACCESSIBILITY_LEVEL,
      method: e.ACCESSIBILITY_METHOD,
      assessedOn: e.ACCESSIBILITY_ASSESSED_ON,
      updatedOn: e.ACCESSIBILITY_UPDATED_ON ?? e.ACCESSIBILITY_ASSESSED_ON,
      feedbackEmail: e.ACCESSIBILITY_FEEDBACK_EMAIL,
      feedbackUrl: e.ACCESSIBILITY_FEEDBACK_URL,
    },
    webDist: resolve(e.WEB_DIST ?? new URL('../../web/dist', import.meta.url).pathname),
  };
}

const PROXY_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

/** TRUST_PROXY: a comma-separated list of proxies; anything that would trust every sender is refused. */
export function parseTrustProxy(value: string | undefined): string[] {
  const entries = (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const entry of entries) {
    const [address, bits, ...rest] = entry.split('/');
    const version = isIP(address ?? '');
    const validBits = bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= (version === 6 ? 128 : 32));
    const ok = PROXY_NAMES.includes(entry) || (version !== 0 && rest.length === 0 && validBits);
    if (!ok)
      throw new Error(
        `Configuration: TRUST_PROXY: "${entry}" is not an IP address, a CIDR range (10.0.0.0/8) or one of ${PROXY_NAMES.join(', ')}; ` +
          'list the addresses of your reverse proxies (never "true": then anyone could choose their address with X-Forwarded-For)',
      );
  }
  return entries;
}
