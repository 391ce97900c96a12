/**
 * Contract of the `home` capability: the signed-in person's home page, built around what needs
 * doing now (issue 14 item 11, decision 0170). A coordinator gets counts per program they
 * coordinate (never content, never a person); an adept or mentor gets their applications' status,
 * their matches, the next meeting and what is expected of them now.
 */
import { z } from 'zod';
import { idSchema } from '../common';
import { eventTranslationsSchema } from '../events/index';
import { applicationStatusSchema } from '../applications/index';
import { programRoleSchema } from '../programs/eligibility';
import { programStatusSchema } from '../programs/program';

/** A shared event coming up in a coordinated program (its title in every language it has). */
export const homeEventSchema = z.object({
  id: idSchema,
  title: z.string(),
  translations: eventTranslationsSchema,
  startsAt: z.string(),
  endsAt: z.string(),
  timeZone: z.string(),
});

/** What needs doing now in one program the viewer coordinates: counts only, each handled on another page. */
export const coordinatorProgramSchema = z.object({
  programId: idSchema,
  programName: z.string(),
  programLanguages: z.array(z.string()),
  programStatus: programStatusSchema,
  /** Submitted applications without a decision (the review queue filtered on `submitted`). */
  applicationsWaiting: z.number().int(),
  /** Of those, adepts whose manager has not answered (the review queue's `confirmation=pending`). */
  confirmationsPending: z.number().int(),
  /** Running pairs whose latest agreement is not signed by both (or that have none). */
  pairsUnsigned: z.number().int(),
  /** Running pairs that are quiet by the health view's rule (nothing since the program's nudge weeks). */
  pairsQuiet: z.number().int(),
  /** The next shared events (top-level, not cancelled), at most three. */
  nextEvents: z.array(homeEventSchema),
});
export type CoordinatorProgram = z.infer<typeof coordinatorProgramSchema>;

/** What happens next with an application, seen by the applicant (`applicationNextStep`). */
export const APPLICATION_NEXT_STEPS = [
  'submit',
  'managerConfirmation',
  'decision',
  'matching',
  'matched',
  'waitlisted',
  'rejected',
  'closed',
] as const;
export type ApplicationNextStep = (typeof APPLICATION_NEXT_STEPS)[number];

export const homeApplicationSchema = z.object({
  applicationId: idSchema,
  programId: idSchema,
  programName: z.string(),
  programLanguages: z.array(z.string()),
  role: programRoleSchema,
  status: applicationStatusSchema,
  next: z.enum(APPLICATION_NEXT_STEPS),
});
export type HomeApplication = z.infer<typeof homeApplicationSchema>;

/** One of my pairs: offered (published) or running (active). Never a score. */
export const homePairSchema = z.object({
  pairId: idSchema,
  programId: idSchema,
  programName: z.string(),
  programLanguages: z.array(z.string()),
  status: z.enum(['published', 'active']),
  myRole: programRoleSchema,
  myResponse: z.enum(['pending', 'accepted', 'declined']),
  partner: z.object({ name: z.string(), title: z.string().nullable(), organisationName: z.string() }),
  nextMeetingAt: z.string().nullable(),
});
export type HomePair = z.infer<typeof homePairSchema>;

/** What is expected of me now, most urgent first (`expectedOfParticipant`). */
export const HOME_TASK_KINDS = [
  'answerMatch',
  'writeAgreement',
  'signAgreement',
  'bookFirstMeeting',
  'answerSurvey',
  'answerEvent',
] as const;
export type HomeTaskKind = (typeof HOME_TASK_KINDS)[number];
export const homeTaskSchema = z.object({
  kind: z.enum(HOME_TASK_KINDS),
  /** The pair (match and mentorship tasks), the program (an event) or null (surveys: all on one page). */
  pairId: idSchema.nullable(),
  programId: idSchema.nullable(),
  /** The other party's name (pair tasks), an event's title (event tasks) or null. */
  subject: z.string().nullable(),
  /** How many (surveys open, invitations unanswered); 1 for a pair's task. */
  count: z.number().int(),
});
export type HomeTask = z.infer<typeof homeTaskSchema>;

export const homeSchema = z.object({
  /** The programs the viewer is a listed coordinator of (not archived); empty for everyone else. */
  coordinator: z.array(coordinatorProgramSchema),
  participant: z.object({
    applications: z.array(homeApplicationSchema),
    pairs: z.array(homePairSchema),
    nextMeeting: z.object({ pairId: idSchema, at: z.string(), partnerName: z.string() }).nullable(),
    tasks: z.array(homeTaskSchema),
  }),
});
export type Home = z.infer<typeof homeSchema>;

/**
 * What happens next with an application: draft → submit it; submitted → the manager's answer
 * (adepts, where the program asks for one) and then the coordinator's decision; accepted → matching,
 * or the match once one is published; a closed or archived program ends the story.
 */
export function applicationNextStep(a: {
  status: z.infer<typeof applicationStatusSchema>;
  programStatus: z.infer<typeof programStatusSchema>;
  confirmationPending: boolean;
  hasPair: boolean;
}): ApplicationNextStep {
  if (a.programStatus === 'closed' || a.programStatus === 'archived') return 'closed';
  switch (a.status) {
    case 'draft':
      return 'submit';
    case 'submitted':
      return a.confirmationPending ? 'managerConfirmation' : 'decision';
    case 'accepted':
      return a.hasPair ? 'matched' : 'matching';
    case 'waitlisted':
      return 'waitlisted';
    default:
      return 'rejected';
  }
}

/** A pair's facts that decide what its two people are expected to do. */
export interface PairTaskFacts {
  pairId: string;
  status: 'published' | 'active';
  myResponse: 'pending' | 'accepted' | 'declined';
  partnerName: string;
  /** The latest agreement: none yet, or whether I and both have signed it. */
  agreement: 'none' | { signedByMe: boolean; signedByBoth: boolean };
  meetings: number;
  nextMeetingAt: Date | null;
}

/**
 * What is expected of an adept or mentor now, most urgent first: answer an offered match; in a
 * running pair write the agreement (none yet), sign it (mine missing), book the first meeting (no
 * meeting logged and none planned); answer open surveys; answer event invitations.
 */
export function expectedOfParticipant(
  pairs: PairTaskFacts[],
  surveysOpen: number,
  events: { programId: string; title: string }[],
): HomeTask[] {
  const tasks: HomeTask[] = [];
  const pairTask = (kind: HomeTaskKind, p: PairTaskFacts): HomeTask => ({
    kind,
    pairId: p.pairId,
    programId: null,
    subject: p.partnerName,
    count: 1,
  });
  for (const p of pairs) if (p.status === 'published' && p.myResponse === 'pending') tasks.push(pairTask('answerMatch', p));
  for (const p of pairs) {
    if (p.status !== 'active') continue;
    if (p.agreement === 'none') tasks.push(pairTask('writeAgreement', p));
    else if (!p.agreement.signedByMe) tasks.push(pairTask('signAgreement', p));
    if (p.meetings === 0 && p.nextMeetingAt === null) tasks.push(pairTask('bookFirstMeeting', p));
  }
  if (surveysOpen > 0) tasks.push({ kind: 'answerSurvey', pairId: null, programId: null, subject: null, count: surveysOpen });
  for (const e of events) tasks.push({ kind: 'answerEvent', pairId: null, programId: e.programId, subject: e.title, count: 1 });
  return tasks;
}
