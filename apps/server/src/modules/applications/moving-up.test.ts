/**
 * Issue 15 goal 6: places freed together are filled together. Several accepted adepts leave in one
 * decision; the waiting list moves up in the order they applied, an organisation at its own cap of
 * places passed over (decision 0107, issue 12), each who moves up with one mail and the invitations
 * to the coming events meant for them. And the statements a decision runs do not grow with the
 * number of people it moves up or admits (counted by the harness's `statementsOf`, as in request-cost).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, inArray } from 'drizzle-orm';
import { schema } from '@lots/db';
import { createTestApp, type TestApp } from '../../testing/harness';

const DAY = 86_400_000;
const at = (days: number, hours = 0) => new Date(Date.now() + days * DAY + hours * 3600_000).toISOString();

let t: TestApp;
let coordinator: string;
const org: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  for (const key of ['A', 'B', 'C']) org[key] = await t.createOrganisation(`Myndighet ${key}`);
  await t.createMember(org.A!, 'samordnare@a.example', ['coordinator'], { name: 'Sam Samordnare' });
  coordinator = await t.signIn('samordnare@a.example');
}, 120_000);

afterAll(async () => {
  await t?.destroy();
});

/** A program in selection with the given capacity, organisations B and C taking part; returns its id. */
async function program(name: string, capacity: number) {
  const id = await t.createProgram(coordinator, { name, capacity, requiresManagerConfirmation: false });
  await t.database.db.insert(schema.programOrganisations).values([
    { programId: id, organisationId: org.B! },
    { programId: id, organisationId: org.C! },
  ]);
  expect((await t.as(coordinator).post(`/api/programs/${id}/status`, { status: 'selection' })).statusCode).toBe(200);
  return id;
}

/** People of an organisation with an adept application each, submitted a minute apart in the order given. */
async function applicants(
  programId: string,
  organisationKey: string,
  keys: string[],
  status: 'accepted' | 'waitlisted' | 'submitted',
  order: number[],
) {
  const ids: Record<string, { application: string; person: string; email: string }> = {};
  for (const [i, key] of keys.entries()) {
    const email = `${programId.slice(0, 8)}.${key.toLowerCase()}@${organisationKey.toLowerCase()}.example`;
    const { personId } = await t.createMember(org[organisationKey]!, email, ['participant'], { name: `Person ${key}` });
    const [row] = await t.database.db
      .insert(schema.applications)
      .values({ programId, personId, role: 'adept', status, submittedAt: new Date(Date.UTC(2026, 0, 1, 0, order[i]!)) })
      .returning({ id: schema.applications.id });
    ids[key] = { application: row!.id, person: personId, email };
  }
  return ids;
}

async function statuses(applicationIds: string[]) {
  const rows = await t.database.db
    .select({ id: schema.applications.id, status: schema.applications.status, promotedAt: schema.applications.promotedAt })
    .from(schema.applications)
    .where(inArray(schema.applications.id, applicationIds));
  return new Map(rows.map((r) => [r.id, r]));
}

const mailsTo = (email: string, template: string) =>
  t.database.db
    .select()
    .from(schema.mailMessages)
    .where(and(eq(schema.mailMessages.to, email), eq(schema.mailMessages.template, template)));

const invitedTo = async (personId: string) =>
  (
    await t.database.db
      .select({ eventId: schema.eventInvitations.eventId })
      .from(schema.eventInvitations)
      .where(eq(schema.eventInvitations.personId, personId))
  )
    .map((r) => r.eventId)
    .sort();

/** Creates an event through the API; returns the ids of its occurrences. */
async function event(programId: string, body: Record<string, unknown>) {
  const created = await t.as(coordinator).post(`/api/programs/${programId}/events`, { kind: 'other', location: 'Oslo', ...body });
  expect(created.statusCode, created.body).toBe(201);
  return (created.json().events as { id: string }[]).map((e) => e.id);
}

/**
 * A decision through the API, with the statements its request ran: its transaction's, not the mail
 * delivery the commit wakes (claiming and sending the written mails, one by one by nature).
 */
async function decide(programId: string, applicationIds: string[], decision: string) {
  const { result: response, statements } = await t.statementsOf(() =>
    t.as(coordinator).post(`/api/programs/${programId}/decisions`, { applicationIds, decision }),
  );
  expect(response.statusCode, response.body).toBe(200);
  return statements.filter((s) => !/"mail_messages"/.test(s) || s.startsWith('insert into "mail_messages"'));
}

describe('places freed together', () => {
  it('the waiting list moves up in the order they applied, passing over an organisation at its cap; one mail and the invitations each', async () => {
    const id = await program('Kull med tak', 4);
    // Accepted: A has two (its cap is 2), B one (no cap), C one (its cap is 1).
    const accepted = {
      ...(await applicants(id, 'A', ['A1', 'A2'], 'accepted', [1, 2])),
      ...(await applicants(id, 'B', ['B1'], 'accepted', [3])),
      ...(await applicants(id, 'C', ['C1'], 'accepted', [4])),
    };
    // The waiting list, in the order they applied: A3, C2, C3, A4, B2, B3, C4.
    const waiting = {
      ...(await applicants(id, 'A', ['A3', 'A4'], 'waitlisted', [10, 13])),
      ...(await applicants(id, 'C', ['C2', 'C3', 'C4'], 'waitlisted', [11, 12, 16])),
      ...(await applicants(id, 'B', ['B2', 'B3'], 'waitlisted', [14, 15])),
    };
    const cap = (organisationKey: string, adeptCap: number) =>
      t.database.db
        .update(schema.programOrganisations)
        .set({ adeptCap })
        .where(and(eq(schema.programOrganisations.programId, id), eq(schema.programOrganisations.organisationId, org[organisationKey]!)));
    await cap('A', 2);
    await cap('C', 1);
    const [forAdepts] = await event(id, { title: 'Adeptträff', audience: 'adepts', startsAt: at(10), endsAt: at(10, 2) });
    const series = await event(id, { title: 'Gruppträff', startsAt: at(20), endsAt: at(20, 1), series: { everyWeeks: 2, count: 2 } });
    const [past] = await event(id, { title: 'Förra träffen', startsAt: at(-2), endsAt: at(-2, 1) });

    // B1, C1 and A1 leave in one decision: three places; A has room for one, C for one, B for any.
    await decide(id, [accepted.B1!.application, accepted.C1!.application, accepted.A1!.application], 'rejected');
    const after = await statuses(Object.values(waiting).map((w) => w.application));
    const movedUp = Object.entries(waiting)
      .filter(([, w]) => after.get(w.application)!.status === 'accepted')
      .map(([key]) => key)
      .sort();
    // A3, C2; C3 and A4 passed over (their organisations are full); B2. B3 and C4 wait.
    expect(movedUp).toEqual(['A3', 'B2', 'C2']);
    for (const key of ['A4', 'B3', 'C3', 'C4']) expect(after.get(waiting[key]!.application)!.status).toBe('waitlisted');
    for (const key of movedUp) expect(after.get(waiting[key]!.application)!.promotedAt).not.toBeNull();
    for (const [key, w] of Object.entries(waiting)) {
      const promoted = (await mailsTo(w.email, 'decision')).filter((m) => m.text.includes('flyttats upp från reservlistan'));
      expect(promoted, key).toHaveLength(movedUp.includes(key) ? 1 : 0);
      const invitations = (await mailsTo(w.email, 'eventInvitation')).map((m) => m.subject).sort();
      expect(invitations, key).toEqual(movedUp.includes(key) ? ['Inbjudan: Adeptträff', 'Inbjudan: Gruppträff'] : []);
      expect(await invitedTo(w.person), key).toEqual(movedUp.includes(key) ? [forAdepts!, ...series].sort() : []);
    }
    expect(await invitedTo(waiting.A3!.person)).not.toContain(past);
    const [audit] = await t.database.db
      .select()
      .from(schema.auditLog)
      .where(and(eq(schema.auditLog.action, 'application.promoted'), eq(schema.auditLog.organisationId, org.A!)));
    expect(audit!.data).toMatchObject({ count: 3, capacity: 4 });

    // A2 leaves: one place, A has room for one. C3 applied first but C is full: A4 moves up, B3 waits.
    await decide(id, [accepted.A2!.application], 'rejected');
    const next = await statuses([waiting.A4!.application, waiting.B3!.application, waiting.C3!.application]);
    expect(next.get(waiting.A4!.application)!.status).toBe('accepted');
    expect(next.get(waiting.B3!.application)!.status).toBe('waitlisted');
    expect(next.get(waiting.C3!.application)!.status).toBe('waitlisted');
    expect(await mailsTo(waiting.A4!.email, 'eventInvitation')).toHaveLength(2);
    expect(await mailsTo(waiting.C3!.email, 'eventInvitation')).toHaveLength(0);
    // A third time, nothing is free: nobody moves, nobody is mailed again.
    await decide(id, [waiting.B3!.application], 'rejected');
    expect((await statuses([waiting.C3!.application])).get(waiting.C3!.application)!.status).toBe('waitlisted');
    expect(await mailsTo(waiting.A3!.email, 'eventInvitation')).toHaveLength(2);
  });

  it('runs as many statements to move up twelve as to move up two, and to admit twelve late joiners as two', async () => {
    const id = await program('Stort kull', 14);
    const fourteen = (organisationKey: string, key: string, status: 'accepted' | 'waitlisted' | 'submitted', minute: number) =>
      applicants(
        id,
        organisationKey,
        Array.from({ length: 14 }, (_, i) => `${key}${i}`),
        status,
        Array.from({ length: 14 }, (_, i) => minute + i),
      ).then((byKey) => Object.values(byKey));
    const accepted = await fourteen('B', 'acc', 'accepted', 0);
    const waiting = await fourteen('B', 'wait', 'waitlisted', 100);
    const fresh = await fourteen('C', 'new', 'submitted', 200);
    await event(id, { title: 'Uppstart', startsAt: at(10), endsAt: at(10, 3) });
    await event(id, { title: 'Gruppträff', startsAt: at(20), endsAt: at(20, 1), series: { everyWeeks: 2, count: 3 } });
    /** Decides for the first two, then for the other twelve: the same number of statements both times. */
    const twoThenTwelve = async (people: { application: string }[], decision: string, what: string) => {
      const two = await decide(
        id,
        people.slice(0, 2).map((p) => p.application),
        decision,
      );
      const twelve = await decide(
        id,
        people.slice(2, 14).map((p) => p.application),
        decision,
      );
      expect(twelve.length, `two ${what}:\n${two.join('\n')}\n\ntwelve ${what}:\n${twelve.join('\n')}`).toBe(two.length);
    };
    const invitationsOf = async (email: string) => (await mailsTo(email, 'eventInvitation')).map((m) => m.subject).sort();

    // Two accepted leave, two move up; twelve leave, twelve move up.
    await twoThenTwelve(accepted, 'rejected', 'moved up');
    const moved = await statuses(waiting.map((w) => w.application));
    expect(waiting.filter((w) => moved.get(w.application)!.status === 'accepted')).toHaveLength(14);
    expect(await invitationsOf(waiting[13]!.email)).toEqual(['Inbjudan: Gruppträff', 'Inbjudan: Uppstart']);

    // Room for the late joiners (no waiting list for them): two admitted, then twelve.
    await t.database.db.update(schema.programs).set({ capacity: 30 }).where(eq(schema.programs.id, id));
    await twoThenTwelve(fresh, 'accepted', 'admitted');
    expect(await invitationsOf(fresh[13]!.email)).toEqual(['Inbjudan: Gruppträff', 'Inbjudan: Uppstart']);
    expect(await invitedTo(fresh[13]!.person)).toHaveLength(4);
  });
});
