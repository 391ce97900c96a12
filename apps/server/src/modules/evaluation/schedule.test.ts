import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { schema } from '@lots/db';
import { createTestApp, type TestApp } from '../../testing/harness';
import { dueOccasions, runSurveySchedule } from './schedule';

const DAY = 86_400_000;
const day = (offset: number, from = Date.now()) => new Date(from + offset * DAY).toISOString().slice(0, 10);

/**
 * Issue 13, "surveys on a schedule per program" (decision 0132): when each kind of survey opens, as the
 * pure rule and through the scheduler job on a moving clock.
 */
describe('when surveys open', () => {
  const program = { startsOn: '2026-01-01', endsOn: '2026-12-31' };
  const open = { opensOn: null, openDays: 21 };
  const occasions = (kind: Parameters<typeof dueOccasions>[0], today: string, events: { id: string; startsAt: Date }[] = []) =>
    dueOccasions(kind, program, open, events, today);

  it('a pulse 30 days after the start and then every 60 days, each only while it is open', () => {
    expect(occasions('pulse', '2026-01-30')).toEqual([]);
    expect(occasions('pulse', '2026-01-31')).toEqual([{ occasion: 'pulse-1', opensOn: '2026-01-31' }]);
    // 21 days open: on day 21 after opening it is no longer sent.
    expect(occasions('pulse', '2026-02-20')).toEqual([{ occasion: 'pulse-1', opensOn: '2026-01-31' }]);
    expect(occasions('pulse', '2026-02-21')).toEqual([]);
    expect(occasions('pulse', '2026-04-01')).toEqual([{ occasion: 'pulse-2', opensOn: '2026-04-01' }]);
    expect(occasions('pulse', '2026-05-31')).toEqual([{ occasion: 'pulse-3', opensOn: '2026-05-31' }]);
    // Not after the program's end: 2026-11-27 is pulse 6; pulse 7 would be 2027-01-26, after the end.
    expect(occasions('pulse', '2026-11-27')).toEqual([{ occasion: 'pulse-6', opensOn: '2026-11-27' }]);
    expect(dueOccasions('pulse', program, { opensOn: null, openDays: 90 }, [], '2027-01-26').map((o) => o.occasion)).toEqual(['pulse-6']);
    expect(dueOccasions('pulse', { startsOn: null, endsOn: null }, open, [], '2026-03-01')).toEqual([]);
  });

  it('the mid-point halfway, the end on the last day, follow-ups 6 and 12 months after it', () => {
    expect(occasions('midpoint', '2026-07-02')).toEqual([{ occasion: 'midpoint', opensOn: '2026-07-02' }]);
    expect(occasions('midpoint', '2026-07-01')).toEqual([]);
    expect(occasions('end', '2026-12-31')).toEqual([{ occasion: 'end', opensOn: '2026-12-31' }]);
    expect(occasions('end', '2026-12-30')).toEqual([]);
    expect(occasions('followup6', '2027-07-01')).toEqual([{ occasion: 'followup6', opensOn: '2027-07-01' }]);
    expect(occasions('followup12', '2027-12-31')).toEqual([{ occasion: 'followup12', opensOn: '2027-12-31' }]);
    expect(occasions('followup12', '2027-12-30')).toEqual([]);
    // Without an end date there is no end survey and no follow-up.
    expect(dueOccasions('end', { startsOn: '2026-01-01', endsOn: null }, open, [], '2026-12-31')).toEqual([]);
  });

  it('after each event the day after it; an ad hoc survey on its date; baseline and fit are per person', () => {
    const events = [
      { id: 'e1', startsAt: new Date('2026-03-10T15:00:00Z') },
      { id: 'e2', startsAt: new Date('2026-03-20T09:00:00Z') },
    ];
    expect(occasions('event', '2026-03-10', events)).toEqual([]);
    expect(occasions('event', '2026-03-21', events)).toEqual([
      { occasion: 'event:e1', opensOn: '2026-03-11' },
      { occasion: 'event:e2', opensOn: '2026-03-21' },
    ]);
    expect(dueOccasions('adhoc', program, { opensOn: '2026-05-05', openDays: 10 }, [], '2026-05-05')).toEqual([
      { occasion: 'adhoc', opensOn: '2026-05-05' },
    ]);
    expect(occasions('baseline', '2026-05-05')).toEqual([]);
    expect(occasions('fit', '2026-05-05')).toEqual([]);
  });
});

describe('the survey scheduler on a moving clock', () => {
  let t: TestApp;
  let programId: string;
  let coordinator: string;
  const start = Date.now() - 100 * DAY;

  beforeAll(async () => {
    t = await createTestApp();
    const tull = await t.createOrganisation('Tullverket');
    const maria = await t.createMember(tull, 'maria@tull.example', ['coordinator']);
    const [program] = await t.database.db
      .insert(schema.programs)
      .values({
        ownerOrganisationId: tull,
        name: 'Schemat',
        type: 'classic',
        status: 'running',
        startsOn: day(0, start),
        endsOn: day(200, start),
      })
      .returning();
    programId = program!.id;
    await t.database.db.insert(schema.programOrganisations).values({ programId, organisationId: tull });
    await t.database.db.insert(schema.programCoordinators).values({ programId, personId: maria.personId });
    for (let i = 0; i < 2; i++) {
      const a = await t.createMember(tull, `adept${i}@tull.example`, ['participant']);
      const m = await t.createMember(tull, `mentor${i}@tull.example`, ['participant']);
      await t.createActivePair(programId, a.personId, m.personId);
    }
    coordinator = await t.signIn('maria@tull.example');
  });
  afterAll(() => t.destroy());

  const waves = async (kind: string) =>
    (
      await t.database.db
        .select({ occasion: schema.surveyWaves.occasion, opensOn: schema.surveyWaves.opensOn })
        .from(schema.surveyWaves)
        .innerJoin(schema.surveys, eq(schema.surveys.id, schema.surveyWaves.surveyId))
        .where(and(eq(schema.surveyWaves.programId, programId), eq(schema.surveys.kind, kind as 'pulse')))
    ).sort((a, b) => a.opensOn.localeCompare(b.opensOn));
  const invitations = async (occasion: string) =>
    (
      await t.database.db
        .select({ id: schema.surveyInvitations.id })
        .from(schema.surveyInvitations)
        .innerJoin(schema.surveyWaves, eq(schema.surveyWaves.id, schema.surveyInvitations.waveId))
        .where(and(eq(schema.surveyWaves.programId, programId), eq(schema.surveyWaves.occasion, occasion)))
    ).length;
  const runAt = (offsetFromStart: number) =>
    t.ctx.system(runSurveySchedule, t.config.pseudonymSecret, new Date(start + offsetFromStart * DAY + 3_600_000), programId);

  it('opens the pulses, the mid-point and the follow-up each on its day, once, and invites the participants', async () => {
    for (const kind of ['pulse', 'midpoint', 'followup6'] as const) {
      const created = await t.as(coordinator).post(`/api/programs/${programId}/surveys`, { kind, instruments: ['nps'] });
      expect(created.statusCode, created.body).toBe(201);
    }
    // Today is day 100: the second pulse (day 90) is open; the first (day 30) closed long ago and is not sent late.
    await runAt(100);
    expect(await waves('pulse')).toEqual([{ occasion: 'pulse-2', opensOn: day(90, start) }]);
    expect(await waves('midpoint')).toEqual([{ occasion: 'midpoint', opensOn: day(100, start) }]);
    expect(await waves('followup6')).toEqual([]);
    expect(await invitations('pulse-2')).toBe(4);
    expect(await invitations('midpoint')).toBe(4);
    // Running again changes nothing; on day 150 the third pulse opens.
    await runAt(100);
    expect(await invitations('pulse-2')).toBe(4);
    await runAt(149);
    expect((await waves('pulse')).map((w) => w.occasion)).toEqual(['pulse-2']);
    const third = await runAt(150);
    expect((await waves('pulse')).map((w) => w.occasion)).toEqual(['pulse-2', 'pulse-3']);
    expect(third.invited).toBe(4);
    // Six months after the end (day 200): the follow-up.
    const end = new Date(`${day(200, start)}T00:00:00Z`);
    end.setUTCMonth(end.getUTCMonth() + 6);
    const followup = end.toISOString().slice(0, 10);
    await t.ctx.system(runSurveySchedule, t.config.pseudonymSecret, new Date(`${followup}T08:00:00Z`), programId);
    expect(await waves('followup6')).toEqual([{ occasion: 'followup6', opensOn: followup }]);
    expect(await invitations('followup6')).toBe(4);
  });

  it('the baseline goes to each participant once accepted, a late one included, and to nobody twice', async () => {
    const created = await t.as(coordinator).post(`/api/programs/${programId}/surveys`, { kind: 'baseline', instruments: ['nps'] });
    expect(created.statusCode, created.body).toBe(201);
    await runAt(100);
    expect(await invitations('baseline')).toBe(4);
    // Accepted later: invited by the next run.
    const [org] = await t.database.db.select({ id: schema.organisations.id }).from(schema.organisations);
    const a = await t.createMember(org!.id, 'sen.adept@tull.example', ['participant']);
    const m = await t.createMember(org!.id, 'sen.mentor@tull.example', ['participant']);
    await t.createActivePair(programId, a.personId, m.personId);
    await runAt(100);
    await runAt(101);
    expect(await invitations('baseline')).toBe(6);
    expect((await waves('baseline')).map((w) => w.occasion)).toEqual(['baseline']);
  });

  it('a survey after each event opens the day after it', async () => {
    const [event] = await t.database.db
      .insert(schema.events)
      .values({
        programId,
        kind: 'inspiration',
        title: 'Träff',
        startsAt: new Date(start + 120 * DAY),
        endsAt: new Date(start + 120 * DAY + 7_200_000),
      })
      .returning();
    const created = await t.as(coordinator).post(`/api/programs/${programId}/surveys`, { kind: 'event', instruments: ['event-feedback'] });
    expect(created.statusCode, created.body).toBe(201);
    await runAt(120);
    expect(await waves('event')).toEqual([]);
    await runAt(121);
    expect(await waves('event')).toEqual([{ occasion: `event:${event!.id}`, opensOn: day(121, start) }]);
    expect(await invitations(`event:${event!.id}`)).toBeGreaterThan(0);
  });
});
