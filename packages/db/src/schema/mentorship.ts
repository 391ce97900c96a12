import { index, integer, jsonb, pgTable, real, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { Agreement } from '@lots/core';
import { people } from './organisations';
import { pairs, programs } from './programs';

/** The program's agreement clauses (confidentiality, voluntariness, …) in sv, nb and en, edited by the coordinator. */
export const programClauses = pgTable(
  'program_clauses',
  {
    programId: uuid('program_id')
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    sv: text('sv').notNull(),
    nb: text('nb').notNull(),
    en: text('en').notNull(),
    position: integer('position').notNull().default(0),
  },
  (t) => [uniqueIndex('program_clauses_unique').on(t.programId, t.key)],
);

/** Suggestions for the pair's agenda, per program. */
export const programQuestionBank = pgTable(
  'program_question_bank',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programId: uuid('program_id')
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    text: text('text').notNull(),
  },
  (t) => [index('program_question_bank_program_idx').on(t.programId)],
);

/**
 * A pair's agreement (contract). Every change makes a new version that both must sign
 * again; the clauses are copied in at the time, in all three languages.
 */
export const agreements = pgTable(
  'agreements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    pairId: uuid('pair_id')
      .notNull()
      .references(() => pairs.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    cadenceWeeksMin: real('cadence_weeks_min').notNull(),
    cadenceWeeksMax: real('cadence_weeks_max').notNull(),
    meetingMinutes: integer('meeting_minutes').notNull(),
    mode: text('mode').$type<Agreement['mode']>().notNull(),
    place: text('place'),
    goals: jsonb('goals').$type<{ id: string; text: string }[]>().notNull(),
    clauses: jsonb('clauses').$type<{ key: string; sv: string; nb: string; en: string }[]>().notNull(),
    adeptSignedAt: timestamp('adept_signed_at', { withTimezone: true }),
    mentorSignedAt: timestamp('mentor_signed_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => people.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('agreements_version_unique').on(t.pairId, t.version)],
);

export const meetings = pgTable(
  'meetings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    pairId: uuid('pair_id')
      .notNull()
      .references(() => pairs.id, { onDelete: 'cascade' }),
    heldOn: timestamp('held_on', { withTimezone: true }).notNull(),
    durationMinutes: integer('duration_minutes').notNull(),
    mode: text('mode').notNull(),
    createdBy: uuid('created_by').references(() => people.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('meetings_pair_idx').on(t.pairId, t.heldOn)],
);

/** The shared agenda for the next meeting: both prepare questions and topics. */
export const agendaItems = pgTable(
  'agenda_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    pairId: uuid('pair_id')
      .notNull()
      .references(() => pairs.id, { onDelete: 'cascade' }),
    text: text('text').notNull(),
    authorId: uuid('author_id').references(() => people.id, { onDelete: 'set null' }),
    done: timestamp('done', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('agenda_items_pair_idx').on(t.pairId)],
);

/** Private notes: visible to their author only — not the other party, not coordinators, not administrators. */
export const privateNotes = pgTable(
  'private_notes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    pairId: uuid('pair_id')
      .notNull()
      .references(() => pairs.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    text: text('text').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('private_notes_pair_author_idx').on(t.pairId, t.authorId)],
);

/** Progress on an agreement goal (1–5, with a comment), visible to the pair. */
export const goalCheckins = pgTable(
  'goal_checkins',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    pairId: uuid('pair_id')
      .notNull()
      .references(() => pairs.id, { onDelete: 'cascade' }),
    goalId: text('goal_id').notNull(),
    progress: integer('progress').notNull(),
    comment: text('comment'),
    authorId: uuid('author_id').references(() => people.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('goal_checkins_pair_idx').on(t.pairId, t.createdAt)],
);

/** Reminders sent to a pair, so that each is sent once per occasion. */
export const pairNudges = pgTable(
  'pair_nudges',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    pairId: uuid('pair_id')
      .notNull()
      .references(() => pairs.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<'meetingDue' | 'quiet' | 'logMeeting'>().notNull(),
    /** What the nudge is about (e.g. the due date or the meeting it asks to log), so it is sent once. */
    occasion: text('occasion').notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('pair_nudges_unique').on(t.pairId, t.kind, t.occasion)],
);
