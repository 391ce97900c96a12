import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { schema } from '@lots/db';
import { createTestApp, type TestApp } from '../../testing/harness';
import { sendEventReminders } from './reminders';

const DAY = 86_400_000;

describe('event reminders: a pg-boss job, each reminder once, on a clock the test moves', () => {
  let t: TestApp;
  let programId: string;
  let eventId: string;
  let org: string;
  const cookies: Record<string, string> = {};
  const startsAt = new Date(Date.now() + 10 * DAY);

  const count = async (email: string, template: string) =>
    (
      await t.database.db
        .select({ id: schema.mailMessages.id })
        .from(schema.mailMessages)
        .where(and(eq(schema.mailMessages.to, email), eq(schema.mailMessages.template, template)))
    ).length;

  beforeAll(async () => {
    t = await createTestApp();
    org = await t.createOrganisation('Rörlighet i staten');
    const people = {
      coordinator: await t.createMember(org, 'samordnare@ris.example', ['coordinator']),
      yes: await t.createMember(org, 'ja@ris.example', ['participant']),
      quiet: await t.createMember(org, 'tyst@ris.example', ['participant']),
      no: await t.createMember(org, 'nej@ris.example', ['participant']),
      waiting: await t.createMember(org, 'vantar@ris.example', ['participant']),
    };
    const [program] = await t.database.db
      .insert(schema.programs)
      .values({ ownerOrganisationId: org, name: 'Omvänt mentorskap 2027', type: 'reverse', status: 'running' })
      .returning();
    programId = program!.id;
    await t.database.db.insert(schema.programOrganisations).values({ programId, organisationId: org });
    await t.database.db.insert(schema.programCoordinators).values({ programId, personId: people.coordinator.personId });
    await t.createActivePair(programId, people.yes.personId, people.quiet.personId);
    await t.createActivePair(programId, people.no.personId, people.waiting.personId);
    for (const key of Object.keys(people))
      cookies[key] = await t.signIn(
        `${{ coordinator: 'samordnare', yes: 'ja', quiet: 'tyst', no: 'nej', waiting: 'vantar' }[key]}@ris.example`,
      );
    const created = await t.as(cookies.coordinator).post(`/api/programs/${programId}/events`, {
      kind: 'inspiration',
      title: 'Inspirationsträff 1',
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 3 * 3600_000).toISOString(),
      mode: 'digital',
      onlineUrl: 'https://meet.example/inspiration',
      audience: 'everyone',
      capacity: 1,
      reminderDays: [7, 1],
    });
    expect(created.statusCode, created.body).toBe(201);
    eventId = created.json().events[0].id;
    // ja takes the one place, vantar says yes too and waits, nej says no; tyst and the coordinator do not answer.
    const answer = (who: string, response: string) =>
      t.as(cookies[who]).put(`/api/programs/${programId}/events/${eventId}/answer`, { response });
    expect((await answer('yes', 'yes')).json().myInvitation.waitlisted).toBe(false);
    expect((await answer('waiting', 'yes')).json().myInvitation.waitlisted).toBe(true);
    expect((await answer('no', 'no')).statusCode).toBe(200);
  });
  afterAll(() => t.destroy());

  it('is scheduled as a pg-boss job', async () => {
    const schedules = await t.jobs.boss.getSchedules();
    expect(schedules.map((s) => s.name)).toContain('event-reminders');
  });

  it('sends nothing before the first reminder is due', async () => {
    expect(await sendEventReminders(t.ctx, new Date(startsAt.getTime() - 8 * DAY))).toBe(0);
  });

  it('7 days before: a reminder to the yes with a place, “you have not answered” to those who have not, no one twice', async () => {
    const at = new Date(startsAt.getTime() - 7 * DAY + 60_000);
    // Two runs at once (two processes, or a job retried): each reminder goes out once.
    const [a, b] = await Promise.all([sendEventReminders(t.ctx, at), sendEventReminders(t.ctx, at)]);
    expect(a + b).toBe(3);
    expect(await count('ja@ris.example', 'eventReminder')).toBe(1);
    expect(await count('tyst@ris.example', 'eventUnanswered')).toBe(1);
    expect(await count('samordnare@ris.example', 'eventUnanswered')).toBe(1);
    // No reminder to a no, nor to someone on the waiting list.
    for (const email of ['nej@ris.example', 'vantar@ris.example']) {
      expect(await count(email, 'eventReminder')).toBe(0);
      expect(await count(email, 'eventUnanswered')).toBe(0);
    }
    // The unanswered reminder carries a fresh answer link; the reminder to a yes links to the event in Lots.
    const unanswered = (await t.lastMailTo('tyst@ris.example'))!;
    expect(t.deliveredText(unanswered)).toMatch(/\/event-answer\/[\w-]{20,}/);
    expect(t.deliveredText((await t.lastMailTo('ja@ris.example'))!)).toContain(`/programs/${programId}/events/${eventId}`);
    expect(await sendEventReminders(t.ctx, new Date(at.getTime() + 3600_000))).toBe(0);
  });

  it('1 day before: the second reminder; the unanswered one is not asked again', async () => {
    const at = new Date(startsAt.getTime() - DAY + 60_000);
    expect(await sendEventReminders(t.ctx, at)).toBe(1);
    expect(await count('ja@ris.example', 'eventReminder')).toBe(2);
    expect(await sendEventReminders(t.ctx, at)).toBe(0);
    // After the start nothing more goes out.
    expect(await sendEventReminders(t.ctx, new Date(startsAt.getTime() + 60_000))).toBe(0);
  });

  it('runs as many statements for an event of twenty invitees as for one of two: claimed in one statement, mailed together', async () => {
    const people = [];
    for (let i = 0; i < 20; i++) people.push((await t.createMember(org, `deltagare${i}@ris.example`, ['participant'])).personId);
    /** An event long after the others, 2 days' reminder, its invitees half yes, half not answered; returns when it is due. */
    const event = async (days: number, invitees: string[]) => {
      const start = new Date(Date.now() + days * DAY);
      const [row] = await t.database.db
        .insert(schema.events)
        .values({
          programId,
          kind: 'other',
          title: `Träff om ${days} dagar`,
          startsAt: start,
          endsAt: new Date(start.getTime() + 3600_000),
          reminderDays: [2],
        })
        .returning({ id: schema.events.id });
      await t.database.db
        .insert(schema.eventInvitations)
        .values(invitees.map((personId, i) => ({ eventId: row!.id, personId, response: i % 2 ? ('pending' as const) : ('yes' as const) })));
      return new Date(start.getTime() - 2 * DAY + 60_000);
    };
    const twoDue = await event(100, people.slice(0, 2));
    const twentyDue = await event(200, people);
    const run = async (at: Date, expected: number) => {
      const { result, statements } = await t.statementsOf(() => sendEventReminders(t.ctx, at));
      expect(result).toBe(expected);
      // The transaction's statements, not the delivery the commit wakes (claiming and sending the written mails).
      return statements.filter((s) => !/"mail_messages"/.test(s) || s.startsWith('insert into "mail_messages"'));
    };
    const two = await run(twoDue, 2);
    const twenty = await run(twentyDue, 20);
    expect(twenty.length, `two:\n${two.join('\n')}\n\ntwenty:\n${twenty.join('\n')}`).toBe(two.length);
    expect(await count('deltagare0@ris.example', 'eventReminder')).toBe(2);
    expect(await count('deltagare1@ris.example', 'eventUnanswered')).toBe(2);
    expect(await count('deltagare19@ris.example', 'eventUnanswered')).toBe(1);
    expect(await count('deltagare18@ris.example', 'eventReminder')).toBe(1);
    // Claimed: a second run sends nothing.
    expect(await sendEventReminders(t.ctx, twentyDue)).toBe(0);
  });
});
