import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { schema } from '@lots/db';
import { createTestApp, type TestApp } from '../../testing/harness';

const DAY = 86_400_000;

/**
 * Networking within a cohort (issue 11): an opt-in directory (name, title, organisation, interests —
 * nothing more) for the program's participants who are in it and its coordinators; networking
 * groups of 3–8 and coach groups whose meetings are events for the group.
 */
describe('cohort directory and groups', () => {
  let t: TestApp;
  let programId: string;
  let otherProgramId: string;
  const cookie: Record<string, string> = {};
  const person: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    const org = await t.createOrganisation('Rörlighet i staten');
    const partner = await t.createOrganisation('Kammarkollegiet');
    const outside = await t.createOrganisation('Annan myndighet');
    await t.createMember(org, 'samordnare@ris.example', ['coordinator'], { name: 'Sam Samordnare' });
    const members: [string, string][] = [
      ['coach', 'Cora Coach'],
      ['m1', 'Maja Mentor'],
      ['m2', 'Mats Mentor'],
      ['a1', 'Ada Adept'],
      ['a2', 'Alf Adept'],
      ['quiet', 'Qvist Tyst'],
      ['applicant', 'Ann Sökande'],
    ];
    for (const [key, name] of members)
      person[key] = (await t.createMember(key === 'a2' ? partner : org, `${key}@ris.example`, ['participant'], { name })).personId;
    person.other = (await t.createMember(outside, 'other@annan.example', ['participant'], { name: 'Otto Annan' })).personId;
    await t.database.db.update(schema.people).set({ title: 'Utredare' }).where(eq(schema.people.id, person.m1!));
    cookie.samordnare = await t.signIn('samordnare@ris.example');
    for (const [key] of members) cookie[key] = await t.signIn(`${key}@ris.example`);
    cookie.other = await t.signIn('other@annan.example');
    programId = await t.createProgram(cookie.samordnare!, { name: 'Mentorskap 2027', participatingOrganisationIds: [partner] });
    otherProgramId = await t.createProgram(cookie.samordnare!, { name: 'Annat program' });
    const roles: Record<string, 'mentor' | 'adept'> = {
      coach: 'mentor',
      m1: 'mentor',
      m2: 'mentor',
      a1: 'adept',
      a2: 'adept',
      quiet: 'adept',
    };
    await t.database.db
      .insert(schema.applications)
      .values([
        ...Object.entries(roles).map(([key, role]) => ({ programId, personId: person[key]!, role, status: 'accepted' as const })),
        { programId, personId: person.applicant!, role: 'adept' as const, status: 'submitted' as const },
      ]);
  });
  afterAll(() => t.destroy());

  const directory = (who: string, query = '', program = programId) => t.as(cookie[who]!).get(`/api/programs/${program}/directory${query}`);

  it('participants join explicitly and may leave; only the four things are shown, to those in it and the coordinators', async () => {
    // Not in it yet: nothing to see, but may join.
    expect((await directory('m1')).json()).toMatchObject({ items: [], total: 0, mine: null, can: { join: true, browse: false } });
    const noConsent = await t.as(cookie.m1!).put(`/api/programs/${programId}/directory/me`, { interests: 'Digitalisering' });
    expect(noConsent.statusCode).toBe(400);
    expect(noConsent.body).toContain('consent');
    for (const key of ['m1', 'a1', 'a2'])
      expect(
        (
          await t
            .as(cookie[key]!)
            .put(`/api/programs/${programId}/directory/me`, { consent: true, interests: key === 'm1' ? 'Digitalisering, ledarskap' : null })
        ).statusCode,
      ).toBe(200);
    // Someone who is not an accepted participant cannot join.
    expect((await t.as(cookie.applicant!).put(`/api/programs/${programId}/directory/me`, { consent: true })).statusCode).toBe(403);
    const seen = await directory('a1');
    expect(seen.statusCode, seen.body).toBe(200);
    const body = seen.json();
    expect(body.items.map((e: { name: string }) => e.name)).toEqual(['Ada Adept', 'Alf Adept', 'Maja Mentor']);
    expect(body.items.find((e: { name: string }) => e.name === 'Maja Mentor')).toEqual({
      personId: person.m1,
      name: 'Maja Mentor',
      title: 'Utredare',
      organisationName: 'Rörlighet i staten',
      interests: 'Digitalisering, ledarskap',
    });
    // No e-mail, no role, nobody who did not opt in.
    expect(seen.body).not.toContain('@ris.example');
    expect(seen.body).not.toMatch(/mentor"|adept"|Qvist|Cora|Mats/);
    // Searchable, paginated in SQL.
    expect((await directory('a1', '?q=ledarskap')).json().items.map((e: { name: string }) => e.name)).toEqual(['Maja Mentor']);
    expect((await directory('a1', '?q=kammar')).json().items.map((e: { name: string }) => e.name)).toEqual(['Alf Adept']);
    const page = (await directory('a1', '?limit=2&offset=2')).json();
    expect(page).toMatchObject({ total: 3, limit: 2, offset: 2 });
    expect(page.items).toHaveLength(1);
    // A participant who did not opt in sees nobody; the coordinator sees everyone in it.
    expect((await directory('quiet')).json()).toMatchObject({ items: [], total: 0, can: { browse: false } });
    expect((await directory('samordnare')).json().total).toBe(3);
    // Another program's directory and an outsider: nothing.
    expect((await directory('a1', '', otherProgramId)).json().items).toEqual([]);
    expect((await directory('other')).statusCode).toBe(404);
    // Leaving is immediate and audited.
    expect((await t.as(cookie.a2!).delete(`/api/programs/${programId}/directory/me`)).statusCode).toBe(200);
    expect((await directory('a1')).body).not.toContain('Alf Adept');
    expect((await directory('a2')).json()).toMatchObject({ items: [], mine: null, can: { browse: false } });
    const audits = await t.database.db.select().from(schema.auditLog);
    expect(audits.filter((a) => a.action === 'directory.join')).toHaveLength(3);
    expect(audits.filter((a) => a.action === 'directory.leave')).toHaveLength(1);
    // The audit keeps no interests.
    expect(JSON.stringify(audits)).not.toContain('ledarskap');
  });

  let groupId: string;
  let coachGroupId: string;

  it('coordinators form networking groups of 3–8 participants; bad input names the field', async () => {
    const post = (body: Record<string, unknown>, who = 'samordnare') => t.as(cookie[who]!).post(`/api/programs/${programId}/groups`, body);
    const tooSmall = await post({ name: 'Grupp 1', memberIds: [person.m1, person.a1] });
    expect(tooSmall.statusCode).toBe(400);
    expect(tooSmall.json().error.field).toBe('memberIds');
    const tooBig = await post({ name: 'Grupp 1', memberIds: Array.from({ length: 9 }, () => person.m1) });
    expect(tooBig.statusCode).toBe(400);
    expect(tooBig.json().error.field).toBe('memberIds');
    const notInProgram = await post({ name: 'Grupp 1', memberIds: [person.m1, person.a1, person.applicant] });
    expect(notInProgram.statusCode).toBe(400);
    expect(notInProgram.json().error.field).toBe('memberIds');
    expect((await post({ name: 'Grupp 1', memberIds: [person.m1, person.a1, person.a2] }, 'm1')).statusCode).toBe(403);
    const created = await post({ name: 'Nätverksgrupp 1', memberIds: [person.m1, person.a1, person.a2] });
    expect(created.statusCode, created.body).toBe(201);
    groupId = created.json().id;
    expect(created.json().members).toHaveLength(3);
    expect(created.body).not.toContain('@ris.example');
  });

  it('a coach group: one experienced mentor coaching mentors; the coach sees their coachees', async () => {
    const post = (body: Record<string, unknown>) => t.as(cookie.samordnare!).post(`/api/programs/${programId}/groups`, body);
    const noCoach = await post({ kind: 'coaching', name: 'Coachgrupp', memberIds: [person.m1] });
    expect(noCoach.json().error.field).toBe('coachId');
    const adeptCoached = await post({ kind: 'coaching', name: 'Coachgrupp', coachId: person.coach, memberIds: [person.a1] });
    expect(adeptCoached.statusCode).toBe(400);
    expect(adeptCoached.json().error.field).toBe('memberIds');
    const adeptCoach = await post({ kind: 'coaching', name: 'Coachgrupp', coachId: person.a1, memberIds: [person.m1] });
    expect(adeptCoach.json().error.field).toBe('coachId');
    const created = await post({ kind: 'coaching', name: 'Coachgrupp Cora', coachId: person.coach, memberIds: [person.m1, person.m2] });
    expect(created.statusCode, created.body).toBe(201);
    coachGroupId = created.json().id;
    const coachView = (await t.as(cookie.coach!).get(`/api/programs/${programId}/groups`)).json();
    expect(coachView.can.manage).toBe(false);
    expect(coachView.items).toHaveLength(1);
    expect(coachView.items[0].members.map((m: { name: string; role: string }) => `${m.role}:${m.name}`)).toEqual([
      'coach:Cora Coach',
      'member:Maja Mentor',
      'member:Mats Mentor',
    ]);
  });

  it('members see their own groups only; others and outsiders see none', async () => {
    const names = async (who: string) =>
      ((await t.as(cookie[who]!).get(`/api/programs/${programId}/groups`)).json().items as { name: string }[]).map((g) => g.name);
    expect(await names('m1')).toEqual(['Nätverksgrupp 1', 'Coachgrupp Cora']);
    expect(await names('a2')).toEqual(['Nätverksgrupp 1']);
    expect(await names('quiet')).toEqual([]);
    expect(await names('samordnare')).toEqual(['Nätverksgrupp 1', 'Coachgrupp Cora']);
    expect((await t.as(cookie.samordnare!).get(`/api/programs/${programId}/groups?kind=coaching`)).json().total).toBe(1);
    expect((await t.as(cookie.other!).get(`/api/programs/${programId}/groups`)).statusCode).toBe(404);
    expect((await t.as(cookie.m1!).get(`/api/programs/${programId}/group-candidates`)).statusCode).toBe(403);
    const candidates = (await t.as(cookie.samordnare!).get(`/api/programs/${programId}/group-candidates?role=mentor`)).json();
    expect(candidates.items.map((c: { name: string }) => c.name)).toEqual(['Cora Coach', 'Maja Mentor', 'Mats Mentor']);
  });

  it('a group meeting is an event for the group: its members are invited with an .ics, nobody else sees it', async () => {
    const at = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 16);
    const wrongGroup = await t.as(cookie.samordnare!).post(`/api/programs/${otherProgramId}/events`, {
      kind: 'group_meeting',
      title: 'Fel',
      startsAt: at(10),
      endsAt: at(10.1),
      audience: 'group',
      audienceGroupId: groupId,
    });
    expect(wrongGroup.statusCode).toBe(400);
    expect(wrongGroup.json().error.field).toBe('audienceGroupId');
    const noGroup = await t.as(cookie.samordnare!).post(`/api/programs/${programId}/events`, {
      kind: 'group_meeting',
      title: 'Fel',
      startsAt: at(10),
      endsAt: at(10.1),
      audience: 'group',
    });
    expect(noGroup.json().error.field).toBe('audienceGroupId');
    const created = await t.as(cookie.samordnare!).post(`/api/programs/${programId}/events`, {
      kind: 'group_meeting',
      title: 'Gruppträff',
      startsAt: at(10),
      endsAt: at(10.1),
      location: 'Kafé',
      audience: 'group',
      audienceGroupId: groupId,
    });
    expect(created.statusCode, created.body).toBe(201);
    const eventId = created.json().events[0].id;
    const invited = await t.database.db
      .select({ personId: schema.eventInvitations.personId })
      .from(schema.eventInvitations)
      .where(eq(schema.eventInvitations.eventId, eventId));
    expect(invited.map((i) => i.personId).sort()).toEqual([person.m1, person.a1, person.a2].sort());
    const [mail] = await t.database.db
      .select()
      .from(schema.mailMessages)
      .where(and(eq(schema.mailMessages.to, 'a2@ris.example'), eq(schema.mailMessages.template, 'eventInvitation')));
    expect(mail!.calendarMethod).toBe('REQUEST');
    expect(mail!.calendar).toContain('Gruppträff');
    const sees = async (who: string) => (await t.as(cookie[who]!).get(`/api/programs/${programId}/events/${eventId}`)).statusCode;
    expect(await sees('a1')).toBe(200);
    expect(await sees('quiet')).toBe(404);
    expect(await sees('coach')).toBe(404);
    expect(await sees('samordnare')).toBe(200);
    // Someone added to the group later is invited to its coming meeting; the kind stays.
    const changeKind = await t
      .as(cookie.samordnare!)
      .put(`/api/programs/${programId}/groups/${groupId}`, { kind: 'coaching', name: 'X', coachId: person.coach, memberIds: [person.m1] });
    expect(changeKind.json().error.field).toBe('kind');
    const updated = await t.as(cookie.samordnare!).put(`/api/programs/${programId}/groups/${groupId}`, {
      name: 'Nätverksgrupp 1',
      memberIds: [person.m1, person.a1, person.a2, person.quiet],
    });
    expect(updated.statusCode, updated.body).toBe(200);
    expect(await sees('quiet')).toBe(200);
    const quietMails = await t.database.db
      .select()
      .from(schema.mailMessages)
      .where(and(eq(schema.mailMessages.to, 'quiet@ris.example'), eq(schema.mailMessages.template, 'eventInvitation')));
    expect(quietMails.map((m) => m.subject)).toEqual(['Inbjudan: Gruppträff']);
    // A coaching session for the coach group reaches the coach and the coachees.
    const session = await t.as(cookie.samordnare!).post(`/api/programs/${programId}/events`, {
      kind: 'coaching',
      title: 'Coachning',
      startsAt: at(12),
      endsAt: at(12.1),
      audience: 'group',
      audienceGroupId: coachGroupId,
    });
    expect(session.statusCode, session.body).toBe(201);
    expect(
      await (async () => (await t.as(cookie.coach!).get(`/api/programs/${programId}/events/${session.json().events[0].id}`)).statusCode)(),
    ).toBe(200);
    expect((await t.as(cookie.a1!).get(`/api/programs/${programId}/events/${session.json().events[0].id}`)).statusCode).toBe(404);
  });

  it('removing a group: only the coordinators; its coming meetings are cancelled (METHOD:CANCEL), its past meeting and attendance stay', async () => {
    const at = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 16);
    const created = await t.as(cookie.samordnare!).post(`/api/programs/${programId}/groups`, {
      name: 'Nätverksgrupp 2',
      memberIds: [person.m2, person.a1, person.quiet],
    });
    expect(created.statusCode, created.body).toBe(201);
    const doomed = created.json().id as string;
    const coming = await t.as(cookie.samordnare!).post(`/api/programs/${programId}/events`, {
      kind: 'group_meeting',
      title: 'Träff grupp 2',
      startsAt: at(20),
      endsAt: at(20.1),
      audience: 'group',
      audienceGroupId: doomed,
    });
    expect(coming.statusCode, coming.body).toBe(201);
    const comingId = coming.json().events[0].id as string;
    // A meeting held last week, with attendance recorded.
    const [past] = await t.database.db
      .insert(schema.events)
      .values({
        programId,
        kind: 'group_meeting',
        title: 'Förra träffen',
        startsAt: new Date(Date.now() - 7 * DAY),
        endsAt: new Date(Date.now() - 7 * DAY + 3_600_000),
        audience: 'group',
        audienceGroupId: doomed,
      })
      .returning();
    await t.database.db
      .insert(schema.eventInvitations)
      .values({ eventId: past!.id, personId: person.m2!, response: 'yes', attendance: 'attended' });

    const url = `/api/programs/${programId}/groups/${doomed}`;
    expect((await t.as(cookie.m2!).delete(url)).statusCode).toBe(403);
    expect((await t.as(cookie.other!).delete(url)).statusCode).toBe(404);
    expect((await t.as(cookie.samordnare!).delete(`/api/programs/${otherProgramId}/groups/${doomed}`)).statusCode).toBe(404);
    const removed = await t.as(cookie.samordnare!).delete(url);
    expect(removed.statusCode, removed.body).toBe(200);

    const groups = await t.as(cookie.samordnare!).get(`/api/programs/${programId}/groups`);
    expect(groups.json().items.map((g: { name: string }) => g.name)).not.toContain('Nätverksgrupp 2');
    expect((await t.as(cookie.m2!).get(`/api/programs/${programId}/groups`)).body).not.toContain('Nätverksgrupp 2');
    const [comingRow] = await t.database.db.select().from(schema.events).where(eq(schema.events.id, comingId));
    expect(comingRow!.cancelledAt).not.toBeNull();
    const cancelMails = await t.database.db
      .select()
      .from(schema.mailMessages)
      .where(and(eq(schema.mailMessages.to, 'quiet@ris.example'), eq(schema.mailMessages.template, 'eventCancelled')));
    expect(cancelMails).toHaveLength(1);
    expect(cancelMails[0]!.calendarMethod).toBe('CANCEL');
    expect(cancelMails[0]!.calendar).toContain('Träff grupp 2');
    const [pastRow] = await t.database.db.select().from(schema.events).where(eq(schema.events.id, past!.id));
    expect(pastRow!.cancelledAt).toBeNull();
    const [attended] = await t.database.db.select().from(schema.eventInvitations).where(eq(schema.eventInvitations.eventId, past!.id));
    expect(attended!.attendance).toBe('attended');
    const audits = await t.database.db.select().from(schema.auditLog).where(eq(schema.auditLog.action, 'group.delete'));
    expect(audits).toHaveLength(1);
    expect(audits[0]!.data).toMatchObject({ cancelledMeetings: 1 });
    expect((await t.as(cookie.samordnare!).delete(url)).statusCode).toBe(404);
  });
});
