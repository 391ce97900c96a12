import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { schema } from '@lots/db';
import { createTestApp, linkIn, type TestApp } from '../../testing/harness';
import { runSurveySchedule } from './schedule';
import { pseudonymOf } from './pseudonym';
import { readPdf } from '../../testing/pdf';
import ExcelJS from 'exceljs';

const DAY = 86_400_000;
const today = () => new Date().toISOString().slice(0, 10);

/**
 * Issue 13: surveys on a schedule, answered from the mail without an account, reminders on a
 * controllable clock, figures only from groups of at least five, the fit check's quiet request for
 * a new match, and answers linked over time by a pseudonymous key only.
 */
describe('surveys', () => {
  let t: TestApp;
  let tull: string;
  let kust: string;
  let programId: string;
  let coordinator: string;
  let admin: string;
  const adepts: { personId: string; email: string }[] = [];
  const mentors: { personId: string; email: string }[] = [];
  const pairIds: string[] = [];

  const tokenFrom = (text: string) => new URL(linkIn(text)).pathname.split('/').pop()!;
  const waitForSurveyMail = (email: string) => t.waitForMailTo(email, 'surveyInvitation');

  beforeAll(async () => {
    t = await createTestApp();
    tull = await t.createOrganisation('Tullverket');
    kust = await t.createOrganisation('Kustbevakningen');
    const maria = await t.createMember(tull, 'maria@tull.example', ['coordinator'], { name: 'Maria Sundberg' });
    await t.createMember(tull, 'admin@tull.example', ['org_admin'], { name: 'Anna Admin' });
    const [program] = await t.database.db
      .insert(schema.programs)
      .values({
        ownerOrganisationId: tull,
        name: 'Chefsmentorskap 2026',
        type: 'classic',
        status: 'running',
        startsOn: new Date(Date.now() - 200 * DAY).toISOString().slice(0, 10),
        endsOn: today(),
      })
      .returning();
    programId = program!.id;
    await t.database.db.insert(schema.programOrganisations).values([
      { programId, organisationId: tull },
      { programId, organisationId: kust },
    ]);
    await t.database.db.insert(schema.programCoordinators).values({ programId, personId: maria.personId });
    for (let i = 0; i < 4; i++) {
      const a = await t.createMember(i < 3 ? tull : kust, `adept${i}@example.org`, ['participant'], { name: `Adept Nummer${i}` });
      const m = await t.createMember(kust, `mentor${i}@example.org`, ['participant'], { name: `Mentor Nummer${i}` });
      adepts.push({ personId: a.personId, email: `adept${i}@example.org` });
      mentors.push({ personId: m.personId, email: `mentor${i}@example.org` });
      pairIds.push(await t.createActivePair(programId, a.personId, m.personId));
    }
    coordinator = await t.signIn('maria@tull.example');
    admin = await t.signIn('admin@tull.example');
  });
  afterAll(() => t.destroy());

  let waveId: string;

  it('the coordinator schedules the end survey; it goes out at once by mail to every participant, with a link of their own', async () => {
    const created = await t.as(coordinator).post(`/api/programs/${programId}/surveys`, {
      kind: 'end',
      instruments: ['mentoring-functions', 'open-feedback'],
      reminderDays: [7, 14],
    });
    expect(created.statusCode, created.body).toBe(201);
    const links = new Set<string>();
    for (const p of [...adepts, ...mentors]) {
      const mail = await waitForSurveyMail(p.email);
      expect(mail.text).toContain('Chefsmentorskap 2026');
      expect(mail.text).toContain('slutenkäten');
      links.add(tokenFrom(mail.text));
    }
    expect(links.size).toBe(8);
    const list = await t.as(coordinator).get(`/api/programs/${programId}/surveys`);
    expect(list.statusCode).toBe(200);
    const wave = list.json().surveys[0].waves[0];
    expect(wave).toMatchObject({ occasion: 'end', invited: 8, answered: 0 });
    waveId = wave.id;
    const audit = await t.database.db.select().from(schema.auditLog).where(eq(schema.auditLog.action, 'survey.schedule'));
    expect(audit).toHaveLength(1);
  });

  it('refuses bad schedules with a 400 naming the field, and participants (403) and other organisations (404)', async () => {
    const noQuestions = await t.as(coordinator).post(`/api/programs/${programId}/surveys`, { kind: 'end', instruments: [] });
    expect(noQuestions.statusCode).toBe(400);
    expect(noQuestions.json().error.field).toBe('instruments');
    const late = await t
      .as(coordinator)
      .post(`/api/programs/${programId}/surveys`, { kind: 'pulse', instruments: ['nps'], openDays: 10, reminderDays: [12] });
    expect(late.json().error.field).toBe('reminderDays');
    const unknown = await t.as(coordinator).post(`/api/programs/${programId}/surveys`, { kind: 'end', instruments: ['myers-briggs'] });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.field).toMatch(/^instruments/);
    const adept = await t.signIn(adepts[0]!.email);
    expect((await t.as(adept).get(`/api/programs/${programId}/surveys`)).statusCode).toBe(403);
    const polis = await t.createOrganisation('Polisen');
    await t.createMember(polis, 'coord@polis.example', ['coordinator']);
    const outsider = await t.signIn('coord@polis.example');
    expect((await t.as(outsider).get(`/api/programs/${programId}/surveys`)).statusCode).toBe(404);
  });

  const answer = async (email: string, values: Record<string, unknown>) => {
    const mail = await t.lastMailTo(email);
    const token = tokenFrom(mail!.text);
    const form = await t.as(undefined).get(`/api/survey-links/${token}`);
    expect(form.statusCode, form.body).toBe(200);
    const response = await t.as(undefined).post(`/api/survey-links/${token}/answers`, { answers: values });
    expect(response.statusCode, response.body).toBe(200);
    return token;
  };
  const mfs = (v: number) => ({
    'mentoring-functions.career1': v,
    'mentoring-functions.career2': v,
    'mentoring-functions.career3': v,
    'mentoring-functions.psychosocial1': 4,
    'mentoring-functions.psychosocial2': 4,
    'mentoring-functions.psychosocial3': 4,
    'mentoring-functions.role1': 5,
    'mentoring-functions.role2': 5,
    'mentoring-functions.role3': 5,
  });

  it('the adepts answer from the mail without signing in; with four answers nothing is shown, with five the figures', async () => {
    const form = await t.as(undefined).get(`/api/survey-links/${tokenFrom((await t.lastMailTo(adepts[0]!.email))!.text)}`);
    expect(form.json().questions.map((q: { key: string }) => q.key)).toContain('mentoring-functions.career1');
    // Mentors are not asked the adepts' scale.
    const mentorForm = await t.as(undefined).get(`/api/survey-links/${tokenFrom((await t.lastMailTo(mentors[0]!.email))!.text)}`);
    expect(mentorForm.json().questions.map((q: { key: string }) => q.key)).toEqual(['open-feedback.change']);

    const token0 = await answer(adepts[0]!.email, { ...mfs(5), 'open-feedback.change': 'Fler gemensamma träffar' });
    for (let i = 1; i < 4; i++) await answer(adepts[i]!.email, { ...mfs(3 + (i % 2)), 'open-feedback.change': `Önskemål ${i}` });

    // A link answers once.
    const again = await t.as(undefined).post(`/api/survey-links/${token0}/answers`, { answers: mfs(1) });
    expect(again.statusCode).toBe(409);

    const four = await t.as(coordinator).get(`/api/programs/${programId}/surveys/waves/${waveId}/results`);
    expect(four.statusCode, four.body).toBe(200);
    const body4 = four.json();
    expect(body4.wave).toMatchObject({ invited: 8, answered: 4 });
    const career4 = body4.measures.find((m: { measure: string }) => m.measure === 'careerSupport');
    expect(career4.total).toEqual({ n: 0, value: null, suppressed: 'primary' });
    expect(body4.texts).toEqual([{ question: expect.any(String), answers: null }]);
    expect(four.body).not.toContain('Fler gemensamma träffar');

    await answer(mentors[0]!.email, { 'open-feedback.change': 'Mer tid för mentorerna' });
    // The fifth adept-like answer: a mentor does not answer the scale, so the scale still rests on four.
    const stillFour = (await t.as(coordinator).get(`/api/programs/${programId}/surveys/waves/${waveId}/results`)).json();
    expect(stillFour.measures.find((m: { measure: string }) => m.measure === 'careerSupport').total.suppressed).toBe('primary');
    // …but five people wrote free text: shown for the whole program, in no particular order, never by group.
    expect(stillFour.texts[0].answers.sort()).toEqual(
      ['Fler gemensamma träffar', 'Mer tid för mentorerna', 'Önskemål 1', 'Önskemål 2', 'Önskemål 3'].sort(),
    );
  });

  it('with a fifth scale answer the total is shown, and a breakdown hides groups under five and the one that would give them away', async () => {
    // A fifth adept in a new pair gets the survey at the next run.
    const a = await t.createMember(tull, 'adept4@example.org', ['participant'], { name: 'Adept Nummer4' });
    const m = await t.createMember(kust, 'mentor4@example.org', ['participant'], { name: 'Mentor Nummer4' });
    adepts.push({ personId: a.personId, email: 'adept4@example.org' });
    mentors.push({ personId: m.personId, email: 'mentor4@example.org' });
    pairIds.push(await t.createActivePair(programId, a.personId, m.personId));
    await t.ctx.system(runSurveySchedule, t.config.pseudonymSecret, new Date(), programId);
    await answer('adept4@example.org', mfs(4));
    const results = (await t.as(coordinator).get(`/api/programs/${programId}/surveys/waves/${waveId}/results`)).json();
    const career = results.measures.find((m: { measure: string }) => m.measure === 'careerSupport');
    expect(career.total).toEqual({ n: 5, value: 4, suppressed: null });
    const byOrganisation = career.breakdowns.find((b: { by: string }) => b.by === 'organisation').groups;
    // Tullverket has four adepts answering, Kustbevakningen one: both hidden (four is under five).
    expect(byOrganisation.map((g: { label: string; suppressed: string | null }) => [g.label, g.suppressed])).toEqual([
      ['Kustbevakningen', 'primary'],
      ['Tullverket', 'primary'],
    ]);
    expect(byOrganisation.every((g: { value: unknown; n: number }) => g.value === null && g.n === 0)).toBe(true);
    const byRole = career.breakdowns.find((b: { by: string }) => b.by === 'role').groups;
    expect(byRole).toEqual([expect.objectContaining({ key: 'adept', n: 5, value: 4, suppressed: null })]);
  });

  it('reminds those who have not answered after 7 and 14 days, once each, and stops when the survey closes', async () => {
    const mentor = mentors[1]!.email;
    const reminders = async () =>
      (
        await t.database.db
          .select()
          .from(schema.mailMessages)
          .where(and(eq(schema.mailMessages.to, mentor), eq(schema.mailMessages.template, 'surveyReminder')))
      ).length;
    const run = (days: number) => t.ctx.system(runSurveySchedule, t.config.pseudonymSecret, new Date(Date.now() + days * DAY), programId);
    await run(6);
    expect(await reminders()).toBe(0);
    const first = await run(7.1);
    expect(first.reminded).toBe(4); // mentors 1–3 and mentor 4
    expect(await reminders()).toBe(1);
    await run(8);
    expect(await reminders()).toBe(1);
    await run(14.1);
    expect(await reminders()).toBe(2);
    await run(20);
    expect(await reminders()).toBe(2);
    // Those who answered get no reminder.
    const answered = await t.database.db
      .select()
      .from(schema.mailMessages)
      .where(and(eq(schema.mailMessages.to, adepts[0]!.email), eq(schema.mailMessages.template, 'surveyReminder')));
    expect(answered).toHaveLength(0);
    // The reminder carries the same link as the invitation.
    const invitation = (await t.lastMailTo(mentor))!;
    const form = await t.as(undefined).get(`/api/survey-links/${tokenFrom(invitation.text)}`);
    expect(form.statusCode).toBe(200);
    // After closing (21 days) the link refuses answers.
    const token = tokenFrom(invitation.text);
    const [row] = await t.database.db
      .select()
      .from(schema.surveyInvitations)
      .where(eq(schema.surveyInvitations.personId, mentors[1]!.personId));
    await t.database.db
      .update(schema.surveyInvitations)
      .set({ closesAt: new Date(Date.now() - 1000) })
      .where(eq(schema.surveyInvitations.id, row!.id));
    expect((await t.as(undefined).post(`/api/survey-links/${token}/answers`, { answers: {} })).statusCode).toBe(409);
  });

  it('stores answers with a pseudonymous key only: no person, no time; the key links the same person over time', async () => {
    const rows = await t.database.db.select().from(schema.surveyResponses);
    expect(rows).toHaveLength(6);
    const columns = Object.keys(rows[0]!);
    expect(columns).not.toContain('personId');
    expect(columns.some((c) => /at$/i.test(c))).toBe(false);
    const everyone = [...adepts, ...mentors];
    for (const row of rows) {
      expect(everyone.some((p) => row.pseudonym.includes(p.personId))).toBe(false);
      expect(JSON.stringify(row.answers)).not.toMatch(/Nummer|example/);
    }
    const expected = pseudonymOf(t.config.pseudonymSecret, programId, adepts[0]!.personId);
    expect(rows.map((r) => r.pseudonym)).toContain(expected);
    // Another program (or another installation's secret) gives another key.
    expect(pseudonymOf(t.config.pseudonymSecret, crypto.randomUUID(), adepts[0]!.personId)).not.toBe(expected);
    expect(pseudonymOf('another-installation-secret-0123456789abcdef', programId, adepts[0]!.personId)).not.toBe(expected);
    // The invitation says only whether it was answered.
    const invitationColumns = Object.keys((await t.database.db.select().from(schema.surveyInvitations).limit(1))[0]!);
    expect(invitationColumns).not.toContain('answeredAt');
    // The audit says a survey was answered, not what.
    const audit = await t.database.db.select().from(schema.auditLog).where(eq(schema.auditLog.action, 'survey.answer'));
    expect(audit).toHaveLength(6);
    expect(JSON.stringify(audit)).not.toMatch(/Fler gemensamma|career1|"5"/);
  });

  it('computes before/after change from the same people only, and only from five of them', async () => {
    // A baseline (the adepts, earlier) and the end survey: linked by pseudonym.
    const [survey] = await t.database.db
      .insert(schema.surveys)
      .values({ programId, kind: 'baseline', instruments: ['mentoring-functions@1'], openDays: 21, reminderDays: [] })
      .returning();
    const [wave] = await t.database.db
      .insert(schema.surveyWaves)
      .values({ surveyId: survey!.id, programId, occasion: 'baseline', opensOn: '2000-01-01' })
      .returning();
    const base = (i: number, v: number) => ({
      waveId: wave!.id,
      pseudonym: pseudonymOf(t.config.pseudonymSecret, programId, adepts[i]!.personId),
      organisationId: tull,
      role: 'adept' as const,
      answers: mfs(v),
    });
    await t.database.db.insert(schema.surveyResponses).values([0, 1, 2, 3].map((i) => base(i, 2)));
    const dashboard = async () => {
      const res = await t.as(coordinator).get(`/api/programs/${programId}/evaluation`);
      expect(res.statusCode, res.body).toBe(200);
      return res.json().outcomes.find((o: { measure: string }) => o.measure === 'careerSupport');
    };
    // Baseline from four people: hidden; the change of four linked people: hidden.
    const four = await dashboard();
    expect(four.before.suppressed).toBe('primary');
    expect(four.change.suppressed).toBe('primary');
    expect(four.after).toEqual({ n: 5, value: 4, suppressed: null });
    await t.database.db.insert(schema.surveyResponses).values(base(4, 2));
    const five = await dashboard();
    expect(five.before).toEqual({ n: 5, value: 2, suppressed: null });
    // End 5,4,3,4,4 (mean 4) less baseline 2: +2 on average for the same five people.
    expect(five.change).toEqual({ n: 5, value: 2, suppressed: null });
  });

  it('the fit check after the first meeting; "not a good fit" asks the coordinator quietly for a new match', async () => {
    await t.as(coordinator).post(`/api/programs/${programId}/surveys`, { kind: 'fit', instruments: ['fit'] });
    // Nobody has met yet: nobody is asked.
    await t.ctx.system(runSurveySchedule, t.config.pseudonymSecret, new Date(), programId);
    expect(
      await t.database.db.select().from(schema.surveyInvitations).where(eq(schema.surveyInvitations.pairId, pairIds[0]!)),
    ).toHaveLength(0);
    await t.database.db.insert(schema.meetings).values({ pairId: pairIds[0]!, heldOn: new Date(), durationMinutes: 60, mode: 'digital' });
    await t.ctx.system(runSurveySchedule, t.config.pseudonymSecret, new Date(), programId);
    const fitMail = await t.waitForMailTo(adepts[0]!.email, 'surveyInvitation');
    expect(fitMail.text).toContain('frågan om ni passar ihop');
    const token = tokenFrom(fitMail.text);
    // The adept answers in the app instead of from the mail.
    const adept = await t.signIn(adepts[0]!.email);
    const mine = await t.as(adept).get('/api/me/surveys');
    const open = mine.json().open.find((s: { kind: string }) => s.kind === 'fit');
    expect(open).toBeTruthy();
    // Nobody else may open it (404, administrators included).
    const other = await t.signIn(mentors[0]!.email);
    expect((await t.as(other).get(`/api/surveys/${open.id}`)).statusCode).toBe(404);
    expect((await t.as(admin).get(`/api/surveys/${open.id}`)).statusCode).toBe(404);
    const bad = await t.as(adept).post(`/api/surveys/${open.id}/answers`, { answers: { 'fit.fit': 'maybe' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('answers.fit.fit');
    const answered = await t.as(adept).post(`/api/surveys/${open.id}/answers`, { answers: { 'fit.fit': 'notGood' } });
    expect(answered.statusCode, answered.body).toBe(200);
    expect(answered.json()).toEqual({ answered: true, canAskForRematch: true });
    const asked = await t.as(adept).post(`/api/surveys/${open.id}/rematch`, { message: 'Vi har för olika mål' });
    expect(asked.statusCode, asked.body).toBe(200);
    // The mail link works for the same request; asking twice makes one request.
    expect((await t.as(undefined).post(`/api/survey-links/${token}/rematch`, {})).statusCode).toBe(200);
    const coordinatorMail = await t.lastMailTo('maria@tull.example');
    expect(coordinatorMail!.template).toBe('rematchRequest');
    const requests = await t.as(coordinator).get(`/api/programs/${programId}/rematch-requests`);
    expect(requests.json().requests).toEqual([
      expect.objectContaining({ personName: 'Adept Nummer0', role: 'adept', message: 'Vi har för olika mål' }),
    ]);
    // The other party is told nothing.
    const toMentor = await t.database.db.select().from(schema.mailMessages).where(eq(schema.mailMessages.to, mentors[0]!.email));
    expect(toMentor.map((m) => m.template)).not.toContain('rematchRequest');
    expect(toMentor.some((m) => m.text.includes('olika mål'))).toBe(false);
    // Participants may not read the requests.
    expect((await t.as(adept).get(`/api/programs/${programId}/rematch-requests`)).statusCode).toBe(403);
  });

  it('well-being answers only with explicit consent, stored apart, removable by the person', async () => {
    await t.as(coordinator).post(`/api/programs/${programId}/surveys`, {
      kind: 'adhoc',
      opensOn: today(),
      instruments: ['who5'],
      audience: 'mentor',
    });
    await t.ctx.system(runSurveySchedule, t.config.pseudonymSecret, new Date(), programId);
    const mentor = await t.signIn(mentors[2]!.email);
    const open = (await t.as(mentor).get('/api/me/surveys')).json().open.find((s: { kind: string }) => s.kind === 'adhoc');
    const who5 = { 'who5.cheerful': 4, 'who5.calm': 3, 'who5.active': 3, 'who5.rested': 2, 'who5.interest': 4 };
    const refused = await t.as(mentor).post(`/api/surveys/${open.id}/answers`, { answers: who5 });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.field).toBe('healthConsent');
    const ok = await t.as(mentor).post(`/api/surveys/${open.id}/answers`, { answers: who5, healthConsent: true });
    expect(ok.statusCode, ok.body).toBe(200);
    const stored = await t.database.db.select().from(schema.surveyHealthAnswers);
    expect(stored).toHaveLength(1);
    const [response] = await t.database.db
      .select()
      .from(schema.surveyResponses)
      .where(eq(schema.surveyResponses.id, stored[0]!.responseId));
    expect(response!.answers).toEqual({});
    const removed = await t.as(mentor).delete('/api/me/surveys/health-answers');
    expect(removed.json()).toEqual({ removed: 1 });
    expect(await t.database.db.select().from(schema.surveyHealthAnswers)).toHaveLength(0);
  });

  it('the organisation’s administrators see its programs’ figures and import HR counts, shown only from five people', async () => {
    const saved = await t.as(admin).put(`/api/organisations/${tull}/evaluation/hr-figures`, {
      period: '2026',
      group: 'Chefer',
      headcount: 40,
      leavers: 3,
      promotions: 5,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    await t.as(admin).put(`/api/organisations/${tull}/evaluation/hr-figures`, {
      period: '2026',
      group: 'Nya chefer',
      headcount: 4,
      leavers: 1,
      promotions: 0,
    });
    const view = (await t.as(admin).get(`/api/organisations/${tull}/evaluation`)).json();
    expect(view.hr).toEqual([
      expect.objectContaining({ group: 'Chefer', turnover: { n: 40, value: 7.5, suppressed: null } }),
      expect.objectContaining({
        group: 'Nya chefer',
        headcount: { n: 0, value: null, suppressed: 'primary' },
        turnover: expect.objectContaining({ value: null }),
      }),
    ]);
    expect(view.programs[0]).toMatchObject({ name: 'Chefsmentorskap 2026', restricted: false });
    const bad = await t
      .as(admin)
      .put(`/api/organisations/${tull}/evaluation/hr-figures`, { period: '2026', group: 'X', headcount: 2, leavers: 3, promotions: 0 });
    expect(bad.json().error.field).toBe('leavers');
    expect((await t.as(coordinator).get(`/api/organisations/${tull}/evaluation`)).statusCode).toBe(403);
    expect((await t.as(admin).get(`/api/organisations/${kust}/evaluation`)).statusCode).toBe(404);
  });

  it('across the organisation’s programs, by program type: a small type is hidden and so is the one that would give it away', async () => {
    const [reverse] = await t.database.db
      .insert(schema.programs)
      .values({ ownerOrganisationId: tull, name: 'Omvänt mentorskap 2026', type: 'reverse', status: 'running' })
      .returning();
    for (let i = 0; i < 2; i++) {
      const a = await t.createMember(tull, `omvand-adept${i}@example.org`, ['participant']);
      const m = await t.createMember(tull, `omvand-mentor${i}@example.org`, ['participant']);
      await t.createActivePair(reverse!.id, a.personId, m.personId);
    }
    const view = (await t.as(admin).get(`/api/organisations/${tull}/evaluation`)).json();
    const active = view.byProgramType.funnel.find((f: { step: string }) => f.step === 'active');
    // Ten active in the classic program, four in the reverse one: the four are hidden, and the ten with them.
    expect(active.total).toEqual({ n: 14, value: 14, suppressed: null });
    expect(active.types).toEqual([
      { key: 'classic', n: 0, value: null, suppressed: 'secondary' },
      { key: 'reverse', n: 0, value: null, suppressed: 'primary' },
    ]);
    // The classic program's latest mentoring-functions wave (five adepts), by program type.
    const career = view.byProgramType.measures.find((m: { measure: string }) => m.measure === 'careerSupport');
    expect(career.total).toEqual({ n: 5, value: 4, suppressed: null });
    expect(career.breakdowns).toEqual([
      { by: 'programType', groups: [expect.objectContaining({ key: 'classic', label: 'Mentorskap', n: 5, value: 4 })] },
    ]);
  });

  it('shows attendance at the program’s past events, the absent and the attended through the suppression function', async () => {
    const [event] = await t.database.db
      .insert(schema.events)
      .values({
        programId,
        kind: 'inspiration',
        title: 'Inspirationsträff',
        translations: { en: { title: 'Inspiration meeting' } },
        startsAt: new Date(Date.now() - 10 * DAY),
        endsAt: new Date(Date.now() - 10 * DAY + 7_200_000),
      })
      .returning();
    await t.database.db.insert(schema.events).values({
      programId,
      kind: 'inspiration',
      title: 'Kommande',
      startsAt: new Date(Date.now() + DAY),
      endsAt: new Date(Date.now() + DAY + 1),
    });
    const people = [...adepts, ...mentors];
    const record = async (attended: number) => {
      await t.database.db.delete(schema.eventInvitations).where(eq(schema.eventInvitations.eventId, event!.id));
      await t.database.db.insert(schema.eventInvitations).values(
        people.map((p, i) => ({
          eventId: event!.id,
          personId: p.personId,
          response: 'yes' as const,
          attendance: i < attended ? ('attended' as const) : ('absent' as const),
        })),
      );
      const res = await t.as(coordinator).get(`/api/programs/${programId}/evaluation`);
      expect(res.statusCode, res.body).toBe(200);
      return res.json().attendance;
    };
    // Ten recorded, eight attended, two absent: the two are hidden, and the eight (ten less eight would give them away).
    expect(await record(8)).toEqual([
      {
        eventId: event!.id,
        title: 'Inspirationsträff',
        startsOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        recorded: { n: 10, value: 10, suppressed: null },
        attended: { n: 0, value: null, suppressed: 'secondary' },
        absent: { n: 0, value: null, suppressed: 'primary' },
      },
    ]);
    expect(await record(5)).toEqual([
      expect.objectContaining({ attended: { n: 5, value: 5, suppressed: null }, absent: { n: 5, value: 5, suppressed: null } }),
    ]);
  });

  it('prints a tagged management report and exports CSV and XLSX with the same suppressed tables', async () => {
    const res = await t.as(coordinator).get(`/api/programs/${programId}/evaluation/report.pdf?lang=sv`);
    expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
    expect(res.headers['content-type']).toContain('application/pdf');
    const pdf = await readPdf(res.rawPayload);
    expect(pdf.marked).toBe(true);
    expect(pdf.lang).toBe('sv-SE');
    expect(pdf.title).toMatch(/^Ledningsrapport – /);
    expect(pdf.displayDocTitle).toBe(true);
    for (const role of ['H1', 'H2', 'H3', 'P', 'L', 'LI', 'Table', 'TH', 'TD']) expect(pdf.roles).toContain(role);
    expect(decodeURIComponent(res.headers['content-disposition'] as string)).toMatch(/filename\*=UTF-8''Ledningsrapport – .*\.pdf$/);
    const text = pdf.text.replace(/\s+/g, ' ');
    for (const heading of [
      'Syfte och mål',
      'Deltagande',
      'Aktivitet',
      'Reaktion',
      'Lärande',
      'Beteende',
      'Resultat',
      'Metod och sekretess',
    ])
      expect(text).toContain(heading);
    expect(text).toContain('Slutenkät – Karriärstöd: 4 (n = 5)');
    // Four adepts of Tullverket and one of Kustbevakningen: neither is printed.
    expect(text).toContain('Organisation – Tullverket: ..');
    expect(text).toContain('Organisation – Kustbevakningen: ..');
    // The one WHO-5 answer was removed with its consent: nothing to print.
    expect(text).toContain('Välbefinnande (0–100): – ');
    expect(text).toContain('Inga kostnader registrerade');
    expect(text).toContain('färre än 5 har svarat');
    expect(text).toContain('CC BY-NC-SA 3.0 IGO');

    const csv = await t.as(coordinator).get(`/api/programs/${programId}/evaluation/export/csv?lang=en`);
    expect(csv.statusCode).toBe(200);
    expect(csv.body).toContain('End survey,Career support,Organisation,Tullverket,..,..');
    expect(csv.body).toContain('End survey,Career support,All,,5,4');
    const xlsx = await t.as(coordinator).get(`/api/programs/${programId}/evaluation/export/xlsx`);
    expect(xlsx.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const cells: string[] = [];
    workbook.worksheets[0]!.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value))));
    expect(cells).toContain('Slutenkät');
    expect(cells).toContain('..');
    // For one organisation of the joint program: its answers only, four of them: hidden.
    const tullReport = await t.as(coordinator).get(`/api/programs/${programId}/evaluation/export/csv?lang=en&organisationId=${tull}`);
    expect(tullReport.body).toContain('End survey,Career support,All,,..,..');
    const bad = await t.as(coordinator).get(`/api/programs/${programId}/evaluation/report.pdf?organisationId=${crypto.randomUUID()}`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('organisationId');
    const adept = await t.signIn(adepts[1]!.email);
    expect((await t.as(adept).get(`/api/programs/${programId}/evaluation/report.pdf`)).statusCode).toBe(403);
  });
  it('a coordinator edits a survey’s own questions in the program’s languages until someone answers', async () => {
    await t.database.db
      .update(schema.programs)
      .set({ languages: ['sv', 'en'] })
      .where(eq(schema.programs.id, programId));
    const later = new Date(Date.now() + 30 * DAY).toISOString().slice(0, 10);
    // The program is in Swedish and English: a question needs both.
    const missing = await t.as(coordinator).post(`/api/programs/${programId}/surveys`, {
      kind: 'adhoc',
      opensOn: later,
      customQuestions: [{ type: 'likert5', labels: { sv: 'Har du haft nytta av träffarna?' } }],
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.field).toBe('customQuestions.0.labels.en');
    const created = await t.as(coordinator).post(`/api/programs/${programId}/surveys`, {
      kind: 'adhoc',
      opensOn: later,
      customQuestions: [{ type: 'likert5', labels: { sv: 'Har du haft nytta av träffarna?', en: 'Have the meetings been useful?' } }],
    });
    expect(created.statusCode, created.body).toBe(201);
    const surveyId = created.json().id;
    const put = (body: unknown, who = coordinator) => t.as(who).put(`/api/programs/${programId}/surveys/${surveyId}/questions`, body);
    const edited = await put({
      customQuestions: [
        { key: 'q1', type: 'likert5', labels: { sv: 'Har träffarna varit till nytta?', en: 'Have the meetings helped?' } },
        { type: 'yesno', labels: { sv: 'Skulle du bli mentor?', en: 'Would you become a mentor?' } },
      ],
    });
    expect(edited.statusCode, edited.body).toBe(200);
    const survey = (await t.as(coordinator).get(`/api/programs/${programId}/surveys`))
      .json()
      .surveys.find((x: { id: string }) => x.id === surveyId);
    expect(survey.customQuestions).toEqual([
      {
        key: 'q1',
        type: 'likert5',
        label: 'Har träffarna varit till nytta?',
        labels: { sv: 'Har träffarna varit till nytta?', en: 'Have the meetings helped?' },
      },
      {
        key: 'q2',
        type: 'yesno',
        label: 'Skulle du bli mentor?',
        labels: { sv: 'Skulle du bli mentor?', en: 'Would you become a mentor?' },
      },
    ]);
    expect(survey).toMatchObject({ answered: 0, ended: false });
    const bad = await put({ customQuestions: [{ type: 'text', labels: { sv: 'Något mer?', en: ' ' } }] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('customQuestions.0.labels.en');
    const adept = await t.signIn(adepts[2]!.email);
    expect((await put({ customQuestions: [] }, adept)).statusCode).toBe(403);
    // Removed before anyone answered: gone.
    const removed = await t.as(coordinator).delete(`/api/programs/${programId}/surveys/${surveyId}`);
    expect(removed.json()).toEqual({ outcome: 'deleted' });
    expect(await t.database.db.select().from(schema.surveys).where(eq(schema.surveys.id, surveyId))).toHaveLength(0);
    await t.database.db
      .update(schema.programs)
      .set({ languages: ['sv'] })
      .where(eq(schema.programs.id, programId));
  });

  it('a survey with answers keeps its questions, and removing it ends it: links close, no new waves, the figures stay', async () => {
    const [end] = await t.database.db
      .select()
      .from(schema.surveys)
      .where(and(eq(schema.surveys.programId, programId), eq(schema.surveys.kind, 'end')));
    const locked = await t.as(coordinator).put(`/api/programs/${programId}/surveys/${end!.id}/questions`, {
      customQuestions: [{ type: 'text', label: 'Något mer?' }],
    });
    expect(locked.statusCode).toBe(409);
    const open = await t.database.db
      .select()
      .from(schema.surveyInvitations)
      .where(and(eq(schema.surveyInvitations.waveId, waveId), eq(schema.surveyInvitations.answered, false)));
    expect(open.length).toBeGreaterThan(0);
    const ended = await t.as(coordinator).delete(`/api/programs/${programId}/surveys/${end!.id}`);
    expect(ended.statusCode, ended.body).toBe(200);
    expect(ended.json()).toEqual({ outcome: 'ended' });
    const list = (await t.as(coordinator).get(`/api/programs/${programId}/surveys`)).json();
    const survey = list.surveys.find((x: { id: string }) => x.id === end!.id);
    expect(survey.ended).toBe(true);
    expect(survey.answered).toBeGreaterThanOrEqual(5);
    const [after] = await t.database.db.select().from(schema.surveyInvitations).where(eq(schema.surveyInvitations.id, open[0]!.id));
    expect(after!.closesAt.getTime()).toBeLessThanOrEqual(Date.now());
    // The scheduler sends it no more; the figures stay.
    const run = await t.ctx.system(runSurveySchedule, t.config.pseudonymSecret, new Date(Date.now() + 8 * DAY), programId);
    const reminded = await t.database.db.select().from(schema.surveyInvitations).where(eq(schema.surveyInvitations.id, open[0]!.id));
    expect(reminded[0]!.remindersSent).toBe(open[0]!.remindersSent);
    expect(run).toBeTruthy();
    expect((await t.as(coordinator).get(`/api/programs/${programId}/surveys/waves/${waveId}/results`)).statusCode).toBe(200);
    expect((await t.as(coordinator).delete(`/api/programs/${programId}/surveys/${end!.id}`)).statusCode).toBe(409);
  });

  it('coordinators mark requests for a new match handled; the list is paginated with open ones first', async () => {
    const mentor = await t.signIn(mentors[0]!.email);
    const fit = (await t.as(mentor).get('/api/me/surveys')).json().open.find((s: { kind: string }) => s.kind === 'fit');
    expect((await t.as(mentor).post(`/api/surveys/${fit.id}/rematch`, {})).statusCode).toBe(200);
    const url = `/api/programs/${programId}/rematch-requests`;
    const first = (await t.as(coordinator).get(url)).json();
    expect(first).toMatchObject({ total: 2, open: 2 });
    const adeptRequest = first.requests.find((r: { personName: string }) => r.personName === 'Adept Nummer0');
    const handled = await t.as(coordinator).patch(`${url}/${adeptRequest.id}`, { handled: true });
    expect(handled.statusCode, handled.body).toBe(200);
    const page1 = (await t.as(coordinator).get(`${url}?limit=1`)).json();
    expect(page1).toMatchObject({ total: 2, open: 1 });
    expect(page1.requests).toEqual([expect.objectContaining({ personName: 'Mentor Nummer0', handledAt: null, handledByName: null })]);
    const page2 = (await t.as(coordinator).get(`${url}?limit=1&offset=1`)).json();
    expect(page2.requests).toEqual([expect.objectContaining({ personName: 'Adept Nummer0', handledByName: 'Maria Sundberg' })]);
    expect(page2.requests[0].handledAt).not.toBeNull();
    expect((await t.as(coordinator).patch(`${url}/${adeptRequest.id}`, { handled: false })).statusCode).toBe(200);
    expect((await t.as(coordinator).get(url)).json().open).toBe(2);
    expect((await t.as(coordinator).patch(`${url}/${crypto.randomUUID()}`, { handled: true })).statusCode).toBe(404);
    expect((await t.as(mentor).patch(`${url}/${adeptRequest.id}`, { handled: true })).statusCode).toBe(403);
    expect((await t.as(coordinator).patch(`${url}/${adeptRequest.id}`, {})).json().error.field).toBe('handled');
  });
});
