import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { schema } from '@lots/db';
import { createTestApp, type TestApp } from '../testing/harness';
import { startSmtpSink, type SmtpSink } from '../testing/smtp-sink';
import { Mailer } from './mailer';

describe('mail delivery through pg-boss and SMTP', () => {
  let sink: SmtpSink;
  let t: TestApp;
  let orgId: string;
  let adminCookie: string;
  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await createTestApp({ SMTP_URL: sink.url });
    orgId = await t.createOrganisation('Göteborgs Stad');
    await t.createMember(orgId, 'admin@goteborg.example', ['org_admin'], { name: 'Per Andersson' });
    adminCookie = await t.signIn('admin@goteborg.example');
  });
  afterAll(async () => {
    await t.destroy();
    await sink.close();
  });

  it('delivers an invitation by a job, in the invitee’s language, exactly once', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/organisations/${orgId}/invitations`,
      headers: { cookie: adminCookie },
      payload: { name: 'Kari Nordmann', email: 'kari@example.no', locale: 'nb' },
    });
    expect(response.statusCode).toBe(201);
    const mail = await sink.waitFor((m) => m.to.includes('kari@example.no'));
    expect(mail.subject).toBe('Du er invitert til Lots av Göteborgs Stad');
    expect(mail.text).toContain('http://lots.test/invitation/');
    const row = await t.lastMailTo('kari@example.no');
    expect(row?.status).toBe('sent');
    expect(row?.attempts).toBe(1);
    // A second delivery of the same job does nothing.
    expect(await t.ctx.mailer.deliver(row!.id)).toBe('skipped');
    await t.ctx.mailer.dispatch(row!.id);
    await new Promise((r) => setTimeout(r, 1500));
    expect(sink.received.filter((m) => m.to.includes('kari@example.no'))).toHaveLength(1);
  });

  it('puts a mail back in the queue when the SMTP server refuses it, and sends it on retry', async () => {
    const mailer = new Mailer(t.database.db, { smtpUrl: sink.url, from: 'Lots <no-reply@lots.test>' }, { send: async () => null });
    const id = await mailer.queueIn(t.database.db, {
      to: 'retry@example.org',
      template: 'magicLink',
      locale: 'en',
      vars: { name: 'R', url: 'http://lots.test/x', minutes: 15 },
    });
    sink.refuse = true;
    await expect(mailer.deliver(id)).rejects.toThrow();
    let [row] = await t.database.db.select().from(schema.mailMessages).where(eq(schema.mailMessages.id, id));
    expect(row?.status).toBe('queued');
    expect(row?.attempts).toBe(1);
    expect(row?.lastError).toMatch(/451|later/i);
    sink.refuse = false;
    expect(await mailer.deliver(id)).toBe('sent');
    [row] = await t.database.db.select().from(schema.mailMessages).where(eq(schema.mailMessages.id, id));
    expect(row?.status).toBe('sent');
    expect(row?.attempts).toBe(2);
    expect(sink.received.filter((m) => m.to.includes('retry@example.org'))).toHaveLength(1);
    mailer.close();
  });

  it('keeps mail in the outbox when no SMTP server is configured', async () => {
    const mailer = new Mailer(t.database.db, { from: 'Lots <no-reply@lots.test>' }, { send: async () => null });
    const id = await mailer.queueIn(t.database.db, {
      to: 'outbox@example.org',
      template: 'magicLink',
      locale: 'sv',
      vars: { name: 'O', url: 'http://lots.test/x', minutes: 15 },
    });
    expect(await mailer.deliver(id)).toBe('outbox');
    const [row] = await t.database.db.select().from(schema.mailMessages).where(eq(schema.mailMessages.id, id));
    expect(row?.status).toBe('outbox');
    expect(sink.received.some((m) => m.to.includes('outbox@example.org'))).toBe(false);
  });

  it('writes no mail when the change that caused it rolls back', async () => {
    await expect(
      t.database.db.transaction(async (tx) => {
        await t.ctx.mailer.queueIn(tx, {
          to: 'rollback@example.org',
          template: 'magicLink',
          locale: 'sv',
          vars: { name: 'X', url: 'http://x', minutes: 15 },
        });
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await t.lastMailTo('rollback@example.org')).toBeUndefined();
  });

  it('re-dispatches queued mail whose job was lost (sweep), and pg-boss delivers it', async () => {
    const id = await t.ctx.mailer.queueIn(t.database.db, {
      to: 'lost@example.org',
      template: 'magicLink',
      locale: 'sv',
      vars: { name: 'L', url: 'http://x', minutes: 15 },
    });
    expect(await t.ctx.mailer.sweep(0)).toBeGreaterThanOrEqual(1);
    await sink.waitFor((m) => m.to.includes('lost@example.org'));
    const [row] = await t.database.db.select().from(schema.mailMessages).where(eq(schema.mailMessages.id, id));
    expect(row?.status).toBe('sent');
  });
});
