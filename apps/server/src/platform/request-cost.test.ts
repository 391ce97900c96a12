/**
 * What an authenticated request costs the database (issue 15, goal 1; decision 0164): the session,
 * its user, their person and organisation in one statement, nothing cached between requests, so a
 * sign-out or a role change counts on the next request; the people list answers in at most two
 * statements. Statements are counted by the harness's `statementsOf`, only those the request itself ran
 * (the mail sender polling meanwhile runs outside the request's async context).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, lt } from 'drizzle-orm';
import { schema } from '@lots/db';
import { createTestApp, type TestApp } from '../testing/harness';
import { sessionToken } from './actor';

let t: TestApp;
let orgId: string;
let coordinator: string;
let coordinatorPersonId: string;

/** The response and the statements the request ran. */
async function counted(cookie: string | undefined, url: string, method: 'GET' | 'POST' = 'GET') {
  const { result: response, statements } = await t.statementsOf(() =>
    t.app.inject({ method, url, headers: cookie ? { cookie } : {}, ...(method === 'POST' ? { payload: {} } : {}) }),
  );
  return { response, statements };
}

beforeAll(async () => {
  t = await createTestApp();
  orgId = await t.createOrganisation('Kustverket');
  const member = await t.createMember(orgId, 'samordnare@kust.example', ['coordinator'], { name: 'Sara Samordnare' });
  coordinatorPersonId = member.personId;
  for (let i = 1; i <= 9; i++) await t.createMember(orgId, `person${i}@kust.example`, ['participant'], { name: `Person ${i}` });
  coordinator = await t.signIn('samordnare@kust.example');
}, 120_000);

afterAll(async () => {
  await t?.destroy();
});

describe('per-request cost', () => {
  it('answers the people list in at most two statements, with the right page and total', async () => {
    const { response, statements } = await counted(coordinator, `/api/organisations/${orgId}/people?limit=5&offset=5`);
    expect(response.statusCode).toBe(200);
    const body = response.json() as { items: { name: string }[]; total: number };
    expect(body.total).toBe(10);
    expect(body.items.map((p) => p.name)).toEqual(['Person 6', 'Person 7', 'Person 8', 'Person 9', 'Sara Samordnare']);
    // Two: who is asking (session, user, person), then the page with its total. Never more.
    expect(statements, statements.join('\n')).toHaveLength(2);
    expect(statements[0]).toMatch(/from "session"/);
  });

  it("reads a program's access once for a reading request the pre-handler authorised (decision 0209)", async () => {
    const programId = await t.createProgram(coordinator, { name: 'Kustprogrammet' });
    for (const url of [`/api/programs/${programId}/applications`, `/api/programs/${programId}/health`]) {
      const { response, statements } = await counted(coordinator, url);
      expect(response.statusCode).toBe(200);
      // The route's ability (pre-handler) and the service's own check: one program, one coordinator look-up.
      expect(
        statements.filter((s) => /from "programs"/.test(s)),
        statements.join('\n'),
      ).toHaveLength(1);
      expect(statements.filter((s) => /from "program_coordinators"/.test(s))).toHaveLength(1);
    }
  });

  it('still gives the total for a page past the end', async () => {
    const response = await t.as(coordinator).get(`/api/organisations/${orgId}/people?offset=50`);
    expect(response.json()).toEqual({ items: [], total: 10, totalCapped: false });
  });

  it('resolves a signed-in request in one statement', async () => {
    const { response, statements } = await counted(coordinator, '/api/me');
    expect(response.statusCode).toBe(200);
    expect(statements.filter((s) => /"session"/.test(s))).toHaveLength(1);
  });

  it('refuses a forged or tampered cookie without asking the database', async () => {
    const [name, value] = coordinator.split(';')[0]!.split('=') as [string, string];
    const token = decodeURIComponent(value).split('.')[0]!;
    for (const cookie of [
      `${name}=${token}.${'A'.repeat(43)}=`,
      `${name}=${encodeURIComponent(`${token}x.${decodeURIComponent(value).split('.')[1]}`)}`,
    ]) {
      const { response, statements } = await counted(cookie, `/api/organisations/${orgId}/people`);
      expect(response.statusCode).toBe(401);
      expect(statements).toEqual([]);
    }
    expect(sessionToken(coordinator, name, t.config.authSecret)).toBe(token);
    expect(sessionToken(coordinator, name, 'another-secret-another-secret-0123')).toBeNull();
  });

  it('sees a role change on the very next request', async () => {
    const cookie = await t.signIn('samordnare@kust.example');
    expect((await t.as(cookie).get(`/api/organisations/${orgId}/people`)).statusCode).toBe(200);
    await t.database.db
      .update(schema.people)
      .set({ roles: ['participant'] })
      .where(eq(schema.people.id, coordinatorPersonId));
    const refused = await t.as(cookie).get(`/api/organisations/${orgId}/people`);
    expect(refused.statusCode).toBe(403);
    expect(refused.body).not.toContain('person1@kust.example');
    await t.database.db
      .update(schema.people)
      .set({ roles: ['coordinator'] })
      .where(eq(schema.people.id, coordinatorPersonId));
  });

  it('refuses a signed-out session on the very next request', async () => {
    const cookie = await t.signIn('samordnare@kust.example');
    expect((await t.as(cookie).get('/api/me')).statusCode).toBe(200);
    expect((await t.as(cookie).post('/api/auth/sign-out', {})).statusCode).toBe(200);
    const after = await t.as(cookie).get(`/api/organisations/${orgId}/people`);
    expect(after.statusCode).toBe(401);
    expect(after.body).not.toContain('person1@kust.example');
  });

  it('hands an expired session to better-auth, which refuses and deletes it', async () => {
    const cookie = await t.signIn('samordnare@kust.example');
    const token = sessionToken(cookie, cookie.split('=')[0]!, t.config.authSecret)!;
    await t.database.db
      .update(schema.session)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(schema.session.token, token));
    expect((await t.as(cookie).get(`/api/organisations/${orgId}/people`)).statusCode).toBe(401);
    expect(await t.database.db.select().from(schema.session).where(eq(schema.session.token, token))).toEqual([]);
  });

  it('lets better-auth extend a session due for its daily extension', async () => {
    const cookie = await t.signIn('samordnare@kust.example');
    const token = sessionToken(cookie, cookie.split('=')[0]!, t.config.authSecret)!;
    // Six days left of seven: older than a day, so better-auth extends it to seven days from now.
    const due = new Date(Date.now() + 6 * 24 * 3600 * 1000);
    await t.database.db.update(schema.session).set({ expiresAt: due }).where(eq(schema.session.token, token));
    expect((await t.as(cookie).get(`/api/organisations/${orgId}/people`)).statusCode).toBe(200);
    const extended = await t.database.db.select().from(schema.session).where(eq(schema.session.token, token));
    expect(extended[0]!.expiresAt.getTime()).toBeGreaterThan(due.getTime() + 12 * 3600 * 1000);
    expect(await t.database.db.select().from(schema.session).where(lt(schema.session.expiresAt, new Date()))).toEqual([]);
  });
});
