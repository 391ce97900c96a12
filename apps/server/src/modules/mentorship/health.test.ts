import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, inArray } from 'drizzle-orm';
import { schema } from '@lots/db';
import { createTestApp, type TestApp } from '../../testing/harness';
import { meetingsExpected } from './health';

const DAY = 86400000;

/**
 * Issue 10, item 12: the health view is honest. Meetings expected are counted from the
 * agreement's start or the first meeting, whichever came first — never "5 of 0 expected".
 */
describe('the health view counts expected meetings honestly', () => {
  let t: TestApp;
  let programId: string;
  let pairId: string;
  const cookies: Record<'adept' | 'mentor' | 'coordinator', string> = {} as never;

  beforeAll(async () => {
    t = await createTestApp();
    const org = await t.createOrganisation('Tullverket');
    const other = await t.createOrganisation('Kustbevakningen');
    const adept = await t.createMember(org, 'adept@tull.example', ['participant'], { name: 'Johan Nyberg' });
    const mentor = await t.createMember(other, 'mentor@kust.example', ['participant'], { name: 'Helena Stark' });
    const coordinator = await t.createMember(org, 'maria@tull.example', ['coordinator'], { name: 'Maria Sundberg' });
    const [program] = await t.database.db
      .insert(schema.programs)
      .values({ ownerOrganisationId: org, name: 'Mentorprogram 2027', type: 'classic', status: 'running', endsOn: '2099-01-01' })
      .returning();
    programId = program!.id;
    await t.database.db.insert(schema.programOrganisations).values([
      { programId, organisationId: org },
      { programId, organisationId: other },
    ]);
    await t.database.db.insert(schema.programCoordinators).values({ programId, personId: coordinator.personId });
    pairId = await t.createActivePair(programId, adept.personId, mentor.personId);
    cookies.adept = await t.signIn('adept@tull.example');
    cookies.mentor = await t.signIn('mentor@kust.example');
    cookies.coordinator = await t.signIn('maria@tull.example');
  });
  afterAll(() => t.destroy());

  const health = async () => {
    const res = await t.as(cookies.coordinator).get(`/api/programs/${programId}/health`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json().items[0] as { meetingsLogged: number; meetingsExpected: number | null };
  };

  it('a pair that met five times before both signed shows five of five expected, not five of zero', async () => {
    const agreed = await t.as(cookies.adept).put(`/api/mentorships/${pairId}/agreement`, {
      cadenceWeeksMin: 3,
      cadenceWeeksMax: 4,
      meetingMinutes: 60,
      mode: 'digital',
      goals: ['Leda genom förändring'],
    });
    expect(agreed.statusCode, agreed.body).toBe(200);
    // Not signed, no meeting: nothing is expected yet.
    expect(await health()).toMatchObject({ meetingsLogged: 0, meetingsExpected: null });
    // The pair met every 3½ weeks before getting round to signing.
    for (const daysAgo of [99, 74, 50, 25, 1]) {
      const logged = await t.as(cookies.mentor).post(`/api/mentorships/${pairId}/meetings`, {
        heldOn: new Date(Date.now() - daysAgo * DAY).toISOString(),
        durationMinutes: 60,
        mode: 'digital',
      });
      expect(logged.statusCode, logged.body).toBe(201);
    }
    expect(await health()).toMatchObject({ meetingsLogged: 5, meetingsExpected: 5 });
    await t.as(cookies.adept).post(`/api/mentorships/${pairId}/agreement/sign`, { version: 1 });
    expect((await t.as(cookies.mentor).post(`/api/mentorships/${pairId}/agreement/sign`, { version: 1 })).json().startedAt).toBeTruthy();
    // Signing today does not restart the count.
    expect(await health()).toMatchObject({ meetingsLogged: 5, meetingsExpected: 5 });
  });

  it('counts from the start: nothing at signing, the current window once the pair has met in it, every window that is over', () => {
    const start = new Date('2027-01-01T10:00:00Z');
    const cadence = { min: 2, max: 4 }; // every three weeks
    const at = (days: number) => new Date(start.getTime() + days * DAY);
    expect(meetingsExpected(start, { first: null, last: null }, undefined, at(100))).toBeNull();
    expect(meetingsExpected(null, { first: null, last: null }, cadence, at(100))).toBeNull();
    expect(meetingsExpected(start, { first: null, last: null }, cadence, at(0))).toBe(0);
    expect(meetingsExpected(start, { first: null, last: null }, cadence, at(20))).toBe(0);
    expect(meetingsExpected(start, { first: null, last: null }, cadence, at(21))).toBe(1);
    expect(meetingsExpected(start, { first: null, last: null }, cadence, at(63))).toBe(3);
    // Met the day after signing: one of one, not one of zero.
    expect(meetingsExpected(start, { first: at(1), last: at(1) }, cadence, at(2))).toBe(1);
    // Met before signing: counted from the first meeting.
    expect(meetingsExpected(start, { first: at(-42), last: at(-42) }, cadence, at(0))).toBe(2);
    expect(meetingsExpected(null, { first: at(-1), last: at(-1) }, cadence, at(0))).toBe(1);
    // An ended pair: counted until it ended.
    expect(meetingsExpected(start, { first: at(1), last: at(1) }, cadence, at(42))).toBe(2);
  });
});

/**
 * Issue 15 goal 2 / issue 14 item 12: the health view is one list (decision 0161) — searched,
 * filtered, sorted and paged in SQL — and still shows only dates and counts, to those who may see it.
 */
describe('the health view is a list paged, searched, filtered and sorted on the server', () => {
  let t: TestApp;
  let programId: string;
  let coordinator: string;
  let participant: string;
  let outsider: string;
  type Page = {
    items: {
      pairId: string;
      adept: { name: string };
      mentor: { name: string };
      status: string;
      quiet: boolean;
      agreementSigned: boolean;
      meetingsLogged: number;
    }[];
    total: number;
    summary: Record<string, number>;
  };
  const list = async (query = '') => {
    const res = await t.as(coordinator).get(`/api/programs/${programId}/health${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as Page;
  };
  // Adepts named so that Swedish order differs from byte order (Ö after Z, Å before Ä).
  const ADEPTS = ['Östen Berg', 'Åsa Lind', 'Zara Holm', 'Anna Ek', 'Ärla Dahl', 'Bo Ström', 'Carl Nyström'];

  beforeAll(async () => {
    t = await createTestApp();
    const org = await t.createOrganisation('Tullverket');
    const other = await t.createOrganisation('Skatteverket');
    const [program] = await t.database.db
      .insert(schema.programs)
      .values({
        ownerOrganisationId: org,
        name: 'Mentorprogram 2027',
        type: 'classic',
        status: 'running',
        endsOn: '2099-01-01',
        nudgeAfterWeeks: 4,
      })
      .returning();
    programId = program!.id;
    await t.database.db.insert(schema.programOrganisations).values({ programId, organisationId: org });
    const c = await t.createMember(org, 'maria@tull.example', ['coordinator'], { name: 'Maria Sundberg' });
    await t.database.db.insert(schema.programCoordinators).values({ programId, personId: c.personId });
    await t.createMember(org, 'deltagare@tull.example', ['participant'], { name: 'Dag Deltagare' });
    await t.createMember(other, 'admin@skatt.example', ['org_admin'], { name: 'Sara Skatt' });
    const pairIds: string[] = [];
    for (const [i, name] of ADEPTS.entries()) {
      const adept = await t.createMember(org, `adept${i}@tull.example`, ['participant'], { name });
      const mentor = await t.createMember(org, `mentor${i}@tull.example`, ['participant'], {
        name: `Mentor ${String.fromCharCode(65 + i)}`,
      });
      pairIds.push(await t.createActivePair(programId, adept.personId, mentor.personId));
    }
    // Pair 0 (Östen) met twice and signed its agreement; pair 1 (Åsa) ended; the others are active and quiet
    // (started ten weeks ago, nothing since — beyond the program's four weeks).
    const longAgo = new Date(Date.now() - 70 * DAY);
    for (const id of pairIds)
      await t.database.db.update(schema.pairs).set({ startedAt: longAgo, updatedAt: longAgo }).where(eq(schema.pairs.id, id));
    await t.database.db.insert(schema.agreements).values({
      pairId: pairIds[0]!,
      version: 1,
      cadenceWeeksMin: 3,
      cadenceWeeksMax: 4,
      meetingMinutes: 60,
      mode: 'digital',
      goals: [{ id: 'g', text: 'HEMLIGT MÅL' }],
      clauses: [],
      adeptSignedAt: longAgo,
      mentorSignedAt: longAgo,
    });
    await t.database.db.insert(schema.meetings).values([
      { pairId: pairIds[0]!, heldOn: new Date(Date.now() - 30 * DAY), durationMinutes: 60, mode: 'digital' },
      { pairId: pairIds[0]!, heldOn: new Date(Date.now() - 2 * DAY), durationMinutes: 60, mode: 'digital' },
    ]);
    await t.database.db
      .update(schema.pairs)
      .set({ status: 'ended', endedAt: new Date(), endedBy: 'mentor', endReason: 'HEMLIG ANLEDNING' })
      .where(eq(schema.pairs.id, pairIds[1]!));
    coordinator = await t.signIn('maria@tull.example');
    participant = await t.signIn('deltagare@tull.example');
    outsider = await t.signIn('admin@skatt.example');
  });
  afterAll(() => t.destroy());

  it('pages in the Nordic order of the adepts’ names, with the total and the program’s figures', async () => {
    const first = await list('?limit=3');
    expect(first.total).toBe(7);
    expect(first.items.map((p) => p.adept.name)).toEqual(['Anna Ek', 'Bo Ström', 'Carl Nyström']);
    const last = await list('?limit=3&offset=6');
    expect(last.items.map((p) => p.adept.name)).toEqual(['Östen Berg']);
    expect(last.total).toBe(7);
    expect(first.summary).toEqual({ active: 6, signed: 1, quiet: 5, ended: 1 });
    const all = await list('?limit=200');
    expect(all.items.map((p) => p.adept.name)).toEqual([
      'Anna Ek',
      'Bo Ström',
      'Carl Nyström',
      'Zara Holm',
      'Åsa Lind',
      'Ärla Dahl',
      'Östen Berg',
    ]);
    const desc = await list('?dir=desc&limit=2');
    expect(desc.items.map((p) => p.adept.name)).toEqual(['Östen Berg', 'Ärla Dahl']);
    // Past the end: no items, the total still told.
    expect(await list('?offset=50')).toMatchObject({ items: [], total: 7 });
  });

  it('sorts by meetings and by mentor, searches names and organisations, filters status, agreement and quiet', async () => {
    expect((await list('?sort=meetings&dir=desc&limit=1')).items[0]).toMatchObject({ adept: { name: 'Östen Berg' }, meetingsLogged: 2 });
    expect((await list('?sort=mentor&limit=1')).items[0]!.mentor.name).toBe('Mentor A');
    expect((await list('?q=str')).items.map((p) => p.adept.name)).toEqual(['Bo Ström', 'Carl Nyström']);
    expect((await list('?q=skatteverket')).total).toBe(0);
    expect((await list('?q=tullverket')).total).toBe(7);
    expect((await list('?q=100%25')).total).toBe(0);
    expect((await list('?status=ended')).items.map((p) => p.adept.name)).toEqual(['Åsa Lind']);
    expect((await list('?agreement=signed')).items.map((p) => p.adept.name)).toEqual(['Östen Berg']);
    expect((await list('?agreement=unsigned')).total).toBe(6);
    const quiet = await list('?quiet=true');
    expect(quiet.total).toBe(5);
    expect(quiet.items.every((p) => p.quiet && p.status === 'active')).toBe(true);
    expect((await list('?quiet=false')).items.map((p) => p.adept.name)).toEqual(['Åsa Lind', 'Östen Berg']);
  });

  it('sorts and finds a renamed adept by the new name at once, whatever renamed them (decision 0199)', async () => {
    // Straight in the table: the applications' copy of the name is kept by the database, not by one service.
    const rename = (from: string, to: string) => t.database.db.update(schema.people).set({ name: to }).where(eq(schema.people.name, from));
    await rename('Anna Ek', 'Ylva Ek');
    try {
      expect((await list('?limit=2')).items.map((p) => p.adept.name)).toEqual(['Bo Ström', 'Carl Nyström']);
      expect((await list('?dir=desc&limit=5')).items.map((p) => p.adept.name)).toEqual([
        'Östen Berg',
        'Ärla Dahl',
        'Åsa Lind',
        'Zara Holm',
        'Ylva Ek',
      ]);
      expect((await list('?q=ylva')).items.map((p) => p.adept.name)).toEqual(['Ylva Ek']);
      expect((await list('?q=anna')).total).toBe(0);
    } finally {
      await rename('Ylva Ek', 'Anna Ek');
    }
    expect((await list('?limit=1')).items.map((p) => p.adept.name)).toEqual(['Anna Ek']);
  });

  it('finds a pair by either side’s new organisation at once, whatever moved them (decision 0201)', async () => {
    // Straight in the table, as no route moves a person: the applications' copy of the organisation is kept by the database.
    const move = (names: string[], to: string) =>
      t.database.db.update(schema.people).set({ organisationId: to }).where(inArray(schema.people.name, names));
    const [tull] = await t.database.db.select().from(schema.organisations).where(eq(schema.organisations.name, 'Tullverket'));
    const [skatt] = await t.database.db.select().from(schema.organisations).where(eq(schema.organisations.name, 'Skatteverket'));
    // Carl Nyström is an adept; Mentor C is Zara Holm's mentor.
    await move(['Carl Nyström', 'Mentor C'], skatt!.id);
    try {
      const found = await list('?q=skatteverket');
      expect(found.items.map((p) => [p.adept.name, p.mentor.name])).toEqual([
        ['Carl Nyström', 'Mentor G'],
        ['Zara Holm', 'Mentor C'],
      ]);
      expect(found.items.map((p) => (p as unknown as { adept: { organisationName: string } }).adept.organisationName)).toEqual([
        'Skatteverket',
        'Tullverket',
      ]);
      // Every pair still has one side in Tullverket …
      expect((await list('?q=tullverket')).total).toBe(7);
      // … until both of Zara Holm's pair have moved.
      await move(['Zara Holm'], skatt!.id);
      expect((await list('?q=tullverket')).items.map((p) => p.adept.name)).not.toContain('Zara Holm');
      expect((await list('?q=tullverket')).total).toBe(6);
    } finally {
      await move(['Carl Nyström', 'Mentor C', 'Zara Holm'], tull!.id);
    }
    expect((await list('?q=skatteverket')).total).toBe(0);
    expect((await list('?q=tullverket')).total).toBe(7);
  });

  it('gives every row its facts whatever the order needed to find the page, and the total of a filter past its end', async () => {
    // Ordered by the last meeting, the page is found without any name; the rows still carry them all.
    const [first] = (await list('?sort=lastMeeting&limit=1')).items;
    expect(first).toMatchObject({
      adept: { name: 'Östen Berg', organisationName: 'Tullverket' },
      mentor: { name: 'Mentor A', organisationName: 'Tullverket' },
      agreementSigned: true,
      meetingsLogged: 2,
      lastMeetingOn: expect.any(String),
    });
    expect((await list('?sort=status&limit=2')).items.map((p) => [p.status, p.adept.name])).toEqual([
      ['active', 'Anna Ek'],
      ['active', 'Bo Ström'],
    ]);
    expect((await list('?sort=mentor&dir=desc&limit=1')).items[0]!.mentor.name).toBe('Mentor G');
    expect(await list('?quiet=true&offset=10')).toMatchObject({ items: [], total: 5 });
    expect(await list('?q=str&offset=5')).toMatchObject({ items: [], total: 2 });
    expect(await list('?agreement=signed&sort=meetings&offset=3')).toMatchObject({ items: [], total: 1 });
  });

  it('answers bad queries with a 400 naming the field', async () => {
    for (const [query, field] of [
      ['?sort=email', 'sort'],
      ['?limit=1000', 'limit'],
      ['?status=declined', 'status'],
      ['?quiet=maybe', 'quiet'],
    ] as const) {
      const res = await t.as(coordinator).get(`/api/programs/${programId}/health${query}`);
      expect(res.statusCode, query).toBe(400);
      expect(res.body).toContain(field);
    }
  });

  it('shows no content and refuses participants (403) and other organisations (404) without a name in the body', async () => {
    const body = (await t.as(coordinator).get(`/api/programs/${programId}/health?limit=200`)).body;
    expect(body).not.toMatch(/HEMLIGT MÅL|HEMLIG ANLEDNING|@tull\.example/);
    const refused = await t.as(participant).get(`/api/programs/${programId}/health`);
    expect(refused.statusCode).toBe(403);
    const hidden = await t.as(outsider).get(`/api/programs/${programId}/health?q=Östen`);
    expect(hidden.statusCode).toBe(404);
    for (const res of [refused, hidden]) expect(res.body).not.toMatch(/Östen|Mentor A|Mentorprogram/);
  });
});
