import { and, eq, lt, sql } from 'drizzle-orm';
import nodemailer, { type Transporter } from 'nodemailer';
import { schema, type Db, type DbOrTx } from '@lots/db';
import type { Locale } from '@lots/core';
import { renderMail, SECRET_LINK_TEMPLATES, type MailExtras, type MailTemplate } from './render';

const { mailMessages } = schema;

export const MAIL_QUEUE = 'mail-send';
export const MAX_MAIL_ATTEMPTS = 5;

export interface MailRequest {
  to: string;
  template: MailTemplate;
  locale: Locale;
  vars: { name: string; url: string } & Record<string, string | number>;
  organisationId?: string | null;
  extras?: MailExtras;
}

/** A mail that could not leave the machine (no SMTP_URL), in full, for the operator's console. */
export interface UndeliveredMail {
  id: string;
  to: string;
  subject: string;
  text: string;
}

/** How jobs reach the queue; pg-boss in the app, so the mailer does not depend on it. */
export interface JobQueue {
  send(queue: string, data: object, options: { id: string }): Promise<unknown>;
}

/**
 * The mailer writes every mail to `mail_messages` (inside the caller's transaction,
 * so a rolled-back change sends nothing), then a job delivers it. Delivery is
 * idempotent: a row is claimed (queued → sending) before it is sent, so a mail is
 * never sent twice; on an SMTP failure it goes back to queued and the job retries.
 * Without SMTP_URL, mail is kept with status `outbox` and shown on the Outbox page.
 *
 * A mail with a single-use link (SECRET_LINK_TEMPLATES) is stored twice: redacted in
 * `text`/`html` (all the Outbox ever shows) and deliverable in `secret_text`/`secret_html`,
 * which are erased as soon as delivery ends. Without SMTP_URL the deliverable text goes to
 * `printUndelivered` (the server console) and nowhere else (decision 0010).
 */
export class Mailer {
  private transport: Transporter | undefined;

  constructor(
    private readonly db: Db,
    private readonly options: { smtpUrl?: string; from: string; printUndelivered?: (mail: UndeliveredMail) => void },
    private readonly queue: JobQueue,
  ) {
    if (options.smtpUrl) this.transport = nodemailer.createTransport(options.smtpUrl);
  }

  /** Writes the mail in `tx`; call `dispatch` with the id after the transaction commits. */
  async queueIn(tx: DbOrTx, request: MailRequest): Promise<string> {
    const rendered = renderMail(request.template, request.locale, request.vars, request.extras);
    const secret = SECRET_LINK_TEMPLATES.has(request.template);
    const shown = secret ? renderMail(request.template, request.locale, request.vars, request.extras, { redactLink: true }) : rendered;
    const [row] = await tx
      .insert(mailMessages)
      .values({
        to: request.to,
        organisationId: request.organisationId ?? null,
        template: request.template,
        locale: request.locale,
        subject: rendered.subject,
        text: shown.text,
        html: shown.html,
        secretText: secret ? rendered.text : null,
        secretHtml: secret ? rendered.html : null,
      })
      .returning({ id: mailMessages.id });
    return row!.id;
  }

  async dispatch(...ids: string[]): Promise<void> {
    for (const id of ids) await this.queue.send(MAIL_QUEUE, { id }, { id });
  }

  /** Queue and dispatch in one step, for mail that is not part of a larger change. */
  async send(request: MailRequest): Promise<string> {
    const id = await this.queueIn(this.db, request);
    await this.dispatch(id);
    return id;
  }

  /** Re-dispatches queued mail whose job may have been lost (crash between commit and dispatch). */
  async sweep(olderThanSeconds = 60): Promise<number> {
    const rows = await this.db
      .select({ id: mailMessages.id })
      .from(mailMessages)
      .where(and(eq(mailMessages.status, 'queued'), lt(mailMessages.createdAt, sql`now() - make_interval(secs => ${olderThanSeconds})`)))
      .limit(500);
    await this.dispatch(...rows.map((r) => r.id));
    return rows.length;
  }

  /** The job handler. */
  async deliver(id: string): Promise<'sent' | 'outbox' | 'skipped'> {
    const [claimed] = await this.db
      .update(mailMessages)
      .set({ status: 'sending', attempts: sql`${mailMessages.attempts} + 1` })
      .where(and(eq(mailMessages.id, id), eq(mailMessages.status, 'queued')))
      .returning();
    if (!claimed) return 'skipped';
    const text = claimed.secretText ?? claimed.text;
    const html = claimed.secretHtml ?? claimed.html;
    // Once delivery has ended, the single-use link exists only where it was delivered.
    const erase = { secretText: null, secretHtml: null };
    if (!this.transport) {
      this.options.printUndelivered?.({ id: claimed.id, to: claimed.to, subject: claimed.subject, text });
      await this.db
        .update(mailMessages)
        .set({ status: 'outbox', ...erase })
        .where(eq(mailMessages.id, id));
      return 'outbox';
    }
    try {
      await this.transport.sendMail({
        from: this.options.from,
        to: claimed.to,
        subject: claimed.subject,
        text,
        html,
        headers: { 'X-Lots-Mail-Id': claimed.id },
      });
    } catch (error) {
      const failed = claimed.attempts >= MAX_MAIL_ATTEMPTS;
      await this.db
        .update(mailMessages)
        .set({
          status: failed ? 'failed' : 'queued',
          lastError: String((error as Error).message ?? error).slice(0, 1000),
          ...(failed ? erase : {}),
        })
        .where(eq(mailMessages.id, id));
      if (failed) return 'skipped';
      throw error;
    }
    await this.db
      .update(mailMessages)
      .set({ status: 'sent', sentAt: new Date(), lastError: null, ...erase })
      .where(eq(mailMessages.id, id));
    return 'sent';
  }

  close(): void {
    this.transport?.close();
  }
}
