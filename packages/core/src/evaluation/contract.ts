import { z } from 'zod';
import { idSchema, text } from '../common';
import { INSTRUMENT_IDS } from './instruments';

/**
 * When a survey is sent (decision 0132):
 * - baseline: to each participant when accepted;
 * - fit: to both of a pair after their first logged meeting ('good fit?');
 * - pulse: 30 days after the program's start, then every 60 days until its end;
 * - midpoint / end: halfway through / on the program's last day;
 * - followup6 / followup12: 6 / 12 months after the end;
 * - event: the day after each of the program's events;
 * - adhoc: on a date the coordinator chooses (e.g. mentor competence before and after a training).
 */
export const SURVEY_KINDS = ['baseline', 'fit', 'pulse', 'midpoint', 'end', 'followup6', 'followup12', 'event', 'adhoc'] as const;
export type SurveyKind = (typeof SURVEY_KINDS)[number];
export const SURVEY_AUDIENCES = ['all', 'adept', 'mentor'] as const;
export type SurveyAudience = (typeof SURVEY_AUDIENCES)[number];

const questionWording = z.string().trim().max(300).optional();
/**
 * A coordinator's own question: its type and its wording in one or more of sv, nb, en (the server
 * requires every language of the program, decision 0133). `label` alone is one wording for all.
 * `key` keeps an existing question's key when the questions are edited.
 */
export const customQuestionInputSchema = z
  .strictObject({
    key: z
      .string()
      .regex(/^q\d{1,3}$/)
      .optional(),
    type: z.enum(['likert5', 'yesno', 'text']),
    label: text(300).optional(),
    labels: z.strictObject({ sv: questionWording, nb: questionWording, en: questionWording }).default({}),
  })
  .superRefine((value, ctx) => {
    if (!value.label && !Object.values(value.labels).some((l) => l))
      ctx.addIssue({ code: 'custom', path: ['labels', 'sv'], message: 'write the question' });
  });
export type CustomQuestionInput = z.input<typeof customQuestionInputSchema>;

/** PUT …/surveys/:surveyId/questions: the survey's own questions, all of them (until it has answers). */
export const surveyQuestionsInputSchema = z.strictObject({ customQuestions: z.array(customQuestionInputSchema).max(10) });
export type SurveyQuestionsInput = z.input<typeof surveyQuestionsInputSchema>;

/** DELETE …/surveys/:surveyId: removed with its waves when nobody has answered, else ended (decision 0133). */
export const surveyRemovedSchema = z.object({ outcome: z.enum(['deleted', 'ended']) });

const dateSchema = z.iso.date();

export const surveyInputSchema = z
  .strictObject({
    kind: z.enum(SURVEY_KINDS),
    instruments: z
      .array(z.enum(INSTRUMENT_IDS))
      .max(10)
      .default([])
      .refine((ids) => new Set(ids).size === ids.length, 'each instrument once'),
    customQuestions: z.array(customQuestionInputSchema).max(10).default([]),
    audience: z.enum(SURVEY_AUDIENCES).default('all'),
    /** How long each invitation stays open. */
    openDays: z.number().int().min(3).max(90).default(21),
    /** Reminders to those who have not answered, days after the invitation. */
    reminderDays: z.array(z.number().int().min(1).max(89)).max(4).default([7, 14]),
    /** For `adhoc`, the day it opens; other kinds follow the program's dates. */
    opensOn: dateSchema.nullish(),
  })
  .superRefine((value, ctx) => {
    if (value.instruments.length + value.customQuestions.length === 0)
      ctx.addIssue({ code: 'custom', path: ['instruments'], message: 'choose at least one instrument or question' });
    if (value.reminderDays.some((d) => d >= value.openDays))
      ctx.addIssue({ code: 'custom', path: ['reminderDays'], message: 'reminders fall within the open period' });
    if (value.kind === 'adhoc' && !value.opensOn)
      ctx.addIssue({ code: 'custom', path: ['opensOn'], message: 'an ad hoc survey needs a date' });
  });
export type SurveyInput = z.input<typeof surveyInputSchema>;

export const waveSchema = z.object({
  id: idSchema,
  /** baseline, fit, pulse-1 …, end, event:<id> */
  occasion: z.string(),
  opensOn: z.string(),
  closesOn: z.string().nullable(),
  invited: z.number().int(),
  answered: z.number().int(),
});
export type Wave = z.infer<typeof waveSchema>;

export const surveySchema = z.object({
  id: idSchema,
  kind: z.enum(SURVEY_KINDS),
  instruments: z.array(z.string()),
  customQuestions: z.array(
    z.object({
      key: z.string(),
      type: z.enum(['likert5', 'yesno', 'text']),
      label: z.string(),
      labels: z.object({ sv: z.string().optional(), nb: z.string().optional(), en: z.string().optional() }).optional(),
    }),
  ),
  audience: z.enum(SURVEY_AUDIENCES),
  openDays: z.number().int(),
  reminderDays: z.array(z.number().int()),
  opensOn: z.string().nullable(),
  waves: z.array(waveSchema),
  /** Answers to any of its waves: its own questions can no longer change, and removing it ends it. */
  answered: z.number().int(),
  /** Ended (removed after it had answers): no new waves or reminders. */
  ended: z.boolean(),
});
export type Survey = z.infer<typeof surveySchema>;

export const surveyListSchema = z.object({
  surveys: z.array(surveySchema),
  /** The installation's minimum group size. */
  minGroupSize: z.number().int(),
  can: z.object({ manage: z.boolean() }),
});
export type SurveyList = z.infer<typeof surveyListSchema>;

export const surveyParamsSchema = z.strictObject({ programId: idSchema, surveyId: idSchema });
export const waveParamsSchema = z.strictObject({ programId: idSchema, waveId: idSchema });

/** A question as the person answering sees it. */
export const surveyQuestionSchema = z.object({
  key: z.string(),
  instrument: z.string().nullable(),
  type: z.enum(['likert5', 'scale0to10', 'who5', 'choice', 'yesno', 'text']),
  options: z.array(z.string()).optional(),
  /** A coordinator's own question: its text as written (the first language), and per language. */
  label: z.string().optional(),
  labels: z.object({ sv: z.string().optional(), nb: z.string().optional(), en: z.string().optional() }).optional(),
  health: z.boolean(),
});

export const surveyFormSchema = z.object({
  programName: z.string(),
  kind: z.enum(SURVEY_KINDS),
  closesAt: z.string(),
  answered: z.boolean(),
  questions: z.array(surveyQuestionSchema),
  /** The fit check of a pair: 'not a good fit' may ask the coordinator quietly for a new match. */
  canAskForRematch: z.boolean(),
});
export type SurveyForm = z.infer<typeof surveyFormSchema>;

export const answersInputSchema = z.strictObject({
  answers: z.record(z.string().max(100), z.union([z.number(), z.boolean(), z.string().max(2000)])),
  /** Explicit consent to storing the answers to health questions (WHO-5); without it they are not stored. */
  healthConsent: z.boolean().default(false),
});
export type AnswersInput = z.input<typeof answersInputSchema>;

export const answeredSchema = z.object({ answered: z.literal(true), canAskForRematch: z.boolean() });

export const myInvitationSchema = z.object({
  id: idSchema,
  programName: z.string(),
  kind: z.enum(SURVEY_KINDS),
  closesAt: z.string(),
});
export const mySurveysSchema = z.object({ open: z.array(myInvitationSchema) });
export const invitationParamsSchema = z.strictObject({ invitationId: idSchema });
export const surveyTokenParamsSchema = z.strictObject({ token: z.string().min(20).max(200) });

export const rematchInputSchema = z.strictObject({ message: z.string().trim().max(1000).nullish() });
export const rematchRequestSchema = z.object({
  id: idSchema,
  personName: z.string(),
  role: z.enum(['adept', 'mentor']),
  message: z.string().nullable(),
  createdAt: z.string(),
  /** Marked handled by a coordinator (when, by whom); null while open. */
  handledAt: z.string().nullable(),
  handledByName: z.string().nullable(),
});
/** Open requests first, oldest first; paginated in SQL with the total. */
export const rematchListSchema = z.object({ requests: z.array(rematchRequestSchema), total: z.number().int(), open: z.number().int() });
export const rematchParamsSchema = z.strictObject({ programId: idSchema, requestId: idSchema });
export const rematchHandleInputSchema = z.strictObject({ handled: z.boolean() });

/** A published figure: its value, or null and why it is hidden ('..' on screen). */
export const publishedSchema = z.object({
  n: z.number().int(),
  value: z.union([z.number(), z.record(z.string(), z.number())]).nullable(),
  suppressed: z.enum(['primary', 'secondary']).nullable(),
});
export type PublishedFigure = z.infer<typeof publishedSchema>;

export const BREAKDOWNS = ['organisation', 'role', 'unitLevel', 'programType', 'underRepresented'] as const;
export type Breakdown = (typeof BREAKDOWNS)[number];

export const measureResultSchema = z.object({
  instrument: z.string(),
  measure: z.string(),
  kind: z.enum(['mean', 'nps', 'who5', 'share', 'distribution', 'text']),
  level: z.enum(['reaction', 'learning', 'behaviour', 'results']),
  total: publishedSchema,
  breakdowns: z.array(
    z.object({
      by: z.enum(BREAKDOWNS),
      groups: z.array(publishedSchema.extend({ key: z.string(), label: z.string() })),
    }),
  ),
});
export type MeasureResult = z.infer<typeof measureResultSchema>;

export const waveResultsSchema = z.object({
  wave: waveSchema,
  kind: z.enum(SURVEY_KINDS),
  minGroupSize: z.number().int(),
  measures: z.array(measureResultSchema),
  /** Free-text answers of the whole program, in random order, only from at least k answers; null when hidden. */
  texts: z.array(z.object({ question: z.string(), answers: z.array(z.string()).nullable() })),
});
export type WaveResults = z.infer<typeof waveResultsSchema>;

export const changeSchema = z.object({
  instrument: z.string(),
  measure: z.string(),
  before: publishedSchema,
  after: publishedSchema,
  /** Mean change of the same people (linked by their pseudonymous key), from at least k such people. */
  change: publishedSchema,
});

export const FUNNEL_STEPS = ['applied', 'eligible', 'accepted', 'matched', 'agreementSigned', 'active', 'completed'] as const;

export const dashboardSchema = z.object({
  minGroupSize: z.number().int(),
  funnel: z.array(z.object({ step: z.enum(FUNNEL_STEPS), figure: publishedSchema })),
  pairHealth: z.array(z.object({ key: z.enum(['meetingWithin6Weeks', 'quiet', 'ended']), figure: publishedSchema })),
  /**
   * Attendance at the program's past events (newest first, at most 50): of the people whose attendance
   * was recorded, how many attended and how many were absent — both through the suppression function
   * (decision 0134), so a small absent group is not shown beside the recorded total.
   */
  attendance: z.array(
    z.object({
      eventId: idSchema,
      title: z.string(),
      startsOn: z.string(),
      /** People whose attendance was recorded. */
      recorded: publishedSchema,
      attended: publishedSchema,
      absent: publishedSchema,
    }),
  ),
  surveys: z.array(waveSchema.extend({ kind: z.enum(SURVEY_KINDS) })),
  outcomes: z.array(changeSchema),
});
export type Dashboard = z.infer<typeof dashboardSchema>;

export const hrFigureInputSchema = z.strictObject({
  period: z
    .string()
    .trim()
    .regex(/^\d{4}(-(H[12]|Q[1-4]|\d{2}))?$/, 'a year, half year, quarter or month: 2026, 2026-H1, 2026-Q3, 2026-05'),
  group: text(100),
  headcount: z.number().int().min(0).max(1_000_000),
  leavers: z.number().int().min(0).max(1_000_000),
  promotions: z.number().int().min(0).max(1_000_000),
});
export type HrFigureInput = z.infer<typeof hrFigureInputSchema>;

export const hrPeriodParamsSchema = z.strictObject({ orgId: idSchema, period: hrFigureInputSchema.shape.period });
export const hrRemovedSchema = z.object({ removed: z.number().int() });

/** An HR file (CSV or XLSX): previewed (checked and shown) or saved, all rows or none. */
export const hrImportResultSchema = z.object({
  /** The rows read (at most the first 200 are returned), as they will be saved. */
  rows: z.array(z.object({ period: z.string(), group: z.string(), headcount: z.number(), leavers: z.number(), promotions: z.number() })),
  count: z.number().int(),
  saved: z.boolean(),
});
export type HrImportResult = z.infer<typeof hrImportResultSchema>;

export const hrFigureSchema = z.object({
  period: z.string(),
  group: z.string(),
  headcount: publishedSchema,
  /** Leavers per headcount, %. */
  turnover: publishedSchema,
  /** Promotions per headcount, %. */
  promotions: publishedSchema,
});
export const organisationEvaluationSchema = z.object({
  minGroupSize: z.number().int(),
  programs: z.array(
    z.object({
      id: idSchema,
      name: z.string(),
      type: z.string(),
      /** A program whose eligibility uses special-category data: only its coordinators see its figures (decision 0011). */
      restricted: z.boolean(),
      funnel: z.array(z.object({ step: z.enum(FUNNEL_STEPS), figure: publishedSchema })),
      outcomes: z.array(changeSchema),
    }),
  ),
  /**
   * Across the organisation's programs (restricted ones left out), by program type (classic, reverse,
   * inclusion): each funnel step and each measure's latest figure, a total and its parts through the
   * suppression function (decision 0134).
   */
  byProgramType: z.object({
    funnel: z.array(
      z.object({ step: z.enum(FUNNEL_STEPS), total: publishedSchema, types: z.array(publishedSchema.extend({ key: z.string() })) }),
    ),
    measures: z.array(measureResultSchema),
  }),
  hr: z.array(hrFigureSchema),
  can: z.object({ manage: z.boolean() }),
});
export type OrganisationEvaluation = z.infer<typeof organisationEvaluationSchema>;

export const evaluationPageQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export const surveyCreatedSchema = z.object({ id: idSchema });
export const healthRemovedSchema = z.object({ removed: z.number().int() });
export const rematchDoneSchema = z.object({ ok: z.literal(true) });

/** The management report and the exports: in a language, optionally for one organisation of a joint program. */
export const evaluationReportQuerySchema = z.strictObject({
  lang: z.enum(['sv', 'nb', 'en']).optional(),
  organisationId: idSchema.optional(),
});
export const evaluationExportParamsSchema = z.strictObject({ programId: idSchema, format: z.enum(['csv', 'xlsx']) });
