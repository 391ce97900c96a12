import { z } from 'zod';
import { emailSchema, idSchema, optionalText, text } from '../common';
import { rulesSchema } from './eligibility';
import { listPageSchema, listQuerySchema } from '../lists';
import { PROGRAM_LIST_SORTS, PROGRAM_STATUSES, PROGRAM_TYPES } from '../values';

export { PROGRAM_LIST_SORTS, PROGRAM_STATUSES, PROGRAM_TYPES };
export const programStatusSchema = z.enum(PROGRAM_STATUSES);
export type ProgramStatus = z.infer<typeof programStatusSchema>;
export const MEETING_MODES = ['digital', 'physical', 'both'] as const;
export const CURRENCIES = ['SEK', 'NOK'] as const;

/** The allowed moves of a program's status; the server refuses every other. */
export const PROGRAM_TRANSITIONS: Record<ProgramStatus, readonly ProgramStatus[]> = {
  draft: ['open'],
  open: ['selection', 'draft'],
  selection: ['matching', 'open'],
  matching: ['running', 'selection'],
  running: ['closed'],
  closed: ['archived', 'running'],
  archived: [],
};
export const canTransition = (from: ProgramStatus, to: ProgramStatus) => PROGRAM_TRANSITIONS[from].includes(to);

const isoDate = z.iso.date();

const programFields = {
  name: text(200),
  type: z.enum(PROGRAM_TYPES),
  purpose: optionalText(5000),
  goals: optionalText(5000),
  applicationOpensOn: isoDate.nullish(),
  applicationClosesOn: isoDate.nullish(),
  startsOn: isoDate.nullish(),
  endsOn: isoDate.nullish(),
  meetingGuidance: optionalText(500),
  expectedHours: z.number().int().min(0).max(2000).nullish(),
  mode: z.enum(MEETING_MODES).default('both'),
  /** Fees in whole currency units (kronor), per person and program. */
  feePerAdept: z.number().int().min(0).max(1_000_000).default(0),
  feePerMentor: z.number().int().min(0).max(1_000_000).default(0),
  currency: z.enum(CURRENCIES).default('SEK'),
  /** How many pairs the cohort takes. */
  capacity: z.number().int().min(1).max(10_000).nullish(),
  languages: z
    .array(z.enum(['sv', 'nb', 'en']))
    .max(3)
    .default(['sv']),
  contactName: optionalText(200),
  contactEmail: emailSchema.nullish(),
  expectationsAdept: optionalText(5000),
  expectationsMentor: optionalText(5000),
  /** Whether the adept's manager confirms; when left out, yes — except in an inclusion program, whose line managers are not told. */
  requiresManagerConfirmation: z.boolean().optional(),
  /** Mentors apply only once someone with staff responsibility (or a coordinator) has nominated them. */
  mentorsMustBeNominated: z.boolean().default(false),
  nudgeAfterWeeks: z.number().int().min(1).max(52).default(6),
  rules: rulesSchema.default({ adept: [], mentor: [] }),
};

export const programInputSchema = z
  .strictObject({
    ...programFields,
    /** Organisations taking part besides the owner (joint programs). */
    participatingOrganisationIds: z.array(idSchema).max(50).default([]),
    /** People (from any participating organisation) who coordinate; the creator is added. */
    coordinatorIds: z.array(idSchema).max(20).default([]),
  })
  .superRefine((p, ctx) => {
    if (p.applicationOpensOn && p.applicationClosesOn && p.applicationClosesOn < p.applicationOpensOn)
      ctx.addIssue({ code: 'custom', path: ['applicationClosesOn'], message: 'must be on or after the opening date' });
    if (p.startsOn && p.endsOn && p.endsOn < p.startsOn)
      ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'must be on or after the start date' });
  });
export type ProgramInput = z.input<typeof programInputSchema>;
/** A PATCH changes only the fields it names: the same fields, all optional, without defaults (a default would reset an absent field). */
export const programPatchSchema = z.strictObject(
  Object.fromEntries(
    Object.entries(programInputSchema.shape).map(([key, field]) => [
      key,
      (field instanceof z.ZodDefault ? field.unwrap() : field).optional(),
    ]),
  ),
) as unknown as z.ZodType<Partial<z.output<typeof programInputSchema>>>;

/**
 * An organisation's part in a program: the owner is `accepted`; a partner is `invited` until its
 * administrator or a coordinator accepts (then its staff see the program) or declines (issue 9.4).
 */
export const PARTICIPATION_STATUSES = ['invited', 'accepted', 'declined'] as const;
export const participationStatusSchema = z.enum(PARTICIPATION_STATUSES);
export type ParticipationStatus = z.infer<typeof participationStatusSchema>;

export const programSchema = z.object({
  id: idSchema,
  ownerOrganisationId: idSchema,
  ownerOrganisationName: z.string(),
  status: programStatusSchema,
  name: z.string(),
  type: z.enum(PROGRAM_TYPES),
  purpose: z.string().nullable(),
  goals: z.string().nullable(),
  applicationOpensOn: z.string().nullable(),
  applicationClosesOn: z.string().nullable(),
  startsOn: z.string().nullable(),
  endsOn: z.string().nullable(),
  meetingGuidance: z.string().nullable(),
  expectedHours: z.number().nullable(),
  mode: z.enum(MEETING_MODES),
  feePerAdept: z.number(),
  feePerMentor: z.number(),
  currency: z.enum(CURRENCIES),
  capacity: z.number().nullable(),
  languages: z.array(z.string()),
  contactName: z.string().nullable(),
  contactEmail: z.string().nullable(),
  expectationsAdept: z.string().nullable(),
  expectationsMentor: z.string().nullable(),
  requiresManagerConfirmation: z.boolean(),
  mentorsMustBeNominated: z.boolean(),
  nudgeAfterWeeks: z.number().int(),
  rules: rulesSchema,
  organisations: z.array(z.object({ id: idSchema, name: z.string(), participation: participationStatusSchema })),
  coordinators: z.array(z.object({ personId: idSchema, name: z.string(), email: z.string(), organisationName: z.string() })),
  /**
   * What the reader may do, decided by the program's abilities on the server (decision 0072); the
   * web app shows sections by it and never re-derives a rule.
   */
  can: z.object({
    /** Edit, change status, copy, keep contacts and questions: coordinators, the owner's administrators, platform administrators (`program.manage`). */
    manage: z.boolean(),
    /**
     * See and act on the program's people (applications, review, matching, pairs; `program.people`):
     * false for administrators of a program whose eligibility uses special-category data (decision 0011).
     */
    people: z.boolean(),
    /**
     * Nominate someone (as mentor or adept): those who manage the program, and in a participating
     * organisation its coordinators and people with staff responsibility (decision 0106).
     */
    nominate: z.boolean(),
  }),
  allowedTransitions: z.array(programStatusSchema),
  copiedFromId: idSchema.nullable(),
});
export type Program = z.infer<typeof programSchema>;

export const programSummarySchema = programSchema.pick({
  id: true,
  name: true,
  type: true,
  status: true,
  ownerOrganisationName: true,
  languages: true,
  applicationClosesOn: true,
  startsOn: true,
  endsOn: true,
  can: true,
});
export type ProgramSummary = z.infer<typeof programSummarySchema>;

/** A joint program my organisation is invited to take part in, as its administrators and coordinators see it. */
export const programInvitationSchema = z.object({
  programId: idSchema,
  programName: z.string(),
  programType: z.enum(PROGRAM_TYPES),
  programStatus: programStatusSchema,
  purpose: z.string().nullable(),
  startsOn: z.string().nullable(),
  endsOn: z.string().nullable(),
  ownerOrganisationName: z.string(),
  organisationId: idSchema,
  status: participationStatusSchema,
  invitedAt: z.string(),
  respondedAt: z.string().nullable(),
  respondedByName: z.string().nullable(),
});
export type ProgramInvitation = z.infer<typeof programInvitationSchema>;
export const programInvitationListSchema = z.array(programInvitationSchema);

export const transitionSchema = z.strictObject({ status: programStatusSchema });

/** Once a program is closed or archived, its decisions (selection, matching) are read-only (issue 10 item 11). */
export const DECISIONS_CLOSED: readonly ProgramStatus[] = ['closed', 'archived'];

/** What closing the program will do to each pair, before it acts (one page). */
export const CLOSING_OUTCOMES = ['ends', 'continues', 'staysProposed'] as const;
export const closingPreviewQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export const closingPreviewSchema = z.object({
  items: z.array(
    z.object({
      pairId: idSchema,
      adeptName: z.string(),
      mentorName: z.string(),
      status: z.enum(['published', 'active', 'declined', 'ended']),
      outcome: z.enum(CLOSING_OUTCOMES),
    }),
  ),
  total: z.number().int(),
  counts: z.object({ ends: z.number().int(), continues: z.number().int(), staysProposed: z.number().int() }),
});
export type ClosingPreview = z.infer<typeof closingPreviewSchema>;
export const copyProgramSchema = z.strictObject({ name: text(200).optional(), shiftMonths: z.number().int().min(0).max(60).default(12) });

export type ProgramListSort = (typeof PROGRAM_LIST_SORTS)[number];
/**
 * The program list: searched (name, owner organisation), filtered (status, type; `managed=true`: only
 * the programs the viewer manages), sorted and paged in SQL.
 */
export const programListQuerySchema = listQuerySchema(PROGRAM_LIST_SORTS, { sort: 'startsOn', dir: 'desc', limit: 25, max: 100 }).extend({
  status: programStatusSchema.optional(),
  type: z.enum(PROGRAM_TYPES).optional(),
  managed: z.enum(['true', 'false']).optional(),
});
export type ProgramListQuery = z.input<typeof programListQuerySchema>;
export type ProgramListParams = z.output<typeof programListQuerySchema>;
export const programSummaryPageSchema = listPageSchema(programSummarySchema);
export type ProgramSummaryPage = z.infer<typeof programSummaryPageSchema>;
/** Routes under /api/programs/:programId. */
export const programParamsSchema = z.strictObject({ programId: idSchema });
export type CopyProgramInput = z.input<typeof copyProgramSchema>;

/**
 * Someone who may be chosen as a program's coordinator (issue 12, decision 0121): a person with the
 * coordinator or administrator role in an organisation the program may take its coordinators from.
 * Name and organisation only — no e-mail, no title.
 */
export const coordinatorCandidateSchema = z.object({
  personId: idSchema,
  name: z.string(),
  organisationId: idSchema,
  organisationName: z.string(),
});
export type CoordinatorCandidate = z.infer<typeof coordinatorCandidateSchema>;
/** One page of candidates, ordered by name, with the total. */
export const coordinatorCandidatePageSchema = z.object({ items: z.array(coordinatorCandidateSchema), total: z.number().int() });
export type CoordinatorCandidatePage = z.infer<typeof coordinatorCandidatePageSchema>;
export const coordinatorCandidateQuerySchema = z.strictObject({
  /** Part of the name. */
  q: z.string().trim().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(10),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});
export type CoordinatorCandidateQuery = z.infer<typeof coordinatorCandidateQuerySchema>;
