import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { schema } from '@lots/db';
import { createTestApp, type TestApp } from '../../testing/harness';
import { startSmtpSink, type SmtpSink } from '../../testing/smtp-sink';

/**
 * Issue 10 item 13: a coordinator asks one process owner about several applicants of one program.
 * The recommender gets ONE mail (counted in a real SMTP server) listing them, each applicant with
 * their own single-use link, in the recipient's language.
 */
describe('one recommender asked about several applicants', () => {
  let t: TestApp;
  let sink: SmtpSink;
  let maria: string;
  let programId: string;
  let otherProgramId: string;
  const applications: Record<string, string> = {};

  const links = (text: string) => [...text.matchAll(/https?:\/\/\S+/g)].map((m) => new URL(m[0]));
  const delivered = (email: string) => sink.received.filter((m) => m.to.includes(email));

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await createTestApp({ SMTP_URL: sink.url });
    const tull = await t.createOrganisation('Tullverket');
    await t.createMember(tull, 'maria@tull.example', ['coordinator'], { name: 'Maria Sundberg' });
    maria = await t.signIn('maria@tull.example');
    programId = await t.createProgram(maria, { name: 'Chefsprogrammet', requiresManagerConfirmation: false });
    otherProgramId = await t.createProgram(maria, { name: 'Medarbetarprogrammet', requiresManagerConfirmation: false });
    for (const [key, name] of [
      ['johan', 'Johan Nyberg'],
      ['lisa', 'Lisa Lind'],
      ['sara', 'Sara Svensson'],
    ] as const) {
      await t.createMember(tull, `${key}@tull.example`, ['participant'], { name });
      const cookie = await t.signIn(`${key}@tull.example`);
      const submitted = await t.as(cookie).post(`/api/programs/${programId}/applications/mine/adept/submit`, {
        profile: { yearsAsManager: 1 },
      });
      expect(submitted.statusCode, submitted.body).toBe(200);
      applications[key] = submitted.json().id;
    }
    // Rolf has an account in Norwegian: the mail follows him.
    await t.createMember(tull, 'rolf@tull.example', ['participant'], { name: 'Rolf Processägare' });
    const rolf = await t.signIn('rolf@tull.example');
    expect((await t.as(rolf).patch('/api/me', { locale: 'nb' })).statusCode).toBe(200);
  });
  afterAll(async () => {
    await t.destroy();
    await sink.close();
  });

  it('sends one mail listing every applicant with a link of their own, each answering its own application', async () => {
    const ids = [applications.sara!, applications.johan!, applications.lisa!];
    const asked = await t.as(maria).post(`/api/programs/${programId}/recommendations`, {
      name: 'Rolf Processägare',
      email: 'rolf@tull.example',
      applicationIds: ids,
    });
    expect(asked.statusCode, asked.body).toBe(201);
    expect(
      asked
        .json()
        .map((a: { id: string }) => a.id)
        .sort(),
    ).toEqual([...ids].sort());
    for (const a of asked.json())
      expect(a.recommendations).toEqual([expect.objectContaining({ name: 'Rolf Processägare', verdict: 'pending' })]);

    const mail = await sink.waitFor((m) => m.to.includes('rolf@tull.example'));
    const queued = await t.database.db.select().from(schema.mailMessages).where(eq(schema.mailMessages.to, 'rolf@tull.example'));
    expect(queued).toHaveLength(1);
    await new Promise((r) => setTimeout(r, 500));
    expect(delivered('rolf@tull.example')).toHaveLength(1);

    // In Norwegian, naming the three in alphabetical order, a link each, opening in Norwegian.
    expect(mail.subject).toBe('Din anbefaling om 3 søkere til Chefsprogrammet');
    const found = links(mail.text);
    expect(found).toHaveLength(3);
    for (const url of found) {
      expect(url.pathname).toMatch(/^\/respond\/[\w-]{20,}$/);
      expect(url.searchParams.get('lang')).toBe('nb');
    }
    expect(new Set(found.map((u) => u.pathname)).size).toBe(3);
    const order = ['Johan Nyberg', 'Lisa Lind', 'Sara Svensson'].map((n) => mail.text.indexOf(`${n} (adept)`));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);

    // The Outbox never shows the links.
    expect(queued[0]!.text).not.toMatch(/\/respond\//);
    expect(queued[0]!.html).not.toMatch(/\/respond\//);

    // Each link is single-use and about its own applicant.
    const tokenBeside = (name: string) => {
      const line = mail.text.split('\n').find((l) => l.startsWith(`${name} (adept)`))!;
      return new URL(/https?:\/\/\S+/.exec(line)![0]).pathname.split('/').pop()!;
    };
    const lisa = tokenBeside('Lisa Lind');
    expect((await t.app.inject({ method: 'GET', url: `/api/responses/${lisa}` })).json()).toMatchObject({
      kind: 'recommendation',
      applicantName: 'Lisa Lind',
      status: 'pending',
    });
    const answer = await t.app.inject({
      method: 'POST',
      url: `/api/responses/${lisa}/recommendation`,
      payload: { verdict: 'advise_against' },
    });
    expect(answer.statusCode, answer.body).toBe(200);
    const again = await t.app.inject({ method: 'POST', url: `/api/responses/${lisa}/recommendation`, payload: { verdict: 'recommend' } });
    expect(again.statusCode).toBe(409);
    const review = await t.as(maria).get(`/api/programs/${programId}/applications/${applications.lisa}`);
    expect(review.json().recommendations).toEqual([expect.objectContaining({ verdict: 'advise_against' })]);
    const sara = await t.as(maria).get(`/api/programs/${programId}/applications/${applications.sara}`);
    expect(sara.json().recommendations).toEqual([expect.objectContaining({ verdict: 'pending' })]);
  });

  it('one applicant through the bulk route gets the ordinary one-link mail', async () => {
    const asked = await t.as(maria).post(`/api/programs/${programId}/recommendations`, {
      name: 'Gun Stabschef',
      email: 'gun@tull.example',
      applicationIds: [applications.johan],
    });
    expect(asked.statusCode, asked.body).toBe(201);
    const mail = await sink.waitFor((m) => m.to.includes('gun@tull.example'));
    expect(mail.subject).toBe('Din rekommendation om Johan Nyberg till Chefsprogrammet');
    expect(links(mail.text)).toHaveLength(1);
  });

  it('refuses an application of another program, naming the field, and asks nobody', async () => {
    const before = (await t.database.db.select().from(schema.recommendations)).length;
    const refused = await t.as(maria).post(`/api/programs/${otherProgramId}/recommendations`, {
      name: 'Rolf Processägare',
      email: 'rolf@tull.example',
      applicationIds: [applications.johan],
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.field).toBe('applicationIds');
    const empty = await t.as(maria).post(`/api/programs/${programId}/recommendations`, {
      name: 'Rolf',
      email: 'rolf@tull.example',
      applicationIds: [],
    });
    expect(empty.statusCode).toBe(400);
    expect((await t.database.db.select().from(schema.recommendations)).length).toBe(before);
  });

  it('a coordinator of another organisation does not learn the program exists', async () => {
    const kdd = await t.createOrganisation('KDD');
    await t.createMember(kdd, 'oddveig@kdd.example', ['coordinator']);
    const oddveig = await t.signIn('oddveig@kdd.example');
    const response = await t.as(oddveig).post(`/api/programs/${programId}/recommendations`, {
      name: 'Rolf',
      email: 'rolf@tull.example',
      applicationIds: [applications.johan],
    });
    expect(response.statusCode).toBe(404);
    expect(response.body).not.toContain('Johan');
  });
});
