/**
 * Contract of the `networking` capability: a program's cohort directory (participants who opted in
 * show their name, title, organisation and interests to the others who opted in and to the
 * coordinators) and its groups — networking groups of 3–8 participants and coach groups (an
 * experienced mentor coaching new mentors). A group's meetings are events with the group as audience.
 */
import { z } from 'zod';
import { idSchema, optionalText, text } from '../common';

export const GROUP_KINDS = ['networking', 'coaching'] as const;
export const groupKindSchema = z.enum(GROUP_KINDS);
export type GroupKind = z.infer<typeof groupKindSchema>;

export const GROUP_ROLES = ['member', 'coach'] as const;
export type GroupRole = (typeof GROUP_ROLES)[number];

/** A networking group has 3–8 participants; a coach group one coach and 1–8 mentors. */
export const NETWORKING_GROUP_SIZE = { min: 3, max: 8 } as const;
export const COACH_GROUP_SIZE = { min: 1, max: 8 } as const;

const pageQuery = {
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
};

/** Joining the directory: explicit consent, with what one wants to talk about. */
export const directoryEntryInputSchema = z.strictObject({
  consent: z.literal(true),
  interests: optionalText(500),
});
export type DirectoryEntryInput = z.input<typeof directoryEntryInputSchema>;

export const directoryQuerySchema = z.strictObject({
  ...pageQuery,
  /** Matches name, title, organisation or interests. */
  q: z.string().trim().max(100).optional(),
});

/** One person in the directory: exactly these four things, nothing more. */
export const directoryEntrySchema = z.object({
  personId: idSchema,
  name: z.string(),
  title: z.string().nullable(),
  organisationName: z.string(),
  interests: z.string().nullable(),
});
export type DirectoryEntry = z.infer<typeof directoryEntrySchema>;

export const directorySchema = z.object({
  /** Empty for a participant who is not in the directory (they see the others once they join). */
  items: z.array(directoryEntrySchema),
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
  /** The viewer's own entry, if they are in the directory. */
  mine: directoryEntrySchema.nullable(),
  can: z.object({ join: z.boolean(), browse: z.boolean() }),
});
export type Directory = z.infer<typeof directorySchema>;

export const groupInputSchema = z
  .strictObject({
    kind: groupKindSchema.default('networking'),
    name: text(120),
    memberIds: z.array(idSchema).max(NETWORKING_GROUP_SIZE.max),
    /** A coach group's coach: an experienced mentor of the program. */
    coachId: idSchema.nullish(),
  })
  .superRefine((value, ctx) => {
    const size = value.kind === 'coaching' ? COACH_GROUP_SIZE : NETWORKING_GROUP_SIZE;
    if (value.memberIds.length < size.min)
      ctx.addIssue({ code: 'custom', path: ['memberIds'], message: `at least ${size.min} ${size.min === 1 ? 'person' : 'people'}` });
    if (new Set(value.memberIds).size !== value.memberIds.length)
      ctx.addIssue({ code: 'custom', path: ['memberIds'], message: 'a person is named twice' });
    if (value.kind === 'coaching' && !value.coachId) ctx.addIssue({ code: 'custom', path: ['coachId'], message: 'name the coach' });
    if (value.kind === 'networking' && value.coachId)
      ctx.addIssue({ code: 'custom', path: ['coachId'], message: 'a networking group has no coach' });
    if (value.coachId && value.memberIds.includes(value.coachId))
      ctx.addIssue({ code: 'custom', path: ['coachId'], message: 'the coach is not one of the coached' });
  });
export type GroupInput = z.input<typeof groupInputSchema>;

export const groupMemberSchema = z.object({
  personId: idSchema,
  name: z.string(),
  title: z.string().nullable(),
  organisationName: z.string(),
  role: z.enum(GROUP_ROLES),
});
export type GroupMember = z.infer<typeof groupMemberSchema>;

export const groupSchema = z.object({
  id: idSchema,
  programId: idSchema,
  kind: groupKindSchema,
  name: z.string(),
  members: z.array(groupMemberSchema),
  createdAt: z.string(),
});
export type Group = z.infer<typeof groupSchema>;

export const groupListQuerySchema = z.strictObject({ ...pageQuery, kind: groupKindSchema.optional() });

/** One page of the groups the viewer is in (every group for those who manage the program). */
export const groupListSchema = z.object({
  items: z.array(groupSchema),
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
  can: z.object({ manage: z.boolean() }),
});
export type GroupList = z.infer<typeof groupListSchema>;

export const groupParamsSchema = z.strictObject({ programId: idSchema, groupId: idSchema });

/** Who may be put in a group: the program's accepted participants (mentors only for a coach group), by name. */
export const groupCandidatesQuerySchema = z.strictObject({
  ...pageQuery,
  role: z.enum(['mentor', 'adept']).optional(),
  q: z.string().trim().max(100).optional(),
});
export const groupCandidateSchema = z.object({
  personId: idSchema,
  name: z.string(),
  organisationName: z.string(),
  role: z.enum(['mentor', 'adept']),
});
export const groupCandidateListSchema = z.object({
  items: z.array(groupCandidateSchema),
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
});
export type GroupCandidate = z.infer<typeof groupCandidateSchema>;
