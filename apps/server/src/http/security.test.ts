/**
 * Security: anonymous access, tenant isolation between organisations, roles inside an
 * organisation, and the platform administrator. Every refusal is checked in the response
 * (status and error code) and in the database (nothing changed).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc, eq, inArray, sql } from 'drizzle-orm';
import { schema } from '@lots/db';
import { createTestApp, type TestApp } from '../testing/harness';

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

let t: TestApp;
/** Organisation A (the "attacker" side) and B (the victim). */
let orgA: string;
let orgB: string;
let unitA: string;
let unitB: string;
let emptyUnitB: string;
let personA: string;
let personB: string;
let adminA: string;
let adminB: string;
let coordinatorA: string;
let participantA: string;
let platformAdmin: string;

async function call(cookie: string | undefined, method: Method, url: string, payload?: unknown, headers: Record<string, string> = {}) {
  return t.app.inject({
    method,
    url,
    headers: { ...(cookie ? { cookie } : {}), ...headers },
    ...(payload === undefined ? {} : { payload: payload as string }),
  });
}

/** Everything organisation `id` owns, in a stable order, for before/after comparisons. */
async function snapshot(id: string) {
  const db = t.database.db;
  return {
    organisation: await db.select().from(schema.organisations).where(eq(schema.organisations.id, id)),
    units: await db.select().from(schema.units).where(eq(schema.units.organisationId, id)).orderBy(asc(schema.units.id)),
    people: await db.select().from(schema.people).where(eq(schema.people.organisationId, id)).orderBy(asc(schema.people.id)),
    hrFigures: await db.select().from(schema.hrFigures).where(eq(schema.hrFigures.organisationId, id)),
    invitations: await db
      .select()
      .from(schema.invitations)
      .where(eq(schema.invitations.organisationId, id))
      .orderBy(asc(schema.invitations.id)),
    // Mail rows change status as jobs deliver them; what matters is that no mail was added.
    mail: await db
      .select({ id: schema.mailMessages.id, to: schema.mailMessages.to, template: schema.mailMessages.template })
      .from(schema.mailMessages)
      .where(eq(schema.mailMessages.organisationId, id))
      .orderBy(asc(schema.mailMessages.id)),
    audit: await db.select().from(schema.auditLog).where(eq(schema.auditLog.organisationId, id)).orderBy(asc(schema.auditLog.id)),
  };
}

async function organisationCount() {
  const [row] = await t.database.db.select({ n: sql<number>`count(*)::int` }).from(schema.organisations);
  return row!.n;
}

async function peopleWithEmails(emails: string[]) {
  return t.database.db.select({ email: schema.people.email }).from(schema.people).where(inArray(schema.people.email, emails));
}

const CSV = { 'content-type': 'text/csv' };

beforeAll(async () => {
  t = await createTestApp();
  orgA = await t.createOrganisation('Skatteverket');
  orgB = await t.createOrganisation('Oslo kommune');
  const platformOrg = await t.createOrganisation('Lots drift');
  unitA = await t.createUnit(orgA, 'Ekonomi');
  unitB = await t.createUnit(orgB, 'Bydel Frogner');
  emptyUnitB = await t.createUnit(orgB, 'Tom enhet');
  await t.createMember(orgA, 'admin@skatteverket.example', ['org_admin'], { name: 'Anna Admin' });
  await t.createMember(orgA, 'samordnare@skatteverket.example', ['coordinator'], { name: 'Sam Ordnare' });
  await t.createMember(orgA, 'deltagare@skatteverket.example', ['participant'], { name: 'Dag Deltagare' });
  await t.createMember(orgB, 'admin@oslo.example', ['org_admin'], { name: 'Bjørn Admin' });
  await t.createMember(platformOrg, 'drift@lots.example', ['org_admin'], { platformAdmin: true, name: 'Platta Form' });
  adminA = await t.signIn('admin@skatteverket.example');
  coordinatorA = await t.signIn('samordnare@skatteverket.example');
  participantA = await t.signIn('deltagare@skatteverket.example');
  adminB = await t.signIn('admin@oslo.example');
  platformAdmin = await t.signIn('drift@lots.example');

  // People without accounts, one in each organisation, created through the API.
  const a = await call(adminA, 'POST', `/api/organisations/${orgA}/people`, {
    name: 'Axel Ek',
    email: 'axel@skatteverket.example',
    unitId: unitA,
  });
  expect(a.statusCode).toBe(201);
  personA = a.json().id;
  // B's person is invited, so B has an invitation and a mail that A must not see or touch.
  const b = await call(adminB, 'POST', `/api/organisations/${orgB}/invitations`, {
    name: 'Kari Nordmann',
    email: 'kari@oslo.example',
    unitId: unitB,
    locale: 'nb',
  });
  expect(b.statusCode).toBe(201);
  personB = b.json().id;
  await call(adminA, 'POST', `/api/organisations/${orgA}/invitations`, { name: 'Alva Ek', email: 'alva@skatteverket.example' });
});
afterAll(() => t.destroy());

describe('anonymous requests', () => {
  /** Routes marked public, i.e. open to anyone without a session. Adding one must be a deliberate change here. */
  const EXPECTED_PUBLIC = [
    'GET /api/auth/*',
    'POST /api/auth/*',
    'GET /api/invitations/:token',
    'POST /api/invitations/:token/accept',
    'GET /api/openapi.json',
    'GET /api/setup/status',
    'POST /api/setup',
    // Who is signed in, or `me: null`: the web app's first request, a 200 for anonymous visitors too.
    'GET /api/session',
    // The accessibility statement must be readable without an account (decision 0140).
    'GET /api/accessibility-statement',
    // Links mailed to managers and recommenders, who need no account (docs/api.md).
    'GET /api/responses/:token',
    'POST /api/responses/:token/confirmation',
    'POST /api/responses/:token/recommendation',
    // The survey link mailed to a participant: answering needs no sign-in (decision 0132).
    'GET /api/survey-links/:token',
    'POST /api/survey-links/:token/answers',
    'POST /api/survey-links/:token/rematch',
    // The answer link of an event invitation: answers in its recipient's name (events/mails.ts).
    'GET /api/event-answers/:token',
    'PUT /api/event-answers/:token',
    // A personal calendar feed: the address is the secret, for calendar apps that cannot sign in.
    'GET /api/calendar-feeds/:token',
  ].sort();

  const fill = (url: string) => url.replace(/:[A-Za-z]+/g, () => crypto.randomUUID()).replace('*', 'x');
  const apiRoutes = () => t.routes.filter((r) => r.url.startsWith('/api/'));
  const protectedRoutes = () => apiRoutes().filter((r) => !r.public);
  const anonymous = (route: { method: string; url: string }) =>
    call(undefined, route.method as Method, fill(route.url), route.method === 'GET' ? undefined : {});

  it('has every protected /api route declare the ability it needs (the server refuses to start otherwise)', () => {
    const undeclared = protectedRoutes().filter((r) => !r.ability);
    expect(undeclared.map((r) => `${r.method} ${r.url}`)).toEqual([]);
    const abilities = new Set(protectedRoutes().map((r) => r.ability));
    for (const name of [
      'signedIn',
      'program.manage',
      'application.review',
      'matching.manage',
      'pair.read',
      'pair.write',
      'people.manage',
      'outbox.read',
    ])
      expect(abilities, name).toContain(name);
    // Named <capability>.<verb>, or signedIn for routes that only narrow what they show to the viewer.
    for (const name of abilities) expect(name).toMatch(/^(signedIn|[a-zA-Z]+\.[a-zA-Z]+)$/);
  });

  it('marks exactly the expected /api routes public', () => {
    const found = apiRoutes()
      .filter((r) => r.public)
      .map((r) => `${r.method} ${r.url}`)
      .sort();
    expect(found).toEqual(EXPECTED_PUBLIC);
    // The list of protected routes is real, not empty.
    expect(protectedRoutes().length).toBeGreaterThanOrEqual(18);
  });

  // The guard runs before validation (app.ts, preValidation hook): even an invalid body gets a 401, not a 400
  // that would describe the schema to an anonymous caller.
  it('answers every non-public /api route with 401 unauthenticated, whatever the input', async () => {
    const wrong: string[] = [];
    for (const route of protectedRoutes()) {
      const response = await anonymous(route);
      const body = response.json() as { error?: { code?: string; message?: string } };
      if (response.statusCode !== 401 || body.error?.code !== 'unauthenticated' || typeof body.error.message !== 'string') {
        wrong.push(`${route.method} ${route.url} → ${response.statusCode} ${response.body.slice(0, 120)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('refuses anonymous writes with a valid body, and writes nothing', async () => {
    const before = [await snapshot(orgA), await organisationCount()];
    const attempts: [Method, string, unknown][] = [
      ['POST', '/api/organisations', { name: 'Anonym myndighet', kind: 'agency', country: 'SE' }],
      ['POST', `/api/organisations/${orgA}/units`, { name: 'Anonym enhet' }],
      ['POST', `/api/organisations/${orgA}/people`, { name: 'Anonym', email: 'anonym@example.org' }],
      ['POST', `/api/organisations/${orgA}/invitations`, { name: 'Anonym', email: 'anonym2@example.org' }],
      ['PATCH', `/api/organisations/${orgA}`, { name: 'Kapad' }],
      ['PATCH', `/api/organisations/${orgA}/people/${personA}`, { name: 'Kapad' }],
      ['DELETE', `/api/organisations/${orgA}/units/${unitA}`, undefined],
    ];
    for (const [method, url, payload] of attempts) {
      const response = await call(undefined, method, url, payload);
      expect(response.statusCode, `${method} ${url}`).toBe(401);
      expect(response.json()).toEqual({ error: { code: 'unauthenticated', message: expect.any(String) } });
    }
    const importResponse = await call(
      undefined,
      'POST',
      `/api/organisations/${orgA}/people/import`,
      'name,email\nAnonym,anonym3@example.org\n',
      CSV,
    );
    expect(importResponse.statusCode).toBe(401);
    expect([await snapshot(orgA), await organisationCount()]).toEqual(before);
    expect(await peopleWithEmails(['anonym@example.org', 'anonym2@example.org', 'anonym3@example.org'])).toEqual([]);
  });

  it('treats a forged or unknown session cookie as anonymous', async () => {
    for (const cookie of ['better-auth.session_token=forged.value', 'better-auth.session_token=', 'something=else']) {
      const response = await call(cookie, 'GET', '/api/me');
      expect(response.statusCode).toBe(401);
      expect(response.json().error.code).toBe('unauthenticated');
    }
  });

  it('keeps the public routes reachable without a session', async () => {
    const status = await call(undefined, 'GET', '/api/setup/status');
    expect(status.statusCode).toBe(200);
    expect(status.json().needsSetup).toBe(false);
    const openapi = await call(undefined, 'GET', '/api/openapi.json');
    expect(openapi.statusCode).toBe(200);
    expect(openapi.json().paths['/api/organisations/{orgId}/people']).toBeDefined();
  });
});

describe('tenant isolation: the administrator of A against organisation B', () => {
  it('answers every organisation-scoped route on B with 404, like a missing organisation, and leaves B unchanged', async () => {
    const before = await snapshot(orgB);
    const orgsBefore = await organisationCount();
    const attempts: [Method, string, string, unknown?][] = [
      ['GET', '/api/organisations/:orgId', `/api/organisations/${orgB}`],
      ['PATCH', '/api/organisations/:orgId', `/api/organisations/${orgB}`, { name: 'Kapad kommune' }],
      ['GET', '/api/organisations/:orgId/units', `/api/organisations/${orgB}/units`],
      ['POST', '/api/organisations/:orgId/units', `/api/organisations/${orgB}/units`, { name: 'Planterad enhet' }],
      [
        'PATCH',
        '/api/organisations/:orgId/units/:unitId',
        `/api/organisations/${orgB}/units/${unitB}`,
        { name: 'Kapad enhet', parentId: null },
      ],
      ['DELETE', '/api/organisations/:orgId/units/:unitId', `/api/organisations/${orgB}/units/${emptyUnitB}`],
      ['GET', '/api/organisations/:orgId/people', `/api/organisations/${orgB}/people`],
      [
        'POST',
        '/api/organisations/:orgId/people',
        `/api/organisations/${orgB}/people`,
        { name: 'Planterad', email: 'planted@oslo.example', roles: ['org_admin'] },
      ],
      ['GET', '/api/organisations/:orgId/people/:personId', `/api/organisations/${orgB}/people/${personB}`],
      [
        'PATCH',
        '/api/organisations/:orgId/people/:personId',
        `/api/organisations/${orgB}/people/${personB}`,
        { name: 'Kapad', email: 'attacker@skatteverket.example' },
      ],
      [
        'POST',
        '/api/organisations/:orgId/invitations',
        `/api/organisations/${orgB}/invitations`,
        { name: 'Planterad', email: 'planted2@oslo.example' },
      ],
      ['POST', '/api/organisations/:orgId/invitations/bulk', `/api/organisations/${orgB}/invitations/bulk`, { personIds: [personB] }],
      ['POST', '/api/organisations/:orgId/people/:personId/invitation', `/api/organisations/${orgB}/people/${personB}/invitation`],
      ['GET', '/api/organisations/:orgId/members', `/api/organisations/${orgB}/members`],
      ['POST', '/api/organisations/:orgId/members', `/api/organisations/${orgB}/members`, { organisationId: orgA }],
      ['DELETE', '/api/organisations/:orgId/members/:memberId', `/api/organisations/${orgB}/members/${orgA}`],
      ['GET', '/api/organisations/:orgId/networks', `/api/organisations/${orgB}/networks`],
      ['GET', '/api/organisations/:orgId/evaluation', `/api/organisations/${orgB}/evaluation`],
      [
        'PUT',
        '/api/organisations/:orgId/evaluation/hr-figures',
        `/api/organisations/${orgB}/evaluation/hr-figures`,
        { period: '2026', group: 'Planterad', headcount: 10, leavers: 1, promotions: 1 },
      ],
      ['DELETE', '/api/organisations/:orgId/evaluation/hr-figures/:period', `/api/organisations/${orgB}/evaluation/hr-figures/2026`],
    ];
    const covered = new Set(attempts.map(([method, route]) => `${method} ${route}`));
    for (const [method, , url, payload] of attempts) {
      const response = await call(adminA, method, url, payload ?? (method === 'GET' || method === 'DELETE' ? undefined : {}));
      // Decision 0072: an organisation the actor may not see is answered like a missing one.
      expect(response.statusCode, `${method} ${url}`).toBe(404);
      expect(response.json().error.code).toBe('not_found');
      // Nothing of B in the answer.
      expect(response.body).not.toMatch(/Oslo|Kari|Frogner/);
    }
    const imported = await call(
      adminA,
      'POST',
      `/api/organisations/${orgB}/people/import`,
      'name,email,roles\nPlanterad,planted3@oslo.example,org_admin\n',
      CSV,
    );
    expect(imported.statusCode).toBe(404);
    expect(imported.json().error.code).toBe('not_found');
    covered.add('POST /api/organisations/:orgId/people/import');
    for (const route of ['preview/import', 'import']) {
      const hr = await call(
        adminA,
        'POST',
        `/api/organisations/${orgB}/evaluation/hr-figures/${route}`,
        'period,group,headcount,leavers\n2026,X,9,1\n',
        CSV,
      );
      expect(hr.statusCode).toBe(404);
      covered.add(`POST /api/organisations/:orgId/evaluation/hr-figures/${route}`);
    }

    expect(await snapshot(orgB)).toEqual(before);
    expect(await organisationCount()).toBe(orgsBefore);
    expect(await peopleWithEmails(['planted@oslo.example', 'planted2@oslo.example', 'planted3@oslo.example'])).toEqual([]);
    const [kari] = await t.database.db.select().from(schema.people).where(eq(schema.people.id, personB));
    expect(kari).toMatchObject({ name: 'Kari Nordmann', email: 'kari@oslo.example', organisationId: orgB });

    // Every organisation-scoped route of the server is in this test: a new one needs a case here.
    const orgScoped = t.routes.filter((r) => r.url.includes(':orgId')).map((r) => `${r.method} ${r.url}`);
    expect(orgScoped.filter((r) => !covered.has(r))).toEqual([]);
  });

  it('lists only A in /api/organisations and only A’s mail in the outbox', async () => {
    const organisations = await call(adminA, 'GET', '/api/organisations');
    expect(organisations.statusCode).toBe(200);
    expect(organisations.json().map((o: { id: string }) => o.id)).toEqual([orgA]);

    const outbox = await call(adminA, 'GET', '/api/outbox?limit=200');
    expect(outbox.statusCode).toBe(200);
    const items = outbox.json().items as { to: string }[];
    const [mailOfA] = await t.database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(schema.mailMessages)
      .where(eq(schema.mailMessages.organisationId, orgA));
    expect(mailOfA!.n).toBeGreaterThan(0);
    expect(outbox.json().total).toBe(mailOfA!.n);
    expect(items.map((m) => m.to)).toContain('alva@skatteverket.example');
    expect(items.map((m) => m.to)).not.toContain('kari@oslo.example');

    // And B's administrator sees B's mail, not A's.
    const outboxB = await call(adminB, 'GET', '/api/outbox?limit=200');
    expect(outboxB.json().items.map((m: { to: string }) => m.to)).toEqual(['kari@oslo.example']);
  });

  it('answers A’s organisation with B’s unit or person ids with 404, revealing nothing', async () => {
    const before = await snapshot(orgB);
    const attempts: [Method, string, unknown?][] = [
      ['PATCH', `/api/organisations/${orgA}/units/${unitB}`, { name: 'Kapad enhet' }],
      ['DELETE', `/api/organisations/${orgA}/units/${emptyUnitB}`],
      ['GET', `/api/organisations/${orgA}/people/${personB}`],
      ['PATCH', `/api/organisations/${orgA}/people/${personB}`, { name: 'Kapad' }],
      ['POST', `/api/organisations/${orgA}/people/${personB}/invitation`],
    ];
    for (const [method, url, payload] of attempts) {
      const response = await call(adminA, method, url, payload);
      expect(response.statusCode, `${method} ${url}`).toBe(404);
      expect(response.json().error.code).toBe('not_found');
      expect(response.body).not.toMatch(/Oslo|Kari|Frogner/);
    }
    // A random id answers the same as B's id: existence in another organisation is not revealed.
    const random = await call(adminA, 'GET', `/api/organisations/${orgA}/people/${crypto.randomUUID()}`);
    const foreign = await call(adminA, 'GET', `/api/organisations/${orgA}/people/${personB}`);
    expect(foreign.statusCode).toBe(random.statusCode);
    expect(foreign.json()).toEqual(random.json());
    expect(await snapshot(orgB)).toEqual(before);
  });

  it('refuses B’s units and people as references inside A', async () => {
    const before = [await snapshot(orgA), await snapshot(orgB)];
    const cases: [Method, string, unknown, string][] = [
      ['POST', `/api/organisations/${orgA}/units`, { name: 'Under Frogner', parentId: unitB }, 'parentId'],
      ['PATCH', `/api/organisations/${orgA}/units/${unitA}`, { parentId: unitB }, 'parentId'],
      ['POST', `/api/organisations/${orgA}/people`, { name: 'Ny', email: 'ny@skatteverket.example', unitId: unitB }, 'unitId'],
      ['POST', `/api/organisations/${orgA}/people`, { name: 'Ny', email: 'ny@skatteverket.example', managerId: personB }, 'managerId'],
      ['PATCH', `/api/organisations/${orgA}/people/${personA}`, { unitId: unitB }, 'unitId'],
      ['PATCH', `/api/organisations/${orgA}/people/${personA}`, { managerId: personB }, 'managerId'],
      ['POST', `/api/organisations/${orgA}/invitations`, { name: 'Ny', email: 'ny2@skatteverket.example', unitId: unitB }, 'unitId'],
    ];
    for (const [method, url, payload, field] of cases) {
      const response = await call(adminA, method, url, payload);
      expect(response.statusCode, `${method} ${url} ${JSON.stringify(payload)}`).toBe(400);
      expect(response.json().error).toMatchObject({ code: 'validation', field });
    }
    // Filtering A's people by B's unit finds nobody.
    const filtered = await call(adminA, 'GET', `/api/organisations/${orgA}/people?unitId=${unitB}`);
    expect(filtered.json()).toEqual({ items: [], total: 0, totalCapped: false });
    expect([await snapshot(orgA), await snapshot(orgB)]).toEqual(before);
  });

  it('refuses a person whose membership is deactivated as if they had no organisation', async () => {
    await t.createMember(orgA, 'slutat@skatteverket.example', ['org_admin'], { name: 'Slutat Admin' });
    const cookie = await t.signIn('slutat@skatteverket.example');
    expect((await call(cookie, 'GET', `/api/organisations/${orgA}/people`)).statusCode).toBe(200);
    await t.database.db.update(schema.people).set({ active: false }).where(eq(schema.people.email, 'slutat@skatteverket.example'));
    const response = await call(cookie, 'GET', `/api/organisations/${orgA}/people`);
    // No longer a member: the organisation is answered like anyone else's (404); the outbox is not theirs (403).
    expect(response.statusCode).toBe(404);
    expect((await call(cookie, 'GET', `/api/organisations/${orgA}`)).statusCode).toBe(404);
    expect((await call(cookie, 'GET', '/api/outbox')).statusCode).toBe(403);
    const me = await call(cookie, 'GET', '/api/me');
    expect(me.json().can).toMatchObject({ manageOrganisation: false, readPeople: false, managePeople: false, readOutbox: false });
  });
});

describe('roles inside an organisation', () => {
  const adminOnly = (): [string, Method, string, unknown?, Record<string, string>?][] => [
    ['patch organisation', 'PATCH', `/api/organisations/${orgA}`, { name: 'Kapad' }],
    ['create unit', 'POST', `/api/organisations/${orgA}/units`, { name: 'Egen enhet' }],
    ['rename unit', 'PATCH', `/api/organisations/${orgA}/units/${unitA}`, { name: 'Kapad' }],
    ['delete unit', 'DELETE', `/api/organisations/${orgA}/units/${unitA}`],
    ['create person', 'POST', `/api/organisations/${orgA}/people`, { name: 'Ny', email: 'ny3@skatteverket.example' }],
    ['patch person', 'PATCH', `/api/organisations/${orgA}/people/${personA}`, { roles: ['org_admin'] }],
    ['invite', 'POST', `/api/organisations/${orgA}/invitations`, { name: 'Ny', email: 'ny4@skatteverket.example' }],
    ['re-send invitation', 'POST', `/api/organisations/${orgA}/people/${personA}/invitation`],
    ['import', 'POST', `/api/organisations/${orgA}/people/import`, 'name,email,roles\nNy,ny5@skatteverket.example,org_admin\n', CSV],
    ['outbox', 'GET', '/api/outbox'],
  ];

  for (const who of ['coordinator', 'participant'] as const) {
    it(`refuses a ${who} on every administrator route and changes nothing`, async () => {
      const cookie = who === 'coordinator' ? coordinatorA : participantA;
      const before = await snapshot(orgA);
      for (const [what, method, url, payload, headers] of adminOnly()) {
        const response = await call(cookie, method, url, payload, headers);
        expect(response.statusCode, what).toBe(403);
        expect(response.json().error.code, what).toBe('forbidden');
      }
      expect(await snapshot(orgA)).toEqual(before);
      expect(await peopleWithEmails(['ny3@skatteverket.example', 'ny4@skatteverket.example', 'ny5@skatteverket.example'])).toEqual([]);
      // Their own role cannot be raised through PATCH /api/me either.
      const me = await call(cookie, 'PATCH', '/api/me', { roles: ['org_admin'] });
      expect(me.statusCode).toBe(400);
      expect(me.json().error.field).toBe('roles');
    });
  }

  it('lets a coordinator read people, but not a participant', async () => {
    const list = await call(coordinatorA, 'GET', `/api/organisations/${orgA}/people`);
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((p: { email: string }) => p.email)).toContain('axel@skatteverket.example');
    const one = await call(coordinatorA, 'GET', `/api/organisations/${orgA}/people/${personA}`);
    expect(one.statusCode).toBe(200);
    expect(one.json()).toMatchObject({ id: personA, name: 'Axel Ek', unitId: unitA, unitName: 'Ekonomi' });

    const refused = await call(participantA, 'GET', `/api/organisations/${orgA}/people`);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('forbidden');
    expect(refused.body).not.toContain('axel@');
    expect((await call(participantA, 'GET', `/api/organisations/${orgA}/people/${personA}`)).statusCode).toBe(403);
  });

  it('lets every member read their organisation and its units', async () => {
    for (const cookie of [participantA, coordinatorA]) {
      const organisation = await call(cookie, 'GET', `/api/organisations/${orgA}`);
      expect(organisation.statusCode).toBe(200);
      expect(organisation.json()).toMatchObject({ id: orgA, name: 'Skatteverket' });
      // What the viewer may do comes with the answer, from the same abilities the server checks.
      expect(organisation.json().can).toEqual({ manage: false, readPeople: cookie === coordinatorA, managePeople: false });
      const units = await call(cookie, 'GET', `/api/organisations/${orgA}/units`);
      expect(units.statusCode).toBe(200);
      expect(units.json().map((u: { name: string }) => u.name)).toEqual(['Ekonomi']);
      // …but not the other organisation.
      expect((await call(cookie, 'GET', `/api/organisations/${orgB}`)).statusCode).toBe(404);
      expect((await call(cookie, 'GET', `/api/organisations/${orgB}/units`)).statusCode).toBe(404);
    }
  });
});

describe('platform administrator', () => {
  it('creates organisations; an organisation administrator or coordinator may not', async () => {
    const before = await organisationCount();
    for (const cookie of [adminA, coordinatorA, participantA]) {
      const refused = await call(cookie, 'POST', '/api/organisations', { name: 'Egen myndighet', kind: 'agency', country: 'SE' });
      expect(refused.statusCode).toBe(403);
      expect(refused.json().error.code).toBe('forbidden');
    }
    expect(await organisationCount()).toBe(before);

    const created = await call(platformAdmin, 'POST', '/api/organisations', { name: 'Bergen kommune', kind: 'city', country: 'NO' });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toEqual({
      id: expect.any(String),
      name: 'Bergen kommune',
      kind: 'city',
      country: 'NO',
      peopleCount: 0,
      unitCount: 0,
      can: { manage: true, readPeople: true, managePeople: true },
    });
    const [row] = await t.database.db.select().from(schema.organisations).where(eq(schema.organisations.id, created.json().id));
    expect(row).toMatchObject({ name: 'Bergen kommune', kind: 'city', country: 'NO' });
    expect(await organisationCount()).toBe(before + 1);
    const [audit] = await t.database.db.select().from(schema.auditLog).where(eq(schema.auditLog.entityId, created.json().id));
    expect(audit).toMatchObject({ action: 'organisation.create' });
  });

  it('sees every organisation and every mail', async () => {
    const organisations = await call(platformAdmin, 'GET', '/api/organisations');
    expect(organisations.json().map((o: { id: string }) => o.id)).toEqual(expect.arrayContaining([orgA, orgB]));
    const outbox = await call(platformAdmin, 'GET', '/api/outbox?limit=200');
    const [all] = await t.database.db.select({ n: sql<number>`count(*)::int` }).from(schema.mailMessages);
    expect(outbox.json().total).toBe(all!.n);
    expect(outbox.json().items.map((m: { to: string }) => m.to)).toEqual(
      expect.arrayContaining(['kari@oslo.example', 'alva@skatteverket.example']),
    );
    const people = await call(platformAdmin, 'GET', `/api/organisations/${orgB}/people`);
    expect(people.statusCode).toBe(200);
  });
});
