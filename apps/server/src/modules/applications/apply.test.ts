import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { schema } from '@lots/db';
import { createTestApp, OPENABLE_PROGRAM, type TestApp } from '../../testing/harness';

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** Applying: the deadline, editing until then, answers checked by kind, withdrawing, the manager's confirmation. */
describe('applying to a program', () => {
  let t: TestApp;
  let maria: string;
  let johan: string; // Tullverket, no manager in Lots
  let karl: string; // Tullverket, manager Eva in Lots
  let lisa: string; // Kustbevakningen
  let per: string; // Polisen: not taking part
  let root: string; // platform admin
  let johanPerson: string;
  let polisId: string;
  let P: string;
  let questions: Record<'choice' | 'scale' | 'multi' | 'short' | 'mentor', string>;

  const put = (cookie: string, programId: string, role: string, body: unknown) =>
    t.as(cookie).put(`/api/programs/${programId}/applications/mine/${role}`, body);
  const submit = (cookie: string, programId: string, role: string, body: unknown) =>
    t.as(cookie).post(`/api/programs/${programId}/applications/mine/${role}/submit`, body);
  const rowsOf = (programId: string, personId?: string) =>
    t.database.db
      .select()
      .from(schema.applications)
      .where(
        personId
          ? and(eq(schema.applications.programId, programId), eq(schema.applications.personId, personId))
          : eq(schema.applications.programId, programId),
      );
  const mailCount = async () => (await t.database.db.select().from(schema.mailMessages)).length;

  async function program(body: Record<string, unknown>, status: 'draft' | 'open' | 'selection' = 'open') {
    // A last day to apply already passed is set after opening (a program does not open with it, decision 0150): the deadline passed while open.
    const { applicationClosesOn, ...rest } = body;
    const created = await t.as(maria).post('/api/programs', { ...OPENABLE_PROGRAM, ...rest });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;
    if (status !== 'draft') expect((await t.as(maria).post(`/api/programs/${id}/status`, { status: 'open' })).statusCode).toBe(200);
    if (applicationClosesOn !== undefined)
      expect((await t.as(maria).patch(`/api/programs/${id}`, { applicationClosesOn })).statusCode).toBe(200);
    if (status === 'selection')
      expect((await t.as(maria).post(`/api/programs/${id}/status`, { status: 'selection' })).statusCode).toBe(200);
    return id;
  }

  beforeAll(async () => {
    t = await createTestApp();
    const tull = await t.createOrganisation('Tullverket');
    const kust = await t.createOrganisation('Kustbevakningen');
    const polis = await t.createOrganisation('Polisen');
    polisId = polis;
    await t.createMember(tull, 'maria@tull.example', ['coordinator'], { name: 'Maria Sundberg' });
    const eva = await t.createMember(tull, 'eva@tull.example', ['participant'], { name: 'Eva Bergström' });
    johanPerson = (await t.createMember(tull, 'johan@tull.example', ['participant'], { name: 'Johan Nyberg' })).personId;
    const karlPerson = (await t.createMember(tull, 'karl@tull.example', ['participant'], { name: 'Karl Karlsson' })).personId;
    await t.database.db.update(schema.people).set({ managerId: eva.personId }).where(eq(schema.people.id, karlPerson));
    await t.createMember(kust, 'lisa@kust.example', ['participant'], { name: 'Lisa Lind' });
    await t.createMember(polis, 'per@polis.example', ['participant'], { name: 'Per Polis' });
    await t.createMember(polis, 'root@lots.example', ['participant'], { name: 'Root', platformAdmin: true });
    [maria, johan, karl, lisa, per, root] = (await Promise.all(
      ['maria@tull', 'johan@tull', 'karl@tull', 'lisa@kust', 'per@polis', 'root@lots'].map((a) => t.signIn(`${a}.example`)),
    )) as [string, string, string, string, string, string];

    P = await program({ name: 'Chefsprogrammet', participatingOrganisationIds: [kust], requiresManagerConfirmation: true });
    await t.acceptInvitation(P, kust);
    const question = async (body: Record<string, unknown>) => {
      const response = await t.as(maria).post(`/api/programs/${P}/questions`, body);
      expect(response.statusCode, response.body).toBe(201);
      return response.json().id as string;
    };
    questions = {
      choice: await question({
        role: 'adept',
        kind: 'single_choice',
        label: 'Hur vill du träffas?',
        options: ['Digitalt', 'Fysiskt'],
        required: true,
      }),
      scale: await question({ role: 'adept', kind: 'scale', label: 'Hur van är du?' }),
      multi: await question({
        role: 'adept',
        kind: 'multiple_choice',
        label: 'Vilka områden?',
        options: ['Ledarskap', 'Strategi', 'Kommunikation'],
      }),
      short: await question({ role: 'adept', kind: 'short_text', label: 'Din roll i en mening' }),
      mentor: await question({ role: 'mentor', kind: 'long_text', label: 'Varför vill du bli mentor?', required: true }),
    };
  });
  afterAll(() => t.destroy());

  const validAdept = () => ({
    profile: { yearsAsManager: 1 },
    answers: { [questions.choice]: 'Digitalt' },
    managerEmail: 'chef@tull.example',
  });

  describe('the deadline', () => {
    it('applying after applicationClosesOn is a 409, and nothing is stored', async () => {
      const closed = await program({
        name: 'Stängt',
        applicationOpensOn: '2020-01-01',
        applicationClosesOn: day(-1),
        requiresManagerConfirmation: false,
      });
      for (const response of [await put(johan, closed, 'adept', { profile: {} }), await submit(johan, closed, 'adept', { profile: {} })]) {
        expect(response.statusCode).toBe(409);
        expect(response.json().error.code).toBe('conflict');
      }
      expect(await rowsOf(closed)).toEqual([]);
    });

    it('applying before applicationOpensOn is a 409', async () => {
      const future = await program({ name: 'Framtida', applicationOpensOn: day(1), requiresManagerConfirmation: false });
      expect((await put(johan, future, 'adept', { profile: {} })).statusCode).toBe(409);
      expect((await submit(johan, future, 'mentor', { profile: {} })).statusCode).toBe(409);
      expect(await rowsOf(future)).toEqual([]);
    });

    it('applying when the program is not open (selection) is a 409; a draft program does not exist for applicants', async () => {
      const selection = await program({ name: 'Urval pågår', requiresManagerConfirmation: false }, 'selection');
      expect((await put(johan, selection, 'adept', { profile: {} })).statusCode).toBe(409);
      expect((await submit(johan, selection, 'adept', { profile: {} })).statusCode).toBe(409);
      expect((await t.as(johan).get(`/api/programs/${selection}/applications/mine`)).json()).toEqual([]);
      const draft = await program({ name: 'Utkast', requiresManagerConfirmation: false }, 'draft');
      expect((await put(johan, draft, 'adept', { profile: {} })).statusCode).toBe(404);
      expect(await rowsOf(selection)).toEqual([]);
      expect(await rowsOf(draft)).toEqual([]);
    });

    it('an application can be edited until the deadline (the last day included), and stays submitted', async () => {
      const today = await program({
        name: 'Sista dagen',
        applicationOpensOn: '2020-01-01',
        applicationClosesOn: day(0),
        requiresManagerConfirmation: false,
      });
      const first = await submit(johan, today, 'adept', { profile: { developmentGoals: 'Första versionen' } });
      expect(first.statusCode, first.body).toBe(200);
      expect(first.json()).toMatchObject({ status: 'submitted', editable: true });
      const edited = await put(johan, today, 'adept', { profile: { developmentGoals: 'Andra versionen' } });
      expect(edited.statusCode, edited.body).toBe(200);
      expect(edited.json()).toMatchObject({
        id: first.json().id,
        status: 'submitted',
        submittedAt: first.json().submittedAt,
        profile: { developmentGoals: 'Andra versionen' },
      });
      const [row] = await rowsOf(today, johanPerson);
      expect(row).toMatchObject({ status: 'submitted', profile: expect.objectContaining({ developmentGoals: 'Andra versionen' }) });

      // The deadline passes.
      await t.database.db
        .update(schema.programs)
        .set({ applicationClosesOn: day(-1) })
        .where(eq(schema.programs.id, today));
      expect((await put(johan, today, 'adept', { profile: { developmentGoals: 'För sent' } })).statusCode).toBe(409);
      expect((await submit(johan, today, 'adept', { profile: { developmentGoals: 'För sent' } })).statusCode).toBe(409);
      const mine = await t.as(johan).get(`/api/programs/${today}/applications/mine`);
      expect(mine.json()).toMatchObject([{ status: 'submitted', editable: false, profile: { developmentGoals: 'Andra versionen' } }]);
    });

    it('re-submitting an edited application keeps it submitted, its time, and does not ask the manager again', async () => {
      const first = await submit(johan, P, 'adept', validAdept());
      expect(first.statusCode, first.body).toBe(200);
      expect(first.json()).toMatchObject({ status: 'submitted', confirmation: 'pending', managerEmail: 'chef@tull.example' });
      const again = await submit(johan, P, 'adept', { ...validAdept(), profile: { yearsAsManager: 2 } });
      expect(again.statusCode, again.body).toBe(200);
      expect(again.json()).toMatchObject({
        id: first.json().id,
        status: 'submitted',
        submittedAt: first.json().submittedAt,
        profile: { yearsAsManager: 2 },
      });
      const mails = await t.database.db.select().from(schema.mailMessages).where(eq(schema.mailMessages.to, 'chef@tull.example'));
      expect(mails.map((m) => m.template)).toEqual(['managerConfirmation']);
    });
  });

  describe('answers are checked against the form', () => {
    const expectField = async (response: Awaited<ReturnType<typeof put>>, field: string) => {
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json().error).toMatchObject({ code: 'validation', field });
    };

    it('an unknown question id, or a question of the other role, is a 400 naming it', async () => {
      const unknown = '00000000-0000-4000-8000-000000000001';
      await expectField(await put(lisa, P, 'adept', { answers: { [unknown]: 'Hej' } }), `answers.${unknown}`);
      await expectField(
        await put(lisa, P, 'adept', { answers: { [questions.mentor]: 'Jag vill bli mentor' } }),
        `answers.${questions.mentor}`,
      );
    });

    it('a single choice must be one of the options', async () => {
      await expectField(await put(lisa, P, 'adept', { answers: { [questions.choice]: 'Telefon' } }), `answers.${questions.choice}`);
      await expectField(await put(lisa, P, 'adept', { answers: { [questions.choice]: ['Digitalt'] } }), `answers.${questions.choice}`);
    });

    it('a scale goes from 1 to 5', async () => {
      await expectField(await put(lisa, P, 'adept', { answers: { [questions.scale]: 7 } }), `answers.${questions.scale}`);
      await expectField(await put(lisa, P, 'adept', { answers: { [questions.scale]: 0 } }), `answers.${questions.scale}`);
      await expectField(await put(lisa, P, 'adept', { answers: { [questions.scale]: 'fem' } }), `answers.${questions.scale}`);
    });

    it('multiple choice takes options from the list; short text at most 500 characters', async () => {
      await expectField(
        await put(lisa, P, 'adept', { answers: { [questions.multi]: ['Ledarskap', 'Golf'] } }),
        `answers.${questions.multi}`,
      );
      await expectField(await put(lisa, P, 'adept', { answers: { [questions.multi]: 'Ledarskap' } }), `answers.${questions.multi}`);
      await expectField(await put(lisa, P, 'adept', { answers: { [questions.short]: 'x'.repeat(501) } }), `answers.${questions.short}`);
    });

    it('nothing was stored by the refused requests', async () => {
      const lisaPerson = (await t.database.db.select().from(schema.people).where(eq(schema.people.email, 'lisa@kust.example')))[0]!.id;
      expect(await rowsOf(P, lisaPerson)).toEqual([]);
    });

    it('a draft may leave out a required answer; the submission may not', async () => {
      const draft = await put(lisa, P, 'adept', { answers: { [questions.scale]: 4 }, managerEmail: 'chef@kust.example' });
      expect(draft.statusCode, draft.body).toBe(200);
      expect(draft.json()).toMatchObject({ status: 'draft', answers: { [questions.scale]: 4 } });
      await expectField(
        await submit(lisa, P, 'adept', { answers: { [questions.scale]: 4 }, managerEmail: 'chef@kust.example' }),
        `answers.${questions.choice}`,
      );
      await expectField(
        await submit(lisa, P, 'adept', { answers: { [questions.choice]: '' }, managerEmail: 'chef@kust.example' }),
        `answers.${questions.choice}`,
      );
      const answers = {
        [questions.choice]: 'Fysiskt',
        [questions.scale]: 5,
        [questions.multi]: ['Ledarskap', 'Strategi'],
        [questions.short]: 'Enhetschef',
      };
      const submitted = await submit(lisa, P, 'adept', { answers, managerEmail: 'chef@kust.example' });
      expect(submitted.statusCode, submitted.body).toBe(200);
      expect(submitted.json()).toMatchObject({ status: 'submitted', answers });
      const [row] = await rowsOf(P, submitted.json().personId);
      expect(row!.answers).toEqual(answers);
    });

    it('a mentor must answer the mentors’ required question', async () => {
      await expectField(await submit(karl, P, 'mentor', { profile: { yearsAsManager: 10 } }), `answers.${questions.mentor}`);
    });
  });

  describe('withdrawing', () => {
    it('withdraws once; a withdrawn application cannot be edited or re-submitted', async () => {
      const lisaApp = (await t.as(lisa).get(`/api/programs/${P}/applications/mine`)).json()[0];
      const withdrawn = await t.as(lisa).post(`/api/programs/${P}/applications/mine/adept/withdraw`);
      expect(withdrawn.statusCode, withdrawn.body).toBe(200);
      expect(withdrawn.json()).toMatchObject({ id: lisaApp.id, status: 'withdrawn', editable: false });
      const again = await t.as(lisa).post(`/api/programs/${P}/applications/mine/adept/withdraw`);
      expect(again.statusCode).toBe(409);
      expect((await put(lisa, P, 'adept', { profile: {} })).statusCode).toBe(409);
      expect(
        (await submit(lisa, P, 'adept', { answers: { [questions.choice]: 'Fysiskt' }, managerEmail: 'chef@kust.example' })).statusCode,
      ).toBe(409);
      const [row] = await t.database.db.select().from(schema.applications).where(eq(schema.applications.id, lisaApp.id));
      expect(row!.status).toBe('withdrawn');
      const queue = await t.as(maria).get(`/api/programs/${P}/applications?status=withdrawn`);
      expect(queue.json().items.map((a: { id: string }) => a.id)).toEqual([lisaApp.id]);
    });

    it('withdrawing an application that does not exist is a 404', async () => {
      expect((await t.as(lisa).post(`/api/programs/${P}/applications/mine/mentor/withdraw`)).statusCode).toBe(404);
    });
  });

  describe('who may apply', () => {
    it('a person of an organisation that does not take part gets a 404 and stores nothing', async () => {
      expect((await put(per, P, 'adept', validAdept())).statusCode).toBe(404);
      expect((await submit(per, P, 'adept', validAdept())).statusCode).toBe(404);
      expect((await t.as(per).post(`/api/programs/${P}/applications/mine/adept/withdraw`)).statusCode).toBe(404);
    });

    it('a platform administrator sees the program but cannot apply (403)', async () => {
      expect((await t.as(root).get(`/api/programs/${P}`)).statusCode).toBe(200);
      expect((await put(root, P, 'adept', validAdept())).statusCode).toBe(403);
      expect((await submit(root, P, 'mentor', { answers: { [questions.mentor]: 'x' } })).statusCode).toBe(403);
      // Neither Per nor the platform administrator (both of Polisen) has an application.
      const polis = await t.database.db.select().from(schema.people).where(eq(schema.people.organisationId, polisId));
      expect(polis).toHaveLength(2);
      for (const person of polis) expect(await rowsOf(P, person.id)).toEqual([]);
    });
  });

  describe('the manager’s confirmation', () => {
    it('an adept without a manager e-mail address is refused when the program requires confirmation (400 managerEmail)', async () => {
      const other = await program({ name: 'Med bekräftelse', requiresManagerConfirmation: true });
      const mailsBefore = await mailCount();
      const response = await submit(johan, other, 'adept', { profile: {} });
      expect(response.statusCode).toBe(400);
      expect(response.json().error).toMatchObject({ code: 'validation', field: 'managerEmail' });
      expect(await rowsOf(other)).toEqual([]);
      expect(await mailCount()).toBe(mailsBefore);
      // A draft without it is fine.
      expect((await put(johan, other, 'adept', { profile: {} })).json().status).toBe('draft');
      expect((await submit(johan, other, 'adept', { profile: {} })).statusCode).toBe(400);
      expect((await rowsOf(other))[0]!.status).toBe('draft');
      // A malformed address is a 400 too.
      const bad = await submit(johan, other, 'adept', { profile: {}, managerEmail: 'inte-en-adress' });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.field).toBe('managerEmail');
    });

    it('the manager known in Lots is used when the adept gives none, and gets the link', async () => {
      const response = await submit(karl, P, 'adept', { answers: { [questions.choice]: 'Digitalt' } });
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json()).toMatchObject({
        status: 'submitted',
        confirmation: 'pending',
        managerName: 'Eva Bergström',
        managerEmail: 'eva@tull.example',
      });
      const mail = await t.lastMailTo('eva@tull.example');
      expect(mail).toMatchObject({
        template: 'managerConfirmation',
        subject: 'Bekräfta Karl Karlssons mentorskap i mentorprogrammet Chefsprogrammet',
      });
    });

    it('mentors need no confirmation', async () => {
      const mailsBefore = await mailCount();
      const response = await submit(karl, P, 'mentor', {
        profile: { yearsAsManager: 10 },
        answers: { [questions.mentor]: 'För att ge tillbaka' },
      });
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json()).toMatchObject({ status: 'submitted', confirmation: 'not_required' });
      expect(await mailCount()).toBe(mailsBefore);
    });

    it('a program without required confirmation: not_required and no mail', async () => {
      const free = await program({ name: 'Utan bekräftelse', requiresManagerConfirmation: false });
      const mailsBefore = await mailCount();
      const response = await submit(johan, free, 'adept', { profile: { yearsAsManager: 1 } });
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json()).toMatchObject({ status: 'submitted', confirmation: 'not_required', confirmationRespondedAt: null });
      // Even with a manager e-mail address given, nobody is asked.
      const withManager = await submit(karl, free, 'adept', { profile: {}, managerEmail: 'chef@tull.example' });
      expect(withManager.json().confirmation).toBe('not_required');
      expect(await mailCount()).toBe(mailsBefore);
      const confirmations = await t.database.db.select().from(schema.managerConfirmations);
      const freeIds = (await rowsOf(free)).map((r) => r.id);
      expect(confirmations.filter((c) => freeIds.includes(c.applicationId))).toEqual([]);
    });
  });
});
