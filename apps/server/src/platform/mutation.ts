import { sqlIn, type Db, type SqlExecutor, type Tx } from '@lots/db';
import { audit as writeAudit } from './audit';
import type { Locale } from '@lots/core';
import type { Actor } from './actor';
import { AppError } from './errors';
import type { MailCalendar, Mailer, MailRequest } from '../mail/mailer';
import type { MailExtras, MailTemplate } from '../mail/render';
import { mailLink, resolveRecipients, type Recipient, type ResolvedRecipient } from '../mail/recipients';

/**
 * One audit row: who did what to which thing. `data` says how many, which fields, which role —
 * never what people wrote (note text, meeting content, answers, special-category data).
 * Decision 0080 lists what is audited.
 */
export interface AuditEntry {
  action: string;
  organisationId: string | null;
  entity: string;
  entityId: string | null;
  data?: Record<string, unknown>;
}

type MailVars = Record<string, string | number>;

export interface MailMessage {
  template: MailTemplate;
  /** The page the mail's action link opens (`/programs/…`); the link carries the mail's language. None for a mail without a link (`extras.withoutLink`). */
  path?: string;
  organisationId: string | null;
  /** The template's values; a function when they depend on the mail's language. `name` and `url` are filled in. */
  vars?: MailVars | ((locale: Locale) => MailVars);
  extras?: Omit<MailExtras, 'links'>;
  /** Several links listed in the mail instead of one action link (each item's own page), in the mail's language. */
  links?: (locale: Locale) => { label: string; path: string }[];
  /** A calendar invitation (METHOD:REQUEST or CANCEL) in the mail's language, sent as text/calendar. */
  calendar?: (locale: Locale) => MailCalendar;
}

export interface JobOptions {
  /** The job's id: a second job with the same id is ignored. */
  id?: string;
  retryLimit?: number;
  expireInSeconds?: number;
}

/** How jobs reach pg-boss; `db` makes the insert part of the caller's transaction. */
export interface JobQueue {
  send(queue: string, data: object, options: JobOptions & { db?: SqlExecutor }): Promise<unknown>;
  /**
   * Once the jobs are committed: this process's workers of these queues fetch now instead of at
   * their next poll. Any process's worker may still take a job first (pg-boss fetches with SKIP LOCKED).
   */
  wake(queues: string[]): void;
}

/**
 * What a service's mutation gets: the open transaction, who is acting, and the means to
 * audit, mail and queue jobs in that same transaction. It never gets the database, so a
 * query outside the transaction (which hangs on PGlite's single connection) cannot be written.
 */
export interface Mutation<A extends Actor | null = Actor> {
  readonly tx: Tx;
  readonly actor: A;
  /** Writes an audit row in this transaction. A request's mutation must write at least one. */
  audit(entry: AuditEntry): Promise<void>;
  /** Renders a mail in the recipient's language and writes it to the mail queue (the mail table) in this transaction. */
  mail(to: Recipient, message: MailMessage): Promise<string>;
  /** Many mails at once (a bulk decision's): recipients resolved and rows written a batch at a time, in this transaction; their ids in order. */
  mailAll(mails: { to: Recipient; message: MailMessage }[]): Promise<string[]>;
  /** Queues a pg-boss job in this transaction: it exists only if the transaction commits. */
  job(queue: string, data: object, options?: JobOptions): Promise<void>;
}

export type Work<A extends Actor | null, Args extends unknown[], T> = (m: Mutation<A>, ...args: Args) => Promise<T>;

/** Where a mutation comes from: a request (its actor, set by the session guard) or a caller with an actor. */
export interface Origin {
  actor: Actor | null;
  /** Set when a committed mutation of this request wrote its audit rows (checked by the route-table tests). */
  audited?: boolean;
}

export interface Pipeline {
  /** A signed-in actor's change: one transaction, at least one audit row, mail and jobs inside. */
  mutate<Args extends unknown[], T>(origin: Origin, work: Work<Actor, Args, T>, ...args: Args): Promise<T>;
  /** A change by someone without an account (setup, an invitation, an e-mailed link): audited like any other. */
  mutateAnonymous<Args extends unknown[], T>(origin: Origin, work: Work<null, Args, T>, ...args: Args): Promise<T>;
  /**
   * Scheduled work of the system itself (digest, nudges, matching runs): one transaction with mail
   * and jobs; what it did is kept in its own tables (decision 0080), so no audit row is required.
   */
  system<Args extends unknown[], T>(work: Work<null, Args, T>, ...args: Args): Promise<T>;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the pipeline when a mutation of this request committed with its audit rows. */
    audited: boolean;
  }
}

export class UnauditedMutationError extends Error {}

export function createPipeline(db: Db, deps: { mailer: Mailer; jobs: JobQueue; publicUrl: string }): Pipeline {
  /** The mailer's request for one resolved recipient: the message in their language, its links carrying it. */
  function request(recipient: ResolvedRecipient, message: MailMessage): MailRequest {
    const vars = typeof message.vars === 'function' ? message.vars(recipient.locale) : (message.vars ?? {});
    return {
      to: recipient.to,
      organisationId: message.organisationId,
      template: message.template,
      locale: recipient.locale,
      vars: { ...vars, name: recipient.name, url: message.path ? mailLink(deps.publicUrl, message.path, recipient.locale) : '' },
      extras: message.links
        ? {
            ...message.extras,
            links: message.links(recipient.locale).map((l) => ({
              label: l.label,
              url: mailLink(deps.publicUrl, l.path, recipient.locale),
            })),
          }
        : message.extras,
      ...(message.calendar ? { calendar: message.calendar(recipient.locale) } : {}),
    };
  }

  async function run<A extends Actor | null, Args extends unknown[], T>(
    actor: A,
    requireAudit: boolean,
    work: Work<A, Args, T>,
    args: Args,
  ): Promise<{ result: T; audits: number }> {
    const mails: string[] = [];
    const queues = new Set<string>();
    const outcome = await db.transaction(async (tx) => {
      let audits = 0;
      const mailAll = async (items: { to: Recipient; message: MailMessage }[]) => {
        const recipients = await resolveRecipients(
          tx,
          items.map((item) => item.to),
        );
        const ids = await deps.mailer.queueAllIn(
          tx,
          items.map(({ message }, i) => request(recipients[i]!, message)),
        );
        mails.push(...ids);
        return ids;
      };
      const m: Mutation<A> = {
        tx,
        actor,
        async audit(entry) {
          await writeAudit(tx, actor, entry.organisationId, entry.action, entry.entity, entry.entityId, entry.data);
          audits++;
        },
        async mail(to, message) {
          return (await mailAll([{ to, message }]))[0]!;
        },
        mailAll,
        async job(queue, data, options = {}) {
          await deps.jobs.send(queue, data, { ...options, db: sqlIn(tx) });
          queues.add(queue);
        },
      };
      const result = await work(m, ...args);
      if (requireAudit && audits === 0) throw new UnauditedMutationError(`${work.name || 'a mutation'} wrote no audit row`);
      return { result, audits };
    });
    // The mail table is the delivery queue (decision 0030): committed mail is picked up by any
    // process's delivery loop; this one is told at once.
    if (mails.length) await deps.mailer.dispatch(...mails);
    // Likewise committed jobs: this process's workers are told at once (a matching run waited for
    // the next half-second poll, decision 0197).
    if (queues.size) deps.jobs.wake([...queues]);
    return outcome;
  }

  return {
    async mutate(origin, work, ...args) {
      if (!origin.actor) throw new AppError('unauthenticated', 'Sign in first');
      const { result } = await run(origin.actor, true, work, args);
      origin.audited = true;
      return result;
    },
    async mutateAnonymous(origin, work, ...args) {
      const { result } = await run(null, true, work, args);
      origin.audited = true;
      return result;
    },
    async system(work, ...args) {
      return (await run(null, false, work, args)).result;
    },
  };
}
