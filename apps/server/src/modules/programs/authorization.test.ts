import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { schema } from '@lots/db';
import { createTestApp, type Method, linkIn, type TestApp } from '../../testing/harness';
import { presentApplications } from '../applications';
import { findProgram } from './repository';

/**
 * Who may see and do what with programs and applications: applicants see only their own
 * applications, coordinators only their programs, organisations that do not take part
 * nothing at all; special-category answers stay with the applicant and the coordinators.
 */
describe('programs and applications: authorization', () => {
  let t: TestApp;
  let tull: string;
  let kust: string;
  let polis: string;
  // Sessions.
  let maria: string; // coordinator of P and D (Tullverket)
  let anna: string; // org admin of Tullverket (owner of P), not a coordinator
  let olle: string; // coordinator of K (Kustbevakningen), not of P
  let kirsti: string; // org admin of Kustbevakningen (participates in P, does not own it)
  let johan: string; // participant, Tullverket
  let lisa: string; // participant, Kustbevakningen
  let per: string; // participant, Polisen (takes part in nothing)
  let ingrid: string; // org admin, Polisen
  let root: string; // platform admin
  let johanPerson: string;
  /** Program owned by Tullverket, with Kustbevakningen; adepts self-identify, mentors have an age rule. */
  let P: string;
  /** A draft of Tullverket. */
  let D: string;
  /** Program of Kustbevakningen alone. */
  let K: string;
  let questionP: string;
  let johanApplication: string;
  let lisaApplication: string;

  const createProgram = (cookie: string, fields: Record<string, unknown> & { name: string }, open = true) =>
    t.createProgram(cookie, { startsOn: '2100-01-15', ...fields }, { open });

  beforeAll(async () => {
    t = await createTestApp();
    tull = await t.createOrganisation('Tullverket');
    kust = await t.createOrganisation('Kustbevakningen');
    polis = await t.createOrganisation('Polisen');
    const plattform = await t.createOrganisation('Plattform');
    await t.createMember(tull, 'maria@tull.example', ['coordinator'], { name: 'Maria Sundberg' });
    await t.createMember(tull, 'anna@tull.example', ['org_admin'], { name: 'Anna Admin' });
    await t.createMember(kust, 'olle@kust.example', ['coordinator'], { name: 'Olle Kust' });
    await t.createMember(kust, 'kirsti@kust.example', ['org_admin'], { name: 'Kirsti Admin' });
    johanPerson = (await t.createMember(tull, 'johan@tull.example', ['participant'], { name: 'Johan Nyberg' })).personId;
    await t.createMember(kust, 'lisa@kust.example', ['participant'], { name: 'Lisa Lind' });
    await t.createMember(polis, 'per@polis.example', ['participant'], { name: 'Per Polis' });
    await t.createMember(polis, 'ingrid@polis.example', ['org_admin', 'coordinator'], { name: 'Ingrid Polis' });
    await t.createMember(plattform, 'root@lots.example', ['participant'], { name: 'Root Admin', platformAdmin: true });
    [maria, anna, olle, kirsti, johan, lisa, per, ingrid, root] = (await Promise.all(
      ['maria@tull', 'anna@tull', 'olle@kust', 'kirsti@kust', 'johan@tull', 'lisa@kust', 'per@polis', 'ingrid@polis', 'root@lots'].map(
        (a) => t.signIn(`${a}.example`),
      ),
    )) as [string, string, string, string, string, string, string, string, string];

    P = await createProgram(maria, {
      name: 'Gemensamt mentorprogram',
      purpose: 'Att utveckla chefer',
      participatingOrganisationIds: [kust],
      rules: { adept: [{ kind: 'underRepresentedGroup' }], mentor: [{ kind: 'age', min: 30 }] },
    });
    D = await createProgram(maria, { name: 'Utkastprogrammet' }, false);
    K = await createProgram(olle, { name: 'Kustens program' });
    const question = await t.as(maria).post(`/api/programs/${P}/questions`, {
      role: 'adept',
      kind: 'short_text',
      label: 'Varför?',
      required: false,
    });
    expect(question.statusCode, question.body).toBe(201);
    questionP = question.json().id;

    const johanApplied = await t.as(johan).post(`/api/programs/${P}/applications/mine/adept/submit`, {
      profile: { yearsAsManager: 2, developmentGoals: 'Johans hemliga mål', birthYear: 1990 },
      answers: { [questionP]: 'Johans svar' },
      sensitive: { underRepresented: true, consent: true },
      managerName: 'Eva Chef',
      managerEmail: 'eva.chef@tull.example',
    });
    expect(johanApplied.statusCode, johanApplied.body).toBe(200);
    johanApplication = johanApplied.json().id;
    const lisaApplied = await t.as(lisa).post(`/api/programs/${P}/applications/mine/adept/submit`, {
      profile: { developmentGoals: 'Lisas mål' },
      sensitive: { underRepresented: false, consent: true },
      managerEmail: 'chef@kust.example',
    });
    expect(lisaApplied.statusCode, lisaApplied.body).toBe(200);
    lisaApplication = lisaApplied.json().id;
  });
  afterAll(() => t.destroy());

  describe('program lists', () => {
    const names = async (cookie: string) => {
      const response = await t.as(cookie).get('/api/programs');
      expect(response.statusCode).toBe(200);
      const page = response.json() as { items: { name: string; can: { manage: boolean } }[]; total: number };
      expect(page.total).toBe(page.items.length);
      return Object.fromEntries(page.items.map((p) => [p.name, p.can.manage]));
    };

    it('a participant sees the announced programs of their organisation, not drafts or others’ programs', async () => {
      expect(await names(johan)).toEqual({ 'Gemensamt mentorprogram': false });
      expect(await names(lisa)).toEqual({ 'Gemensamt mentorprogram': false, 'Kustens program': false });
    });

    it('an organisation that takes part in nothing sees no program', async () => {
      expect(await names(per)).toEqual({});
      expect(await names(ingrid)).toEqual({});
    });

    it('a coordinator manages only the programs they coordinate', async () => {
      expect(await names(maria)).toEqual({ 'Gemensamt mentorprogram': true, Utkastprogrammet: true });
      // Olle's organisation takes part in P, so he may see (and apply to) it, but not manage it.
      expect(await names(olle)).toEqual({ 'Kustens program': true, 'Gemensamt mentorprogram': false });
    });

    it('the owner organisation’s administrator manages its programs; a participating organisation’s does not', async () => {
      expect(await names(anna)).toEqual({ 'Gemensamt mentorprogram': true, Utkastprogrammet: true });
      expect(await names(kirsti)).toEqual({ 'Gemensamt mentorprogram': false, 'Kustens program': true });
    });

    it('a platform administrator sees every program', async () => {
      expect(await names(root)).toEqual({ 'Gemensamt mentorprogram': true, Utkastprogrammet: true, 'Kustens program': true });
    });

    it('each program in the list carries the same abilities as the program itself', async () => {
      for (const cookie of [maria, anna, olle, lisa, root]) {
        for (const summary of ((await t.as(cookie).get('/api/programs')).json() as { items: { id: string; can: unknown }[] }).items) {
          expect(summary.can).toEqual((await t.as(cookie).get(`/api/programs/${summary.id}`)).json().can);
        }
      }
      // The owner's administrator manages the special-category program P but does not see its people (decision 0011).
      const forAnna = ((await t.as(anna).get('/api/programs')).json() as { items: { id: string; can: unknown }[] }).items;
      expect(forAnna.find((p) => p.id === P)?.can).toEqual({ manage: true, people: false, nominate: true });
    });
  });

  describe('organisations that do not take part', () => {
    it('get 404 on the program, its questions, their applications and nominations', async () => {
      for (const cookie of [per, ingrid]) {
        for (const url of [
          `/api/programs/${P}`,
          `/api/programs/${P}/questions`,
          `/api/programs/${P}/applications/mine`,
          `/api/programs/${P}/nominations`,
          `/api/programs/${P}/applications`,
          `/api/programs/${P}/applications/${johanApplication}`,
        ]) {
          const response = await t.as(cookie).get(url);
          expect(response.statusCode, url).toBe(404);
          expect(response.json().error.code).toBe('not_found');
        }
      }
    });

    it('cannot apply to, nominate for or manage the program (404, nothing stored)', async () => {
      expect((await t.as(per).put(`/api/programs/${P}/applications/mine/adept`, { profile: {} })).statusCode).toBe(404);
      expect((await t.as(per).post(`/api/programs/${P}/applications/mine/mentor/submit`, { profile: {} })).statusCode).toBe(404);
      expect(
        (await t.as(per).post(`/api/programs/${P}/nominations`, { name: 'Johan Nyberg', email: 'johan@tull.example' })).statusCode,
      ).toBe(404);
      expect((await t.as(ingrid).patch(`/api/programs/${P}`, { name: 'Kapat' })).statusCode).toBe(404);
      expect((await t.as(ingrid).post(`/api/programs/${P}/status`, { status: 'selection' })).statusCode).toBe(404);
      const stored = await t.database.db.select().from(schema.applications).where(eq(schema.applications.programId, P));
      expect(stored).toHaveLength(2);
      const [program] = await t.database.db.select().from(schema.programs).where(eq(schema.programs.id, P));
      expect(program).toMatchObject({ name: 'Gemensamt mentorprogram', status: 'open' });
    });

    it('the same goes for another organisation’s own program (Maria and K)', async () => {
      expect((await t.as(maria).get(`/api/programs/${K}`)).statusCode).toBe(404);
      expect((await t.as(maria).get(`/api/programs/${K}/applications`)).statusCode).toBe(404);
      expect((await t.as(maria).get(`/api/programs/${K}/nominations`)).statusCode).toBe(404);
    });
  });

  describe('drafts', () => {
    it('are invisible to participants, even of the owner organisation', async () => {
      for (const url of [`/api/programs/${D}`, `/api/programs/${D}/questions`, `/api/programs/${D}/applications/mine`]) {
        expect((await t.as(johan).get(url)).statusCode, url).toBe(404);
      }
      expect((await t.as(johan).put(`/api/programs/${D}/applications/mine/adept`, { profile: {} })).statusCode).toBe(404);
    });

    it('are visible to the coordinator and the owner’s administrator', async () => {
      expect((await t.as(maria).get(`/api/programs/${D}`)).json()).toMatchObject({ status: 'draft', can: { manage: true, people: true } });
      expect((await t.as(anna).get(`/api/programs/${D}`)).json()).toMatchObject({ status: 'draft', can: { manage: true, people: true } });
      expect((await t.as(kirsti).get(`/api/programs/${D}`)).statusCode).toBe(404);
    });
  });

  describe('applicants', () => {
    it('see only their own application in /applications/mine', async () => {
      const mine = await t.as(johan).get(`/api/programs/${P}/applications/mine`);
      expect(mine.statusCode).toBe(200);
      expect(mine.json().map((a: { id: string }) => a.id)).toEqual([johanApplication]);
      const hers = await t.as(lisa).get(`/api/programs/${P}/applications/mine`);
      expect(hers.json().map((a: { id: string }) => a.id)).toEqual([lisaApplication]);
      expect(hers.body).not.toContain('Johan');
      expect(hers.body).not.toContain('Johans');
      // Someone of a participating organisation who has not applied gets an empty list.
      const olleMine = await t.as(olle).get(`/api/programs/${P}/applications/mine`);
      expect(olleMine.statusCode).toBe(200);
      expect(olleMine.json()).toEqual([]);
    });

    it('cannot list or read applications through the review endpoints (403), not even their own', async () => {
      for (const url of [
        `/api/programs/${P}/applications`,
        `/api/programs/${P}/applications/${lisaApplication}`,
        `/api/programs/${P}/applications/${johanApplication}`,
        `/api/programs/${P}/applications?role=adept`,
      ]) {
        const response = await t.as(johan).get(url);
        expect(response.statusCode, url).toBe(403);
        expect(response.json().error.code).toBe('forbidden');
        expect(response.body).not.toContain('Lisa');
      }
    });
  });

  describe('participants cannot manage', () => {
    const csv = 'email;role\njohan@tull.example;mentor\n';
    const attempts = (): [Method, string, unknown][] => [
      ['PATCH', `/api/programs/${P}`, { name: 'Kapat program' }],
      ['POST', `/api/programs/${P}/status`, { status: 'selection' }],
      ['POST', `/api/programs/${P}/copy`, { name: 'Kopia' }],
      [
        'POST',
        `/api/programs/${P}/events`,
        { kind: 'kickoff', title: 'Uppstart', startsAt: '2100-01-15T09:00:00Z', endsAt: '2100-01-15T12:30:00Z' },
      ],
      ['POST', `/api/programs/${P}/questions`, { role: 'adept', kind: 'short_text', label: 'Min fråga' }],
      ['PATCH', `/api/programs/${P}/questions/${questionP}`, { label: 'Ändrad' }],
      ['DELETE', `/api/programs/${P}/questions/${questionP}`, undefined],
      ['POST', `/api/programs/${P}/decisions`, { applicationIds: [johanApplication], decision: 'accepted' }],
      ['POST', `/api/programs/${P}/applications/${johanApplication}/overrides`, { kind: 'underRepresentedGroup', reason: 'Jag säger det' }],
      ['POST', `/api/programs/${P}/applications/${johanApplication}/confirmation/remind`, undefined],
      ['POST', `/api/programs/${P}/applications/${lisaApplication}/recommendations`, { name: 'Kompis', email: 'kompis@tull.example' }],
      ['GET', `/api/programs/${P}/nominations`, undefined],
    ];

    it('PATCH, status, copy, events, questions, decisions, overrides, reminders, recommendations, nominations list: 403', async () => {
      const mailsBefore = (await t.database.db.select().from(schema.mailMessages)).length;
      for (const cookie of [johan, lisa, olle, kirsti]) {
        for (const [method, url, body] of attempts()) {
          const response = await t.as(cookie).request(method, url, body);
          expect(response.statusCode, `${method} ${url}`).toBe(403);
          expect(response.json().error.code).toBe('forbidden');
        }
      }
      // Nothing changed.
      const [program] = await t.database.db.select().from(schema.programs).where(eq(schema.programs.id, P));
      expect(program).toMatchObject({ name: 'Gemensamt mentorprogram', status: 'open' });
      expect(await t.database.db.select().from(schema.programs).where(eq(schema.programs.copiedFromId, P))).toEqual([]);
      expect(await t.database.db.select().from(schema.events).where(eq(schema.events.programId, P))).toEqual([]);
      const questions = await t.database.db.select().from(schema.formQuestions).where(eq(schema.formQuestions.programId, P));
      expect(questions.map((q) => q.label)).toEqual(['Varför?']);
      const applications = await t.database.db.select().from(schema.applications).where(eq(schema.applications.programId, P));
      expect(applications.map((a) => a.status)).toEqual(['submitted', 'submitted']);
      expect(applications.every((a) => a.overrides.length === 0)).toBe(true);
      expect(await t.database.db.select().from(schema.recommendations)).toEqual([]);
      expect((await t.database.db.select().from(schema.mailMessages)).length).toBe(mailsBefore);
    });

    it('cannot import applications (403, nothing imported)', async () => {
      const response = await t.app.inject({
        method: 'POST',
        url: `/api/programs/${P}/applications/import`,
        headers: { cookie: johan, 'content-type': 'text/csv' },
        payload: csv,
      });
      expect(response.statusCode).toBe(403);
      const rows = await t.database.db.select().from(schema.applications).where(eq(schema.applications.personId, johanPerson));
      expect(rows.map((r) => r.role)).toEqual(['adept']);
    });

    it('a participant cannot create a program', async () => {
      const response = await t.as(johan).post('/api/programs', { name: 'Mitt eget', type: 'classic' });
      expect(response.statusCode).toBe(403);
    });
  });

  describe('coordinators of other programs', () => {
    it('get 403 on the review endpoints of a program their organisation only takes part in', async () => {
      for (const [method, url, body] of [
        ['GET', `/api/programs/${P}/applications`, undefined],
        ['GET', `/api/programs/${P}/applications/${johanApplication}`, undefined],
        ['POST', `/api/programs/${P}/decisions`, { applicationIds: [lisaApplication], decision: 'rejected' }],
        ['GET', `/api/programs/${P}/nominations`, undefined],
      ] as [Method, string, unknown][]) {
        expect((await t.as(olle).request(method, url, body)).statusCode, url).toBe(403);
      }
      const program = await t.as(olle).get(`/api/programs/${P}`);
      expect(program.json()).toMatchObject({ can: { manage: false, people: false }, allowedTransitions: [] });
      // Those who only take part see who coordinates, not their e-mail addresses.
      expect(program.json().coordinators).toEqual([
        { personId: expect.any(String), name: 'Maria Sundberg', email: '', organisationName: 'Tullverket' },
      ]);
      expect((await t.as(maria).get(`/api/programs/${P}`)).json().coordinators[0].email).toBe('maria@tull.example');
    });
  });

  describe('those who manage', () => {
    it('the owner organisation’s administrator can manage the program', async () => {
      const patched = await t.as(anna).patch(`/api/programs/${P}`, { goals: 'Fler chefer' });
      expect(patched.statusCode, patched.body).toBe(200);
      expect(patched.json()).toMatchObject({ goals: 'Fler chefer', can: { manage: true, people: false } });
      // Only the named field changes: the rules (and other fields with defaults) stay as they were.
      const rules = { adept: [{ kind: 'underRepresentedGroup' }], mentor: [{ kind: 'age', min: 30 }] };
      expect(patched.json()).toMatchObject({ rules, purpose: 'Att utveckla chefer', requiresManagerConfirmation: true });
      const [row] = await t.database.db.select().from(schema.programs).where(eq(schema.programs.id, P));
      expect(row!.rules).toEqual(rules);
      const event = await t.as(anna).post(`/api/programs/${P}/events`, {
        kind: 'kickoff',
        title: 'Uppstart',
        startsAt: '2100-01-15T09:00:00Z',
        endsAt: '2100-01-15T12:30:00Z',
      });
      expect(event.statusCode, event.body).toBe(201);
      expect(event.json().events.map((e: { title: string }) => e.title)).toEqual(['Uppstart']);
      // P's eligibility uses the special-category answer: its people are for its coordinators only,
      // not for the owner's administrator (decision 0011); the settings above stay hers to manage.
      const queue = await t.as(anna).get(`/api/programs/${P}/applications`);
      expect(queue.statusCode).toBe(403);
      expect(queue.body).not.toContain('Johan');
      expect((await t.as(anna).get(`/api/programs/${P}/nominations`)).statusCode).toBe(403);
      // The response says so (decision 0011): she manages the program but does not see its people.
      expect((await t.as(anna).get(`/api/programs/${P}`)).json()).toMatchObject({ can: { manage: true, people: false } });
      expect((await t.as(maria).get(`/api/programs/${P}`)).json()).toMatchObject({ can: { manage: true, people: true } });
      expect((await t.as(maria).get(`/api/programs/${P}/applications`)).json().items).toHaveLength(2);
      const opened = await t.as(anna).post(`/api/programs/${D}/status`, { status: 'open' });
      expect(opened.json().status).toBe('open');
      expect((await t.as(anna).post(`/api/programs/${D}/status`, { status: 'draft' })).json().status).toBe('draft');
    });

    it('a platform administrator can manage any program', async () => {
      const view = await t.as(root).get(`/api/programs/${K}`);
      expect(view.json()).toMatchObject({ can: { manage: true, people: true }, allowedTransitions: ['selection', 'draft'] });
      const patched = await t.as(root).patch(`/api/programs/${K}`, { capacity: 12 });
      expect(patched.statusCode, patched.body).toBe(200);
      expect(patched.json().capacity).toBe(12);
      expect((await t.as(root).get(`/api/programs/${K}/applications`)).statusCode).toBe(200);
      // …except the people of a program whose eligibility uses special-category data (decision 0011).
      expect((await t.as(root).get(`/api/programs/${P}/applications`)).statusCode).toBe(403);
      const question = await t.as(root).post(`/api/programs/${K}/questions`, { role: 'mentor', kind: 'scale', label: 'Hur erfaren?' });
      expect(question.statusCode, question.body).toBe(201);
      const copy = await t.as(root).post(`/api/programs/${K}/copy`, { name: 'Kustens program 2', shiftMonths: 0 });
      expect(copy.statusCode, copy.body).toBe(201);
      // The platform admin is not of a participating organisation: not added as a coordinator of the copy.
      expect(copy.json().coordinators.map((c: { name: string }) => c.name)).toEqual(['Olle Kust']);
    });

    it('a platform administrator cannot apply on behalf of an organisation they are not part of (403)', async () => {
      const response = await t.as(root).put(`/api/programs/${P}/applications/mine/adept`, { profile: {} });
      expect(response.statusCode).toBe(403);
    });
  });

  describe('special-category data (under-represented group)', () => {
    it('the applicant sees their own answer', async () => {
      const mine = await t.as(johan).get(`/api/programs/${P}/applications/mine`);
      const [application] = mine.json();
      expect(application.sensitive).toMatchObject({ underRepresented: true });
      expect(typeof application.sensitive.consentAt).toBe('string');
      expect(application.eligibility.status).toBe('eligible');
    });

    it('the program’s coordinator sees it', async () => {
      const one = await t.as(maria).get(`/api/programs/${P}/applications/${johanApplication}`);
      expect(one.json().sensitive).toMatchObject({ underRepresented: true });
      const queue = await t.as(maria).get(`/api/programs/${P}/applications`);
      const byId = new Map((queue.json().items as { id: string; sensitive: unknown }[]).map((a) => [a.id, a.sensitive]));
      expect(byId.get(johanApplication)).toMatchObject({ underRepresented: true });
      expect(byId.get(lisaApplication)).toMatchObject({ underRepresented: false });
    });

    it('nothing a participant can reach exposes another applicant’s answer', async () => {
      for (const url of [`/api/programs/${P}`, `/api/programs/${P}/questions`, '/api/programs']) {
        const response = await t.as(lisa).get(url);
        expect(response.statusCode, url).toBe(200);
        expect(response.body).not.toContain('"underRepresented"');
        expect(response.body).not.toContain('"sensitive"');
        expect(response.body).not.toContain(johanApplication);
      }
      // Lisa's own view carries only her own answer.
      const mine = await t.as(lisa).get(`/api/programs/${P}/applications/mine`);
      expect(mine.json()).toHaveLength(1);
      expect(mine.json()[0].sensitive).toMatchObject({ underRepresented: false });
      expect(mine.body).not.toContain(johanApplication);
      expect(mine.body.match(/"underRepresented"/g)).toHaveLength(1);
    });

    it('the manager’s confirmation link shows nothing of it either', async () => {
      const mail = await t.lastMailTo('eva.chef@tull.example');
      expect(mail?.template).toBe('managerConfirmation');
      expect(mail!.text).not.toMatch(/underrepresent|Johans hemliga mål|Johans svar/i);
      const token = new URL(linkIn(mail!.text)).pathname.split('/').pop()!;
      const view = await t.app.inject({ url: `/api/responses/${token}` });
      expect(view.statusCode).toBe(200);
      expect(view.body).not.toMatch(/underRepresented|sensitive|eligib|Johans hemliga mål|Johans svar/);
    });

    it('where the answer is not shown (matching), eligibility is still judged on it', async () => {
      const found = await findProgram(t.ctx.db, P);
      const access = {
        program: found!.program,
        ownerOrganisationName: found!.ownerOrganisationName,
        organisations: [],
        organisationIds: [tull, kust],
        allOrganisationIds: [tull, kust],
        manage: true,
        coordinator: false,
        participant: true,
      };
      const rows = await t.database.db.select().from(schema.applications).where(eq(schema.applications.programId, P));
      const hidden = await presentApplications(t.ctx.db, access, rows, { viewer: 'engine' });
      const byId = new Map(hidden.map((a) => [a.id, a]));
      expect(byId.get(johanApplication)).toMatchObject({ sensitive: null, recommendations: [], eligibility: { status: 'eligible' } });
      expect(byId.get(lisaApplication)).toMatchObject({ sensitive: null, eligibility: { status: 'ineligible' } });
      // An administrator who manages but does not coordinate sees neither the answer nor an eligibility judged on it.
      const admin = new Map((await presentApplications(t.ctx.db, access, rows, { viewer: 'manager' })).map((a) => [a.id, a]));
      expect(admin.get(johanApplication)).toMatchObject({ sensitive: null, eligibility: { status: 'unknown' } });
      expect(admin.get(lisaApplication)).toMatchObject({ sensitive: null, eligibility: { status: 'unknown' } });
    });

    it('a program that does not ask refuses the answer (400 sensitive) and stores nothing', async () => {
      const refused = await t.as(johan).put(`/api/programs/${P}/applications/mine/mentor`, {
        profile: { birthYear: 1980 },
        sensitive: { underRepresented: true, consent: true },
      });
      expect(refused.statusCode).toBe(400);
      expect(refused.json().error).toMatchObject({ code: 'validation', field: 'sensitive' });
      const rows = await t.database.db.select().from(schema.applications).where(eq(schema.applications.personId, johanPerson));
      expect(rows.map((r) => r.role)).toEqual(['adept']);

      const none = await createProgram(maria, { name: 'Program utan regler', requiresManagerConfirmation: false });
      const alsoRefused = await t.as(johan).post(`/api/programs/${none}/applications/mine/adept/submit`, {
        profile: {},
        sensitive: { underRepresented: false, consent: true },
      });
      expect(alsoRefused.statusCode).toBe(400);
      expect(alsoRefused.json().error.field).toBe('sensitive');
      expect(await t.database.db.select().from(schema.applications).where(eq(schema.applications.programId, none))).toEqual([]);
      // Without the answer the same application goes through.
      const ok = await t.as(johan).post(`/api/programs/${none}/applications/mine/adept/submit`, { profile: {} });
      expect(ok.statusCode, ok.body).toBe(200);
      expect(ok.json().sensitive).toBeNull();
    });

    it('an answer needs explicit consent', async () => {
      const response = await t.as(lisa).put(`/api/programs/${P}/applications/mine/adept`, {
        profile: {},
        sensitive: { underRepresented: true },
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.field).toBe('sensitive.consent');
    });

    it('a birth year is dropped when the program has no age rule for the role, and kept when it has', async () => {
      const [adeptRow] = await t.database.db.select().from(schema.applications).where(eq(schema.applications.id, johanApplication));
      expect(adeptRow!.profile.birthYear).toBeNull();
      const mine = await t.as(johan).get(`/api/programs/${P}/applications/mine`);
      expect(mine.json()[0].profile.birthYear).toBeNull();

      const mentor = await t.as(johan).put(`/api/programs/${P}/applications/mine/mentor`, { profile: { birthYear: 1980 } });
      expect(mentor.statusCode, mentor.body).toBe(200);
      expect(mentor.json().profile.birthYear).toBe(1980);
      const [mentorRow] = await t.database.db.select().from(schema.applications).where(eq(schema.applications.id, mentor.json().id));
      expect(mentorRow!.profile.birthYear).toBe(1980);
    });
  });
});
