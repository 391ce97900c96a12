import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type {
  ProgramInvitation,
  Application,
  EligibilityOverride,
  PairRole,
  PairStatus,
  Program,
  ProgramRole,
  ProgramStatus,
  Question,
  Response as PairResponse,
  Rule,
} from '@lots/core';
import { organisations, people } from './organisations';

// Status and kind columns carry the contract's unions (decision 0071); the API validates every value on the way in.
type ConfirmationStatus = Exclude<Application['confirmation'], 'not_required'>;
type RecommendationVerdict = 'pending' | 'recommend' | 'advise_against';
type Continuation = 'continue' | 'end';

/** A program is one cohort (kull), owned by one organisation, possibly joint with others. */
export const programs = pgTable(
  'programs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ownerOrganisationId: uuid('owner_organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    status: text('status').$type<ProgramStatus>().notNull().default('draft'),
    name: text('name').notNull(),
    type: text('type').$type<Program['type']>().notNull(),
    purpose: text('purpose'),
    goals: text('goals'),
    applicationOpensOn: date('application_opens_on'),
    applicationClosesOn: date('application_closes_on'),
    startsOn: date('starts_on'),
    endsOn: date('ends_on'),
    meetingGuidance: text('meeting_guidance'),
    expectedHours: integer('expected_hours'),
    mode: text('mode').$type<Program['mode']>().notNull().default('both'),
    feePerAdept: integer('fee_per_adept').notNull().default(0),
    feePerMentor: integer('fee_per_mentor').notNull().default(0),
    currency: text('currency').$type<Program['currency']>().notNull().default('SEK'),
    capacity: integer('capacity'),
    languages: text('languages')
      .array()
      .notNull()
      .default(sql`'{sv}'::text[]`),
    contactName: text('contact_name'),
    contactEmail: text('contact_email'),
    expectationsAdept: text('expectations_adept'),
    expectationsMentor: text('expectations_mentor'),
    requiresManagerConfirmation: boolean('requires_manager_confirmation').notNull().default(true),
    /** Mentors apply only when nominated (Göteborgs Stad: "Mentorerna nomineras av områdes-/avdelningschef"). */
    mentorsMustBeNominated: boolean('mentors_must_be_nominated').notNull().default(false),
    /** Pairs get a nudge after this many weeks without a logged meeting. */
    nudgeAfterWeeks: integer('nudge_after_weeks').notNull().default(6),
    rules: jsonb('rules').$type<{ adept: Rule[]; mentor: Rule[] }>().notNull().default({ adept: [], mentor: [] }),
    copiedFromId: uuid('copied_from_id').references((): AnyPgColumn => programs.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('programs_owner_idx').on(t.ownerOrganisationId)],
);

/** Organisations taking part in a program; the owner is always one of them. */
export const programOrganisations = pgTable(
  'program_organisations',
  {
    programId: uuid('program_id')
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    /**
     * invited → accepted | declined. The owner is accepted; a partner is invited until its
     * administrator or a coordinator answers, and its staff see the program only once accepted.
     */
    status: text('status').$type<ProgramInvitation['status']>().notNull().default('accepted'),
    invitedAt: timestamp('invited_at', { withTimezone: true }).notNull().defaultNow(),
    respondedAt: timestamp('responded_at', { withTimezone: true }),
    respondedBy: uuid('responded_by').references(() => people.id, { onDelete: 'set null' }),
    /** The organisation's own cap: at most this many of its staff accepted as adepts (issue 12); null = no cap. */
    adeptCap: integer('adept_cap'),
  },
  (t) => [primaryKey({ columns: [t.programId, t.organisationId] }), index('program_organisations_org_idx').on(t.organisationId)],
);

export const programCoordinators = pgTable(
  'program_coordinators',
  {
    programId: uuid('program_id')
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.programId, t.personId] }), index('program_coordinators_person_idx').on(t.personId)],
);

export const formQuestions = pgTable(
  'form_questions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programId: uuid('program_id')
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    role: text('role').$type<ProgramRole>().notNull(),
    kind: text('kind').$type<Question['kind']>().notNull(),
    label: text('label').notNull(),
    help: text('help'),
    options: text('options')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    required: boolean('required').notNull().default(false),
    position: integer('position').notNull().default(0),
  },
  (t) => [index('form_questions_program_idx').on(t.programId, t.role, t.position)],
);

export const applications = pgTable(
  'applications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programId: uuid('program_id')
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    role: text('role').$type<ProgramRole>().notNull(),
    /**
     * The applicant's name, e-mail address and organisation as the person has them now, a copy kept in step
     * by the database itself (decisions 0199, 0201: triggers on insert and on every change of the person's), so
     * the review queue and pair health sort and search a program's applications without looking up each
     * applicant. Read for ordering and searching only; what a page shows is read from the person. The
     * organisation is null only for a row whose person does not exist, which the foreign key refuses; it has
     * no foreign key of its own (the person's holds it to an organisation).
     */
    applicantName: text('applicant_name').notNull().default(''),
    applicantEmail: text('applicant_email').notNull().default(''),
    applicantOrganisationId: uuid('applicant_organisation_id'),
    status: text('status').$type<Application['status']>().notNull().default('draft'),
    profile: jsonb('profile').$type<Record<string, unknown>>().notNull().default({}),
    answers: jsonb('answers').$type<Application['answers']>().notNull().default({}),
    managerName: text('manager_name'),
    managerEmail: text('manager_email'),
    overrides: jsonb('overrides').$type<EligibilityOverride[]>().notNull().default([]),
    decisionMessage: text('decision_message'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    /** When the adept moved up from the waiting list by themself, a place having come free (decision 0107); told in the coordinators' digest. */
    promotedAt: timestamp('promoted_at', { withTimezone: true }),
    /**
     * When the retention period of the application's personal data started (decision 0108): its
     * withdrawal, its program's closing (without a pair) or archiving. Null while kept.
     */
    retentionFrom: timestamp('retention_from', { withTimezone: true }),
    /** When the retention job emptied the application (profile, answers, manager, decision message, recommendations, confirmations). */
    personalDataRemovedAt: timestamp('personal_data_removed_at', { withTimezone: true }),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('applications_unique').on(t.programId, t.personId, t.role),
    index('applications_program_idx').on(t.programId, t.status),
    // A person's applications, for keeping their copy of the applicant's name in step (decision 0199).
    index('applications_person_idx').on(t.personId),
    // The mentor register (decision 0172): a program's accepted mentors, found without reading its other applications.
    index('applications_mentors_idx')
      .on(t.programId, t.personId)
      .where(sql`role = 'mentor' and status = 'accepted'`),
  ],
);

/**
 * Special-category data (membership of an under-represented group), kept apart from the
 * application so it can only be read deliberately; written only with explicit consent.
 */
export const sensitiveAnswers = pgTable('sensitive_answers', {
  applicationId: uuid('application_id')
    .primaryKey()
    .references(() => applications.id, { onDelete: 'cascade' }),
  underRepresented: boolean('under_represented').notNull(),
  consentAt: timestamp('consent_at', { withTimezone: true }).notNull(),
  /**
   * When the retention period started (the application was withdrawn, or its program closed or
   * archived); the retention job deletes the answer once the period has passed. Null while kept.
   */
  retentionFrom: timestamp('retention_from', { withTimezone: true }),
});

/** The adept's manager confirms, by a single-use expiring link, that they know of and support the mentorship. */
export const managerConfirmations = pgTable(
  'manager_confirmations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    managerEmail: text('manager_email').notNull(),
    managerName: text('manager_name'),
    tokenHash: text('token_hash').notNull().unique(),
    status: text('status').$type<ConfirmationStatus>().notNull().default('pending'),
    comment: text('comment'),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    respondedAt: timestamp('responded_at', { withTimezone: true }),
    remindedAt: timestamp('reminded_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('manager_confirmations_application_idx').on(t.applicationId)],
);

export const nominations = pgTable(
  'nominations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programId: uuid('program_id')
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    nominatorPersonId: uuid('nominator_person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    nomineePersonId: uuid('nominee_person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    /** As what: a mentor, or an adept (MYNAK: adepts "identified through dialogue with managers and HR"). */
    role: text('role').$type<ProgramRole>().notNull().default('mentor'),
    motivation: text('motivation'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('nominations_unique').on(t.programId, t.nomineePersonId, t.role), index('nominations_program_idx').on(t.programId)],
);

export const recommendations = pgTable(
  'recommendations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    email: text('email').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    verdict: text('verdict').$type<RecommendationVerdict>().notNull().default('pending'),
    comment: text('comment'),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    respondedAt: timestamp('responded_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('recommendations_application_idx').on(t.applicationId)],
);

/** Mentor trainings a person has completed (for the coordinator's mentor register). */
export const mentorTrainings = pgTable(
  'mentor_trainings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    completedOn: date('completed_on').notNull(),
    /** Who gave the training, for a record from outside Lots (a course, a provider). */
    provider: text('provider'),
    /** Until when the training counts (a certificate that expires); none: for good. */
    validUntil: date('valid_until'),
    /** Set when the training was a Lots event the person attended (recorded automatically). */
    eventId: uuid('event_id'),
  },
  (t) => [index('mentor_trainings_person_idx').on(t.personId), uniqueIndex('mentor_trainings_event_unique').on(t.eventId, t.personId)],
);

/**
 * A mentor–adept pair in a program. Created by matching (proposed), published to the pair,
 * accepted by both (active), and ended. The mentor register counts active pairs.
 */
export const pairs = pgTable(
  'pairs',
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
    /** published → active (both accepted) | declined → ended */
    status: text('status').$type<PairStatus>().notNull().default('published'),
    runId: uuid('run_id'),
    score: real('score'),
    adeptResponse: text('adept_response').$type<PairResponse>().notNull().default('pending'),
    mentorResponse: text('mentor_response').$type<PairResponse>().notNull().default('pending'),
    /** Seen by the coordinator only; optional. */
    declineReason: text('decline_reason'),
    declinedBy: text('declined_by').$type<PairRole>(),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
    /** When both accepted; the mentorship runs from here. */
    startedAt: timestamp('started_at', { withTimezone: true }),
    nextMeetingAt: timestamp('next_meeting_at', { withTimezone: true }),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    /** adept | mentor | program (the program closed) */
    endedBy: text('ended_by').$type<PairRole | 'program'>(),
    /** Stays with the pair: never shown to coordinators. */
    endReason: text('end_reason'),
    /** At the program's end: continue | end, chosen by each party. */
    adeptContinuation: text('adept_continuation').$type<Continuation>(),
    mentorContinuation: text('mentor_continuation').$type<Continuation>(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('pairs_program_idx').on(t.programId, t.status),
    index('pairs_mentor_idx').on(t.mentorApplicationId),
    index('pairs_adept_idx').on(t.adeptApplicationId),
  ],
);

/** When a program's coordinators were last sent the digest of new applications and confirmations. */
export const programDigests = pgTable('program_digests', {
  programId: uuid('program_id')
    .primaryKey()
    .references(() => programs.id, { onDelete: 'cascade' }),
  lastSentAt: timestamp('last_sent_at', { withTimezone: true }).notNull(),
});

/** The contact person of one participating organisation in a program (name, e-mail, phone), kept by the program's coordinators. */
export const programContacts = pgTable(
  'program_contacts',
  {
    programId: uuid('program_id')
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    email: text('email').notNull(),
    phone: text('phone'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.programId, t.organisationId] })],
);
