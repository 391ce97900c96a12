import { boolean, index, integer, jsonb, pgTable, real, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { MatchingRun, MatchingSettings, StoredRunResult } from '@lots/core';
import { user } from './auth';
import { applications, programs } from './programs';

/** A program's matching criteria weights and hard rules, set by the coordinator. */
export const matchingSettings = pgTable('matching_settings', {
  programId: uuid('program_id')
    .primaryKey()
    .references(() => programs.id, { onDelete: 'cascade' }),
  weights: jsonb('weights').$type<Partial<MatchingSettings['weights']>>().notNull(),
  hardRules: jsonb('hard_rules').$type<Partial<MatchingSettings['hardRules']>>().notNull(),
  preferencesEnabled: boolean('preferences_enabled').notNull().default(false),
  minScore: real('min_score'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** One run of the engine over a program's accepted participants, with its full, explained result. */
export const matchingRuns = pgTable(
  'matching_runs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programId: uuid('program_id')
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    createdBy: text('created_by').references(() => user.id, { onDelete: 'set null' }),
    /** queued → running → done | failed */
    status: text('status').$type<MatchingRun['status']>().notNull().default('queued'),
    progress: integer('progress').notNull().default(0),
    error: text('error'),
    matchedCount: integer('matched_count'),
    totalScore: real('total_score'),
    result: jsonb('result').$type<StoredRunResult>(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    /**
     * Touched every few seconds by the process computing the run. A queued or running run whose
     * heartbeat stopped belongs to a process that died; any process marks it failed (decision 0031).
     */
    heartbeatAt: timestamp('heartbeat_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('matching_runs_program_idx').on(t.programId, t.createdAt)],
);

/**
 * The coordinator's hand on the matching: `lock` keeps a pair in every run (a hand
 * assignment is a lock; one that breaks a hard rule carries a written reason), `exclude`
 * keeps a pair out.
 */
export const matchingConstraints = pgTable(
  'matching_constraints',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programId: uuid('program_id')
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    adeptApplicationId: uuid('adept_application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    mentorApplicationId: uuid('mentor_application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<'lock' | 'exclude'>().notNull(),
    reason: text('reason'),
    createdBy: text('created_by').references(() => user.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('matching_constraints_unique').on(t.programId, t.adeptApplicationId, t.mentorApplicationId),
    index('matching_constraints_program_idx').on(t.programId),
  ],
);

/** Mutual preferences: an adept ranks up to five mentors; a mentor marks adepts they would like. */
export const matchingPreferences = pgTable(
  'matching_preferences',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programId: uuid('program_id')
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    /** adept: `fromApplicationId` is the adept, `rank` 1–5; mentor: the mentor marks, rank null */
    side: text('side').$type<'adept' | 'mentor'>().notNull(),
    fromApplicationId: uuid('from_application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    toApplicationId: uuid('to_application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    rank: integer('rank'),
  },
  (t) => [
    uniqueIndex('matching_preferences_unique').on(t.fromApplicationId, t.toApplicationId),
    index('matching_preferences_program_idx').on(t.programId),
  ],
);
