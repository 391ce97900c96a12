/** Contract of the `mentorship` capability: the pair's space (agreement, meetings, agenda, goals, notes, ending) and the health view. */
import { z } from 'zod';
import { HEALTH_SORTS, HEALTH_STATUSES, type HealthSort } from '../values';

export { HEALTH_SORTS, HEALTH_STATUSES, type HealthSort };
import { LOCALES, idSchema, optionalText, text } from '../common';
import { listPageSchema, listQuerySchema } from '../lists';
import { MEETING_MODES } from '../programs/program';

export const CLAUSE_KEYS = ['confidentiality', 'voluntary', 'ending', 'noReference', 'managerInformed'] as const;

export const agreementInputSchema = z
  .strictObject({
    cadenceWeeksMin: z.number().min(0.5).max(26),
    cadenceWeeksMax: z.number().min(0.5).max(26),
    meetingMinutes: z.number().int().min(15).max(480),
    mode: z.enum(MEETING_MODES),
    place: optionalText(300),
    goals: z.array(text(500)).min(1).max(5),
  })
  .superRefine((a, ctx) => {
    if (a.cadenceWeeksMax < a.cadenceWeeksMin)
      ctx.addIssue({ code: 'custom', path: ['cadenceWeeksMax'], message: 'must be at least the minimum' });
  });

export const clauseSchema = z.object({ key: z.string(), sv: z.string(), nb: z.string(), en: z.string() });
const clauseText = z.string().trim().max(2000).default('');
/**
 * The clauses as the coordinator writes them: in the program's own languages only (the server
 * requires each of them and refuses text in another); a language left out is an empty string.
 */
export const clausesInputSchema = z.strictObject({
  clauses: z
    .array(z.strictObject({ key: z.enum(CLAUSE_KEYS), sv: clauseText, nb: clauseText, en: clauseText }))
    .min(1)
    .max(CLAUSE_KEYS.length),
});

/** A clause in the reader's language, or else in the first language it is written in. */
export function clauseIn(clause: { sv: string; nb: string; en: string }, locale: 'sv' | 'nb' | 'en'): string {
  return clause[locale] || clause.sv || clause.nb || clause.en;
}

export const agreementSchema = z.object({
  id: idSchema,
  version: z.number().int(),
  cadenceWeeksMin: z.number(),
  cadenceWeeksMax: z.number(),
  meetingMinutes: z.number().int(),
  mode: z.enum(MEETING_MODES),
  place: z.string().nullable(),
  goals: z.array(z.object({ id: z.string(), text: z.string() })),
  clauses: z.array(clauseSchema),
  adeptSignedAt: z.string().nullable(),
  mentorSignedAt: z.string().nullable(),
  createdAt: z.string(),
});
export type Agreement = z.infer<typeof agreementSchema>;

export const meetingInputSchema = z.strictObject({
  heldOn: z.iso.datetime({ offset: true, local: true }),
  durationMinutes: z.number().int().min(5).max(600),
  mode: z.enum(['digital', 'physical']),
});
export const meetingSchema = z.object({
  id: idSchema,
  heldOn: z.string(),
  durationMinutes: z.number().int(),
  mode: z.string(),
  loggedBy: z.enum(['adept', 'mentor']).nullable(),
});

export const agendaInputSchema = z.strictObject({ text: text(1000) });
export const agendaItemSchema = z.object({
  id: idSchema,
  text: z.string(),
  author: z.enum(['adept', 'mentor']).nullable(),
  done: z.boolean(),
  createdAt: z.string(),
});

export const noteInputSchema = z.strictObject({ text: text(20_000) });
export const noteSchema = z.object({ id: idSchema, text: z.string(), createdAt: z.string(), updatedAt: z.string() });

export const checkinInputSchema = z.strictObject({
  goalId: z.string().min(1).max(100),
  progress: z.number().int().min(1).max(5),
  comment: optionalText(2000),
});
export const checkinSchema = z.object({
  id: idSchema,
  goalId: z.string(),
  progress: z.number().int(),
  comment: z.string().nullable(),
  author: z.enum(['adept', 'mentor']).nullable(),
  createdAt: z.string(),
});

export const nextMeetingInputSchema = z.strictObject({ nextMeetingAt: z.iso.datetime({ offset: true, local: true }).nullable() });
export const endInputSchema = z.strictObject({ reason: optionalText(2000) });
export const continuationInputSchema = z.strictObject({ choice: z.enum(['continue', 'end']) });

const partySchema = z.object({
  personId: idSchema,
  name: z.string(),
  email: z.string(),
  title: z.string().nullable(),
  organisationName: z.string(),
});

/** The pair's own space: only the two of them ever see it. */
export const mentorshipSchema = z.object({
  pairId: idSchema,
  programId: idSchema,
  programName: z.string(),
  /** The program's languages, its texts' own first (decision 0141). */
  programLanguages: z.array(z.string()),
  programEndsOn: z.string().nullable(),
  status: z.enum(['published', 'active', 'declined', 'ended']),
  myRole: z.enum(['adept', 'mentor']),
  adept: partySchema,
  mentor: partySchema,
  startedAt: z.string().nullable(),
  endedAt: z.string().nullable(),
  endedBy: z.enum(['adept', 'mentor', 'program']).nullable(),
  endReason: z.string().nullable(),
  nextMeetingAt: z.string().nullable(),
  agreement: agreementSchema.nullable(),
  defaultClauses: z.array(clauseSchema),
  meetings: z.array(meetingSchema),
  agenda: z.array(agendaItemSchema),
  suggestions: z.array(z.string()),
  checkins: z.array(checkinSchema),
  myContinuation: z.enum(['continue', 'end']).nullable(),
  otherContinuation: z.enum(['continue', 'end']).nullable(),
  /**
   * The program is closed or archived: the pair's space is read-only (decision 0104) except one's
   * own private notes and ending the mentorship.
   */
  programClosed: z.boolean(),
});
export type Mentorship = z.infer<typeof mentorshipSchema>;

/** What a coordinator sees of a pair: that it meets, never what is said. */
export const pairHealthSchema = z.object({
  pairId: idSchema,
  adept: z.object({ name: z.string(), organisationName: z.string() }),
  mentor: z.object({ name: z.string(), organisationName: z.string() }),
  status: z.enum(['published', 'active', 'declined', 'ended']),
  agreementSigned: z.boolean(),
  startedAt: z.string().nullable(),
  meetingsLogged: z.number().int(),
  meetingsExpected: z.number().int().nullable(),
  lastMeetingOn: z.string().nullable(),
  quiet: z.boolean(),
  endedAt: z.string().nullable(),
  /** "ended early by the mentor / the adept" — never the reason. */
  endedBy: z.enum(['adept', 'mentor', 'program']).nullable(),
  continuation: z.object({ adept: z.enum(['continue', 'end']).nullable(), mentor: z.enum(['continue', 'end']).nullable() }),
});
export type PairHealth = z.infer<typeof pairHealthSchema>;

export * from './pair-state';

export const mentorshipListSchema = z.array(mentorshipSchema);
export const signInputSchema = z.strictObject({ version: z.number().int().min(1) });
export const agreementPdfQuerySchema = z.strictObject({ lang: z.enum(LOCALES).optional() });
export const meetingParamsSchema = z.strictObject({ pairId: idSchema, meetingId: idSchema });
export const agendaItemParamsSchema = z.strictObject({ pairId: idSchema, itemId: idSchema });
export const agendaItemPatchSchema = z.strictObject({ done: z.boolean() });
export const noteParamsSchema = z.strictObject({ pairId: idSchema, noteId: idSchema });
export const noteListSchema = z.array(noteSchema);
export const clauseListSchema = z.array(clauseSchema);
/** The health view's query: searched (names, organisations), filtered, sorted and paged in SQL (decision 0161). */
export const healthQuerySchema = listQuerySchema(HEALTH_SORTS, { sort: 'adept', limit: 50, max: 200 }).extend({
  status: z.enum(HEALTH_STATUSES).optional(),
  agreement: z.enum(['signed', 'unsigned']).optional(),
  quiet: z.enum(['true', 'false']).optional(),
});
/** One page of pairs, and the program's figures over all of them (not only the page or the filter). */
export const pairHealthPageSchema = listPageSchema(pairHealthSchema).extend({
  summary: z.object({ active: z.number().int(), signed: z.number().int(), quiet: z.number().int(), ended: z.number().int() }),
});
export type PairHealthPage = z.infer<typeof pairHealthPageSchema>;
export type AgreementInput = z.input<typeof agreementInputSchema>;
export type MeetingInput = z.input<typeof meetingInputSchema>;
export type CheckinInput = z.input<typeof checkinInputSchema>;
export type ClauseInput = z.input<typeof clausesInputSchema>['clauses'][number];
export type Note = z.infer<typeof noteSchema>;
export type Continuation = z.input<typeof continuationInputSchema>['choice'];
