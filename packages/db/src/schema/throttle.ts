/**
 * Lots' own sign-in throttle (decision 0021): failed password attempts per account, with
 * exponential back-off. In the database so that every Lots instance sees the same count.
 */
import { integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

export const signInThrottle = pgTable('sign_in_throttle', {
  /** `account:<normalised e-mail>` — any address, known to Lots or not. */
  key: text('key').primaryKey(),
  /** Attempts since the last success; an attempt counts when it starts, a success deletes the row. */
  failures: integer('failures').notNull(),
  lastAttemptAt: timestamp('last_attempt_at', { withTimezone: true }).notNull(),
  /** No attempt is looked at before this time. */
  blockedUntil: timestamp('blocked_until', { withTimezone: true }),
});
