/**
 * Contract of the `events` capability: a program's shared meetings (kick-off, inspiration
 * meetings, trainings, group meetings, closing) with audience, parallel sessions, series,
 * capacity and waiting list, invitations and answers, attendance.
 */
import { z } from 'zod';
import { idSchema, localeSchema, optionalText, text } from '../common';
import { materialFileInputSchema, materialFileSchema } from '../materials';
import { zonedTimeToInstant, isTimeZone } from './time';

export * from './time';

export const EVENT_KINDS = ['kickoff', 'inspiration', 'training', 'group_meeting', 'coaching', 'closing', 'other'] as const;
export const eventKindSchema = z.enum(EVENT_KINDS);
export type EventKind = z.infer<typeof eventKindSchema>;

/** Who an event is for: everyone in the program, one role, the coordinators, one participating organisation, one group (networking or coaching). */
export const EVENT_AUDIENCES = ['everyone', 'mentors', 'adepts', 'coordinators', 'organisation', 'group'] as const;
export const eventAudienceSchema = z.enum(EVENT_AUDIENCES);
export type EventAudience = z.infer<typeof eventAudienceSchema>;

/** How an event is held; with `both` each participant says how they attend. */
export const EVENT_MODES = ['physical', 'digital', 'both'] as const;
export const eventModeSchema = z.enum(EVENT_MODES);
export type EventMode = z.infer<typeof eventModeSchema>;

export const ATTEND_MODES = ['physical', 'digital'] as const;
export const attendModeSchema = z.enum(ATTEND_MODES);
export type AttendMode = z.infer<typeof attendModeSchema>;

export const RSVP_RESPONSES = ['pending', 'yes', 'no', 'maybe'] as const;
export const rsvpResponseSchema = z.enum(RSVP_RESPONSES);
export type RsvpResponse = z.infer<typeof rsvpResponseSchema>;

export const ATTENDANCE = ['attended', 'absent'] as const;
export const attendanceSchema = z.enum(ATTENDANCE);
export type Attendance = z.infer<typeof attendanceSchema>;

/** A moment as written by a person: `2027-01-19T09:00` in the event's time zone (or with an explicit offset). */
const wallTime = z.iso.datetime({ local: true, offset: true });
const webUrl = z
  .url({ protocol: /^https?$/ })
  .max(2000)
  .nullish();
const timeZoneSchema = z
  .string()
  .max(64)
  .refine((value) => isTimeZone(value), 'not a time zone');

export const eventLinkSchema = z.strictObject({
  label: text(200),
  url: z.url({ protocol: /^https?$/ }).max(2000),
  /** The language the link's material is in; none for every language. */
  locale: localeSchema.nullish(),
});
export type EventLink = z.infer<typeof eventLinkSchema>;

/** Title and description in other languages than the event's own text. */
export const eventTranslationsSchema = z.partialRecord(
  localeSchema,
  z.strictObject({ title: text(200).nullish(), description: optionalText(4000) }),
);

const eventFields = {
  kind: eventKindSchema,
  title: text(200),
  description: optionalText(4000),
  translations: eventTranslationsSchema.optional(),
  startsAt: wallTime,
  endsAt: wallTime,
  timeZone: timeZoneSchema.default('Europe/Stockholm'),
  mode: eventModeSchema.default('physical'),
  location: optionalText(300),
  onlineUrl: webUrl,
  audience: eventAudienceSchema.default('everyone'),
  audienceOrganisationId: idSchema.nullish(),
  /** With audience `group`: the program's networking or coach group. */
  audienceGroupId: idSchema.nullish(),
  capacity: z.number().int().min(1).max(10000).nullish(),
  required: z.boolean().default(false),
  /** Reminders this many days before the start to those who said yes (and, the first one, to those who have not answered). */
  reminderDays: z.array(z.number().int().min(0).max(60)).max(4).default([7, 1]),
  links: z.array(eventLinkSchema).max(20).default([]),
};

/** A parallel session of an event (a kick-off's mentors-only and adepts-only parts): same day, its own audience and place. */
export const eventSessionInputSchema = z.strictObject({
  title: text(200),
  audience: eventAudienceSchema,
  audienceOrganisationId: idSchema.nullish(),
  startsAt: wallTime.nullish(),
  endsAt: wallTime.nullish(),
  location: optionalText(300),
  onlineUrl: webUrl,
  capacity: z.number().int().min(1).max(10000).nullish(),
});

/** A series: the event repeated every `everyWeeks` weeks, `count` times in all (every 6 weeks × 6). */
export const eventSeriesInputSchema = z.strictObject({
  everyWeeks: z.number().int().min(1).max(52),
  count: z.number().int().min(2).max(52),
});

type Checkable = {
  startsAt?: string | undefined;
  endsAt?: string | undefined;
  timeZone?: string | undefined;
  audience?: EventAudience | undefined;
  audienceOrganisationId?: string | null | undefined;
  audienceGroupId?: string | null | undefined;
};

/** Checks that involve more than one field; used for inputs and patches (then with the stored values filled in). */
export function eventProblems(value: Checkable): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  if (value.startsAt && value.endsAt && value.timeZone && isTimeZone(value.timeZone)) {
    const start = zonedTimeToInstant(value.startsAt, value.timeZone);
    const end = zonedTimeToInstant(value.endsAt, value.timeZone);
    if (end.getTime() <= start.getTime()) problems.push({ path: 'endsAt', message: 'must be after the start' });
  }
  if (value.audience === 'organisation' && !value.audienceOrganisationId)
    problems.push({ path: 'audienceOrganisationId', message: 'name the organisation' });
  if (value.audience === 'group' && !value.audienceGroupId) problems.push({ path: 'audienceGroupId', message: 'name the group' });
  return problems;
}

export const eventInputSchema = z
  .strictObject({
    ...eventFields,
    sessions: z.array(eventSessionInputSchema).max(6).default([]),
    series: eventSeriesInputSchema.nullish(),
  })
  .superRefine((value, ctx) => {
    for (const problem of eventProblems(value)) ctx.addIssue({ code: 'custom', path: [problem.path], message: problem.message });
    value.sessions.forEach((session, i) => {
      if (session.audience === 'organisation' && !session.audienceOrganisationId)
        ctx.addIssue({ code: 'custom', path: ['sessions', i, 'audienceOrganisationId'], message: 'name the organisation' });
      if (session.audience === 'group')
        ctx.addIssue({
          code: 'custom',
          path: ['sessions', i, 'audience'],
          message: 'a session is for a role, the coordinators or an organisation',
        });
      if ((session.startsAt == null) !== (session.endsAt == null))
        ctx.addIssue({ code: 'custom', path: ['sessions', i, 'endsAt'], message: 'give both start and end, or neither' });
    });
    if (value.series && value.sessions.length)
      ctx.addIssue({ code: 'custom', path: ['series'], message: 'a series has no parallel sessions' });
  });
export type EventInput = z.output<typeof eventInputSchema>;

/** A change of one event (one occurrence of a series, or one session). Times need their time zone. */
export const eventPatchSchema = z.strictObject({
  kind: eventKindSchema.optional(),
  title: text(200).optional(),
  description: optionalText(4000),
  translations: eventTranslationsSchema.optional(),
  startsAt: wallTime.optional(),
  endsAt: wallTime.optional(),
  timeZone: timeZoneSchema.optional(),
  mode: eventModeSchema.optional(),
  location: optionalText(300),
  onlineUrl: webUrl,
  audience: eventAudienceSchema.optional(),
  audienceOrganisationId: idSchema.nullish(),
  audienceGroupId: idSchema.nullish(),
  capacity: z.number().int().min(1).max(10000).nullish(),
  required: z.boolean().optional(),
  reminderDays: z.array(z.number().int().min(0).max(60)).max(4).optional(),
  links: z.array(eventLinkSchema).max(20).optional(),
});
export type EventPatch = z.output<typeof eventPatchSchema>;

export const eventParamsSchema = z.strictObject({ programId: idSchema, eventId: idSchema });
export const eventPersonParamsSchema = z.strictObject({ programId: idSchema, eventId: idSchema, personId: idSchema });

export const pageQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export const eventListQuerySchema = pageQuerySchema.extend({
  /** Only events that end after now (the default), or every event. */
  when: z.enum(['upcoming', 'all']).default('all'),
});

export const eventAnswerStateSchema = z.object({
  response: rsvpResponseSchema,
  attendMode: attendModeSchema.nullable(),
  /** Said yes when the event was full: on the waiting list, in order of answering. */
  waitlisted: z.boolean(),
  attendance: attendanceSchema.nullable(),
});

export const eventCountsSchema = z.object({
  invited: z.number().int(),
  yes: z.number().int(),
  no: z.number().int(),
  maybe: z.number().int(),
  pending: z.number().int(),
  waitlisted: z.number().int(),
  attended: z.number().int(),
});

/** A file attached to an event, as listed: never its bytes. */
export const eventAttachmentSchema = materialFileSchema.extend({ id: idSchema, locale: localeSchema.nullable() });
export type EventAttachment = z.infer<typeof eventAttachmentSchema>;

/** Attach a file to an event: its type one of MATERIAL_TYPES (415), at most MAX_MATERIAL_BYTES (413); its language or none for every language. */
export const eventAttachmentInputSchema = z.strictObject({
  file: materialFileInputSchema,
  locale: localeSchema.nullish(),
});
export type EventAttachmentInput = z.input<typeof eventAttachmentInputSchema>;
export const eventAttachmentParamsSchema = z.strictObject({ programId: idSchema, eventId: idSchema, attachmentId: idSchema });

export const programEventSchema = z.object({
  id: idSchema,
  programId: idSchema,
  /** Set on a parallel session: the event it is part of. */
  parentId: idSchema.nullable(),
  seriesId: idSchema.nullable(),
  seriesIndex: z.number().int().nullable(),
  kind: eventKindSchema,
  title: z.string(),
  description: z.string().nullable(),
  translations: eventTranslationsSchema,
  startsAt: z.string(),
  endsAt: z.string(),
  timeZone: z.string(),
  mode: eventModeSchema,
  location: z.string().nullable(),
  onlineUrl: z.string().nullable(),
  audience: eventAudienceSchema,
  audienceOrganisationId: idSchema.nullable(),
  audienceGroupId: idSchema.nullable(),
  capacity: z.number().int().nullable(),
  required: z.boolean(),
  reminderDays: z.array(z.number().int()),
  links: z.array(z.object({ label: z.string(), url: z.string(), locale: localeSchema.nullable() })),
  /** Files (programme, training material) in a language or for every language, downloaded from `…/attachments/:attachmentId` (decision 0114). */
  attachments: z.array(eventAttachmentSchema),
  sequence: z.number().int(),
  cancelled: z.boolean(),
  /** The viewer's own invitation and answer; null when the event is not for them (a coordinator looking at a role's session). */
  myInvitation: eventAnswerStateSchema.nullable(),
  /** Answers and attendance in numbers: coordinators only. */
  counts: eventCountsSchema.nullable(),
  /** The code participants type to check in: coordinators only. */
  checkInCode: z.string().nullable(),
  can: z.object({ manage: z.boolean(), respond: z.boolean(), checkIn: z.boolean() }),
});
export type ProgramEvent = z.infer<typeof programEventSchema>;

export const programEventWithSessionsSchema = programEventSchema.extend({ sessions: z.array(programEventSchema) });
export type ProgramEventWithSessions = z.infer<typeof programEventWithSessionsSchema>;

export const eventListSchema = z.object({
  items: z.array(programEventWithSessionsSchema),
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
  can: z.object({ manage: z.boolean() }),
});
export type EventList = z.infer<typeof eventListSchema>;

export const createdEventsSchema = z.object({ events: z.array(programEventWithSessionsSchema) });

export const rsvpInputSchema = z.strictObject({
  response: z.enum(['yes', 'no', 'maybe']),
  attendMode: attendModeSchema.nullish(),
});
export type RsvpInput = z.output<typeof rsvpInputSchema>;

/** The answer page of an e-mailed link (no sign-in): what the event is, and the answer so far. */
export const eventAnswerParamsSchema = z.strictObject({ token: z.string().min(20).max(200) });
/** The language the answer page is read in (the mail's, carried by its link): the event's title in it. */
export const eventAnswerQuerySchema = z.strictObject({ lang: localeSchema.optional() });
export const eventAnswerViewSchema = z.object({
  title: z.string(),
  programName: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  timeZone: z.string(),
  mode: eventModeSchema,
  location: z.string().nullable(),
  cancelled: z.boolean(),
  invitation: eventAnswerStateSchema,
});
export type EventAnswerView = z.infer<typeof eventAnswerViewSchema>;

export const attendanceInputSchema = z
  .strictObject({
    attendance: attendanceSchema,
    absenceReason: optionalText(500),
  })
  .superRefine((value, ctx) => {
    if (value.attendance === 'attended' && value.absenceReason)
      ctx.addIssue({ code: 'custom', path: ['absenceReason'], message: 'only for an absence' });
  });
export type AttendanceInput = z.output<typeof attendanceInputSchema>;

export const checkInInputSchema = z.strictObject({ code: z.string().trim().min(4).max(12) });

/** One invited person's answer and attendance, for the coordinators' attendance list. */
export const eventAttendeeSchema = z.object({
  personId: idSchema,
  name: z.string(),
  organisationName: z.string(),
  role: z.enum(['mentor', 'adept', 'coordinator']).nullable(),
  response: rsvpResponseSchema,
  attendMode: attendModeSchema.nullable(),
  waitlisted: z.boolean(),
  attendance: attendanceSchema.nullable(),
  absenceReason: z.string().nullable(),
  checkedIn: z.boolean(),
});
export const eventAttendeeListSchema = z.object({
  items: z.array(eventAttendeeSchema),
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
});
export type EventAttendee = z.infer<typeof eventAttendeeSchema>;

/** A participant's completion: required events attended, per kind ("attended 3 of 4 inspiration meetings"). */
export const completionSchema = z.object({
  required: z.number().int(),
  attended: z.number().int(),
  byKind: z.array(z.object({ kind: eventKindSchema, required: z.number().int(), attended: z.number().int() })),
});
export type Completion = z.infer<typeof completionSchema>;

/** Attendance per person, for coordinators: each participant's required events attended. */
export const participantCompletionSchema = z.object({
  personId: idSchema,
  name: z.string(),
  organisationName: z.string(),
  role: z.enum(['mentor', 'adept']),
  completion: completionSchema,
});
export const participantCompletionListSchema = z.object({
  items: z.array(participantCompletionSchema),
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
});
export const checkInCodeSchema = z.object({ code: z.string() });

/** My calendar feed: whether there is one (its secret address is shown only when made). */
export const calendarFeedStatusSchema = z.object({ active: z.boolean(), createdAt: z.string().nullable() });
/** A new feed address: shown once, to its owner only. */
export const calendarFeedSchema = z.object({ url: z.string(), webcalUrl: z.string() });
export const calendarFeedParamsSchema = z.strictObject({ token: z.string().min(20).max(200) });

/** My time in a program: hours in pair meetings plus attended events, against the program's expected hours. */
export const myTimeSpentSchema = z.object({
  pairHours: z.number(),
  eventHours: z.number(),
  totalHours: z.number(),
  expectedHours: z.number().int().nullable(),
});
/**
 * The coordinators' view: totals and a distribution only, never a person's hours. Every figure goes
 * through the small-group suppression (decision 0130): with fewer than k participants the total and
 * median are withheld (null), and a band resting on fewer than k people shows no count.
 */
export const timeSpentSummarySchema = z.object({
  participants: z.number().int(),
  expectedHours: z.number().int().nullable(),
  totalHours: z.number().nullable(),
  medianHours: z.number().nullable(),
  /** How many participants in each band of the expected hours: under 25 %, 25–50 %, 50–75 %, 75–100 %, at or over. */
  distribution: z.array(
    z.object({
      band: z.enum(['under25', 'under50', 'under75', 'under100', 'reached']),
      count: z.number().int().nullable(),
      suppressed: z.enum(['primary', 'secondary']).nullable(),
    }),
  ),
});
