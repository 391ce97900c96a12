import os from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, inArray, sql, type SQL } from 'drizzle-orm';
import { schema } from '@lots/db';
import { createTestApp, type TestApp } from '../testing/harness';
import { startSmtpSink, type SmtpSink } from '../testing/smtp-sink';
import { MAIL_LEASE_SECONDS, MAX_MAIL_ATTEMPTS, Mailer, type MailRequest } from './mailer';

const { mailMessages } = schema;

describe('mail delivery: the mail table as queue, SMTP, recovery', () => {
  let sink: SmtpSink;
  let t: TestApp;
  let orgId: string;
  let adminCookie: string;
  const rowOf = async (id: string) => (await t.database.db.select().from(mailMessages).where(eq(mailMessages.id, id)))[0]!;
  const request = (to: string, locale: MailRequest['locale'] = 'sv'): MailRequest => ({
    to,
    template: 'magicLink',
    locale,
    vars: { name: 'N', url: 'http://lots.test/x', minutes: 15 },
  });
  /** A second mailer without a delivery loop, for driving single deliveries by hand. */
  const manual = (smtpUrl?: string) => new Mailer(t.database.db, { smtpUrl, from: 'Lots <no-reply@lots.test>' });
  /**
   * A mail row in a given state, written in one transaction so that the app's delivery loop never
   * sees it in between (by default not due for an hour: only a direct `deliver` sends it).
   */
  type MailState = { [K in keyof typeof mailMessages.$inferInsert]?: (typeof mailMessages.$inferInsert)[K] | SQL };
  const queueAs = (to: string, state: MailState = {}, locale: MailRequest['locale'] = 'sv') =>
    t.database.db.transaction(async (tx) => {
      const id = await manual().queueIn(tx, request(to, locale));
      await tx
        .update(mailMessages)
        .set({ nextAttemptAt: sql`now() + interval '1 hour'`, ...state })
        .where(eq(mailMessages.id, id));
      return id;
    });

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await createTestApp({ SMTP_URL: sink.url, MAIL_FROM: 'Lots <no-reply@lots.test>' });
    orgId = await t.createOrganisation('Göteborgs Stad');
    await t.createMember(orgId, 'admin@goteborg.example', ['org_admin'], { name: 'Per Andersson' });
    adminCookie = await t.signIn('admin@goteborg.example');
  });
  afterAll(async () => {
    await t.destroy();
    await sink.close();
  });

  it('delivers an invitation in the invitee’s language, exactly once, with the row’s Message-ID', async () => {
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
    expect(row?.messageId).toBe(`<${row!.id}@lots.test>`);
    expect(mail.messageId).toBe(row!.messageId);
    await expect.poll(async () => (await rowOf(row!.id)).status).toBe('sent');
    expect((await rowOf(row!.id)).attempts).toBe(1);
    // Nothing sends it again: not a direct delivery, not a wake-up, not the loop.
    expect(await t.ctx.mailer.deliver(row!.id)).toBe('skipped');
    await t.ctx.mailer.dispatch(row!.id);
    await new Promise((r) => setTimeout(r, 1500));
    expect(sink.received.filter((m) => m.to.includes('kari@example.no'))).toHaveLength(1);
  });

  it('puts a mail back with back-off when SMTP refuses it for now, and sends it later with the same Message-ID', async () => {
    const mailer = manual(sink.url);
    const id = await queueAs('retry@example.org', {}, 'en');
    sink.refuse = true;
    try {
      expect(await mailer.deliver(id)).toBe('retry');
    } finally {
      sink.refuse = false;
    }
    let row = await rowOf(id);
    expect(row.status).toBe('queued');
    expect(row.attempts).toBe(1);
    expect(row.lastError).toMatch(/451|later/i);
    expect(row.claimedUntil).toBeNull();
    // Not due again for 30 s (back-off): the loops (the app's included) leave it alone meanwhile.
    expect(row.nextAttemptAt.getTime() - Date.now()).toBeGreaterThan(20_000);
    expect(row.nextAttemptAt.getTime() - Date.now()).toBeLessThan(40_000);
    // A turn of the app's own delivery loop (what it runs every MAIL_POLL_MS) claims nothing: no waiting for one.
    expect(await t.ctx.mailer.deliverDue()).toBe(0);
    expect((await rowOf(id)).status).toBe('queued');
    expect(await mailer.deliver(id)).toBe('sent');
    row = await rowOf(id);
    expect(row.status).toBe('sent');
    expect(row.attempts).toBe(2);
    const received = sink.received.filter((m) => m.to.includes('retry@example.org'));
    expect(received.map((m) => m.messageId)).toEqual([row.messageId]);
    await mailer.stop();
  });

  it('gives up at once on a permanent refusal (5xx), and after the last attempt on temporary ones', async () => {
    const mailer = manual(sink.url);
    const permanent = await queueAs('nobody@example.org');
    const temporary = await queueAs('flaky@example.org', { attempts: MAX_MAIL_ATTEMPTS - 1 });
    sink.refuse = true;
    sink.refuseCode = 550;
    try {
      expect(await mailer.deliver(permanent)).toBe('failed');
      sink.refuseCode = 451;
      expect(await mailer.deliver(temporary)).toBe('failed');
    } finally {
      sink.refuse = false;
      sink.refuseCode = 451;
    }
    expect((await rowOf(permanent)).status).toBe('failed');
    expect((await rowOf(permanent)).attempts).toBe(1);
    expect((await rowOf(temporary)).status).toBe('failed');
    expect((await rowOf(temporary)).attempts).toBe(MAX_MAIL_ATTEMPTS);
    await mailer.stop();
  });

  it('keeps mail in the outbox when no SMTP server is configured', async () => {
    const mailer = manual();
    const id = await queueAs('outbox@example.org');
    expect(await mailer.deliver(id)).toBe('outbox');
    expect((await rowOf(id)).status).toBe('outbox');
    expect(sink.received.some((m) => m.to.includes('outbox@example.org'))).toBe(false);
    await mailer.stop();
  });

  it('writes no mail when the change that caused it rolls back', async () => {
    await expect(
      t.database.db.transaction(async (tx) => {
        await t.ctx.mailer.queueIn(tx, request('rollback@example.org'));
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await t.lastMailTo('rollback@example.org')).toBeUndefined();
  });

  it('sends mail that nobody woke the loop for (a process stopped between commit and wake-up)', async () => {
    const id = await manual().queueIn(t.database.db, request('lost@example.org'));
    await sink.waitFor((m) => m.to.includes('lost@example.org'), 5000);
    await expect.poll(async () => (await rowOf(id)).status).toBe('sent');
  });

  it('recovers a mail left `sending` by a process that died mid-send: sent again with the same Message-ID within the lease', async () => {
    // What a kill -9 between "SMTP has it" and "marked sent" leaves behind: a claim whose lease ran out.
    const id = await queueAs('crashed@example.org', {
      status: 'sending',
      attempts: 1,
      nextAttemptAt: sql`now()`,
      claimToken: '00000000-0000-4000-8000-000000000001',
      claimedUntil: sql`now() - interval '1 second'`,
    });
    // A claim still within its lease (a live process is sending it) is left alone.
    const busy = await queueAs('busy@example.org', {
      status: 'sending',
      attempts: 1,
      nextAttemptAt: sql`now()`,
      claimToken: '00000000-0000-4000-8000-000000000002',
      claimedUntil: sql`now() + make_interval(secs => ${MAIL_LEASE_SECONDS})`,
    });
    const started = Date.now();
    const mail = await sink.waitFor((m) => m.to.includes('crashed@example.org'), 5000);
    expect(Date.now() - started).toBeLessThan(5000);
    const row = await rowOf(id);
    expect(mail.messageId).toBe(row.messageId);
    // The recipient gets the working link; once sent, the table keeps only the redacted copy (decision 0010).
    expect(mail.text).toContain('http://lots.test/x');
    await expect.poll(async () => (await rowOf(id)).status).toBe('sent');
    expect((await rowOf(id)).attempts).toBe(2);
    expect((await rowOf(id)).secretText).toBeNull();
    expect((await rowOf(id)).text).not.toContain('http://lots.test/x');
    expect(await t.ctx.mailer.deliver(busy)).toBe('skipped');
    expect((await rowOf(busy)).status).toBe('sending');
    expect(sink.received.some((m) => m.to.includes('busy@example.org'))).toBe(false);
    // A process whose lease ran out cannot requeue the new claim's row: its update names the old claim.
    await t.database.db
      .update(mailMessages)
      .set({ claimedUntil: sql`now() - interval '1 second'` })
      .where(eq(mailMessages.id, busy));
    await sink.waitFor((m) => m.to.includes('busy@example.org'), 5000);
    await expect.poll(async () => (await rowOf(busy)).status).toBe('sent');
  });

  it('gives up a mail interrupted on every attempt instead of retrying it for ever', async () => {
    const id = await queueAs('poison@example.org', {
      status: 'sending',
      attempts: MAX_MAIL_ATTEMPTS,
      nextAttemptAt: sql`now()`,
      claimToken: '00000000-0000-4000-8000-000000000003',
      claimedUntil: sql`now() - interval '1 second'`,
    });
    await expect.poll(async () => (await rowOf(id)).status).toBe('failed');
    expect(sink.received.some((m) => m.to.includes('poison@example.org'))).toBe(false);
  });

  it('delivers a burst of mail quickly (well above 5 per second; the bench measures the rate)', async () => {
    const count = 150;
    const ids = await t.database.db.transaction(async (tx) => {
      const out: string[] = [];
      for (let i = 0; i < count; i++) out.push(await t.ctx.mailer.queueIn(tx, request(`burst-${i}@example.org`)));
      return out;
    });
    const started = Date.now();
    await t.ctx.mailer.dispatch(...ids);
    await expect
      .poll(async () => sink.received.filter((m) => m.to[0]!.startsWith('burst-')).length, { timeout: 20_000, interval: 50 })
      .toBe(count);
    const seconds = (Date.now() - started) / 1000;
    const rows = await t.database.db.select().from(mailMessages).where(inArray(mailMessages.id, ids));
    await expect
      .poll(async () =>
        (await t.database.db.select().from(mailMessages).where(inArray(mailMessages.id, ids))).every((r) => r.status === 'sent'),
      )
      .toBe(true);
    expect(rows).toHaveLength(count);
    // Loose on a shared test machine (and scaled down by its load, as other test files run beside this one);
    // `npm run bench:mail` holds the 50 per second budget.
    expect(count / seconds).toBeGreaterThan(20 / Math.max(1, os.loadavg()[0]! / os.availableParallelism()));
    const unique = new Set(sink.received.filter((m) => m.to[0]!.startsWith('burst-')).map((m) => m.messageId));
    expect(unique.size).toBe(count);
  });
});
