import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { schema } from '@lots/db';
import { createTestApp, type TestApp } from '../testing/harness';
import { startSmtpSink, type ReceivedMail, type SmtpSink } from '../testing/smtp-sink';

/**
 * Issue 14 item 6, "language follows the person", checked on what a real SMTP server receives:
 * a mail's link carries the mail's language; a new account keeps its invitation's language; the
 * adept's manager reads in their own language, else the program's, never the applicant's; days are
 * written for people in the reader's language and time zone.
 */
describe('the language of a mail follows its reader (over SMTP)', () => {
  let t: TestApp;
  let sink: SmtpSink;
  let organisationId: string;
  let admin: string;
  let programId: string;

  const linkOf = (mail: ReceivedMail, path: string) => {
    const found = [...mail.text.matchAll(/https?:\/\/\S+/g)].map((m) => new URL(m[0])).find((u) => u.pathname.startsWith(path));
    expect(found, `a ${path} link in "${mail.subject}"`).toBeDefined();
    return found!;
  };
  /** A day as a reader of the language writes it, in their time zone ("16. desember 2026"). */
  const day = (when: Date, tag: string, timeZone: string) =>
    new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long', year: 'numeric', timeZone }).format(when);

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await createTestApp({ SMTP_URL: sink.url });
    organisationId = await t.createOrganisation('Arbeids- og sosialdepartementet');
    await t.createMember(organisationId, 'kari.admin@asd.example', ['org_admin', 'coordinator'], { name: 'Kari Nordmann' });
    admin = await t.signIn('kari.admin@asd.example');
    // A Norwegian program; Kari herself reads Lots in Swedish, so nothing below comes from the sender's language.
    expect((await t.as(admin).patch('/api/me', { locale: 'sv' })).statusCode).toBe(200);
    programId = await t.createProgram(admin, { name: 'Lederprogrammet', languages: ['nb'], requiresManagerConfirmation: true });
  });
  afterAll(async () => {
    await t.destroy();
    await sink.close();
  });

  it('an invitation in Norwegian links in Norwegian, writes its day for a Norwegian reader, and the new account keeps Norwegian', async () => {
    const invited = await t.as(admin).post(`/api/organisations/${organisationId}/invitations`, {
      name: 'Ola Nordmann',
      email: 'ola@asd.example',
      roles: ['participant'],
      locale: 'nb',
    });
    expect(invited.statusCode, invited.body).toBe(201);
    const mail = await sink.waitFor((m) => m.to.includes('ola@asd.example'));
    expect(mail.text).toContain('Hei Ola Nordmann!');
    expect(mail.html).toContain('<html lang="nb">');
    const link = linkOf(mail, '/invitation/');
    expect(link.searchParams.get('lang')).toBe('nb');
    // "Lenken gjelder til 17. desember 2026": the expiry in words, as in Oslo — not an ISO date.
    const [invitation] = await t.database.db.select().from(schema.invitations).where(eq(schema.invitations.personId, invited.json().id));
    const expires = day(invitation!.expiresAt, 'nb-NO', 'Europe/Oslo');
    expect(expires).toMatch(/^\d{1,2}\. [a-zæøå]+ \d{4}$/);
    expect(mail.text).toContain(expires);
    expect(mail.text).not.toMatch(/\d{4}-\d{2}-\d{2}/);

    // Accepted without choosing a language on the page: the account keeps the invitation's.
    const token = link.pathname.split('/').pop()!;
    const accepted = await t.app.inject({
      method: 'POST',
      url: `/api/invitations/${token}/accept`,
      payload: { name: 'Ola Nordmann', password: 'et-langt-passord' },
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    const [user] = await t.database.db.select().from(schema.user).where(eq(schema.user.email, 'ola@asd.example'));
    expect(user?.locale).toBe('nb');
  });

  it('the adept’s manager reads in their own language, else the program’s — never the applicant’s', async () => {
    // An applicant who reads English; one manager without an account, one with an account in English.
    await t.createMember(organisationId, 'emma@asd.example', ['participant'], { name: 'Emma English' });
    await t.createMember(organisationId, 'sven@asd.example', ['participant'], { name: 'Sven Svensk' });
    await t.createMember(organisationId, 'boss.en@asd.example', ['participant'], { name: 'Bea Boss' });
    const emma = await t.signIn('emma@asd.example');
    expect((await t.as(emma).patch('/api/me', { locale: 'en' })).statusCode).toBe(200);
    const bea = await t.signIn('boss.en@asd.example');
    expect((await t.as(bea).patch('/api/me', { locale: 'en' })).statusCode).toBe(200);

    const applied = await t.as(emma).post(`/api/programs/${programId}/applications/mine/adept/submit`, {
      profile: { yearsAsManager: 1 },
      managerName: 'Nils Leder',
      managerEmail: 'nils.leder@asd.example',
    });
    expect(applied.statusCode, applied.body).toBe(200);
    const toNils = await sink.waitFor((m) => m.to.includes('nils.leder@asd.example'));
    expect(toNils.text).toContain('Hei Nils Leder!');
    expect(toNils.subject).toContain('Bekreft mentorskapet til Emma English');
    expect(linkOf(toNils, '/respond/').searchParams.get('lang')).toBe('nb');
    const [confirmation] = await t.database.db
      .select()
      .from(schema.managerConfirmations)
      .where(eq(schema.managerConfirmations.managerEmail, 'nils.leder@asd.example'));
    expect(toNils.text).toContain(day(confirmation!.expiresAt, 'nb-NO', 'Europe/Oslo'));

    const sven = await t.signIn('sven@asd.example');
    const second = await t.as(sven).post(`/api/programs/${programId}/applications/mine/adept/submit`, {
      profile: { yearsAsManager: 2 },
      managerName: 'Bea Boss',
      managerEmail: 'Boss.EN@asd.example',
    });
    expect(second.statusCode, second.body).toBe(200);
    const toBea = await sink.waitFor((m) => m.to.some((to) => to.toLowerCase() === 'boss.en@asd.example'));
    expect(toBea.text).toContain('Hello Bea Boss,');
    expect(linkOf(toBea, '/respond/').searchParams.get('lang')).toBe('en');
  });

  it('the manager is told that the mentorship started in the program’s language, not the adept’s', async () => {
    const adept = await t.createMember(organisationId, 'anna@asd.example', ['participant'], { name: 'Anna Adept' });
    const mentor = await t.createMember(organisationId, 'mats@asd.example', ['participant'], { name: 'Mats Mentor' });
    const anna = await t.signIn('anna@asd.example');
    expect((await t.as(anna).patch('/api/me', { locale: 'en' })).statusCode).toBe(200);
    const mats = await t.signIn('mats@asd.example');
    const pairId = await t.createActivePair(programId, adept.personId, mentor.personId);
    const [pair] = await t.database.db.select().from(schema.pairs).where(eq(schema.pairs.id, pairId));
    await t.database.db
      .update(schema.applications)
      .set({ managerEmail: 'lise.leder@asd.example', managerName: 'Lise Leder' })
      .where(and(eq(schema.applications.id, pair!.adeptApplicationId)));
    const saved = await t.as(anna).put(`/api/mentorships/${pairId}/agreement`, {
      cadenceWeeksMin: 3,
      cadenceWeeksMax: 4,
      meetingMinutes: 90,
      mode: 'digital',
      goals: ['Et mål'],
    });
    expect(saved.statusCode, saved.body).toBe(200);
    for (const cookie of [anna, mats])
      expect((await t.as(cookie).post(`/api/mentorships/${pairId}/agreement/sign`, { version: 1 })).statusCode).toBe(200);
    const told = await sink.waitFor((m) => m.to.includes('lise.leder@asd.example'));
    expect(told.text).toContain('Hei Lise Leder!');
    expect(told.html).toContain('<html lang="nb">');
    expect(told.text).not.toContain('Hello');
  });
});
