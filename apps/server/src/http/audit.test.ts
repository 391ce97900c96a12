/**
 * Decision 0080 over the route table: every changing route (POST, PUT, PATCH, DELETE) that succeeds
 * has committed its audit rows through the mutation pipeline. The check runs on every request of
 * every integration test (the harness builds the app with `unauditedMutation: 'fail'`); this file
 * proves the check itself and that only better-auth's own endpoints are exempt.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { schema } from '@lots/db';
import { createTestDatabase, type TestDatabase } from '@lots/db/testing';
import { buildApp, type BuiltApp } from '../app';
import { loadConfig } from '../config';
import { createTestApp, type TestApp } from '../testing/harness';
import { routeKey } from '../platform/audit-check';
import { signedIn } from '../platform/authorize';
import type { Mutation } from '../platform/mutation';
import type { AppContext } from '../context';
import { createAccount } from '../auth/accounts';

const CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

describe('the route table (decision 0080)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.destroy());

  it('exempts only better-auth’s own endpoints, with a reason', () => {
    const exempt = t.routes.filter((r) => CHANGING.has(r.method) && r.unaudited);
    expect(exempt.map((r) => routeKey(r.method, r.url))).toEqual(['POST /api/auth/*']);
  });
});

/** A tiny app with the real plugins plus three changing routes, to watch the check at work. */
describe('the audit check', () => {
  let database: TestDatabase;
  let built: BuiltApp;
  let cookie = '';
  let orgId = '';

  async function addAudited(m: Mutation, name: string) {
    const [unit] = await m.tx.insert(schema.units).values({ organisationId: orgId, name }).returning({ id: schema.units.id });
    await m.audit({ action: 'unit.create', organisationId: orgId, entity: 'unit', entityId: unit!.id, data: { name } });
  }

  async function addOutsidePipeline(ctx: AppContext, name: string) {
    await ctx.db.insert(schema.units).values({ organisationId: orgId, name });
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    const config = loadConfig({
      NODE_ENV: 'test',
      PUBLIC_URL: 'http://lots.test',
      AUTH_SECRET: 'test-secret-test-secret-test-secret-0123456789',
      DEMO: 'off',
      LOG_LEVEL: 'silent',
    });
    built = await buildApp(config, database, false, { unauditedMutation: 'fail' });
    const { app, ctx } = built;
    app.post('/api/test/audited', { config: { ability: signedIn } }, async (request) => {
      await ctx.mutate(request, addAudited, 'Granskad');
      return { ok: true };
    });
    app.post('/api/test/outside', { config: { ability: signedIn } }, async () => {
      await addOutsidePipeline(ctx, 'Ogranskad');
      return { ok: true };
    });
    app.post('/api/test/refused', { config: { ability: signedIn } }, async (_request, reply) => reply.status(409).send({ no: true }));
    await app.ready();
    const [org] = await database.db.insert(schema.organisations).values({ name: 'Prov' }).returning({ id: schema.organisations.id });
    orgId = org!.id;
    await createAccount(database.db, { name: 'Pia', email: 'pia@prov.example', password: 'correct-horse-battery', locale: 'sv' });
    const signIn = await app.inject({
      method: 'POST',
      url: '/api/auth/sign-in/email',
      payload: { email: 'pia@prov.example', password: 'correct-horse-battery' },
    });
    expect(signIn.statusCode).toBe(200);
    cookie = ([] as string[])
      .concat(signIn.headers['set-cookie'] ?? [])
      .map((c) => c.split(';')[0])
      .join('; ');
  });
  afterAll(async () => {
    await built?.close();
    await database?.destroy();
  });

  const post = (url: string) => built.app.inject({ method: 'POST', url, headers: { cookie } });

  it('lets a change through the pipeline, with its audit row', async () => {
    const response = await post('/api/test/audited');
    expect(response.statusCode).toBe(200);
    const rows = await database.db.select().from(schema.auditLog).where(eq(schema.auditLog.organisationId, orgId));
    expect(rows.map((r) => r.action)).toEqual(['unit.create']);
  });

  it('fails a change that succeeded outside the pipeline', async () => {
    const response = await post('/api/test/outside');
    expect(response.statusCode).toBe(500);
  });

  it('leaves refused requests alone', async () => {
    expect((await post('/api/test/refused')).statusCode).toBe(409);
  });
});
