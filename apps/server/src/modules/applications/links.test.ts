import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { schema } from '@lots/db';
import { createTestApp, OPENABLE_PROGRAM, linkIn, type TestApp } from '../../testing/harness';

/** The links in mails to managers and recommenders: no account, once only, expiring, revealing nothing else. */
describe('confirmation and recommendation links', () => {
  let t: TestApp;
  let maria: string;
  let programId: string;
  const applications: Record<string, string> = {};

  const view = (token: string) => t.app.inject({ method: 'GET', url: `/api/responses/${token}` });
  const confirm = (token: string, decision: 'confirmed' | 'declined', comment?: string) =>
    t.app.inject({ method: 'POST', url: `/api/responses/${token}/confirmation`, payload: { decision, ...(comment ? { comment } : {}) } });
  const recommend = (token: string, verdict: 'recommend' | 'advise_against', comment?: string) =>
    t.app.inject({ method: 'POST', url: `/api/responses/${token}/recommendation`, payload: { verdict, ...(comment ? { comment } : {}) } });
  /** The token of the newest mail to an address (the link is /respond/:token). */
  async function tokenFrom(email: string, template: string) {
    const mail = await t.lastMailTo(email);
    expect(mail?.template).toBe(template);
    const url = new URL(linkIn(mail!.text));
    expect(url.pathname).toMatch(/^\/respond\/[\w-]{20,}$/);
    return url.pathname.split('/').pop()!;
  }
  const confirmationOf = async (applicationId: string) => {
    const rows = await t.database.db
      .select()
      .from(schema.managerConfirmations)
      .where(eq(schema.managerConfirmations.applicationId, applicationId));
    expect(rows).toHaveLength(1);
    return rows[0]!;
  };

  beforeAll(async () => {
    t = await createTestApp();
    const tull = await t.createOrganisation('Tullverket');
    await t.createMember(tull, 'maria@tull.example', ['coordinator'], { name: 'Maria Sundberg' });
    maria = await t.signIn('maria@tull.example');
    const created = await t.as(maria).post('/api/programs', {
      ...OPENABLE_PROGRAM,
      name: 'Chefsprogrammet',
      type: 'classic',
      purpose: 'Stöd till nya chefer',
      applicationClosesOn: '2099-12-31',
      requiresManagerConfirmation: true,
    });
    programId = created.json().id;
    expect((await t.as(maria).post(`/api/programs/${programId}/status`, { status: 'open' })).statusCode).toBe(200);
    for (const [key, name] of [
      ['johan', 'Johan Nyberg'],
      ['lisa', 'Lisa Lind'],
      ['pelle', 'Pelle Persson'],
      ['sara', 'Sara Svensson'],
    ] as const) {
      await t.createMember(tull, `${key}@tull.example`, ['participant'], { name });
      const cookie = await t.signIn(`${key}@tull.example`);
      const submitted = await t.as(cookie).post(`/api/programs/${programId}/applications/mine/adept/submit`, {
        profile: { yearsAsManager: 1, developmentGoals: `Hemligt mål för ${name}` },
        managerName: `Chef för ${name}`,
        managerEmail: `chef.${key}@tull.example`,
      });
      expect(submitted.statusCode, submitted.body).toBe(200);
      expect(submitted.json().confirmation).toBe('pending');
      applications[key] = submitted.json().id;
    }
  });
  afterAll(() => t.destroy());

  it('the view shows only the documented fields, and nothing of the application', async () => {
    const token = await tokenFrom('chef.johan@tull.example', 'managerConfirmation');
    const response = await view(token);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(Object.keys(body).sort()).toEqual([
      'applicantName',
      'expiresAt',
      'kind',
      'organisationName',
      'programName',
      'programPurpose',
      'role',
      'status',
    ]);
    expect(body).toMatchObject({
      kind: 'confirmation',
      status: 'pending',
      applicantName: 'Johan Nyberg',
      programName: 'Chefsprogrammet',
      organisationName: 'Tullverket',
      role: 'adept',
      programPurpose: 'Stöd till nya chefer',
    });
    // About 14 days ahead.
    const days = (new Date(body.expiresAt).getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(13.9);
    expect(days).toBeLessThanOrEqual(14);
    expect(response.body).not.toMatch(/Hemligt|johan@tull|chef\.johan|yearsAsManager|applicationId|"id"/);
  });

  it('works once: the second answer is a 409 and the first one stands', async () => {
    const token = await tokenFrom('chef.johan@tull.example', 'managerConfirmation');
    const first = await confirm(token, 'confirmed', 'Självklart');
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toEqual({ ok: true });
    const second = await confirm(token, 'declined');
    expect(second.statusCode).toBe(409);
    expect(second.json().error.code).toBe('conflict');
    expect((await view(token)).json().status).toBe('answered');
    const row = await confirmationOf(applications.johan!);
    expect(row).toMatchObject({ status: 'confirmed', comment: 'Självklart' });
    expect(row.respondedAt).toBeInstanceOf(Date);
    const application = await t.as(maria).get(`/api/programs/${programId}/applications/${applications.johan}`);
    expect(application.json()).toMatchObject({ confirmation: 'confirmed' });
    expect(application.json().confirmationRespondedAt).toEqual(row.respondedAt!.toISOString());
  });

  it('expires: the view says expired and an answer is a 409', async () => {
    const token = await tokenFrom('chef.lisa@tull.example', 'managerConfirmation');
    await t.database.db
      .update(schema.managerConfirmations)
      .set({ expiresAt: new Date(Date.now() - 60_000) })
      .where(eq(schema.managerConfirmations.applicationId, applications.lisa!));
    const response = await view(token);
    expect(response.statusCode).toBe(200);
    expect(response.json().status).toBe('expired');
    const answer = await confirm(token, 'confirmed');
    expect(answer.statusCode).toBe(409);
    expect(answer.json().error).toMatchObject({ code: 'conflict', field: 'token' });
    expect(await confirmationOf(applications.lisa!)).toMatchObject({ status: 'pending', respondedAt: null });
  });

  it('an unknown token is a 404 everywhere; a malformed one a 400', async () => {
    const unknown = 'x'.repeat(43);
    expect((await view(unknown)).statusCode).toBe(404);
    expect((await confirm(unknown, 'confirmed')).statusCode).toBe(404);
    expect((await recommend(unknown, 'recommend')).statusCode).toBe(404);
    expect((await view('short')).statusCode).toBe(400);
  });

  it('a confirmation token used on the recommendation endpoint is a 400 and changes nothing', async () => {
    const token = await tokenFrom('chef.pelle@tull.example', 'managerConfirmation');
    const response = await recommend(token, 'recommend');
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('validation');
    expect(await confirmationOf(applications.pelle!)).toMatchObject({ status: 'pending' });
    expect((await view(token)).json().status).toBe('pending');
  });

  it('a reminder mails a new link; the old one stops working (404)', async () => {
    const old = await tokenFrom('chef.pelle@tull.example', 'managerConfirmation');
    const reminded = await t.as(maria).post(`/api/programs/${programId}/applications/${applications.pelle}/confirmation/remind`);
    expect(reminded.statusCode, reminded.body).toBe(200);
    expect(reminded.json().confirmation).toBe('pending');
    const fresh = await tokenFrom('chef.pelle@tull.example', 'confirmationReminder');
    expect(fresh).not.toBe(old);
    expect((await view(old)).statusCode).toBe(404);
    expect((await confirm(old, 'confirmed')).statusCode).toBe(404);
    expect((await view(fresh)).json()).toMatchObject({ kind: 'confirmation', status: 'pending', applicantName: 'Pelle Persson' });
    const row = await confirmationOf(applications.pelle!);
    expect(row.remindedAt).toBeInstanceOf(Date);
  });

  it('a reminder also revives an expired link', async () => {
    const reminded = await t.as(maria).post(`/api/programs/${programId}/applications/${applications.lisa}/confirmation/remind`);
    expect(reminded.statusCode, reminded.body).toBe(200);
    const fresh = await tokenFrom('chef.lisa@tull.example', 'confirmationReminder');
    expect((await view(fresh)).json().status).toBe('pending');
    expect((await confirm(fresh, 'confirmed')).statusCode).toBe(200);
  });

  it('a declined confirmation shows as declined in the coordinator’s queue; no more reminders', async () => {
    const token = await tokenFrom('chef.pelle@tull.example', 'confirmationReminder');
    expect((await confirm(token, 'declined', 'Inte i år')).statusCode).toBe(200);
    const declined = await t.as(maria).get(`/api/programs/${programId}/applications?confirmation=declined`);
    expect(declined.statusCode).toBe(200);
    expect(declined.json().items.map((a: { id: string; confirmation: string }) => [a.id, a.confirmation])).toEqual([
      [applications.pelle, 'declined'],
    ]);
    const confirmed = await t.as(maria).get(`/api/programs/${programId}/applications?confirmation=confirmed`);
    expect(
      confirmed
        .json()
        .items.map((a: { id: string }) => a.id)
        .sort(),
    ).toEqual([applications.johan, applications.lisa].sort());
    const pending = await t.as(maria).get(`/api/programs/${programId}/applications?confirmation=pending`);
    expect(pending.json().items.map((a: { id: string }) => a.id)).toEqual([applications.sara]);
    const remind = await t.as(maria).post(`/api/programs/${programId}/applications/${applications.pelle}/confirmation/remind`);
    expect(remind.statusCode).toBe(409);
  });

  describe('recommendations', () => {
    let token: string;

    it('the coordinator asks for one; the recommender gets a link with the same minimal view', async () => {
      const requested = await t.as(maria).post(`/api/programs/${programId}/applications/${applications.sara}/recommendations`, {
        name: 'Rolf Rekommendör',
        email: 'rolf@tull.example',
      });
      expect(requested.statusCode, requested.body).toBe(201);
      expect(requested.json().recommendations).toEqual([
        { id: expect.any(String), name: 'Rolf Rekommendör', verdict: 'pending', comment: null },
      ]);
      token = await tokenFrom('rolf@tull.example', 'recommendation');
      const response = await view(token);
      expect(Object.keys(response.json()).sort()).toEqual([
        'applicantName',
        'expiresAt',
        'kind',
        'organisationName',
        'programName',
        'programPurpose',
        'role',
        'status',
      ]);
      expect(response.json()).toMatchObject({ kind: 'recommendation', status: 'pending', applicantName: 'Sara Svensson', role: 'adept' });
      expect(response.body).not.toMatch(/Hemligt|sara@tull|chef\.sara/);
    });

    it('a recommendation token used on the confirmation endpoint is a 400', async () => {
      const response = await confirm(token, 'confirmed');
      expect(response.statusCode).toBe(400);
      expect((await view(token)).json().status).toBe('pending');
      // The manager's confirmation of the same application is untouched.
      expect(await confirmationOf(applications.sara!)).toMatchObject({ status: 'pending' });
    });

    it('works once', async () => {
      const first = await recommend(token, 'advise_against', 'För tidigt');
      expect(first.statusCode, first.body).toBe(200);
      const second = await recommend(token, 'recommend');
      expect(second.statusCode).toBe(409);
      expect((await view(token)).json().status).toBe('answered');
      const application = await t.as(maria).get(`/api/programs/${programId}/applications/${applications.sara}`);
      expect(application.json().recommendations).toEqual([
        { id: expect.any(String), name: 'Rolf Rekommendör', verdict: 'advise_against', comment: 'För tidigt' },
      ]);
    });

    it('expires', async () => {
      const requested = await t.as(maria).post(`/api/programs/${programId}/applications/${applications.johan}/recommendations`, {
        name: 'Gun Gammal',
        email: 'gun@tull.example',
      });
      expect(requested.statusCode).toBe(201);
      const gun = await tokenFrom('gun@tull.example', 'recommendation');
      await t.database.db
        .update(schema.recommendations)
        .set({ expiresAt: new Date(Date.now() - 1000) })
        .where(eq(schema.recommendations.email, 'gun@tull.example'));
      expect((await view(gun)).json().status).toBe('expired');
      const answer = await recommend(gun, 'recommend');
      expect(answer.statusCode).toBe(409);
      const [row] = await t.database.db.select().from(schema.recommendations).where(eq(schema.recommendations.email, 'gun@tull.example'));
      expect(row).toMatchObject({ verdict: 'pending', respondedAt: null });
    });
  });

  it('writes to a manager without an account in the program’s language, not the applicant’s, with the day in words (issue 14 item 6)', async () => {
    await t.createMember((await t.database.db.select().from(schema.organisations))[0]!.id, 'nora@tull.example', ['participant'], {
      name: 'Nora Engelska',
    });
    const nora = await t.signIn('nora@tull.example');
    expect((await t.as(nora).patch('/api/me', { locale: 'en' })).statusCode).toBe(200);
    const submitted = await t.as(nora).post(`/api/programs/${programId}/applications/mine/adept/submit`, {
      profile: { yearsAsManager: 1 },
      managerName: 'Chef för Nora',
      managerEmail: 'chef.nora@tull.example',
    });
    expect(submitted.statusCode, submitted.body).toBe(200);
    const mail = await t.lastMailTo('chef.nora@tull.example');
    expect(mail?.locale).toBe('sv');
    // "gäller till 16 december 2026": the expiry 14 days ahead, as a Swedish reader writes it, in Stockholm time.
    const expires = new Intl.DateTimeFormat('sv-SE', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'Europe/Stockholm',
    }).format((await confirmationOf(submitted.json().id)).expiresAt);
    expect(t.deliveredText(mail!)).toContain(`gäller till ${expires}.`);
    expect(expires).toMatch(/^\d{1,2} [a-zé]+ \d{4}$/);
  });
});
