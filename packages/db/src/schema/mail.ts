import { sql } from 'drizzle-orm';
import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { OutboxMessage } from '@lots/core';
import { organisations } from './organisations';

/**
 * Every e-mail Lots sends, and the delivery queue itself (decision 0030). A row is written
 * in the same transaction as the change that causes it; any Lots process claims due rows
 * (FOR UPDATE SKIP LOCKED) for a lease and sends them with the row's Message-ID.
 * status: queued → sending → sent | outbox (no SMTP configured: kept for the Outbox page) | failed;
 * a `sending` row whose lease ran out (its process died) is claimed again.
 *
 * `text`/`html` are what the Outbox shows. A mail carrying a single-use link (sign-in, reset,
 * invitation, a manager's or recommender's response) has them with the link redacted; the
 * deliverable version is in `secret_text`/`secret_html` only until delivery ends (sent, printed
 * to the server console without SMTP, or failed), then it is erased (decision 0010).
 */
export const mailMessages = pgTable(
  'mail_messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id').references(() => organisations.id, { onDelete: 'set null' }),
    to: text('to').notNull(),
    subject: text('subject').notNull(),
    text: text('text').notNull(),
    html: text('html').notNull(),
    secretText: text('secret_text'),
    secretHtml: text('secret_html'),
    template: text('template').notNull(),
    locale: text('locale').notNull(),
    status: text('status').$type<OutboxMessage['status']>().notNull().default('queued'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    /** The RFC 5322 Message-ID, fixed when the row is written: every attempt carries it, so receivers drop a repeat. */
    messageId: text('message_id').notNull(),
    /** A queued row is not sent before this (back-off after a temporary SMTP failure). */
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    /** While `sending`: the claim's lease; after it, any process may claim the row again. */
    claimedUntil: timestamp('claimed_until', { withTimezone: true }),
    /** While `sending`: identifies the claim, so a process whose lease ran out cannot requeue another's claim. */
    claimToken: uuid('claim_token'),
    /** An invitation's calendar part (an iCalendar file with METHOD:REQUEST or CANCEL), sent as text/calendar. */
    calendarMethod: text('calendar_method').$type<'REQUEST' | 'CANCEL'>(),
    calendar: text('calendar'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [
    index('mail_messages_status_idx').on(t.status),
    index('mail_messages_created_idx').on(t.createdAt),
    // An organisation's Outbox, newest first (decision 0161).
    index('mail_messages_organisation_created_idx').on(t.organisationId, t.createdAt, t.id),
    index('mail_messages_due_idx')
      .on(t.nextAttemptAt)
      .where(sql`${t.status} in ('queued', 'sending')`),
  ],
);
