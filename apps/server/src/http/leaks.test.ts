/**
 * Route × actor: every route of the server (taken from its route table), called by every kind of
 * user with the ids of a world where recognisable secrets are planted, checked in status and body.
 *
 * Secrets: private notes (their author only), a pair's agenda and the reason it ended (the pair
 * only), a decline reason (the program's coordinators only), and the special-category answer of an
 * inclusion program — the answer itself, eligibility or matching explanations judged on it, and the
 * very fact that a person applied there (the program's coordinators, and the applicant themself).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '@lots/db';
import { createTestApp, type TestApp } from '../testing/harness';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

const SECRET = {
  noteAda: 'SECRET-NOTE-of-Ada-5f1c',
  noteMats: 'SECRET-NOTE-of-Mats-77ab',
  agenda: 'SECRET-AGENDA-of-the-pair-31d0',
  endReason: 'SECRET-END-REASON-9e42',
  declineReason: 'SECRET-DECLINE-REASON-c0de',
};
/** What betrays a special-category answer, besides the application ids of the inclusion program. */
const SPECIAL_MARKERS = ['adeptNotEligible', 'mentorNotEligible', 'underRepresentedGroup.', '"underRepresented":'];

type Actor =
  | 'anonymous'
  | 'participant'
  | 'coordinator'
  | 'partnerCoordinator'
  | 'orgAdmin'
  | 'partnerAdmin'
  | 'platformAdmin'
  | 'pairAdept'
  | 'pairMentor'
  | 'otherOrgAdmin'
  | 'otherOrgCoordinator';

let t: TestApp;
const org: Record<string, string> = {};
const person: Record<string, string> = {};
const app: Record<string, string> = {};
const cookies: Partial<Record<Actor, string>> = {};
let inclusion: string;
let classic: string;
let activePair: string;
let declinedPair: string;
let endedPair: string;
let runId: string;

const call = (actor: Actor, method: Method, url: string, payload?: unknown) =>
  t.app.inject({
    method,
    url,
    headers: cookies[actor] ? { cookie: cookies[actor] } : {},
    ...(payload !== undefined ? { payload: payload as object } : {}),
  });

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  for (const name of ['Tullverket', 'Kustbevakningen', 'Polisen', 'Lots drift']) org[name] = await t.createOrganisation(name);
  const member = async (key: string, orgName: string, roles: ('participant' | 'coordinator' | 'org_admin')[], platformAdmin = false) => {
    const email = `${key.toLowerCase()}@${orgName.toLowerCase().replace(/\s/g, '-')}.example`;
    person[key] = (await t.createMember(org[orgName]!, email, roles, { name: key, platformAdmin })).personId;
    return email;
  };
  const accounts: [Actor | null, string, string, ('participant' | 'coordinator' | 'org_admin')[], boolean?][] = [
    ['platformAdmin', 'Platta', 'Lots drift', ['org_admin'], true],
    ['orgAdmin', 'Anna', 'Tullverket', ['org_admin']],
    ['coordinator', 'Maria', 'Tullverket', ['coordinator']],
    ['participant', 'Dag', 'Tullverket', ['participant']],
    ['pairAdept', 'Ada', 'Tullverket', ['participant']],
    ['pairMentor', 'Mats', 'Kustbevakningen', ['participant']],
    ['partnerCoordinator', 'Olle', 'Kustbevakningen', ['coordinator']],
    ['partnerAdmin', 'Kirsti', 'Kustbevakningen', ['org_admin']],
    ['otherOrgAdmin', 'Pia', 'Polisen', ['org_admin']],
    ['otherOrgCoordinator', 'Per', 'Polisen', ['coordinator']],
    [null, 'Bo', 'Tullverket', ['participant']],
    [null, 'Mia', 'Kustbevakningen', ['participant']],
    [null, 'Cia', 'Tullverket', ['participant']],
    [null, 'Max', 'Tullverket', ['participant']],
    [null, 'Eva', 'Tullverket', ['participant']],
    [null, 'Eli', 'Tullverket', ['participant']],
  ];
  for (const [actor, key, orgName, roles, platformAdmin] of accounts) {
    const email = await member(key, orgName, roles, platformAdmin);
    if (actor) cookies[actor] = await t.signIn(email);
  }

  // The inclusion program: joint (Tullverket with Kustbevakningen); adepts must belong to an under-represented group.
  const [i] = await db
    .insert(schema.programs)
    .values({
      ownerOrganisationId: org.Tullverket!,
      name: 'Inkluderingsprogrammet',
      type: 'inclusion',
      status: 'matching',
      rules: { adept: [{ kind: 'underRepresentedGroup' }], mentor: [] },
    })
    .returning();
  inclusion = i!.id;
  const [c] = await db
    .insert(schema.programs)
    .values({ ownerOrganisationId: org.Tullverket!, name: 'Chefsprogrammet', type: 'classic', status: 'running', endsOn: '2099-01-01' })
    .returning();
  classic = c!.id;
  await db.insert(schema.programOrganisations).values([
    { programId: inclusion, organisationId: org.Tullverket! },
    { programId: inclusion, organisationId: org.Kustbevakningen! },
    { programId: classic, organisationId: org.Tullverket! },
  ]);
  await db.insert(schema.programCoordinators).values([
    { programId: inclusion, personId: person.Maria! },
    { programId: classic, personId: person.Maria! },
  ]);
  const apply = async (key: string, programId: string, role: 'adept' | 'mentor', underRepresented?: boolean) => {
    const [row] = await db
      .insert(schema.applications)
      .values({ programId, personId: person[key]!, role, status: 'accepted', submittedAt: new Date() })
      .returning();
    app[key] = row!.id;
    if (underRepresented !== undefined)
      await db.insert(schema.sensitiveAnswers).values({ applicationId: row!.id, underRepresented, consentAt: new Date() });
  };
  await apply('Ada', inclusion, 'adept', true);
  await apply('Bo', inclusion, 'adept', false);
  await apply('Mats', inclusion, 'mentor');
  await apply('Mia', inclusion, 'mentor');
  await apply('Cia', classic, 'adept');
  await apply('Max', classic, 'mentor');
  await apply('Eva', classic, 'adept');
  await apply('Eli', classic, 'mentor');

  const pair = async (programId: string, adept: string, mentor: string, values: Partial<typeof schema.pairs.$inferInsert>) => {
    const [row] = await db
      .insert(schema.pairs)
      .values({ programId, adeptApplicationId: app[adept]!, mentorApplicationId: app[mentor]!, ...values })
      .returning();
    return row!.id;
  };
  activePair = await pair(inclusion, 'Ada', 'Mats', {
    status: 'active',
    adeptResponse: 'accepted',
    mentorResponse: 'accepted',
    startedAt: new Date(),
  });
  declinedPair = await pair(classic, 'Cia', 'Max', {
    status: 'declined',
    adeptResponse: 'declined',
    declinedBy: 'adept',
    declineReason: SECRET.declineReason,
  });
  endedPair = await pair(classic, 'Eva', 'Eli', {
    status: 'ended',
    adeptResponse: 'accepted',
    mentorResponse: 'accepted',
    startedAt: new Date(Date.now() - 86_400_000),
    endedAt: new Date(),
    endedBy: 'mentor',
    endReason: SECRET.endReason,
  });

  // What the pair writes goes through the API, as in real use.
  for (const [actor, text] of [
    ['pairAdept', SECRET.noteAda],
    ['pairMentor', SECRET.noteMats],
  ] as const) {
    const note = await call(actor, 'POST', `/api/mentorships/${activePair}/notes`, { text });
    expect(note.statusCode, note.body).toBe(201);
  }
  const agenda = await call('pairAdept', 'POST', `/api/mentorships/${activePair}/agenda`, { text: SECRET.agenda });
  expect(agenda.statusCode, agenda.body).toBe(201);

  // Maria runs matching: Bo (not in the group) stays unmatched because he is not eligible.
  const started = await call('coordinator', 'POST', `/api/programs/${inclusion}/matching/runs`);
  expect(started.statusCode, started.body).toBe(202);
  runId = started.json().id;
  for (let i = 0; i < 300; i++) {
    const run = await call('coordinator', 'GET', `/api/programs/${inclusion}/matching/runs/${runId}`);
    if (run.json().status === 'done') {
      // The explanation the coordinator needs is there — and is what nobody else may see.
      expect(run.body).toContain('adeptNotEligible');
      break;
    }
    expect(run.json().status).not.toBe('failed');
    await new Promise((r) => setTimeout(r, 100));
  }
}, 120_000);
afterAll(() => t.destroy());

/** Which secrets each actor may meet in an answer. */
function allowedFor(actor: Actor): Set<string> {
  const inclusionApps = ['Ada', 'Bo', 'Mats', 'Mia'].map((k) => `app:${k}`);
  switch (actor) {
    case 'coordinator':
      return new Set(['declineReason', 'special', ...inclusionApps]);
    case 'pairAdept':
      // Her own note, the pair's agenda, her own application and answer; her mentor's application (the pair),
      // and the program's mentors as candidates for mutual preferences (the mentor role asks nothing special).
      return new Set(['noteAda', 'agenda', 'special:own', 'app:Ada', 'app:Mats', 'app:Mia']);
    case 'pairMentor':
      return new Set(['noteMats', 'agenda', 'app:Mats', 'app:Ada']);
    default:
      return new Set();
  }
}

/** The names of the secrets found in a body. */
function secretsIn(body: string): string[] {
  const found: string[] = [];
  for (const [name, value] of Object.entries(SECRET)) if (body.includes(value)) found.push(name);
  for (const key of ['Ada', 'Bo', 'Mats', 'Mia']) if (body.includes(app[key]!)) found.push(`app:${key}`);
  if (SPECIAL_MARKERS.some((m) => body.includes(m))) found.push('special');
  return found;
}

/** Every way to fill a route's parameters with ids of this world (and one unknown id). */
function fillings(url: string): string[] {
  const values: Record<string, string[]> = {
    orgId: Object.values(org),
    programId: [inclusion, classic],
    applicationId: Object.values(app),
    personId: ['Ada', 'Bo', 'Mats', 'Mia', 'Max'].map((k) => person[k]!),
    pairId: [activePair, declinedPair, endedPair],
    runId: [runId],
    role: ['adept', 'mentor'],
  };
  let urls = [url];
  for (const match of url.matchAll(/:([A-Za-z]+)/g)) {
    const name = match[1]!;
    const options = values[name] ?? [crypto.randomUUID()];
    urls = urls.flatMap((u) => options.map((v) => u.replace(`:${name}`, v)));
  }
  return urls;
}

const QUERIES: Record<string, string> = {
  '/api/outbox': '?limit=200',
  '/api/programs/:programId/matching/compare': `?a=RUN&b=RUN`,
  '/api/mentor-register/export': '?format=csv',
};

const ACTORS: Actor[] = [
  'anonymous',
  'participant',
  'coordinator',
  'partnerCoordinator',
  'orgAdmin',
  'partnerAdmin',
  'platformAdmin',
  'pairAdept',
  'pairMentor',
  'otherOrgAdmin',
  'otherOrgCoordinator',
];

describe('route × actor: no answer carries what its reader may not know', () => {
  it('reads: every GET route, every actor, every id of the world — status and body', async () => {
    // The API's own description (OpenAPI, docs) names the rules and fields, not anyone's data.
    const getRoutes = t.routes.filter(
      (r) => r.method === 'GET' && r.url.startsWith('/api/') && !r.url.includes('*') && !/^\/api\/(docs|openapi)/.test(r.url),
    );
    expect(getRoutes.length).toBeGreaterThanOrEqual(35);
    const leaks: string[] = [];
    const serverErrors: string[] = [];
    let calls = 0;
    for (const actor of ACTORS) {
      const allowed = allowedFor(actor);
      for (const route of getRoutes) {
        for (const url of fillings(route.url)) {
          const full = url + (QUERIES[route.url] ?? '').replaceAll('RUN', runId);
          const response = await call(actor, 'GET', full);
          calls++;
          if (response.statusCode >= 500) serverErrors.push(`${actor} GET ${full} → ${response.statusCode}`);
          if (actor === 'anonymous' && !route.public && response.statusCode !== 401)
            serverErrors.push(`anonymous GET ${full} → ${response.statusCode}`);
          for (const secret of secretsIn(response.body)) {
            // An applicant's own answer is theirs: Ada may read it on her own application.
            if (
              secret === 'special' &&
              allowed.has('special:own') &&
              (url.includes('/applications/mine') || url.startsWith('/api/me/applications'))
            )
              continue;
            if (!allowed.has(secret)) leaks.push(`${actor} GET ${full} → ${response.statusCode}: ${secret}`);
          }
        }
      }
    }
    expect(calls).toBeGreaterThan(500);
    expect(serverErrors).toEqual([]);
    expect(leaks).toEqual([]);
  }, 600_000);

  it('the coordinator does see what is theirs to see (the test can find each secret)', async () => {
    const pairs = await call('coordinator', 'GET', `/api/programs/${classic}/pairs`);
    expect(pairs.body).toContain(SECRET.declineReason);
    const review = await call('coordinator', 'GET', `/api/programs/${inclusion}/applications`);
    expect(review.statusCode).toBe(200);
    expect(review.body).toContain(app.Bo);
    expect(review.body).toContain('"underRepresented":false');
    const note = await call('pairAdept', 'GET', `/api/mentorships/${activePair}/notes`);
    expect(note.body).toContain(SECRET.noteAda);
    expect(note.body).not.toContain(SECRET.noteMats);
    const ended = await call('pairMentor', 'GET', '/api/pairs/mine');
    expect(ended.statusCode).toBe(200);
  });
});

describe('an inclusion program, seen by administrators (decision 0011)', () => {
  const personRoutes = () => [
    `/api/programs/${inclusion}/applications`,
    `/api/programs/${inclusion}/applications/${app.Ada}`,
    `/api/programs/${inclusion}/applications/${app.Bo}`,
    `/api/programs/${inclusion}/matching/runs`,
    `/api/programs/${inclusion}/matching/runs/${runId}`,
    `/api/programs/${inclusion}/matching/compare?a=${runId}&b=${runId}`,
    `/api/programs/${inclusion}/matching/constraints`,
    `/api/programs/${inclusion}/pairs`,
    `/api/programs/${inclusion}/health`,
    `/api/programs/${inclusion}/nominations`,
  ];

  it('they keep the program and its settings, and get 403 on everything about its people', async () => {
    for (const actor of ['orgAdmin', 'platformAdmin'] as const) {
      const program = await call(actor, 'GET', `/api/programs/${inclusion}`);
      expect(program.statusCode).toBe(200);
      expect(program.json().name).toBe('Inkluderingsprogrammet');
      for (const url of personRoutes()) {
        const response = await call(actor, 'GET', url);
        expect(response.statusCode, `${actor} ${url}`).toBe(403);
        expect(response.json().error.code).toBe('forbidden');
      }
      const register = await call(actor, 'GET', '/api/mentor-register');
      expect(register.statusCode).toBe(200);
      expect(register.body).not.toContain(person.Mats);
      const exported = await call(actor, 'GET', '/api/mentor-register/export?format=csv');
      expect(exported.body).not.toContain('mats@');
    }
    // "Why?" for a pair of the run (decision 0197): refused before anything is looked up; the run has
    // no pair for Ada (already in an active pair), which is all the coordinator learns.
    for (const adept of ['Ada', 'Bo'])
      for (const actor of ['orgAdmin', 'platformAdmin', 'coordinator'] as const) {
        const why = await call(actor, 'GET', `/api/programs/${inclusion}/matching/runs/${runId}/pairs/${app[adept]}/why`);
        expect(why.statusCode, `${actor} why ${adept}`).toBe(actor === 'coordinator' ? 404 : 403);
        expect(secretsIn(why.body)).toEqual([]);
      }
    // The coordinator sees all of it.
    for (const url of personRoutes()) expect((await call('coordinator', 'GET', url)).statusCode, url).toBe(200);
    expect((await call('coordinator', 'GET', '/api/mentor-register')).body).toContain(person.Mats);
  });

  it('they cannot decide, assign, publish or import there either, and nothing changes', async () => {
    const before = await t.database.db.select().from(schema.applications);
    const attempts: [Method, string, unknown][] = [
      ['POST', `/api/programs/${inclusion}/decisions`, { applicationIds: [app.Bo], decision: 'rejected' }],
      ['POST', `/api/programs/${inclusion}/applications/${app.Bo}/overrides`, { kind: 'underRepresentedGroup', reason: 'Försök' }],
      ['POST', `/api/programs/${inclusion}/matching/runs`, undefined],
      ['POST', `/api/programs/${inclusion}/matching/publish`, { runId }],
      ['POST', `/api/programs/${inclusion}/matching/assign`, { adeptApplicationId: app.Bo, mentorApplicationId: app.Mia, reason: 'x' }],
    ];
    for (const actor of ['orgAdmin', 'platformAdmin'] as const) {
      for (const [method, url, payload] of attempts) {
        const response = await call(actor, method, url, payload);
        expect(response.statusCode, `${actor} ${method} ${url} ${response.body}`).toBe(403);
        expect(secretsIn(response.body)).toEqual([]);
      }
    }
    expect(await t.database.db.select().from(schema.applications)).toEqual(before);
  });

  it('a mentor of the program is not shown its adepts as candidates (being one reveals the answer)', async () => {
    const mine = await call('pairMentor', 'GET', `/api/programs/${inclusion}/preferences/mine`);
    expect(mine.statusCode).toBe(200);
    expect(mine.json().candidates).toEqual([]);
  });
});

describe('decline reasons (issue 9.3)', () => {
  it('reach the program’s coordinators only: administrators see the pair, not the reason', async () => {
    for (const actor of ['orgAdmin', 'platformAdmin'] as const) {
      const pairs = await call(actor, 'GET', `/api/programs/${classic}/pairs`);
      expect(pairs.statusCode).toBe(200);
      const declined = pairs.json().find((p: { id: string }) => p.id === declinedPair);
      expect(declined).toMatchObject({ status: 'declined', declinedBy: 'adept', declineReason: null });
      expect(pairs.body).not.toContain(SECRET.declineReason);
    }
    const coordinator = await call('coordinator', 'GET', `/api/programs/${classic}/pairs`);
    expect(coordinator.json().find((p: { id: string }) => p.id === declinedPair).declineReason).toBe(SECRET.declineReason);
  });
});

describe('route × actor, writes', () => {
  it('writes: every other route, every actor, with the world’s ids and an empty body — no answer leaks', async () => {
    const writeRoutes = t.routes.filter((r) => r.method !== 'GET' && r.url.startsWith('/api/') && !r.url.includes('*'));
    // Last in this file: an empty body ends a mentorship or withdraws an application where that needs no input.
    const leaks: string[] = [];
    for (const actor of ACTORS) {
      const allowed = allowedFor(actor);
      for (const route of writeRoutes) {
        if (route.url === '/api/setup') continue;
        for (const url of fillings(route.url)) {
          const response = await call(actor, route.method as Method, url, {});
          for (const secret of secretsIn(response.body)) {
            if (
              secret === 'special' &&
              allowed.has('special:own') &&
              (url.includes('/applications/mine') || url.startsWith('/api/me/applications'))
            )
              continue;
            if (!allowed.has(secret)) leaks.push(`${actor} ${route.method} ${url} → ${response.statusCode}: ${secret}`);
          }
        }
      }
    }
    expect(leaks).toEqual([]);
  }, 600_000);
});
