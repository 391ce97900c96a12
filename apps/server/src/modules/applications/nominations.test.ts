import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { schema } from '@lots/db';
import { createTestApp, OPENABLE_PROGRAM, linkIn, TEST_PASSWORD, type TestApp } from '../../testing/harness';

/**
 * Someone with staff responsibility (or a coordinator) nominates a colleague as mentor or adept; the
 * nominee is told (and invited if new); the coordinator follows up; a program may take only
 * nominated mentors (issue 10 item 9).
 */
describe('nominations', () => {
  let t: TestApp;
  let maria: string;
  let eva: string;
  let johan: string;
  let sven: string;
  let per: string;
  let P: string;
  let kalle: string;

  const nominate = (cookie: string, body: Record<string, unknown>, programId = P) =>
    t.as(cookie).post(`/api/programs/${programId}/nominations`, body);
  const mailsTo = (email: string) => t.database.db.select().from(schema.mailMessages).where(eq(schema.mailMessages.to, email));
  const nominationRows = () => t.database.db.select().from(schema.nominations).where(eq(schema.nominations.programId, P));

  beforeAll(async () => {
    t = await createTestApp();
    const tull = await t.createOrganisation('Tullverket');
    const kust = await t.createOrganisation('Kustbevakningen');
    const polis = await t.createOrganisation('Polisen');
    await t.createMember(tull, 'maria@tull.example', ['coordinator'], { name: 'Maria Sundberg' });
    const evaMember = await t.createMember(tull, 'eva@tull.example', ['participant'], { name: 'Eva Bergström' });
    const johanUser = await t.createMember(tull, 'johan@tull.example', ['participant'], { name: 'Johan Nyberg' });
    // Eva has staff responsibility: Johan reports to her.
    await t.database.db.update(schema.people).set({ managerId: evaMember.personId }).where(eq(schema.people.id, johanUser.personId));
    await t.database.db.update(schema.user).set({ locale: 'en' }).where(eq(schema.user.id, johanUser.userId));
    await t.createMember(kust, 'sven@kust.example', ['participant'], { name: 'Sven Sjö' });
    // Sven has staff responsibility over someone whose manager is known only by e-mail address.
    await t.database.db
      .insert(schema.people)
      .values({ organisationId: kust, name: 'Stina Kust', email: 'stina@kust.example', managerEmail: 'SVEN@kust.example' });
    await t.createMember(polis, 'per@polis.example', ['participant'], { name: 'Per Polis' });
    // In Lots, but without an account yet.
    const [k] = await t.database.db
      .insert(schema.people)
      .values({ organisationId: kust, name: 'Kalle Kust', email: 'kalle@kust.example', roles: ['participant'] })
      .returning({ id: schema.people.id });
    kalle = k!.id;
    [maria, eva, johan, sven, per] = (await Promise.all(
      ['maria@tull', 'eva@tull', 'johan@tull', 'sven@kust', 'per@polis'].map((a) => t.signIn(`${a}.example`)),
    )) as [string, string, string, string, string];
    P = await t.createProgram(maria, { name: 'Mentorprogram 2027', participatingOrganisationIds: [kust] });
  });
  afterAll(() => t.destroy());

  it('a manager nominates a colleague with an account: the nominee gets a nomination mail in their language', async () => {
    const response = await nominate(eva, {
      name: 'Johan Nyberg',
      email: 'johan@tull.example',
      motivation: 'Johan är en lugn och klok ledare',
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toEqual({ id: expect.any(String), nomineeName: 'Johan Nyberg', nomineeEmail: 'johan@tull.example' });
    const mails = await mailsTo('johan@tull.example');
    expect(mails.map((m) => m.template)).toEqual(['nomination']);
    expect(mails[0]).toMatchObject({ locale: 'en', subject: 'You have been nominated as a mentor in Mentorprogram 2027' });
    expect(mails[0]!.text).toContain('Eva Bergström has nominated you');
    expect(linkIn(mails[0]!.text)).toBe(`http://lots.test/programs/${P}?lang=en`);
  });

  it('a nominee without an account is invited first, then told about the nomination', async () => {
    const response = await nominate(sven, { name: 'Kalle', email: 'KALLE@kust.example' });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({ nomineeName: 'Kalle Kust', nomineeEmail: 'kalle@kust.example' });
    const mails = await mailsTo('kalle@kust.example');
    expect(mails.map((m) => m.template).sort()).toEqual(['invitation', 'nomination']);
    const invitations = await t.database.db.select().from(schema.invitations).where(eq(schema.invitations.personId, kalle));
    expect(invitations).toHaveLength(1);
    expect(invitations[0]!.expiresAt.getTime()).toBeGreaterThan(Date.now());
  });

  it('nominating the same person twice is a 409, whoever nominates', async () => {
    for (const cookie of [eva, sven]) {
      const again = await nominate(cookie, { name: 'Johan Nyberg', email: 'johan@tull.example' });
      expect(again.statusCode).toBe(409);
      expect(again.json().error.code).toBe('conflict');
    }
    expect(await nominationRows()).toHaveLength(2);
    expect((await mailsTo('johan@tull.example')).length).toBe(1);
  });

  it('the nominee must be in Lots and of a participating organisation (400 email)', async () => {
    for (const email of ['per@polis.example', 'nobody@tull.example']) {
      const response = await nominate(eva, { name: 'Någon', email });
      expect(response.statusCode, email).toBe(400);
      expect(response.json().error).toMatchObject({ code: 'validation', field: 'email' });
    }
    const self = await nominate(eva, { name: 'Eva', email: 'eva@tull.example' });
    expect(self.statusCode).toBe(400);
    expect(self.json().error.field).toBe('email');
    expect(await nominationRows()).toHaveLength(2);
    expect(await mailsTo('per@polis.example')).toEqual([]);
  });

  it('someone outside the participating organisations cannot nominate (404); nor can anyone once applications close (409)', async () => {
    expect((await nominate(per, { name: 'Johan', email: 'johan@tull.example' })).statusCode).toBe(404);
    const closed = await t.createProgram(maria, { name: 'Urvalsprogrammet' });
    expect((await t.as(maria).post(`/api/programs/${closed}/status`, { status: 'selection' })).statusCode).toBe(200);
    const late = await nominate(eva, { name: 'Johan', email: 'johan@tull.example' }, closed);
    expect(late.statusCode).toBe(409);
  });

  it('the coordinator sees who nominated whom; participants may not (403)', async () => {
    const response = await t.as(maria).get(`/api/programs/${P}/nominations`);
    expect(response.statusCode).toBe(200);
    const list = response.json() as Record<string, unknown>[];
    expect(list).toHaveLength(2);
    expect(list).toEqual(
      expect.arrayContaining([
        {
          id: expect.any(String),
          programId: P,
          nomineeName: 'Johan Nyberg',
          nomineeEmail: 'johan@tull.example',
          role: 'mentor',
          nominatorName: 'Eva Bergström',
          motivation: 'Johan är en lugn och klok ledare',
          createdAt: expect.any(String),
          applied: false,
        },
        {
          id: expect.any(String),
          programId: P,
          nomineeName: 'Kalle Kust',
          nomineeEmail: 'kalle@kust.example',
          role: 'mentor',
          nominatorName: 'Sven Sjö',
          motivation: null,
          createdAt: expect.any(String),
          applied: false,
        },
      ]),
    );
    expect((await t.as(eva).get(`/api/programs/${P}/nominations`)).statusCode).toBe(403);
    expect((await t.as(johan).get(`/api/programs/${P}/nominations`)).statusCode).toBe(403);
  });

  it('applied flips to true once the nominee submits a mentor application (a draft or an adept application does not count)', async () => {
    const applied = async () =>
      Object.fromEntries(
        ((await t.as(maria).get(`/api/programs/${P}/nominations`)).json() as { nomineeName: string; applied: boolean }[]).map((n) => [
          n.nomineeName,
          n.applied,
        ]),
      );
    await t.as(johan).put(`/api/programs/${P}/applications/mine/mentor`, { profile: { yearsAsManager: 8 } });
    expect(await applied()).toEqual({ 'Johan Nyberg': false, 'Kalle Kust': false });
    const asAdept = await t.as(johan).post(`/api/programs/${P}/applications/mine/adept/submit`, {
      profile: {},
      managerEmail: 'eva@tull.example',
    });
    expect(asAdept.statusCode, asAdept.body).toBe(200);
    expect(await applied()).toEqual({ 'Johan Nyberg': false, 'Kalle Kust': false });
    const submitted = await t.as(johan).post(`/api/programs/${P}/applications/mine/mentor/submit`, { profile: { yearsAsManager: 8 } });
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect(await applied()).toEqual({ 'Johan Nyberg': true, 'Kalle Kust': false });

    // Kalle accepts the invitation, signs in and applies.
    const invitation = (await mailsTo('kalle@kust.example')).find((m) => m.template === 'invitation')!;
    const token = new URL(linkIn(t.deliveredText(invitation))).pathname.split('/').pop()!;
    const accepted = await t.app.inject({
      method: 'POST',
      url: `/api/invitations/${token}/accept`,
      payload: { name: 'Kalle Kust', password: TEST_PASSWORD },
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    const kalleSession = await t.signIn('kalle@kust.example');
    const kalleApplied = await t.as(kalleSession).post(`/api/programs/${P}/applications/mine/mentor/submit`, {
      profile: { yearsAsManager: 4 },
    });
    expect(kalleApplied.statusCode, kalleApplied.body).toBe(200);
    expect(await applied()).toEqual({ 'Johan Nyberg': true, 'Kalle Kust': true });
  });

  it('the review queue shows nominatedBy on the nominee’s mentor application only', async () => {
    const queue = await t.as(maria).get(`/api/programs/${P}/applications`);
    const rows = (queue.json().items as { name: string; role: string; nominatedBy: string | null }[]).map((a) => [
      a.name,
      a.role,
      a.nominatedBy,
    ]);
    expect(rows.sort()).toEqual(
      [
        ['Johan Nyberg', 'adept', null],
        ['Johan Nyberg', 'mentor', 'Eva Bergström'],
        ['Kalle Kust', 'mentor', 'Sven Sjö'],
      ].sort(),
    );
  });

  it('only people with staff responsibility and coordinators may nominate, and only they see the form', async () => {
    const program = async (cookie: string) => (await t.as(cookie).get(`/api/programs/${P}`)).json();
    // Johan has no one reporting to him: 403, and his program page offers no nomination form.
    const refused = await nominate(johan, { name: 'Sven Sjö', email: 'sven@kust.example' });
    expect(refused.statusCode, refused.body).toBe(403);
    expect(await nominationRows()).toHaveLength(2);
    expect((await program(johan)).can.nominate).toBe(false);
    expect((await program(eva)).can.nominate).toBe(true);
    expect((await program(sven)).can.nominate).toBe(true);
    expect((await program(maria)).can.nominate).toBe(true);
  });

  it('an adept can be nominated too: the mail says as what, the coordinator sees it', async () => {
    const response = await nominate(maria, { role: 'adept', name: 'Eva', email: 'eva@tull.example', motivation: 'Ny chef' });
    expect(response.statusCode, response.body).toBe(201);
    const mail = (await mailsTo('eva@tull.example')).find((m) => m.template === 'nomination')!;
    expect(mail.subject).toBe('Du är nominerad som adept i Mentorprogram 2027');
    // Not twice as the same.
    const again = await nominate(maria, { role: 'adept', name: 'Eva', email: 'eva@tull.example' });
    expect(again.statusCode).toBe(409);
    const list = (await t.as(maria).get(`/api/programs/${P}/nominations`)).json() as { nomineeName: string; role: string }[];
    expect(list.find((n) => n.nomineeName === 'Eva Bergström')).toMatchObject({ role: 'adept' });
    const bad = await nominate(maria, { role: 'coach', name: 'Eva', email: 'eva@tull.example' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('role');
  });

  it('a program that takes only nominated mentors refuses a mentor application without a nomination (409 role)', async () => {
    const created = await t.as(maria).post('/api/programs', {
      ...OPENABLE_PROGRAM,
      name: 'Enhetschefer 2027',
      type: 'classic',
      applicationClosesOn: '2099-12-31',
      mentorsMustBeNominated: true,
      requiresManagerConfirmation: false,
    });
    expect(created.statusCode, created.body).toBe(201);
    const G = created.json().id as string;
    expect(created.json().mentorsMustBeNominated).toBe(true);
    expect((await t.as(maria).post(`/api/programs/${G}/status`, { status: 'open' })).statusCode).toBe(200);
    const refused = await t.as(johan).post(`/api/programs/${G}/applications/mine/mentor/submit`, { profile: { yearsAsManager: 8 } });
    expect(refused.statusCode, refused.body).toBe(409);
    expect(refused.json().error.field).toBe('role');
    // An adept applies as ever.
    expect((await t.as(johan).post(`/api/programs/${G}/applications/mine/adept/submit`, { profile: {} })).statusCode).toBe(200);
    // Nominated as an adept is not nominated as a mentor.
    expect((await nominate(eva, { role: 'adept', name: 'Johan', email: 'johan@tull.example' }, G)).statusCode).toBe(201);
    expect(
      (await t.as(johan).post(`/api/programs/${G}/applications/mine/mentor/submit`, { profile: { yearsAsManager: 8 } })).statusCode,
    ).toBe(409);
    expect((await nominate(eva, { name: 'Johan', email: 'johan@tull.example' }, G)).statusCode).toBe(201);
    const accepted = await t.as(johan).post(`/api/programs/${G}/applications/mine/mentor/submit`, { profile: { yearsAsManager: 8 } });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json().nominatedBy).toBe('Eva Bergström');
  });
});
