import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { schema } from '@lots/db';
import { createTestApp, OPENABLE_PROGRAM, linkIn, type TestApp } from '../../testing/harness';
import { sendDigests } from './digest';

/** The coordinators' digest: one mail per coordinator with an account and program with news, and none without news. */
describe('coordinator digest', () => {
  let t: TestApp;
  let maria: string;
  let olle: string;
  let P: string;
  let P2: string;
  let P3: string;
  let P4: string;
  const cookies: Record<string, string> = {};

  const digests = () => t.database.db.select().from(schema.mailMessages).where(eq(schema.mailMessages.template, 'digest'));
  const submitAdept = async (key: string, programId: string) => {
    const response = await t.as(cookies[key]!).post(`/api/programs/${programId}/applications/mine/adept/submit`, {
      profile: {},
      managerEmail: `chef.${key}@example.org`,
    });
    expect(response.statusCode, response.body).toBe(200);
  };
  const confirmFor = async (key: string) => {
    const mail = await t.lastMailTo(`chef.${key}@example.org`);
    const token = new URL(linkIn(mail!.text)).pathname.split('/').pop()!;
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/responses/${token}/confirmation`,
      payload: { decision: 'confirmed' },
    });
    expect(response.statusCode, response.body).toBe(200);
  };

  beforeAll(async () => {
    t = await createTestApp();
    const tull = await t.createOrganisation('Tullverket');
    const kust = await t.createOrganisation('Kustbevakningen');
    await t.createMember(tull, 'maria@tull.example', ['coordinator'], { name: 'Maria Sundberg' });
    const anna = await t.createMember(tull, 'anna@tull.example', ['coordinator'], { name: 'Anna Andersen' });
    await t.database.db.update(schema.user).set({ locale: 'nb' }).where(eq(schema.user.id, anna.userId));
    const olleMember = await t.createMember(kust, 'olle@kust.example', ['coordinator'], { name: 'Olle Kust' });
    await t.database.db.update(schema.user).set({ locale: 'en' }).where(eq(schema.user.id, olleMember.userId));
    // A coordinator in Lots without an account: gets no digest.
    const [gustav] = await t.database.db
      .insert(schema.people)
      .values({ organisationId: tull, name: 'Gustav Utan Konto', email: 'gustav@tull.example', roles: ['coordinator'] })
      .returning({ id: schema.people.id });
    maria = await t.signIn('maria@tull.example');
    olle = await t.signIn('olle@kust.example');
    for (const [key, org] of [
      ['johan', tull],
      ['lisa', tull],
      ['karl', tull],
      ['sven', kust],
      ['dora', tull],
    ] as const) {
      await t.createMember(org, `${key}@example.org`, ['participant'], { name: key });
      cookies[key] = await t.signIn(`${key}@example.org`);
    }

    const create = async (cookie: string, name: string, coordinatorIds: string[] = []) => {
      const created = await t.as(cookie).post('/api/programs', {
        ...OPENABLE_PROGRAM,
        name,
        type: 'classic',
        applicationClosesOn: '2099-12-31',
        coordinatorIds,
      });
      expect(created.statusCode, created.body).toBe(201);
      const id = created.json().id as string;
      expect((await t.as(cookie).post(`/api/programs/${id}/status`, { status: 'open' })).statusCode).toBe(200);
      return id;
    };
    P = await create(maria, 'Tullens program', [anna.personId, gustav!.id]);
    P2 = await create(olle, 'Kustens program');
    P3 = await create(maria, 'Program utan nyheter');
    P4 = await create(maria, 'Program i matchning');

    // P: two submissions, one draft, one manager's answer. P2: one submission. P4: news, but past selection.
    await submitAdept('johan', P);
    await submitAdept('lisa', P);
    await t.as(cookies.karl!).put(`/api/programs/${P}/applications/mine/adept`, { profile: {} });
    await confirmFor('johan');
    await submitAdept('sven', P2);
    await submitAdept('dora', P4);
    for (const status of ['selection', 'matching'])
      expect((await t.as(maria).post(`/api/programs/${P4}/status`, { status })).statusCode).toBe(200);
  });
  afterAll(() => t.destroy());

  it('mails each coordinator with an account once per program with news, with the right counts, in their language', async () => {
    const sent = await sendDigests(t.ctx);
    expect(sent).toBe(3);
    const mails = await digests();
    expect(mails.map((m) => m.to).sort()).toEqual(['anna@tull.example', 'maria@tull.example', 'olle@kust.example']);
    const byTo = Object.fromEntries(mails.map((m) => [m.to, m]));
    expect(byTo['maria@tull.example']).toMatchObject({ locale: 'sv', subject: 'Lots: nytt i Tullens program' });
    expect(byTo['maria@tull.example']!.text).toContain(
      'Sedan förra sammanfattningen i mentorprogrammet Tullens program:\n– 2 nya ansökningar och 1 svar från chefer',
    );
    // The link opens the page in the mail's language (decision 0082).
    expect(linkIn(byTo['maria@tull.example']!.text)).toBe(`http://lots.test/programs/${P}/review?lang=sv`);
    expect(byTo['anna@tull.example']).toMatchObject({ locale: 'nb', subject: 'Lots: nytt i Tullens program' });
    expect(byTo['anna@tull.example']!.text).toContain('2 nye søknader og 1 svar fra ledere');
    expect(byTo['olle@kust.example']).toMatchObject({ locale: 'en', subject: 'Lots: news in Kustens program' });
    expect(byTo['olle@kust.example']!.text).toContain('1 new applications and 0 answers from managers');
    expect(linkIn(byTo['olle@kust.example']!.text)).toBe(`http://lots.test/programs/${P2}/review?lang=en`);
    // Nothing about the program without news, or the one past selection.
    expect(mails.some((m) => m.subject.includes('Program utan nyheter') || m.subject.includes('Program i matchning'))).toBe(false);
    const marks = await t.database.db.select().from(schema.programDigests);
    expect(marks.map((m) => m.programId).sort()).toEqual([P, P2].sort());
    expect(marks.map((m) => m.programId)).not.toContain(P3);
  });

  it('a second run with no news sends nothing', async () => {
    expect(await sendDigests(t.ctx)).toBe(0);
    expect(await digests()).toHaveLength(3);
  });

  it('only what is new since the last digest is counted: a submission, or just a manager’s answer', async () => {
    await submitAdept('karl', P);
    await confirmFor('sven');
    expect(await sendDigests(t.ctx)).toBe(3);
    const mails = await digests();
    expect(mails).toHaveLength(6);
    const newest = (to: string) => mails.filter((m) => m.to === to).sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())[0]!;
    expect(newest('maria@tull.example').text).toContain('1 nya ansökningar och 0 svar från chefer');
    expect(newest('olle@kust.example').text).toContain('0 new applications and 1 answers from managers');
    expect(await sendDigests(t.ctx)).toBe(0);
    expect(await digests()).toHaveLength(6);
  });

  it('an edit of a submitted application is not news', async () => {
    const edited = await t.as(cookies.johan!).put(`/api/programs/${P}/applications/mine/adept`, {
      profile: { developmentGoals: 'Nytt mål' },
      managerEmail: 'chef.johan@example.org',
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(await sendDigests(t.ctx)).toBe(0);
  });

  it('two runs at the same moment (two Lots processes) send one digest, also for a program never digested before', async () => {
    // P3 has no digest mark yet: nothing to lock but the program itself.
    await t.createMember(
      (await t.database.db.select().from(schema.programs).where(eq(schema.programs.id, P3)))[0]!.ownerOrganisationId,
      'nils@example.org',
      ['participant'],
      { name: 'nils' },
    );
    cookies.nils = await t.signIn('nils@example.org');
    await submitAdept('nils', P3);
    const before = new Set((await digests()).map((m) => m.id));
    const runs = await Promise.all([sendDigests(t.ctx), sendDigests(t.ctx), sendDigests(t.ctx)]);
    expect(runs.reduce((a, b) => a + b, 0)).toBe(1);
    const fresh = (await digests()).filter((m) => !before.has(m.id));
    expect(fresh.map((m) => [m.to, m.subject])).toEqual([['maria@tull.example', 'Lots: nytt i Program utan nyheter']]);
  });
});
