/**
 * Issue 9.1: the Outbox never hands out anyone's key. Real single-use links (magic link, password
 * reset, invitation, manager confirmation, recommendation) are created through the API, shown to
 * work for their recipient, and then looked for in every answer an organisation or platform
 * administrator can get from any GET route: none of them may appear, with or without SMTP_URL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, isNotNull } from 'drizzle-orm';
import { schema } from '@lots/db';
import { cookieOf, createTestApp, OPENABLE_PROGRAM, linkIn, type TestApp } from '../../testing/harness';
import { startSmtpSink, type SmtpSink } from '../../testing/smtp-sink';

/** The secret part of a mailed link: a path token (/invitation/…, /respond/…) or a `token` query parameter. */
function secretOf(link: string): string {
  const url = new URL(link);
  const token = url.searchParams.get('token') ?? url.pathname.split('/').pop()!;
  expect(token.length).toBeGreaterThanOrEqual(20);
  return token;
}

for (const smtp of [false, true]) {
  describe(`secret links ${smtp ? 'with' : 'without'} SMTP_URL`, () => {
    let t: TestApp;
    let sink: SmtpSink | undefined;
    let org: string;
    let programId: string;
    let applicationId: string;
    const ids: Record<string, string> = {};
    const cookies: Record<string, string> = {};
    /** template → the live link the recipient got. */
    const links: Record<string, string> = {};

    /** The link in the newest mail of `template` to `email`, as the recipient received it. */
    async function receivedLink(email: string, template: string) {
      // Sign-in links and resets are written by a job (decision 0024): wait for the mail.
      await t.waitForMailTo(email, template);
      if (sink) {
        const subjectOf = (await t.lastMailTo(email))!;
        expect(subjectOf.template).toBe(template);
        const mail = await sink.waitFor((m) => m.to.includes(email) && m.subject === subjectOf.subject);
        return linkIn(mail.text);
      }
      const mail = await t.lastMailTo(email);
      expect(mail?.template).toBe(template);
      return linkIn(mail!.text);
    }

    beforeAll(async () => {
      if (smtp) sink = await startSmtpSink();
      t = await createTestApp(sink ? { SMTP_URL: sink.url } : {});
      org = await t.createOrganisation('Tullverket');
      const platformOrg = await t.createOrganisation('Lots drift');
      await t.createMember(org, 'admin@tull.example', ['org_admin'], { name: 'Anna Admin' });
      await t.createMember(platformOrg, 'drift@lots.example', ['org_admin'], { platformAdmin: true, name: 'Platta Form' });
      await t.createMember(org, 'maria@tull.example', ['coordinator'], { name: 'Maria Sundberg' });
      ids.ola = (await t.createMember(org, 'ola@tull.example', ['participant'], { name: 'Ola Mentor' })).personId;
      ids.johan = (await t.createMember(org, 'johan@tull.example', ['participant'], { name: 'Johan Nyberg' })).personId;
      for (const who of ['admin@tull.example', 'drift@lots.example', 'maria@tull.example', 'johan@tull.example']) {
        cookies[who] = await t.signIn(who);
      }

      // A program with manager confirmation; Johan applies (a mail to his manager), Maria asks for a recommendation.
      const created = await t.as(cookies['maria@tull.example']).request('POST', '/api/programs', {
        ...OPENABLE_PROGRAM,
        name: 'Chefsprogrammet',
        type: 'classic',
        purpose: 'Stöd till nya chefer',
        applicationClosesOn: '2099-12-31',
        requiresManagerConfirmation: true,
      });
      programId = created.json().id;
      expect(
        (await t.as(cookies['maria@tull.example']).request('POST', `/api/programs/${programId}/status`, { status: 'open' })).statusCode,
      ).toBe(200);
      const submitted = await t
        .as(cookies['johan@tull.example'])
        .request('POST', `/api/programs/${programId}/applications/mine/adept/submit`, {
          profile: { yearsAsManager: 1 },
          managerName: 'Chef Chefsson',
          managerEmail: 'chef@tull.example',
        });
      expect(submitted.statusCode, submitted.body).toBe(200);
      applicationId = submitted.json().id;
      links.managerConfirmation = await receivedLink('chef@tull.example', 'managerConfirmation');
      const asked = await t
        .as(cookies['maria@tull.example'])
        .request('POST', `/api/programs/${programId}/applications/${applicationId}/recommendations`, {
          name: 'Rekommendera Rut',
          email: 'rut@tull.example',
        });
      expect(asked.statusCode, asked.body).toBe(201);
      links.recommendation = await receivedLink('rut@tull.example', 'recommendation');

      // An invitation, a magic link and a password reset for Ola.
      const invited = await t.as(cookies['admin@tull.example']).request('POST', `/api/organisations/${org}/invitations`, {
        name: 'Kari Ny',
        email: 'kari@tull.example',
      });
      expect(invited.statusCode, invited.body).toBe(201);
      ids.kari = invited.json().id;
      links.invitation = await receivedLink('kari@tull.example', 'invitation');
      const magic = await t.as(undefined).request('POST', '/api/auth/sign-in/magic-link', { email: 'ola@tull.example', callbackURL: '/' });
      expect(magic.statusCode).toBe(200);
      links.magicLink = await receivedLink('ola@tull.example', 'magicLink');
      const reset = await t.as(undefined).request('POST', '/api/auth/request-password-reset', {
        email: 'johan@tull.example',
        redirectTo: '/reset-password',
      });
      expect(reset.statusCode).toBe(200);
      links.resetPassword = await receivedLink('johan@tull.example', 'resetPassword');

      // Every mail has been delivered (or printed for the operator) before the administrators look.
      const deadline = Date.now() + 15_000;
      while (Date.now() < deadline) {
        const waiting = await t.database.db.select().from(schema.mailMessages).where(isNotNull(schema.mailMessages.secretText));
        if (waiting.length === 0) break;
        await new Promise((r) => setTimeout(r, 100));
      }
    });
    afterAll(async () => {
      await t.destroy();
      await sink?.close();
    });

    /** Every GET route with its parameters filled from this world, for one administrator. */
    async function everyGetAnswer(cookie: string) {
      const params: Record<string, string> = { orgId: org, programId, applicationId, personId: ids.ola!, role: 'adept' };
      const bodies: string[] = [];
      for (const route of t.routes.filter((r) => r.method === 'GET' && r.url.startsWith('/api/') && !r.url.includes('*'))) {
        const url = route.url.replace(/:([A-Za-z]+)/g, (_, name: string) => params[name] ?? crypto.randomUUID());
        const response = await t.as(cookie).request('GET', url.replace('/api/outbox', '/api/outbox?limit=200'));
        bodies.push(`${route.url} ${response.statusCode} ${response.body}`);
      }
      return bodies;
    }

    it('redacts every single-use link in the Outbox and erases the deliverable copy once delivered', async () => {
      // The organisation's administrator sees the organisation's mail; the platform administrator all mail.
      const seen = {
        'admin@tull.example': ['invitation', 'managerConfirmation', 'recommendation'],
        'drift@lots.example': Object.keys(links),
      };
      for (const [who, templates] of Object.entries(seen)) {
        const outbox = await t.as(cookies[who]).request('GET', '/api/outbox?limit=200');
        expect(outbox.statusCode).toBe(200);
        const items = outbox.json().items as { template: string; text: string; status: string }[];
        for (const template of templates) {
          const mail = items.find((m) => m.template === template);
          expect(mail, `${who}: ${template}`).toBeDefined();
          expect(mail!.status).toBe(smtp ? 'sent' : 'outbox');
          expect(mail!.text).toContain('[länken visas inte här – den skickas bara till mottagaren]');
          expect(mail!.text).not.toMatch(/https?:\/\//);
        }
      }
      // Nothing deliverable is left in the mail table: the links exist only where they were delivered.
      const rows = await t.database.db.select().from(schema.mailMessages);
      expect(rows.filter((r) => r.secretText !== null || r.secretHtml !== null)).toEqual([]);
      const stored = rows.map((r) => `${r.text}\n${r.html}`).join('\n');
      for (const link of Object.values(links)) expect(stored).not.toContain(secretOf(link));
    });

    it('shows no administrator any live token through any GET route', { timeout: 180_000 }, async () => {
      const secrets = Object.values(links).map(secretOf);
      expect(secrets).toHaveLength(5);
      for (const who of ['admin@tull.example', 'drift@lots.example']) {
        const bodies = await everyGetAnswer(cookies[who]!);
        expect(bodies.length).toBeGreaterThan(30);
        const leaks = bodies.filter((body) => secrets.some((s) => body.includes(s)));
        expect(leaks, who).toEqual([]);
      }
    });

    it('the links were real: each works for its recipient', async () => {
      const magic = new URL(links.magicLink!);
      const verify = await t.as(undefined).request('GET', magic.pathname + magic.search);
      expect(verify.statusCode).toBe(302);
      const me = await t.as(cookieOf(verify)).request('GET', '/api/me');
      expect(me.json().user.email).toBe('ola@tull.example');

      expect((await t.as(undefined).request('GET', `/api/invitations/${secretOf(links.invitation!)}`)).json().status).toBe('pending');
      expect((await t.as(undefined).request('GET', `/api/responses/${secretOf(links.managerConfirmation!)}`)).statusCode).toBe(200);
      expect((await t.as(undefined).request('GET', `/api/responses/${secretOf(links.recommendation!)}`)).statusCode).toBe(200);
      const reset = new URL(links.resetPassword!);
      const redirect = await t.as(undefined).request('GET', reset.pathname + reset.search);
      expect(new URL(redirect.headers.location as string, 'http://lots.test').searchParams.get('token')).toBe(
        secretOf(links.resetPassword!),
      );
    });

    if (!smtp) {
      it('prints the full mail, link included, for the operator (the one place outside the mail)', async () => {
        const [row] = await t.database.db.select().from(schema.mailMessages).where(eq(schema.mailMessages.to, 'ola@tull.example'));
        expect(t.deliveredText(row!)).toContain(links.magicLink);
        expect(row!.text).not.toContain(links.magicLink);
      });
    }
  });
}
