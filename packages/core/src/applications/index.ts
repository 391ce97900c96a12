/**
 * Contract of the `applications` capability: forms and questions, applications and eligibility,
 * the review, nominations, answers by link (confirmations, recommendations), imports, the mentor register.
 */
import { z } from 'zod';
import { APPLICATION_STATUSES, CONFIRMATION_STATUSES, REGISTER_SORTS, REVIEW_SORTS } from '../values';

export { APPLICATION_STATUSES, CONFIRMATION_STATUSES, REGISTER_SORTS, REVIEW_SORTS };
import { emailSchema, idSchema, optionalText, text } from '../common';
import { listPageSchema, listQuerySchema } from '../lists';
import { programRoleSchema, type RuleResult } from '../programs/eligibility';
import { programStatusSchema } from '../programs/program';

export const QUESTION_KINDS = ['short_text', 'long_text', 'single_choice', 'multiple_choice', 'scale'] as const;

/** A custom question the coordinator adds to a program's form for one role. */
export const questionInputSchema = z
  .strictObject({
    role: programRoleSchema,
    kind: z.enum(QUESTION_KINDS),
    label: text(500),
    help: optionalText(1000),
    options: z.array(text(200)).max(30).default([]),
    required: z.boolean().default(false),
  })
  .superRefine((q, ctx) => {
    const choice = q.kind === 'single_choice' || q.kind === 'multiple_choice';
    if (choice && q.options.length < 2)
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'a choice question needs at least two options' });
    if (!choice && q.options.length > 0) ctx.addIssue({ code: 'custom', path: ['options'], message: 'only choice questions have options' });
  });
export const questionSchema = z.object({
  id: idSchema,
  role: programRoleSchema,
  kind: z.enum(QUESTION_KINDS),
  label: z.string(),
  help: z.string().nullable(),
  options: z.array(z.string()),
  required: z.boolean(),
  position: z.number().int(),
});
export type Question = z.infer<typeof questionSchema>;

export const MEETING_PREFERENCES = ['digital', 'physical', 'either'] as const;

/** The standard profile questions every application has. */
export const profileSchema = z.strictObject({
  title: optionalText(200),
  unitName: optionalText(200),
  yearsAsManager: z.number().min(0).max(60).nullish(),
  staffResponsibility: z.boolean().nullish(),
  competenceAreas: z.array(text(100)).max(20).default([]),
  developmentGoals: optionalText(3000),
  interests: z.array(text(100)).max(20).default([]),
  languages: z.array(text(50)).max(10).default([]),
  location: optionalText(200),
  meetingPreference: z.enum(MEETING_PREFERENCES).nullish(),
  availability: optionalText(500),
  /** Adepts: what they wish for in a mentor (e.g. from another sector, of a given background). */
  wishes: optionalText(1000),
  /** People I should not be matched with because we are too close (names or e-mail addresses). */
  tooClose: z.array(text(200)).max(20).default([]),
  /** Mentors: how many adepts they can take at once. */
  mentorCapacity: z.number().int().min(1).max(5).nullish(),
  /** Only asked (and kept) when the program has an age rule. */
  birthYear: z.number().int().min(1920).max(2015).nullish(),
});
export type Profile = z.infer<typeof profileSchema>;

export const answerValueSchema = z.union([
  z.string().max(5000),
  z.array(z.string().max(200)).max(30),
  z.number().int().min(1).max(5),
  z.null(),
]);
export const answersSchema = z.record(z.uuid(), answerValueSchema);

/** Special-category data: optional, only with explicit consent, never shown individually outside the program's coordinators. */
export const sensitiveSchema = z.strictObject({
  underRepresented: z.boolean(),
  consent: z.literal(true),
});

export const applicationStatusSchema = z.enum(APPLICATION_STATUSES);

export const applicationInputSchema = z.strictObject({
  profile: profileSchema.default({ competenceAreas: [], interests: [], languages: [], tooClose: [] }),
  answers: answersSchema.default({}),
  /** Absent or null: the applicant chose not to answer (no consent). */
  sensitive: sensitiveSchema.nullish(),
  /** The adept's manager, when not known in Lots. */
  managerName: optionalText(200),
  managerEmail: emailSchema.nullish(),
});
export type ApplicationInput = z.input<typeof applicationInputSchema>;

export const eligibilityResultSchema = z.object({
  status: z.enum(['eligible', 'unknown', 'ineligible']),
  results: z.array(
    z.object({
      kind: z.string(),
      passed: z.boolean().nullable(),
      reason: z.string(),
      values: z.record(z.string(), z.union([z.string(), z.number()])),
      override: z.object({ kind: z.string(), reason: z.string(), by: z.string(), at: z.string() }).optional(),
    }),
  ),
});
export type EligibilityResult = z.infer<typeof eligibilityResultSchema> & { results: (RuleResult & { override?: unknown })[] };

export const applicationSchema = z.object({
  id: idSchema,
  programId: idSchema,
  programName: z.string(),
  role: programRoleSchema,
  status: applicationStatusSchema,
  personId: idSchema,
  name: z.string(),
  email: z.string(),
  organisationName: z.string(),
  /** Unit names from the organisation's top-level part down to the applicant's unit; empty without a unit. */
  unitPath: z.array(z.string()),
  profile: profileSchema,
  answers: answersSchema,
  /** Only for the applicant themself and the program's coordinators. */
  sensitive: z.object({ underRepresented: z.boolean(), consentAt: z.string() }).nullable(),
  managerName: z.string().nullable(),
  managerEmail: z.string().nullable(),
  confirmation: z.enum(CONFIRMATION_STATUSES),
  confirmationRespondedAt: z.string().nullable(),
  eligibility: eligibilityResultSchema,
  nominatedBy: z.string().nullable(),
  recommendations: z.array(
    z.object({
      id: idSchema,
      name: z.string(),
      verdict: z.enum(['pending', 'recommend', 'advise_against']),
      comment: z.string().nullable(),
    }),
  ),
  decisionMessage: z.string().nullable(),
  submittedAt: z.string().nullable(),
  updatedAt: z.string(),
  editable: z.boolean(),
});
export type Application = z.infer<typeof applicationSchema>;

export const decisionSchema = z.strictObject({
  applicationIds: z.array(idSchema).min(1).max(500),
  decision: z.enum(['accepted', 'waitlisted', 'rejected']),
  message: optionalText(3000),
});

export const overrideInputSchema = z.strictObject({
  kind: z.enum(['yearsAsManager', 'age', 'staffResponsibility', 'participatingOrganisation', 'underRepresentedGroup', 'completedTraining']),
  reason: text(1000),
});

/** The coordinator's queue: searched, filtered, sorted and paged on the server (decision 0161). */
export const reviewQuerySchema = listQuerySchema(REVIEW_SORTS, { sort: 'submittedAt', limit: 50, max: 200 }).extend({
  role: programRoleSchema.optional(),
  status: applicationStatusSchema.optional(),
  eligibility: z.enum(['eligible', 'unknown', 'ineligible']).optional(),
  confirmation: z.enum(CONFIRMATION_STATUSES).optional(),
});

export const nominationInputSchema = z.strictObject({
  /** As what the nominee is nominated: mentor (the default) or adept. */
  role: programRoleSchema.default('mentor'),
  name: text(200),
  email: emailSchema,
  motivation: optionalText(3000),
});
export const nominationSchema = z.object({
  id: idSchema,
  programId: idSchema,
  nomineeName: z.string(),
  nomineeEmail: z.string(),
  role: programRoleSchema,
  nominatorName: z.string(),
  motivation: z.string().nullable(),
  createdAt: z.string(),
  applied: z.boolean(),
});

export const recommendationRequestSchema = z.strictObject({ name: text(200), email: emailSchema });
/** One recommender asked about several applicants of one program: one mail listing them, a link for each. */
export const recommendationsRequestSchema = recommendationRequestSchema.extend({ applicationIds: z.array(idSchema).min(1).max(100) });
export const recommendationResponseSchema = z.strictObject({
  verdict: z.enum(['recommend', 'advise_against']),
  comment: optionalText(3000),
});
export const confirmationResponseSchema = z.strictObject({ decision: z.enum(['confirmed', 'declined']), comment: optionalText(2000) });

/** What a manager or recommender sees behind their link: only what they need to answer. */
export const tokenViewSchema = z.object({
  kind: z.enum(['confirmation', 'recommendation']),
  status: z.enum(['pending', 'answered', 'expired']),
  applicantName: z.string(),
  /** Null behind a manager's link to an inclusion program: its name and purpose may say whom it is for. */
  programName: z.string().nullable(),
  organisationName: z.string(),
  role: programRoleSchema,
  programPurpose: z.string().nullable(),
  expiresAt: z.string(),
});

export const mentorRegisterEntrySchema = z.object({
  personId: idSchema,
  name: z.string(),
  email: z.string(),
  organisationName: z.string(),
  title: z.string().nullable(),
  programs: z.array(z.object({ id: idSchema, name: z.string(), status: z.string() })),
  activePairs: z.number().int(),
  capacity: z.number().int(),
  freeCapacity: z.number().int(),
  /** Trainings attended in Lots or recorded from outside (a course with its provider and how long it counts). */
  trainings: z.array(
    z.object({ name: z.string(), completedOn: z.string(), provider: z.string().nullable(), validUntil: z.string().nullable() }),
  ),
});

/** Columns of the application import (CSV or XLSX header row, any order); `email` and `role` are required. */
export const APPLICATION_IMPORT_COLUMNS = [
  'email',
  'role',
  'title',
  'years_as_manager',
  'staff_responsibility',
  'competence_areas',
  'development_goals',
  'wishes',
  'interests',
  'languages',
  'location',
  'meeting_preference',
  'availability',
  'manager_email',
  'mentor_capacity',
] as const;
export const APPLICATION_IMPORT_REQUIRED = ['email', 'role'] as const;

export const questionListSchema = z.array(questionSchema);
export const questionsQuerySchema = z.strictObject({ role: programRoleSchema.optional() });
export const questionParamsSchema = z.strictObject({ programId: idSchema, questionId: idSchema });
export const questionPatchSchema = z.strictObject({
  label: z.string().trim().min(1).max(500).optional(),
  help: z.string().max(1000).nullish(),
  required: z.boolean().optional(),
  position: z.number().int().min(0).max(1000).optional(),
});

export const applicationListSchema = z.array(applicationSchema);
export const applicationPageSchema = listPageSchema(applicationSchema);
export type ApplicationPage = z.infer<typeof applicationPageSchema>;
/** The applicant's own application in one role. */
export const ownApplicationParamsSchema = z.strictObject({ programId: idSchema, role: programRoleSchema });
export const applicationParamsSchema = z.strictObject({ programId: idSchema, applicationId: idSchema });

export const nominationCreatedSchema = z.object({ id: idSchema, nomineeName: z.string(), nomineeEmail: z.string() });
export const nominationListSchema = z.array(nominationSchema);

/** A manager's or recommender's single-use link (the token is never stored, only its hash). */
export const responseTokenParamsSchema = z.strictObject({ token: z.string().min(20).max(100) });

/** The register's filters: a program, the mentor's organisation, only those with free capacity (`true`; `false` is everyone). */
const registerFilters = {
  programId: idSchema.optional(),
  organisationId: idSchema.optional(),
  freeCapacity: z.enum(['true', 'false']).optional(),
};
/** The mentor register: searched, filtered, sorted and paged in SQL (decision 0161). */
export const mentorRegisterQuerySchema = listQuerySchema(REGISTER_SORTS, { sort: 'name', limit: 50, max: 200 }).extend(registerFilters);
/** The export takes the whole register that matches (search, filters, order), not a page. */
export const mentorRegisterExportQuerySchema = mentorRegisterQuerySchema
  .omit({ limit: true, offset: true })
  .extend({ format: z.enum(['csv', 'xlsx']).default('csv') });
/**
 * A page of the register, and the organisations its mentors come from (for the organisation filter;
 * the whole register's, not only this page's).
 */
export const mentorRegisterSchema = listPageSchema(mentorRegisterEntrySchema).extend({
  organisations: z.array(z.object({ id: idSchema, name: z.string() })),
});
export const mentorParamsSchema = z.strictObject({ personId: idSchema });
/**
 * A completed training for the register: from outside Lots it names its provider and, when the certificate
 * expires, until when it counts (the eligibility rule "completed training" honours that date).
 */
const trainingFields = {
  name: text(200),
  completedOn: z.iso.date(),
  provider: optionalText(200),
  validUntil: z.iso.date().nullish(),
};
const validAfterCompletion = (value: { completedOn: string; validUntil?: string | null | undefined }, ctx: z.RefinementCtx) => {
  if (value.validUntil && value.validUntil < value.completedOn)
    ctx.addIssue({ code: 'custom', path: ['validUntil'], message: 'must not be before the completion date' });
};
export const trainingInputSchema = z.strictObject(trainingFields).superRefine(validAfterCompletion);
/** One training recorded for several mentors of the register at once (issue 10 item 13); all or none. */
export const bulkTrainingInputSchema = z
  .strictObject({ personIds: z.array(idSchema).min(1).max(500), ...trainingFields })
  .superRefine(validAfterCompletion);
export const bulkTrainingResultSchema = z.object({ recorded: z.number().int() });
export type QuestionInput = z.input<typeof questionInputSchema>;
export type QuestionPatch = z.input<typeof questionPatchSchema>;
export type DecisionInput = z.input<typeof decisionSchema>;
export type OverrideInput = z.input<typeof overrideInputSchema>;
export type ReviewQuery = z.input<typeof reviewQuerySchema>;
export type ReviewListQuery = z.output<typeof reviewQuerySchema>;
export type NominationInput = z.input<typeof nominationInputSchema>;
export type Nomination = z.infer<typeof nominationSchema>;
export type RecommendationRequest = z.input<typeof recommendationRequestSchema>;
export type RecommendationsRequest = z.input<typeof recommendationsRequestSchema>;
export type ConfirmationResponse = z.input<typeof confirmationResponseSchema>;
export type RecommendationResponse = z.input<typeof recommendationResponseSchema>;
export type TokenView = z.infer<typeof tokenViewSchema>;
export type MentorRegisterEntry = z.infer<typeof mentorRegisterEntrySchema>;
export type MentorRegisterPage = z.infer<typeof mentorRegisterSchema>;
export type MentorRegisterQuery = z.input<typeof mentorRegisterQuerySchema>;
export type MentorRegisterListQuery = z.output<typeof mentorRegisterQuerySchema>;
export type TrainingInput = z.input<typeof trainingInputSchema>;
export type BulkTrainingInput = z.input<typeof bulkTrainingInputSchema>;

/**
 * "My profile" (issue 10 item 7): the signed-in person's own applications in every program and
 * state, archived included, with their answers and the special-category answer, which the person
 * can delete at any time. `sensitive.deletesAt`: when the retention job deletes it (after a
 * withdrawal, or once the program is closed or archived), null while it is kept.
 */
export const myApplicationSchema = z.object({
  id: idSchema,
  programId: idSchema,
  programName: z.string(),
  /** The program's languages, its texts' own first (decision 0141). */
  programLanguages: z.array(z.string()),
  programStatus: programStatusSchema,
  role: programRoleSchema,
  status: applicationStatusSchema,
  submittedAt: z.string().nullable(),
  /** Everything the form kept about the person (as they gave it). */
  profile: profileSchema,
  answers: z.array(z.object({ questionId: idSchema, label: z.string(), value: answerValueSchema })),
  sensitive: z.object({ underRepresented: z.boolean(), consentAt: z.string(), deletesAt: z.string().nullable() }).nullable(),
});
export type MyApplication = z.infer<typeof myApplicationSchema>;
export const myApplicationPageSchema = z.object({ items: z.array(myApplicationSchema), total: z.number().int() });
export type MyApplicationPage = z.infer<typeof myApplicationPageSchema>;
export const myApplicationQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export const myApplicationParamsSchema = z.strictObject({ applicationId: idSchema });
