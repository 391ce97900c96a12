import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations } from './organisations';

/**
 * Every e-mail Lots sends. A row is written in the same transaction as the change
 * that causes it, then a pg-boss job (whose id is the row's id) delivers it.
 * status: queued → sending → sent | outbox (no SMTP configured: kept for the Outbox page) | failed
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
    status: text('status').notNull().default('queued'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [index('mail_messages_status_idx').on(t.status), index('mail_messages_created_idx').on(t.createdAt)],
);
