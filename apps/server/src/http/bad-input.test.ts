/**
 * Bad input: every malformed request gets a 4xx in the API's error shape, with `error.field`
 * naming the offending field precisely, and never a 500. Nothing is written.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { schema } from '@lots/db';
import { createTestApp, type TestApp } from '../testing/harness';

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

let t: TestApp;
let orgId: string;
let unitId: string;
let personId: string;
let admin: string;

async function call(
  method: Method,
  url: string,
  payload?: unknown,
  headers: Record<string, string> = {},
  cookie: string | undefined = admin,
) {
  return t.app.inject({
    method,
    url,
    headers: { ...(cookie ? { cookie } : {}), ...headers },
    ...(payload === undefined ? {} : { payload: payload as string }),
  });
}

/** Sends raw text as JSON (for payloads inject would otherwise serialise). */
const rawJson = (method: Method, url: string, body: string) => call(method, url, body, { 'content-type': 'application/json' });

async function counts() {
  const db = t.database.db;
  const n = async (table: typeof schema.units | typeof schema.people | typeof schema.organisations | typeof schema.invitations) =>
    (await db.select({ n: sql<number>`count(*)::int` }).from(table))[0]!.n;
  return {
    organisations: await n(schema.organisations),
    units: await n(schema.units),
    people: await n(schema.people),
    invitations: await n(schema.invitations),
  };
}

function expectError(response: Awaited<ReturnType<typeof call>>, status: number, code: string, field?: string) {
  expect(response.statusCode, response.body.slice(0, 300)).toBe(status);
  const body = response.json() as { error: { code: string; message: string; field?: string } };
  expect(body.error.code).toBe(code);
  expect(typeof body.error.message).toBe('string');
  if (field !== undefined) expect(body.error.field).toBe(field);
  // The answer never echoes a huge input back.
  expect(response.body.length).toBeLessThan(2000);
  return body.error;
}

beforeAll(async () => {
  t = await createTestApp();
  orgId = await t.createOrganisation('Trafikverket');
  unitId = await t.createUnit(orgId, 'Väg och järnväg');
  await t.createMember(orgId, 'admin@trafikverket.example', ['org_admin'], { name: 'Åke Admin' });
  personId = (await t.createMember(orgId, 'ulla@trafikverket.example', ['participant'], { name: 'Ulla Öst' })).personId;
  admin = await t.signIn('admin@trafikverket.example');
});
afterAll(() => t.destroy());

describe('request bodies', () => {
  it('names the field of a wrong type', async () => {
    const before = await counts();
    const cases: [Method, string, unknown, string][] = [
      ['POST', `/api/organisations/${orgId}/units`, { name: 123 }, 'name'],
      ['POST', `/api/organisations/${orgId}/units`, { name: 'Ny', parentId: 42 }, 'parentId'],
      ['PATCH', `/api/organisations/${orgId}`, { country: 'DK' }, 'country'],
      ['PATCH', `/api/organisations/${orgId}`, { kind: ['agency'] }, 'kind'],
      ['POST', `/api/organisations/${orgId}/people`, { name: 'Ny', email: 'ny@trafikverket.example', roles: 'participant' }, 'roles'],
      ['POST', `/api/organisations/${orgId}/people`, { name: 'Ny', email: 'ny@trafikverket.example', roles: ['king'] }, 'roles.0'],
      [
        'POST',
        `/api/organisations/${orgId}/people`,
        { name: 'Ny', email: 'ny@trafikverket.example', roles: ['participant', 'god'] },
        'roles.1',
      ],
      ['POST', `/api/organisations/${orgId}/people`, { name: 'Ny', email: 'ny@trafikverket.example', roles: [] }, 'roles'],
      ['POST', `/api/organisations/${orgId}/people`, { name: 'Ny', email: 'ny@trafikverket.example', unitId: 'Väg och järnväg' }, 'unitId'],
      ['POST', `/api/organisations/${orgId}/people`, { name: 'Ny', email: 'ny@trafikverket.example', title: { sv: 'Chef' } }, 'title'],
      ['PATCH', `/api/organisations/${orgId}/people/${personId}`, { managerId: true }, 'managerId'],
      ['PATCH', '/api/me', { locale: 'de' }, 'locale'],
      ['PATCH', '/api/me', { name: null }, 'name'],
      ['POST', `/api/organisations/${orgId}/invitations`, { name: 'Ny', email: 'ny@trafikverket.example', locale: 'fi' }, 'locale'],
    ];
    for (const [method, url, payload, field] of cases) {
      const error = expectError(await call(method, url, payload), 400, 'validation', field);
      expect(error.message.startsWith(`${field}: `)).toBe(true);
    }
    expect(await counts()).toEqual(before);
  });

  it('refuses unknown fields, naming the unknown field (including nested ones)', async () => {
    const before = await counts();
    const cases: [Method, string, unknown, string][] = [
      ['POST', `/api/organisations/${orgId}/units`, { name: 'Ny', colour: 'red' }, 'colour'],
      // Mass assignment: fields the server owns cannot be set by the client.
      [
        'POST',
        `/api/organisations/${orgId}/people`,
        { name: 'Ny', email: 'ny@trafikverket.example', organisationId: crypto.randomUUID() },
        'organisationId',
      ],
      [
        'POST',
        `/api/organisations/${orgId}/people`,
        { name: 'Ny', email: 'ny@trafikverket.example', accountStatus: 'active' },
        'accountStatus',
      ],
      ['PATCH', `/api/organisations/${orgId}/people/${personId}`, { userId: 'someone' }, 'userId'],
      ['PATCH', '/api/me', { platformAdmin: true }, 'platformAdmin'],
      ['PATCH', '/api/me', { email: 'other@example.org' }, 'email'],
      ['POST', '/api/organisations', { name: 'X', kind: 'city', country: 'SE', id: crypto.randomUUID() }, 'id'],
      [
        'POST',
        '/api/setup',
        {
          organisation: { name: 'X', kind: 'city', country: 'SE', extra: 1 },
          admin: { name: 'A', email: 'a@example.org', password: 'long-enough-password' },
        },
        'organisation.extra',
      ],
      [
        'POST',
        '/api/setup',
        {
          organisation: { name: 'X', kind: 'city', country: 'SE' },
          admin: { name: 'A', email: 'a@example.org', password: 'long-enough-password', platformAdmin: false },
        },
        'admin.platformAdmin',
      ],
    ];
    for (const [method, url, payload, field] of cases) {
      const error = expectError(await call(method, url, payload), 400, 'validation', field);
      expect(error.message).toMatch(/unrecognized key/i);
    }
    expect(await counts()).toEqual(before);
  });

  it('names the missing required field', async () => {
    const cases: [Method, string, unknown, string][] = [
      ['POST', `/api/organisations/${orgId}/units`, {}, 'name'],
      ['POST', `/api/organisations/${orgId}/people`, { name: 'Ny' }, 'email'],
      ['POST', `/api/organisations/${orgId}/people`, { email: 'ny@trafikverket.example' }, 'name'],
      ['POST', '/api/organisations', { name: 'X', kind: 'city' }, 'country'],
      ['POST', `/api/organisations/${orgId}/invitations`, { email: 'ny@trafikverket.example' }, 'name'],
      ['POST', `/api/invitations/${'a'.repeat(43)}/accept`, { name: 'Ny' }, 'password'],
      ['POST', '/api/setup', { organisation: { name: 'X', kind: 'city', country: 'SE' } }, 'admin'],
      [
        'POST',
        '/api/setup',
        { organisation: { name: 'X', kind: 'city', country: 'SE' }, admin: { name: 'A', password: 'long-enough-password' } },
        'admin.email',
      ],
    ];
    for (const [method, url, payload, field] of cases) expectError(await call(method, url, payload), 400, 'validation', field);
  });

  it('refuses empty and whitespace-only names, and trims the ones it stores', async () => {
    expectError(await call('POST', `/api/organisations/${orgId}/units`, { name: '' }), 400, 'validation', 'name');
    expectError(await call('POST', `/api/organisations/${orgId}/units`, { name: '   \t ' }), 400, 'validation', 'name');
    const created = await call('POST', `/api/organisations/${orgId}/units`, { name: '  Trafikledning  ' });
    expect(created.statusCode).toBe(201);
    expect(created.json().name).toBe('Trafikledning');
    const [row] = await t.database.db.select().from(schema.units).where(eq(schema.units.id, created.json().id));
    expect(row!.name).toBe('Trafikledning');
  });

  it('refuses huge strings with 400 naming the field, and bodies over the limit with 413', async () => {
    const before = await counts();
    const huge = 'å'.repeat(100_000);
    expectError(await call('POST', `/api/organisations/${orgId}/units`, { name: huge }), 400, 'validation', 'name');
    expectError(await call('PATCH', `/api/organisations/${orgId}`, { name: huge }), 400, 'validation', 'name');
    expectError(
      await call('POST', `/api/organisations/${orgId}/people`, { name: 'Ny', email: 'ny@trafikverket.example', title: huge }),
      400,
      'validation',
      'title',
    );
    expectError(
      await call('POST', `/api/organisations/${orgId}/people`, { name: 'Ny', email: `${'a'.repeat(250)}@example.org` }),
      400,
      'validation',
      'email',
    );
    expectError(await call('PATCH', '/api/me', { name: 'x'.repeat(201) }), 400, 'validation', 'name');
    // Exactly at the limit is fine.
    const atLimit = await call('POST', `/api/organisations/${orgId}/units`, { name: 'x'.repeat(200) });
    expect(atLimit.statusCode).toBe(201);

    // Over the 256 KiB JSON body limit.
    const tooLarge = await call('POST', `/api/organisations/${orgId}/units`, { name: 'x'.repeat(300 * 1024) });
    expect(tooLarge.statusCode).toBe(413);
    expect(tooLarge.json()).toEqual({ error: { code: 'payload_too_large', message: expect.any(String) } });
    // An import over its 5 MiB limit.
    const bigFile = `name,email\n${'Namn Namnsson,namn@example.org\n'.repeat(200_000)}`;
    expect(bigFile.length).toBeGreaterThan(5 * 1024 * 1024);
    const tooLargeImport = await call('POST', `/api/organisations/${orgId}/people/import`, bigFile, { 'content-type': 'text/csv' });
    expect(tooLargeImport.statusCode).toBe(413);
    expect(tooLargeImport.json().error.code).toBe('payload_too_large');
    expect(await counts()).toEqual({ ...before, units: before.units + 1 });
  });

  it('refuses malformed JSON, empty bodies, non-objects and foreign content types', async () => {
    const url = `/api/organisations/${orgId}/units`;
    expectError(await rawJson('POST', url, '{"name": '), 400, 'validation', 'body');
    expectError(await rawJson('POST', url, '{name: "Ny"}'), 400, 'validation', 'body');
    expectError(await rawJson('POST', url, ''), 400, 'validation', 'body');
    expectError(await rawJson('POST', url, 'null'), 400, 'validation', 'body');
    expectError(await rawJson('POST', url, '"Ny enhet"'), 400, 'validation', 'body');
    expectError(await rawJson('POST', url, '[{"name":"Ny"}]'), 400, 'validation', 'body');
    // Prototype pollution attempts are refused by the JSON parser.
    expectError(await rawJson('POST', url, '{"name":"Ny","__proto__":{"admin":true}}'), 400, 'validation', 'body');
    expectError(await rawJson('POST', url, '{"name":"Ny","constructor":{"prototype":{"admin":true}}}'), 400, 'validation');
    expect(({} as { admin?: boolean }).admin).toBeUndefined();
    // No body at all.
    expectError(await call('POST', url), 400, 'validation', 'body');
    // Text is not JSON (and an HTML form could send it from any page).
    expectError(await call('POST', url, 'name=Ny', { 'content-type': 'text/plain' }), 415, 'unsupported_media_type', 'content-type');
    // Content types nobody parses.
    expectError(await call('POST', url, '<unit name="Ny"/>', { 'content-type': 'application/xml' }), 415, 'unsupported_media_type');
    expectError(await call('POST', url, 'name=Ny', { 'content-type': 'application/x-www-form-urlencoded' }), 415, 'unsupported_media_type');
    const units = await t.database.db.select().from(schema.units).where(eq(schema.units.name, 'Ny'));
    expect(units).toEqual([]);
  });

  it('refuses text with NUL characters with 400 naming the field, not a database error', async () => {
    const before = await counts();
    expectError(await call('POST', `/api/organisations/${orgId}/units`, { name: 'Ny\u0000enhet' }), 400, 'validation', 'name');
    expectError(await call('PATCH', `/api/organisations/${orgId}/people/${personId}`, { title: 'Chef\u0000' }), 400, 'validation', 'title');
    expectError(await call('PATCH', '/api/me', { name: 'Åke\u0000' }), 400, 'validation', 'name');
    expectError(await call('GET', `/api/organisations/${orgId}/people?q=%00`), 400, 'validation', 'querystring.q');
    // A lone UTF-16 surrogate cannot go into the audit log's jsonb.
    expectError(await rawJson('POST', `/api/organisations/${orgId}/units`, '{"name":"Enhet \\ud800"}'), 400, 'validation', 'name');
    expectError(await rawJson('PATCH', `/api/organisations/${orgId}`, '{"name":"\\udc00 Verket"}'), 400, 'validation', 'name');
    expect(await counts()).toEqual(before);
    const [ulla] = await t.database.db.select().from(schema.people).where(eq(schema.people.id, personId));
    expect(ulla!.title).toBeNull();
  });
});

describe('e-mail addresses', () => {
  it('refuses invalid addresses naming the field, and stores valid ones in lower case', async () => {
    for (const email of ['not-an-email', 'a@', '@example.org', 'a b@example.org', 'a@example', ' padded@example.org', 'a@@example.org']) {
      expectError(await call('POST', `/api/organisations/${orgId}/people`, { name: 'Ny', email }), 400, 'validation', 'email');
    }
    expectError(
      await call('POST', `/api/organisations/${orgId}/people`, { name: 'Ny', email: 'ny@example.org', managerEmail: 'chef' }),
      400,
      'validation',
      'managerEmail',
    );
    expectError(await call('POST', `/api/organisations/${orgId}/invitations`, { name: 'Ny', email: 'nope' }), 400, 'validation', 'email');
    expectError(
      await call('POST', '/api/setup', {
        organisation: { name: 'X', kind: 'city', country: 'SE' },
        admin: { name: 'A', email: 'nope', password: 'long-enough-password' },
      }),
      400,
      'validation',
      'admin.email',
    );
    const created = await call('POST', `/api/organisations/${orgId}/people`, {
      name: 'Versal',
      email: 'Stor.Bokstav@Trafikverket.Example',
    });
    expect(created.statusCode).toBe(201);
    expect(created.json().email).toBe('stor.bokstav@trafikverket.example');
  });
});

describe('path parameters', () => {
  it('refuses ids that are not uuids, naming the parameter', async () => {
    const cases: [Method, string, unknown, string][] = [
      ['GET', '/api/organisations/not-a-uuid', undefined, 'params.orgId'],
      ['GET', '/api/organisations/123', undefined, 'params.orgId'],
      ['GET', `/api/organisations/${orgId.toUpperCase()}x`, undefined, 'params.orgId'],
      ['GET', "/api/organisations/1'%20OR%20'1'='1/units", undefined, 'params.orgId'],
      ['PATCH', `/api/organisations/${orgId}/units/xyz`, { name: 'Ny' }, 'params.unitId'],
      ['DELETE', `/api/organisations/${orgId}/units/${unitId}0`, undefined, 'params.unitId'],
      ['GET', `/api/organisations/${orgId}/people/42`, undefined, 'params.personId'],
      ['POST', `/api/organisations/${orgId}/people/%E2%82%AC/invitation`, undefined, 'params.personId'],
      ['GET', '/api/invitations/short', undefined, 'params.token'],
      ['GET', `/api/invitations/${'x'.repeat(19)}`, undefined, 'params.token'],
    ];
    for (const [method, url, payload, field] of cases) expectError(await call(method, url, payload), 400, 'validation', field);
    // Longer than Fastify's maxParamLength (100): no route matches at all.
    expectError(await call('GET', `/api/invitations/${'x'.repeat(101)}`), 400, 'validation', 'params.token');
  });

  it('answers a well-formed id that does not exist with 404', async () => {
    expectError(await call('GET', `/api/organisations/${orgId}/people/${crypto.randomUUID()}`), 404, 'not_found');
    expectError(await call('PATCH', `/api/organisations/${orgId}/units/${crypto.randomUUID()}`, { name: 'Ny' }), 404, 'not_found');
    expectError(await call('GET', `/api/invitations/${'a'.repeat(43)}`, undefined, {}, undefined), 404, 'not_found');
    expectError(await call('GET', '/api/no-such-route'), 404, 'not_found');
  });
});

describe('query parameters', () => {
  it('names the query parameter that is wrong', async () => {
    const people = `/api/organisations/${orgId}/people`;
    const cases: [string, string][] = [
      [`${people}?limit=abc`, 'querystring.limit'],
      [`${people}?limit=0`, 'querystring.limit'],
      [`${people}?limit=501`, 'querystring.limit'],
      [`${people}?limit=2.5`, 'querystring.limit'],
      [`${people}?limit=1&limit=2`, 'querystring.limit'],
      [`${people}?offset=-1`, 'querystring.offset'],
      [`${people}?offset=abc`, 'querystring.offset'],
      [`${people}?role=king`, 'querystring.role'],
      [`${people}?unitId=abc`, 'querystring.unitId'],
      [`${people}?q=${'x'.repeat(201)}`, 'querystring.q'],
      [`${people}?sort=name`, 'querystring.sort'],
      ['/api/outbox?limit=abc', 'querystring.limit'],
      ['/api/outbox?limit=1000', 'querystring.limit'],
      ['/api/outbox?offset=-5', 'querystring.offset'],
      ['/api/outbox?status=delivered', 'querystring.status'],
      ['/api/outbox?sort=subject', 'querystring.sort'],
    ];
    for (const [url, field] of cases) {
      const error = expectError(await call('GET', url), 400, 'validation', field);
      expect(error.message.startsWith(`${field}: `)).toBe(true);
    }
  });

  it('treats search text literally (no SQL wildcards or injection)', async () => {
    const people = `/api/organisations/${orgId}/people`;
    for (const q of ['%', '_', "' OR 1=1 --", '\\', '%25%25']) {
      const response = await call('GET', `${people}?q=${encodeURIComponent(q)}`);
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({ items: [], total: 0, totalCapped: false });
    }
    const found = await call('GET', `${people}?q=${encodeURIComponent('ULLA')}`);
    expect(found.json().items.map((p: { email: string }) => p.email)).toEqual(['ulla@trafikverket.example']);
  });
});

describe('never a 500', () => {
  it('answers odd input on every route with a 4xx (or success), never a server error', { timeout: 180_000 }, async () => {
    const payloads = [
      'null',
      '"text"',
      '12345',
      '[]',
      '{"name":{"$ne":null},"email":["a@b.se"]}',
      '{"name":"x","roles":[null],"unitId":"","managerId":"00000000-0000-0000-0000-000000000000"}',
      `${'{"a":'.repeat(2000)}1${'}'.repeat(2000)}`,
      `{"name":"${'\\ud800'}"}`,
    ];
    const fill = (url: string) =>
      url
        .replace(':orgId', orgId)
        .replace(':personId', personId)
        .replace(':unitId', unitId)
        .replace(/:[A-Za-z]+/g, () => crypto.randomUUID())
        .replace('*', 'x');
    const failures: string[] = [];
    for (const route of t.routes.filter(
      (r) => r.url.startsWith('/api/') && !r.url.startsWith('/api/auth/') && !r.url.startsWith('/api/docs'),
    )) {
      // POST /api/setup and the public token routes are included; sign-in is better-auth's and tested elsewhere.
      const url = fill(route.url);
      const attempts =
        route.method === 'GET'
          ? [`${url}?limit=%00&offset=1e400&q=%ff&unitId=%00`, `${url}?${'a'.repeat(5000)}=1`]
          : payloads.map((payload) => ({ url, payload }));
      for (const attempt of attempts) {
        const response =
          typeof attempt === 'string' ? await call('GET', attempt) : await rawJson(route.method as Method, attempt.url, attempt.payload);
        if (response.statusCode >= 500)
          failures.push(`${route.method} ${route.url} → ${response.statusCode} ${response.body.slice(0, 150)}`);
        else if (response.statusCode >= 400 && typeof response.json().error?.code !== 'string')
          failures.push(`${route.method} ${route.url} → no error shape: ${response.body.slice(0, 150)}`);
      }
    }
    expect(failures).toEqual([]);
    // The organisation and its people are intact after all that.
    const organisation = await call('GET', `/api/organisations/${orgId}`);
    expect(organisation.json()).toMatchObject({ name: 'Trafikverket' });
  });
});

describe('never a 500, with real ids', () => {
  /**
   * The walk above fills ids with random uuids, so most requests stop at "not found" before any
   * deeper code runs. This one builds a small world through the API and walks every route again:
   * as a platform administrator (who passes every organisation check) with real ids, with an empty
   * object (`{}`) and a plausible body; with each child id taken from another program or
   * organisation (an event of another program, a unit of another organisation…); and with an
   * organisation or program that does not exist.
   */
  it('answers every route with a 4xx (or success) for empty bodies, crossed ids and missing parents', { timeout: 180_000 }, async () => {
    const root = await (async () => {
      await t.createMember(orgId, 'root@trafikverket.example', ['org_admin', 'coordinator'], { platformAdmin: true, name: 'Rut Root' });
      return t.signIn('root@trafikverket.example');
    })();
    const as = (method: Method, url: string, payload?: unknown) => call(method, url, payload, {}, root);
    const created = async (method: Method, url: string, payload: unknown) => {
      const response = await as(method, url, payload);
      expect(response.statusCode, `${method} ${url}: ${response.body.slice(0, 300)}`).toBeLessThan(300);
      return response.json() as Record<string, unknown>;
    };
    const otherOrg = await t.createOrganisation('Kustbevakningen');
    const otherUnit = await t.createUnit(otherOrg, 'Region Väst');
    const otherPerson = (await t.createMember(otherOrg, 'kim@kustbevakningen.example', ['participant'])).personId;
    const program = async (name: string) => {
      const id = (await created('POST', '/api/programs', { name, type: 'classic', startsOn: '2100-01-15' })).id as string;
      const withEvent = await created('POST', `/api/programs/${id}/events`, {
        kind: 'kickoff',
        title: `Uppstart ${name}`,
        startsAt: '2100-01-15T09:00:00Z',
        endsAt: '2100-01-15T12:30:00Z',
      });
      const question = await created('POST', `/api/programs/${id}/questions`, { role: 'adept', kind: 'short_text', label: 'Varför?' });
      const events = withEvent.events as { id: string }[];
      // An application (Ulla's, imported as collected elsewhere).
      const imported = await call(
        'POST',
        `/api/programs/${id}/applications/import`,
        'email,role\nulla@trafikverket.example,adept\n',
        { 'content-type': 'text/csv' },
        root,
      );
      expect(imported.statusCode, imported.body).toBe(200);
      const [application] = await t.database.db
        .select({ id: schema.applications.id })
        .from(schema.applications)
        .where(eq(schema.applications.programId, id));
      return { id, eventId: events[0]!.id, questionId: question.id as string, applicationId: application!.id };
    };
    const p1 = await program('Chefsprogram 2100');
    const p2 = await program('Ledarprogram 2100');

    // Plausible bodies, so that a request gets past validation to the code that uses the ids.
    const bodies: Record<string, unknown> = {
      'POST /api/organisations/:orgId/units': { name: 'Ny enhet' },
      'PATCH /api/organisations/:orgId/units/:unitId': { name: 'Nytt namn' },
      'POST /api/organisations/:orgId/people': { name: 'Ny Person', email: `ny-${crypto.randomUUID()}@example.org` },
      'PATCH /api/organisations/:orgId/people/:personId': { title: 'Handläggare' },
      'POST /api/organisations/:orgId/invitations': { name: 'Inbjuden', email: `inbjuden-${crypto.randomUUID()}@example.org` },
      'PATCH /api/organisations/:orgId': { name: 'Trafikverket' },
      'POST /api/programs/:programId/events': {
        kind: 'other',
        title: 'Träff',
        startsAt: '2100-02-01T09:00:00Z',
        endsAt: '2100-02-01T10:00:00Z',
      },
      'PUT /api/programs/:programId/events/:eventId/answer': { response: 'yes' },
      'PATCH /api/programs/:programId/events/:eventId': { title: 'Ny titel' },
      'POST /api/programs/:programId/questions': { role: 'mentor', kind: 'long_text', label: 'Erfarenhet?' },
      'PATCH /api/programs/:programId/questions/:questionId': { label: 'Ny fråga' },
      'PATCH /api/programs/:programId': { name: 'Nytt namn' },
      'POST /api/programs/:programId/status': { status: 'open' },
      'POST /api/programs/:programId/copy': { name: 'Kopia' },
    };
    const home: Record<string, string> = {
      orgId,
      unitId,
      personId,
      programId: p1.id,
      eventId: p1.eventId,
      questionId: p1.questionId,
      applicationId: p1.applicationId,
    };
    const crossed: Record<string, string> = {
      unitId: otherUnit,
      personId: otherPerson,
      eventId: p2.eventId,
      questionId: p2.questionId,
      applicationId: p2.applicationId,
    };
    const fill = (url: string, ids: Record<string, string>) =>
      url.replace(/:([A-Za-z]+)/g, (_, name: string) => ids[name] ?? crypto.randomUUID()).replace('*', 'x');

    const failures: string[] = [];
    const routes = t.routes.filter(
      (r) => r.url.startsWith('/api/') && !r.url.startsWith('/api/auth/') && !r.url.startsWith('/api/docs') && r.url !== '/api/setup',
    );
    const csv = {
      'POST /api/organisations/:orgId/people/import': 'name,email\nNy Person,importerad@example.org\n',
      'POST /api/programs/:programId/applications/import': 'email,role\nulla@trafikverket.example,adept\n',
    } as Record<string, string>;
    for (const route of routes) {
      const method = route.method as Method;
      const key = `${method} ${route.url}`;
      const payloads = method === 'GET' || method === 'DELETE' ? [undefined] : [{}, ...(bodies[key] ? [bodies[key]] : [])];
      const idSets = [
        home,
        ...Object.keys(crossed)
          .filter((name) => route.url.includes(`:${name}`))
          .map((name) => ({ ...home, [name]: crossed[name]! })),
        ...(route.url.includes(':orgId') ? [{ ...home, orgId: crypto.randomUUID() }] : []),
        ...(route.url.includes(':programId') ? [{ ...home, programId: crypto.randomUUID() }] : []),
      ];
      for (const ids of idSets) {
        for (const payload of payloads) {
          // Deleting the world's own objects would change what the next routes see: only crossed or missing ids are deleted.
          if (method === 'DELETE' && ids === home) continue;
          const url = fill(route.url, ids);
          const response = csv[key]
            ? await call(method, url, csv[key], { 'content-type': 'text/csv' }, root)
            : await as(method, url, payload);
          const what = `${key} ${url} ${JSON.stringify(payload) ?? ''}`;
          if (response.statusCode >= 500) failures.push(`${what} → ${response.statusCode} ${response.body.slice(0, 150)}`);
          else if (response.statusCode >= 400 && typeof response.json().error?.code !== 'string')
            failures.push(`${what} → no error shape: ${response.body.slice(0, 150)}`);
          // A crossed id never reaches the other program's or organisation's object.
          else if (
            ids !== home &&
            route.url.includes(':') &&
            response.statusCode < 300 &&
            Object.values(crossed).some((id) => url.includes(id))
          )
            failures.push(`${what} → ${response.statusCode}: an id of another program or organisation was accepted`);
        }
      }
    }
    expect(failures).toEqual([]);
    // The crossed objects are untouched.
    const [event] = await t.database.db.select().from(schema.events).where(eq(schema.events.id, p2.eventId));
    expect(event!.title).toBe('Uppstart Ledarprogram 2100');
    const [question] = await t.database.db.select().from(schema.formQuestions).where(eq(schema.formQuestions.id, p2.questionId));
    expect(question!.label).toBe('Varför?');

    // The cases of issue 9, item 15, one by one.
    const emptyEvent = await as('PATCH', `/api/programs/${p1.id}/events/${p1.eventId}`, {});
    expect(emptyEvent.statusCode).toBe(200);
    expect(emptyEvent.json().id).toBe(p1.eventId);
    const emptyQuestion = await as('PATCH', `/api/programs/${p1.id}/questions/${p1.questionId}`, {});
    expect(emptyQuestion.statusCode).toBe(200);
    expect(emptyQuestion.json()).toMatchObject({ id: p1.questionId, label: expect.any(String) });
    expectError(await as('PATCH', `/api/programs/${p1.id}/events/${p2.eventId}`, {}), 404, 'not_found');
    expectError(await as('PATCH', `/api/programs/${p1.id}/events/${p2.eventId}`, { title: 'Kapad' }), 404, 'not_found');
    expectError(await as('POST', `/api/programs/${p1.id}/events/${p2.eventId}/cancel`), 404, 'not_found');
    expectError(await as('PATCH', `/api/programs/${p1.id}/questions/${p2.questionId}`, {}), 404, 'not_found');
    const nowhere = crypto.randomUUID();
    const units = await counts();
    expect(expectError(await as('POST', `/api/organisations/${nowhere}/units`, { name: 'Ny enhet' }), 404, 'not_found').message).toBe(
      'Organisation not found',
    );
    expectError(await as('POST', `/api/organisations/${nowhere}/people`, { name: 'Ny', email: 'ny@example.org' }), 404, 'not_found');
    expectError(await as('POST', `/api/organisations/${nowhere}/invitations`, { name: 'Ny', email: 'ny@example.org' }), 404, 'not_found');
    expectError(
      await call(
        'POST',
        `/api/organisations/${nowhere}/people/import`,
        'name,email\nNy,ny@example.org\n',
        { 'content-type': 'text/csv' },
        root,
      ),
      404,
      'not_found',
    );
    // An organisation administrator gets the same 404 for a missing organisation as for a foreign one (decision 0072).
    expectError(await call('POST', `/api/organisations/${nowhere}/units`, { name: 'Ny enhet' }), 404, 'not_found');
    expect(await counts()).toEqual(units);
  });
});
