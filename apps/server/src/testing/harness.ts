/**
 * Integration-test harness: a real database of its own per test file (PGlite, or
 * PostgreSQL with LOTS_TEST_DATABASE_URL), the real app with pg-boss, and helpers to
 * create organisations and people and to sign in through the real auth endpoints.
 */
import { createTestDatabase, type TestDatabase } from '@lots/db/testing';
import { schema } from '@lots/db';
import type { Role } from '@lots/core';
import { and, eq, desc } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { buildApp, type BuiltApp } from '../app';
import { loadConfig, type Config } from '../config';
import { hashPassword } from 'better-auth/crypto';
import { createAccount } from '../auth/accounts';
import { OPENABLE_PROGRAM } from './program-fields';
import { statementsOf } from './statements';
export { OPENABLE_PROGRAM };

export const TEST_PASSWORD = 'correct-horse-battery';

/**
 * TEST_PASSWORD hashed once per test worker: a hash costs tens of milliseconds of CPU on purpose, and test files
 * create hundreds of members. Each account still gets a real scrypt hash that sign-in verifies; only the salt is
 * shared (as the demo world does).
 */
let testPasswordHash: Promise<string> | undefined;

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Requests as one signed-in person (their Cookie header), or anonymously (undefined). */
export interface RequestAs {
  request(method: Method, url: string, payload?: unknown, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  get(url: string, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  post(url: string, payload?: unknown, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  put(url: string, payload?: unknown, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  patch(url: string, payload?: unknown, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  delete(url: string, payload?: unknown, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
}

export interface TestApp extends BuiltApp {
  database: TestDatabase;
  config: Config;
  /** Signs in through POST /api/auth/sign-in/email; returns the Cookie header value. */
  signIn(email: string, password?: string): Promise<string>;
  /** Requests with this Cookie header (from `signIn`), or anonymously with undefined. */
  as(cookie: string | undefined): RequestAs;
  createOrganisation(name: string): Promise<string>;
  createUnit(organisationId: string, name: string, parentId?: string | null): Promise<string>;
  /** A person with an account (password TEST_PASSWORD). */
  createMember(
    organisationId: string,
    email: string,
    roles: Role[],
    options?: { platformAdmin?: boolean; name?: string },
  ): Promise<{ personId: string; userId: string }>;
  /**
   * A program created through POST /api/programs as this person (a classic program whose applications close
   * 2099-12-31 unless `fields` say otherwise); every partner in `participatingOrganisationIds` accepts its
   * invitation (`acceptInvitation`), then the program is opened unless `open` is false. Returns its id.
   */
  createProgram(cookie: string, fields: Record<string, unknown> & { name: string }, options?: { open?: boolean }): Promise<string>;
  /** Accepted applications of an adept and a mentor in a program, and an active pair of the two; returns the pair's id. */
  createActivePair(programId: string, adeptPersonId: string, mentorPersonId: string): Promise<string>;
  /**
   * The newest mail to an address, from the mail table, with the text as delivered to the
   * recipient (single-use links included, as the recipient reads it; the table keeps them
   * redacted once delivery has ended, decision 0010).
   */
  lastMailTo(email: string): Promise<typeof schema.mailMessages.$inferSelect | undefined>;
  /**
   * A partner organisation accepts its invitation to a joint program (issue 9.4), through
   * POST /api/program-invitations/:programId/accept by an administrator of that organisation
   * (created on first use).
   */
  acceptInvitation(programId: string, organisationId: string): Promise<void>;
  /** A mail's text as the recipient receives it (see lastMailTo). */
  deliveredText(row: typeof schema.mailMessages.$inferSelect): string;
  /** The newest mail of a template to an address as delivered (see lastMailTo), waiting for it (mail written by a job, e.g. sign-in links). */
  waitForMailTo(email: string, template: string, timeoutMs?: number): Promise<typeof schema.mailMessages.$inferSelect>;
  /**
   * What `fn` returns and the text of every statement it ran (through `Database.observe`), in order: only
   * those of its own async context — a request injected inside it, its transaction — not the mail sender's
   * or the job workers' polling meanwhile. How tests count what a request or a service costs the database.
   */
  statementsOf<T>(fn: () => PromiseLike<T>): Promise<{ result: T; statements: string[] }>;
  destroy(): Promise<void>;
}

export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = loadConfig({
    NODE_ENV: 'test',
    PUBLIC_URL: 'http://lots.test',
    AUTH_SECRET: 'test-secret-test-secret-test-secret-0123456789',
    DEMO: 'off',
    SIGN_IN_RATE_LIMIT: '1000',
    LOG_LEVEL: 'silent',
    ...env,
  });
  // Without SMTP_URL the app prints undelivered mail to the console; here it is kept per id instead.
  const undelivered = new Map<string, string>();
  // A changing request that succeeds without an audit row fails the test that made it (decision 0080).
  const built = await buildApp(config, database, false, {
    onUndeliveredMail: (mail) => undelivered.set(mail.id, mail.text),
    unauditedMutation: 'fail',
  });
  await built.app.ready();

  const signIn = async (email: string, password = TEST_PASSWORD) => {
    const response = await built.app.inject({ method: 'POST', url: '/api/auth/sign-in/email', payload: { email, password } });
    if (response.statusCode !== 200) throw new Error(`sign-in failed for ${email}: ${response.statusCode} ${response.body}`);
    return cookieOf(response);
  };

  const as = (cookie: string | undefined): RequestAs => {
    const request: RequestAs['request'] = (method, url, payload, headers = {}) =>
      built.app.inject({
        method,
        url,
        headers: { ...(cookie ? { cookie } : {}), ...headers },
        ...(payload !== undefined ? { payload: payload as object } : {}),
      });
    return {
      request,
      get: (url, headers) => request('GET', url, undefined, headers),
      post: (url, payload, headers) => request('POST', url, payload, headers),
      put: (url, payload, headers) => request('PUT', url, payload, headers),
      patch: (url, payload, headers) => request('PATCH', url, payload, headers),
      delete: (url, payload, headers) => request('DELETE', url, payload, headers),
    };
  };

  const deliveredText = (row: typeof schema.mailMessages.$inferSelect) => undelivered.get(row.id) ?? row.secretText ?? row.text;

  const createMember: TestApp['createMember'] = async (organisationId, email, roles, options = {}) => {
    const name = options.name ?? email.split('@')[0]!;
    const passwordHash = await (testPasswordHash ??= hashPassword(TEST_PASSWORD));
    return database.db.transaction(async (tx) => {
      const userId = await createAccount(tx, {
        name,
        email,
        password: TEST_PASSWORD,
        passwordHash,
        locale: 'sv',
        platformAdmin: options.platformAdmin,
      });
      const [person] = await tx
        .insert(schema.people)
        .values({ organisationId, userId, name, email, roles })
        .returning({ id: schema.people.id });
      return { personId: person!.id, userId };
    });
  };

  const partnerAdmins = new Map<string, string>();
  const acceptInvitation = async (programId: string, organisationId: string) => {
    let cookie = partnerAdmins.get(organisationId);
    if (!cookie) {
      const email = `partner-admin.${organisationId.slice(0, 8)}@partner.example`;
      await createMember(organisationId, email, ['org_admin'], { name: 'Partner Admin' });
      cookie = await signIn(email);
      partnerAdmins.set(organisationId, cookie);
    }
    const response = await as(cookie).post(`/api/program-invitations/${programId}/accept`);
    if (response.statusCode !== 200) throw new Error(`accepting the invitation failed: ${response.statusCode} ${response.body}`);
  };

  const createProgram: TestApp['createProgram'] = async (cookie, fields, { open = true } = {}) => {
    const created = await as(cookie).post('/api/programs', { ...OPENABLE_PROGRAM, ...fields });
    if (created.statusCode !== 201) throw new Error(`creating the program failed: ${created.statusCode} ${created.body}`);
    const id = (created.json() as { id: string }).id;
    const partners = (fields.participatingOrganisationIds ?? []) as string[];
    for (const organisationId of partners) await acceptInvitation(id, organisationId);
    if (open) {
      const opened = await as(cookie).post(`/api/programs/${id}/status`, { status: 'open' });
      if (opened.statusCode !== 200) throw new Error(`opening the program failed: ${opened.statusCode} ${opened.body}`);
    }
    return id;
  };

  return {
    ...built,
    database,
    createProgram,
    deliveredText,
    acceptInvitation,
    config,
    signIn,
    as,
    async createOrganisation(name) {
      const [row] = await database.db.insert(schema.organisations).values({ name }).returning({ id: schema.organisations.id });
      return row!.id;
    },
    async createUnit(organisationId, name, parentId = null) {
      const [row] = await database.db.insert(schema.units).values({ organisationId, name, parentId }).returning({ id: schema.units.id });
      return row!.id;
    },
    createMember,
    async createActivePair(programId, adeptPersonId, mentorPersonId) {
      const [adept, mentor] = await database.db
        .insert(schema.applications)
        .values([
          { programId, personId: adeptPersonId, role: 'adept', status: 'accepted' },
          { programId, personId: mentorPersonId, role: 'mentor', status: 'accepted' },
        ])
        .returning({ id: schema.applications.id });
      const [pair] = await database.db
        .insert(schema.pairs)
        .values({
          programId,
          adeptApplicationId: adept!.id,
          mentorApplicationId: mentor!.id,
          status: 'active',
          adeptResponse: 'accepted',
          mentorResponse: 'accepted',
        })
        .returning({ id: schema.pairs.id });
      return pair!.id;
    },
    async lastMailTo(email) {
      const [row] = await database.db
        .select()
        .from(schema.mailMessages)
        .where(eq(schema.mailMessages.to, email))
        .orderBy(desc(schema.mailMessages.createdAt))
        .limit(1);
      return row && { ...row, text: deliveredText(row) };
    },
    statementsOf: (fn) => statementsOf(database, fn),
    async waitForMailTo(email, template, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const [row] = await database.db
          .select()
          .from(schema.mailMessages)
          .where(and(eq(schema.mailMessages.to, email), eq(schema.mailMessages.template, template)))
          .orderBy(desc(schema.mailMessages.createdAt))
          .limit(1);
        if (row) return { ...row, text: deliveredText(row) };
        if (Date.now() > deadline) throw new Error(`no ${template} mail to ${email} within ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    async destroy() {
      await built.close();
      await database.destroy();
    },
  };
}

/** The Cookie header a browser would send back after this response. */
export function cookieOf(response: LightMyRequestResponse): string {
  const raw = response.headers['set-cookie'];
  const list = Array.isArray(raw) ? raw : raw ? [raw] : [];
  return list.map((c) => c.split(';')[0]).join('; ');
}

/** The first link in a mail's text. */
export function linkIn(text: string): string {
  const match = /https?:\/\/\S+/.exec(text);
  if (!match) throw new Error(`no link in mail: ${text}`);
  return match[0];
}
