import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { Answers, CustomQuestion, ProgramRole, SurveyAudience, SurveyKind } from '@lots/core';
import { organisations, people } from './organisations';
import { pairs, programs } from './programs';

/**
 * Surveys and their answers (decision 0132). What someone answered is never stored with who they
 * are: an invitation knows the person and whether they answered (no time); a response knows only
 * the wave, a pseudonymous key (HMAC of the person and the program with the installation's secret,
 * so the same person's answers can be compared over time) and the groups the aggregates need.
 */
export const surveys = pgTable(
  'surveys',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programId: uuid('program_id')
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<SurveyKind>().notNull(),
    /** Instrument ids with their version, `mentoring-functions@1`. */
    instruments: text('instruments').array().notNull(),
    customQuestions: jsonb('custom_questions').$type<CustomQuestion[]>().notNull().default([]),
    audience: text('audience').$type<SurveyAudience>().notNull().default('all'),
    openDays: integer('open_days').notNull(),
    reminderDays: integer('reminder_days').array().notNull(),
    opensOn: date('opens_on'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** Removed after it had answers (decision 0133): no new waves or reminders, the answers stay for the figures. */
    endedAt: timestamp('ended_at', { withTimezone: true }),
  },
  (t) => [index('surveys_program_idx').on(t.programId)],
);

/** One sending of a survey (the end survey, the second pulse, the survey after one event …): what aggregates are computed over. */
export const surveyWaves = pgTable(
  'survey_waves',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    surveyId: uuid('survey_id')
      .notNull()
      .references(() => surveys.id, { onDelete: 'cascade' }),
    programId: uuid('program_id')
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    /** baseline, fit, pulse-1, pulse-2 …, midpoint, end, followup6, followup12, event:<eventId>, adhoc */
    occasion: text('occasion').notNull(),
    opensOn: date('opens_on').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('survey_waves_unique').on(t.surveyId, t.occasion), index('survey_waves_program_idx').on(t.programId)],
);

/** Who may answer a wave: the person, a single-use link (its hash), when it opens and closes, reminders sent. */
export const surveyInvitations = pgTable(
  'survey_invitations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    waveId: uuid('wave_id')
      .notNull()
      .references(() => surveyWaves.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    role: text('role').$type<ProgramRole>().notNull(),
    /** The fit check's pair (so 'not a good fit' can ask for a new match); null otherwise. */
    pairId: uuid('pair_id').references(() => pairs.id, { onDelete: 'set null' }),
    tokenHash: text('token_hash').notNull().unique(),
    opensAt: timestamp('opens_at', { withTimezone: true }).notNull(),
    closesAt: timestamp('closes_at', { withTimezone: true }).notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    remindersSent: smallint('reminders_sent').notNull().default(0),
    /** Whether it was answered — deliberately without a time, so it cannot be matched to a response. */
    answered: boolean('answered').notNull().default(false),
  },
  (t) => [uniqueIndex('survey_invitations_unique').on(t.waveId, t.personId), index('survey_invitations_person_idx').on(t.personId)],
);

/**
 * One answer to a wave, without a person, without a time: the pseudonymous key and the groups
 * (organisation, role, unit level, and the self-identified under-represented group only when the
 * person consented to that answer in their application).
 */
export const surveyResponses = pgTable(
  'survey_responses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    waveId: uuid('wave_id')
      .notNull()
      .references(() => surveyWaves.id, { onDelete: 'cascade' }),
    pseudonym: text('pseudonym').notNull(),
    organisationId: uuid('organisation_id').references(() => organisations.id, { onDelete: 'set null' }),
    role: text('role').$type<ProgramRole>().notNull(),
    /** Depth of the person's unit in their organisation (1 = top), null without a unit. */
    unitLevel: smallint('unit_level'),
    underRepresented: boolean('under_represented'),
    answers: jsonb('answers').$type<Answers>().notNull(),
  },
  (t) => [uniqueIndex('survey_responses_unique').on(t.waveId, t.pseudonym)],
);

/** Answers to health questions (WHO-5), kept apart, only with explicit consent, removable by the person (their pseudonyms). */
export const surveyHealthAnswers = pgTable(
  'survey_health_answers',
  {
    responseId: uuid('response_id')
      .primaryKey()
      .references(() => surveyResponses.id, { onDelete: 'cascade' }),
    pseudonym: text('pseudonym').notNull(),
    answers: jsonb('answers').$type<Answers>().notNull(),
  },
  (t) => [index('survey_health_answers_pseudonym_idx').on(t.pseudonym)],
);

/** A participant's quiet request for a new match after the fit check: seen by the program's coordinators, never by the other party. */
export const rematchRequests = pgTable(
  'rematch_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programId: uuid('program_id')
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    pairId: uuid('pair_id')
      .notNull()
      .references(() => pairs.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    role: text('role').$type<ProgramRole>().notNull(),
    message: text('message'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** When a coordinator marked it handled, and who; null while open. */
    handledAt: timestamp('handled_at', { withTimezone: true }),
    handledBy: uuid('handled_by').references(() => people.id, { onDelete: 'set null' }),
  },
  (t) => [uniqueIndex('rematch_requests_unique').on(t.pairId, t.personId), index('rematch_requests_program_idx').on(t.programId)],
);

/** Staff figures imported from HR per organisation, period and group, as counts only. */
export const hrFigures = pgTable(
  'hr_figures',
  {
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    period: text('period').notNull(),
    group: text('group_label').notNull(),
    headcount: integer('headcount').notNull(),
    leavers: integer('leavers').notNull(),
    promotions: integer('promotions').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.period, t.group] })],
);
