import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { schema } from '@lots/db';
import { createTestApp, OPENABLE_PROGRAM, linkIn, type TestApp } from '../../testing/harness';

/** The whole enrolment flow through the API: a joint program, an application, the manager's confirmation, the decision. */
describe('enrolment flow', () => {
  let t: TestApp;
  let tull: string;
  let kust: string;
  let coordinator: string;
  let adept: string;
  let programId: string;
  let questionId: string;
  beforeAll(async () => {
    t = await createTestApp();
    tull = await t.createOrganisation('Tullverket');
    kust = await t.createOrganisation('Kustbevakningen');
    await t.createMember(tull, 'maria@tull.example', ['coordinator'], { name: 'Maria Sundberg' });
    const manager = await t.createMember(tull, 'eva@tull.example', ['participant'], { name: 'Eva Bergström' });
    const johan = await t.createMember(tull, 'johan@tull.example', ['participant'], { name: 'Johan Nyberg' });
    await t.database.db.update(schema.people).set({ managerId: manager.personId }).where(eq(schema.people.id, johan.personId));
    await t.createMember(kust, 'mats@kust.example', ['participant'], { name: 'Mats Brandt' });
    coordinator = await t.signIn('maria@tull.example');
    adept = await t.signIn('johan@tull.example');
  });
  afterAll(() => t.destroy());

  it('a coordinator creates a joint program of two organisations with a custom question and opens it', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const created = await t.as(coordinator).post('/api/programs', {
      ...OPENABLE_PROGRAM,
      name: 'Mentorprogram 2027',
      type: 'classic',
      participatingOrganisationIds: [kust],
      applicationOpensOn: today,
      applicationClosesOn: '2099-12-31',
      startsOn: '2100-01-15',
      endsOn: '2100-12-15',
      feePerAdept: 6000,
      currency: 'SEK',
      requiresManagerConfirmation: true,
      rules: { adept: [{ kind: 'yearsAsManager', max: 3 }], mentor: [{ kind: 'yearsAsManager', min: 5 }] },
    });
    expect(created.statusCode, created.body).toBe(201);
    const program = created.json();
    programId = program.id;
    await t.acceptInvitation(programId, kust);
    expect(program.status).toBe('draft');
    expect(program.organisations.map((o: { name: string }) => o.name)).toEqual(['Kustbevakningen', 'Tullverket']);
    expect(program.coordinators.map((c: { name: string }) => c.name)).toEqual(['Maria Sundberg']);

    const question = await t.as(coordinator).post(`/api/programs/${programId}/questions`, {
      role: 'adept',
      kind: 'single_choice',
      label: 'Hur vill du helst träffas?',
      options: ['Digitalt', 'Fysiskt'],
      required: true,
    });
    expect(question.statusCode, question.body).toBe(201);
    questionId = question.json().id;

    // A participant does not see a draft.
    expect((await t.as(adept).get(`/api/programs/${programId}`)).statusCode).toBe(404);
    const opened = await t.as(coordinator).post(`/api/programs/${programId}/status`, { status: 'open' });
    expect(opened.json().status).toBe('open');
    // Skipping ahead is refused.
    const skip = await t.as(coordinator).post(`/api/programs/${programId}/status`, { status: 'running' });
    expect(skip.statusCode).toBe(409);
    expect(skip.json().error.field).toBe('status');
  });

  it('a draft missing what applicants need is not opened: 409 naming each missing item (decision 0150)', async () => {
    const created = await t
      .as(coordinator)
      .post('/api/programs', { name: 'Halvfärdigt program', type: 'reverse', purpose: 'Omvänt lärande' });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;
    const refused = await t.as(coordinator).post(`/api/programs/${id}/status`, { status: 'open' });
    expect(refused.statusCode).toBe(409);
    const error = refused.json().error;
    expect(error).toMatchObject({ code: 'conflict', field: 'status' });
    expect(error.details.map((d: { field: string; code: string }) => [d.field, d.code])).toEqual([
      ['contact', 'readiness.contact'],
      ['applicationClosesOn', 'readiness.applicationClosesOn'],
      ['programPeriod', 'readiness.programPeriod'],
      ['expectations', 'readiness.expectations'],
    ]);
    expect((await t.as(coordinator).get(`/api/programs/${id}`)).json().status).toBe('draft');
    // Filled in, it opens.
    const { type: _type, ...fields } = OPENABLE_PROGRAM;
    const patched = await t
      .as(coordinator)
      .patch(`/api/programs/${id}`, { ...fields, expectationsAdept: 'Lyssna', expectationsMentor: 'Visa' });
    expect(patched.statusCode, patched.body).toBe(200);
    expect((await t.as(coordinator).post(`/api/programs/${id}/status`, { status: 'open' })).json().status).toBe('open');
  });

  it('an adept applies: a draft first, then a submission that needs the required answer', async () => {
    const view = await t.as(adept).get(`/api/programs/${programId}`);
    expect(view.statusCode).toBe(200);
    expect(view.json().can).toEqual({ manage: false, people: false, nominate: false });
    const draft = await t.as(adept).put(`/api/programs/${programId}/applications/mine/adept`, {
      profile: { yearsAsManager: 1, developmentGoals: 'Svåra samtal' },
    });
    expect(draft.statusCode, draft.body).toBe(200);
    expect(draft.json().status).toBe('draft');
    const incomplete = await t.as(adept).post(`/api/programs/${programId}/applications/mine/adept/submit`, {
      profile: { yearsAsManager: 1 },
    });
    expect(incomplete.statusCode).toBe(400);
    expect(incomplete.json().error.field).toBe(`answers.${questionId}`);
    const submitted = await t.as(adept).post(`/api/programs/${programId}/applications/mine/adept/submit`, {
      profile: { yearsAsManager: 1, developmentGoals: 'Svåra samtal' },
      answers: { [questionId]: 'Fysiskt' },
    });
    expect(submitted.statusCode, submitted.body).toBe(200);
    const application = submitted.json();
    expect(application.status).toBe('submitted');
    expect(application.confirmation).toBe('pending');
    expect(application.eligibility.status).toBe('eligible');
    expect(application.managerEmail).toBe('eva@tull.example');
  });

  it('the manager confirms through the single-use link in the mail, without an account', async () => {
    const mail = await t.lastMailTo('eva@tull.example');
    expect(mail?.template).toBe('managerConfirmation');
    const token = new URL(linkIn(mail!.text)).pathname.split('/').pop()!;
    const view = await t.app.inject({ url: `/api/responses/${token}` });
    expect(view.statusCode).toBe(200);
    expect(view.json()).toMatchObject({
      kind: 'confirmation',
      status: 'pending',
      applicantName: 'Johan Nyberg',
      programName: 'Mentorprogram 2027',
      role: 'adept',
    });
    expect(JSON.stringify(view.json())).not.toContain('Svåra samtal');
    const answer = await t.app.inject({ method: 'POST', url: `/api/responses/${token}/confirmation`, payload: { decision: 'confirmed' } });
    expect(answer.statusCode, answer.body).toBe(200);
    const again = await t.app.inject({ method: 'POST', url: `/api/responses/${token}/confirmation`, payload: { decision: 'declined' } });
    expect(again.statusCode).toBe(409);
  });

  it('the coordinator sees the application in the queue, accepts it, and the adept is told by mail', async () => {
    const queue = await t.as(coordinator).get(`/api/programs/${programId}/applications?role=adept`);
    expect(queue.statusCode).toBe(200);
    const [application] = queue.json().items;
    expect(application.confirmation).toBe('confirmed');
    const decided = await t.as(coordinator).post(`/api/programs/${programId}/decisions`, {
      applicationIds: [application.id],
      decision: 'accepted',
      message: 'Välkommen till uppstarten!',
    });
    expect(decided.statusCode, decided.body).toBe(200);
    expect(decided.json()[0].status).toBe('accepted');
    const mail = await t.lastMailTo('johan@tull.example');
    expect(mail?.template).toBe('decision');
    expect(mail?.text).toContain('Du är antagen som adept');
    expect(mail?.text).toContain('Välkommen till uppstarten!');
    // A decided application can no longer be edited by the applicant.
    const edit = await t.as(adept).put(`/api/programs/${programId}/applications/mine/adept`, { profile: {} });
    expect(edit.statusCode).toBe(409);
  });

  it('copies the program to the next cohort: a draft with everything the coordinator tuned, dates shifted', async () => {
    // What the coordinator tuned in this cohort (issue 10 item 4).
    const weights = {
      goals: 9,
      mentorGoals: 3,
      interests: 1,
      language: 0,
      format: 2,
      experience: 7,
      availability: 3,
      wishes: 4,
      distance: 5,
      preferences: 0,
    };
    const hardRules = {
      distance: 'topLevelUnit',
      closeRelations: false,
      requireEligible: true,
      requireConfirmation: false,
      requiredLanguage: 'svenska',
    };
    const tuned = { weights, hardRules, preferencesEnabled: true, minScore: 35 };
    const settings = await t.as(coordinator).put(`/api/programs/${programId}/matching/settings`, tuned);
    expect(settings.statusCode, settings.body).toBe(200);
    const clauses = [
      { key: 'confidentiality', sv: 'Det vi säger stannar mellan oss, också efter programmet.', nb: '', en: '' },
      { key: 'managerInformed', sv: 'Adeptens chef känner till och har bekräftat mentorskapet.', nb: '', en: '' },
    ];
    const edited = await t.as(coordinator).put(`/api/programs/${programId}/clauses`, { clauses });
    expect(edited.statusCode, edited.body).toBe(200);
    const event = await t.as(coordinator).post(`/api/programs/${programId}/events`, {
      kind: 'inspiration',
      title: 'Inspirationsträff',
      startsAt: '2100-05-12T13:00:00Z',
      endsAt: '2100-05-12T16:30:00Z',
      location: 'Stora salen',
    });
    expect(event.statusCode, event.body).toBe(201);
    await t.database.db.insert(schema.programQuestionBank).values({ programId, text: 'Vad vill du ha sagt om ett år?' });

    const copy = await t.as(coordinator).post(`/api/programs/${programId}/copy`, { name: 'Mentorprogram 2028', shiftMonths: 12 });
    expect(copy.statusCode, copy.body).toBe(201);
    const next = copy.json();
    expect(next).toMatchObject({
      status: 'draft',
      name: 'Mentorprogram 2028',
      startsOn: '2101-01-15',
      feePerAdept: 6000,
      copiedFromId: programId,
    });
    const questions = await t.as(coordinator).get(`/api/programs/${next.id}/questions`);
    expect(questions.json().map((q: { label: string }) => q.label)).toEqual(['Hur vill du helst träffas?']);
    expect(next.rules).toEqual({ adept: [{ kind: 'yearsAsManager', max: 3 }], mentor: [{ kind: 'yearsAsManager', min: 5 }] });
    // Events keep their wall-clock time in their zone (15:00 in Stockholm), a year later.
    const copied = await t.as(coordinator).get(`/api/programs/${next.id}/events`);
    expect(copied.json().items).toMatchObject([
      {
        kind: 'inspiration',
        title: 'Inspirationsträff',
        startsAt: '2101-05-12T13:00:00.000Z',
        endsAt: '2101-05-12T16:30:00.000Z',
        location: 'Stora salen',
      },
    ]);
    expect((await t.as(coordinator).get(`/api/programs/${next.id}/matching/settings`)).json()).toEqual(tuned);
    expect((await t.as(coordinator).get(`/api/programs/${next.id}/clauses`)).json()).toEqual(clauses);
    const bank = await t.database.db
      .select({ text: schema.programQuestionBank.text })
      .from(schema.programQuestionBank)
      .where(eq(schema.programQuestionBank.programId, next.id));
    expect(bank).toEqual([{ text: 'Vad vill du ha sagt om ett år?' }]);
  });
});
