/**
 * First-run setup on an empty database: creates the first organisation and its administrator
 * (also platform administrator), exactly once, even when two requests race.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { schema } from '@lots/db';
import { createTestApp, type TestApp } from '../../testing/harness';

let t: TestApp;

const input = (suffix: string, password = 'ett-riktigt-långt-lösenord') => ({
  organisation: { name: `Statens servicecenter ${suffix}`, kind: 'agency', country: 'SE' },
  admin: { name: `Sara Setup ${suffix}`, email: `sara.${suffix}@ssc.example`, password, locale: 'sv' },
});
const setup = (payload: unknown) => t.app.inject({ method: 'POST', url: '/api/setup', payload: payload as object });
const status = () => t.app.inject({ url: '/api/setup/status' });

async function counts() {
  const n = async (table: typeof schema.user | typeof schema.organisations | typeof schema.people) =>
    (await t.database.db.select({ n: sql<number>`count(*)::int` }).from(table))[0]!.n;
  return { users: await n(schema.user), organisations: await n(schema.organisations), people: await n(schema.people) };
}

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.destroy());

describe('first-run setup', () => {
  it('reports that setup is needed on an empty database', async () => {
    expect(await counts()).toEqual({ users: 0, organisations: 0, people: 0 });
    const response = await status();
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ needsSetup: true, demo: false, demoAccounts: [], magicLink: true });
  });

  it('refuses an invalid body, naming the field, and creates nothing', async () => {
    const cases: [unknown, string][] = [
      [input('a', 'kort'), 'admin.password'],
      [{ ...input('a'), admin: { ...input('a').admin, email: 'sara' } }, 'admin.email'],
      [{ ...input('a'), organisation: { name: '', kind: 'agency', country: 'SE' } }, 'organisation.name'],
      [{ ...input('a'), organisation: { name: 'X', kind: 'company', country: 'SE' } }, 'organisation.kind'],
      [{ ...input('a'), organisation: { name: 'X', kind: 'agency', country: 'DK' } }, 'organisation.country'],
      [{ ...input('a'), admin: { ...input('a').admin, platformAdmin: false } }, 'admin.platformAdmin'],
      [{ organisation: input('a').organisation }, 'admin'],
    ];
    for (const [payload, field] of cases) {
      const response = await setup(payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect(response.json().error).toMatchObject({ code: 'validation', field });
    }
    expect(await counts()).toEqual({ users: 0, organisations: 0, people: 0 });
    expect((await status()).json().needsSetup).toBe(true);
  });

  it('lets exactly one of two simultaneous setups through', async () => {
    const [first, second] = await Promise.all([setup(input('ett')), setup(input('tva'))]);
    const statuses = [first.statusCode, second.statusCode].sort();
    expect(statuses).toEqual([201, 409]);
    const winner = first.statusCode === 201 ? first : second;
    const loser = first.statusCode === 201 ? second : first;
    expect(winner.json()).toEqual({ ok: true });
    expect(loser.json().error.code).toBe('conflict');
    expect(await counts()).toEqual({ users: 1, organisations: 1, people: 1 });
  });

  it('has created the organisation and a platform administrator who can sign in as its administrator', async () => {
    const [user] = await t.database.db.select().from(schema.user);
    const suffix = user!.email.startsWith('sara.ett') ? 'ett' : 'tva';
    expect(user).toMatchObject({
      email: `sara.${suffix}@ssc.example`,
      name: `Sara Setup ${suffix}`,
      platformAdmin: true,
      locale: 'sv',
      emailVerified: true,
    });
    const [organisation] = await t.database.db.select().from(schema.organisations);
    expect(organisation).toMatchObject({ name: `Statens servicecenter ${suffix}`, kind: 'agency', country: 'SE' });
    const [person] = await t.database.db.select().from(schema.people).where(eq(schema.people.userId, user!.id));
    expect(person).toMatchObject({
      organisationId: organisation!.id,
      email: `sara.${suffix}@ssc.example`,
      roles: ['org_admin', 'coordinator'],
      active: true,
    });
    const [audit] = await t.database.db.select().from(schema.auditLog).where(eq(schema.auditLog.action, 'setup'));
    expect(audit).toMatchObject({ organisationId: organisation!.id, entityId: organisation!.id });

    // The password from the setup form works (and is stored hashed).
    const [account] = await t.database.db.select().from(schema.account).where(eq(schema.account.userId, user!.id));
    expect(account!.password).not.toContain('ett-riktigt-långt-lösenord');
    const cookie = await t.signIn(`sara.${suffix}@ssc.example`, 'ett-riktigt-långt-lösenord');
    const me = await t.app.inject({ url: '/api/me', headers: { cookie } });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({
      user: { email: `sara.${suffix}@ssc.example`, platformAdmin: true, locale: 'sv' },
      person: {
        organisationId: organisation!.id,
        organisationName: `Statens servicecenter ${suffix}`,
        roles: expect.arrayContaining(['org_admin']),
      },
    });
    // As administrator of the organisation, they can manage it.
    const people = await t.app.inject({ url: `/api/organisations/${organisation!.id}/people`, headers: { cookie } });
    expect(people.statusCode).toBe(200);
    expect(people.json().total).toBe(1);
    // As platform administrator, they can create organisations.
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/organisations',
      headers: { cookie },
      payload: { name: 'Oslo kommune', kind: 'city', country: 'NO' },
    });
    expect(created.statusCode).toBe(201);
  });

  it('reports that setup is done and refuses a second setup with 409', async () => {
    expect((await status()).json()).toEqual({ needsSetup: false, demo: false, demoAccounts: [], magicLink: true });
    const before = await counts();
    const again = await setup(input('tre'));
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('conflict');
    expect(await counts()).toEqual(before);
    const [taken] = await t.database.db.select().from(schema.user).where(eq(schema.user.email, 'sara.tre@ssc.example'));
    expect(taken).toBeUndefined();
  });
});
