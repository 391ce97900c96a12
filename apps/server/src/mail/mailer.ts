import { randomUUID } from 'node:crypto';
import { and, eq, ne, sql } from 'drizzle-orm';
import nodemailer, { type Transporter } from 'nodemailer';
import { parseConnectionUrl } from 'nodemailer/lib/shared/index.js';
import { schema, type Db, type DbOrTx } from '@lots/db';
import type { Locale } from '@lots/core';
import { renderMail, SECRET_LINK_TEMPLATES, type MailExtras, type MailTemplate } from './render';

const { mailMessages } = schema;

/** Attempts before a mail is given up as `failed` (a crash during an attempt counts as one). */
export const MAX_MAIL_ATTEMPTS = 5;
/** How long a claim lasts: a `sending` row older than this belongs to a dead process and is claimed again. */
export const MAIL_LEASE_SECONDS = 30;
/** Every process looks for due mail this often (and at once when its own change queued some). */
export const MAIL_POLL_MS = 1000;
/** Rows claimed at a time; they are sent concurrently over the pooled SMTP connections. */
export const MAIL_BATCH = 25;

export interface MailRequest {
  to: string;
  template: MailTemplate;
  locale: Locale;
  vars: { name: string; url: string } & Record<string, string | number>;
  organisationId?: string | null;
  extras?: MailExtras;
  /** An invitation's calendar part: sent as text/calendar (Outlook and Google show it as an invitation) and as an .ics attachment. */
  calendar?: MailCalendar;
}

export interface MailCalendar {
  method: 'REQUEST' | 'CANCEL';
  content: string;
}

export type MailRow = typeof mailMessages.$inferSelect;

/** A mail that could not leave the machine (no SMTP_URL), in full, for the operator's console. */
export interface UndeliveredMail {
  id: string;
  to: string;
  subject: string;
  text: string;
}
export type DeliveryOutcome = 'sent' | 'outbox' | 'retry' | 'failed' | 'skipped';

export interface MailLog {
  info(object: object, message: string): void;
  warn(object: object, message: string): void;
  error(object: object, message: string): void;
}

/** Back-off after the n-th failed attempt: 30 s, 2 min, 8 min, 32 min. */
export function retryDelaySeconds(attempts: number): number {
  return Math.min(30 * 4 ** Math.max(0, attempts - 1), 3600);
}

/**
 * Mail is a transactional outbox (decision 0030, amending 0003). `queueIn(tx, …)` writes the
 * rendered mail to `mail_messages` inside the caller's transaction, so a rolled-back change sends
 * nothing. Every Lots process runs a delivery loop that claims due rows (`FOR UPDATE SKIP
 * LOCKED`, so two processes never claim the same row) for a lease of MAIL_LEASE_SECONDS and hands
 * them to SMTP over a connection pool. Delivery is at least once: a row left `sending` by a
 * process that died (kill -9 while SMTP had the mail) is claimed again by any process when its
 * lease runs out, and sent again with the same Message-ID, by which receivers drop the repeat.
 * A temporary SMTP failure (4xx, network) puts the row back with back-off; a permanent one (5xx)
 * or MAX_MAIL_ATTEMPTS attempts mark it `failed`. Without SMTP_URL, mail is kept with status
 * `outbox` for the Outbox page.
 *
 * A mail with a single-use link (SECRET_LINK_TEMPLATES) is stored twice: redacted in
 * `text`/`html` (all the Outbox ever shows) and deliverable in `secret_text`/`secret_html`,
 * which are erased as soon as delivery ends (sent, printed, or failed). Without SMTP_URL the
 * deliverable text goes to `printUndelivered` (the server console) and nowhere else (decision 0010).
 */
export class Mailer {
  private transport: Transporter | undefined;
  private readonly domain: string;
  private timer: NodeJS.Timeout | undefined;
  private draining: Promise<void> | undefined;
  private again = false;
  private stopped = false;

  constructor(
    private readonly db: Db,
    private readonly options: { smtpUrl?: string; from: string; printUndelivered?: (mail: UndeliveredMail) => void },
    private readonly log?: MailLog,
  ) {
    if (options.smtpUrl) {
      this.transport = nodemailer.createTransport({
        // Pooled connections make delivery concurrent; timeouts keep an attempt well inside its lease.
        pool: true,
        maxConnections: 5,
        maxMessages: 500,
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 15_000,
        // What the URL says (host, port, auth, ?pool=false…) wins.
        ...parseConnectionUrl(options.smtpUrl),
      });
    }
    this.domain = /@([^\s<>@]+)>?\s*$/.exec(options.from)?.[1] ?? 'lots.local';
  }

  /** Writes the mail in `tx`; call `dispatch` after the transaction commits to have it sent at once. */
  async queueIn(tx: DbOrTx, request: MailRequest): Promise<string> {
    return (await this.queueAllIn(tx, [request]))[0]!;
  }

  /** Writes many mails in `tx` in one statement per 200 (a bulk decision's); their ids in the order given. */
  async queueAllIn(tx: DbOrTx, requests: MailRequest[]): Promise<string[]> {
    const rows = requests.map((request) => {
      const rendered = renderMail(request.template, request.locale, request.vars, request.extras);
      const secret = SECRET_LINK_TEMPLATES.has(request.template);
      const shown = secret ? renderMail(request.template, request.locale, request.vars, request.extras, { redactLink: true }) : rendered;
      const id = randomUUID();
      return {
        id,
        messageId: `<${id}@${this.domain}>`,
        to: request.to,
        organisationId: request.organisationId ?? null,
        template: request.template,
        locale: request.locale,
        subject: rendered.subject,
        text: shown.text,
        html: shown.html,
        secretText: secret ? rendered.text : null,
        secretHtml: secret ? rendered.html : null,
        calendarMethod: request.calendar?.method ?? null,
        calendar: request.calendar?.content ?? null,
      };
    });
    for (let start = 0; start < rows.length; start += 200) await tx.insert(mailMessages).values(rows.slice(start, start + 200));
    return rows.map((r) => r.id);
  }

  /**
   * Wakes this process's delivery loop after a commit. The ids are not needed (the loop takes
   * every due row, whoever wrote it); without a call the mail still leaves within MAIL_POLL_MS.
   */
  async dispatch(...ids: string[]): Promise<void> {
    if (ids.length) this.kick();
  }

  /** Queue and dispatch in one step, for mail that is not part of a larger change. */
  async send(request: MailRequest): Promise<string> {
    const id = await this.queueIn(this.db, request);
    await this.dispatch(id);
    return id;
  }

  /** Starts the delivery loop of this process. */
  start(): void {
    if (this.timer || this.stopped) return;
    this.timer = setInterval(() => this.kick(), MAIL_POLL_MS);
    this.timer.unref();
    this.kick();
  }

  /** Stops the loop and waits for the sends in flight; closes the SMTP pool. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    this.timer = undefined;
    await this.draining;
    this.transport?.close();
  }

  private kick(): void {
    if (this.stopped) return;
    if (this.draining) {
      this.again = true;
      return;
    }
    this.draining = (async () => {
      try {
        do {
          this.again = false;
          while (!this.stopped && (await this.deliverDue()) === MAIL_BATCH);
        } while (this.again && !this.stopped);
      } catch (error) {
        this.log?.error({ err: error }, 'mail delivery loop failed');
      } finally {
        this.draining = undefined;
      }
    })();
  }

  /**
   * Claims up to `limit` due rows — queued and due, or `sending` with an expired lease — and
   * delivers them concurrently. Returns how many rows were claimed.
   */
  async deliverDue(limit = MAIL_BATCH): Promise<number> {
    const rows = await this.claim(
      sql`(${mailMessages.status} = 'queued' and ${mailMessages.nextAttemptAt} <= now())
        or (${mailMessages.status} = 'sending' and ${mailMessages.claimedUntil} < now())`,
      limit,
    );
    await Promise.all(
      rows.map(async (row) => {
        const outcome = await this.deliverClaimed(row);
        this.log?.info({ mailId: row.id, outcome }, 'mail delivery');
      }),
    );
    return rows.length;
  }

  /**
   * Delivers one mail now if it can be claimed (queued — even before its back-off ends — or
   * `sending` with an expired lease); `skipped` if it is sent, failed, or claimed by someone else.
   */
  async deliver(id: string): Promise<DeliveryOutcome> {
    const [row] = await this.claim(
      sql`${mailMessages.id} = ${id} and (${mailMessages.status} = 'queued'
        or (${mailMessages.status} = 'sending' and ${mailMessages.claimedUntil} < now()))`,
      1,
    );
    return row ? this.deliverClaimed(row) : 'skipped';
  }

  private async claim(where: ReturnType<typeof sql>, limit: number): Promise<(MailRow & { recovered: boolean })[]> {
    const result = (await this.db.execute(sql`
      with due as (
        select ${mailMessages.id} as id, ${mailMessages.status} = 'sending' as recovered
        from ${mailMessages}
        where ${where}
        order by ${mailMessages.nextAttemptAt}
        limit ${limit}
        for update skip locked
      )
      update ${mailMessages} set
        status = 'sending',
        attempts = ${mailMessages.attempts} + 1,
        claimed_until = now() + make_interval(secs => ${MAIL_LEASE_SECONDS}),
        claim_token = gen_random_uuid()
      from due
      where ${mailMessages.id} = due.id
      returning ${mailMessages.id} as id, due.recovered as recovered
    `)) as unknown as { rows: { id: string; recovered: boolean }[] };
    if (!result.rows.length) return [];
    const recovered = new Set(result.rows.filter((r) => r.recovered).map((r) => r.id));
    const rows = await this.db
      .select()
      .from(mailMessages)
      .where(
        sql`${mailMessages.id} in (${sql.join(
          result.rows.map((r) => sql`${r.id}`),
          sql`, `,
        )})`,
      );
    for (const row of rows) {
      if (recovered.has(row.id))
        this.log?.warn({ mailId: row.id, attempts: row.attempts }, 'mail left sending by a stopped process: sending again');
    }
    return rows.map((row) => ({ ...row, recovered: recovered.has(row.id) }));
  }

  private async deliverClaimed(row: MailRow): Promise<DeliveryOutcome> {
    const mine = and(eq(mailMessages.id, row.id), eq(mailMessages.claimToken, row.claimToken!));
    const text = row.secretText ?? row.text;
    const html = row.secretHtml ?? row.html;
    // Once delivery has ended, the single-use link exists only where it was delivered.
    const erase = { secretText: null, secretHtml: null };
    if (row.attempts > MAX_MAIL_ATTEMPTS) {
      // Interrupted on its last attempt (a crash each time): given up rather than retried for ever.
      await this.db
        .update(mailMessages)
        .set({ status: 'failed', claimedUntil: null, lastError: row.lastError ?? 'interrupted on every attempt', ...erase })
        .where(mine);
      this.log?.error({ mailId: row.id, attempts: row.attempts }, 'mail delivery given up');
      return 'failed';
    }
    if (!this.transport) {
      this.options.printUndelivered?.({ id: row.id, to: row.to, subject: row.subject, text });
      await this.db
        .update(mailMessages)
        .set({ status: 'outbox', claimedUntil: null, ...erase })
        .where(mine);
      return 'outbox';
    }
    try {
      await this.transport.sendMail({
        from: this.options.from,
        to: row.to,
        subject: row.subject,
        text,
        html,
        messageId: row.messageId,
        headers: { 'X-Lots-Mail-Id': row.id },
        ...(row.calendar && row.calendarMethod
          ? {
              icalEvent: { method: row.calendarMethod, filename: 'invite.ics', content: row.calendar },
            }
          : {}),
      });
    } catch (error) {
      const code = (error as { responseCode?: number }).responseCode;
      const permanent = typeof code === 'number' && code >= 500;
      const failed = permanent || row.attempts >= MAX_MAIL_ATTEMPTS;
      const message = String((error as Error).message ?? error).slice(0, 1000);
      await this.db
        .update(mailMessages)
        .set({
          status: failed ? 'failed' : 'queued',
          lastError: message,
          claimedUntil: null,
          nextAttemptAt: sql`now() + make_interval(secs => ${retryDelaySeconds(row.attempts)})`,
          ...(failed ? erase : {}),
        })
        .where(mine);
      this.log?.warn({ mailId: row.id, attempts: row.attempts, failed, err: message }, 'mail delivery failed');
      return failed ? 'failed' : 'retry';
    }
    // Sent: whoever holds the claim now, the mail is out (a second sender repeats the Message-ID).
    await this.db
      .update(mailMessages)
      .set({ status: 'sent', sentAt: new Date(), lastError: null, claimedUntil: null, ...erase })
      .where(and(eq(mailMessages.id, row.id), ne(mailMessages.status, 'sent')));
    return 'sent';
  }
}
