/** Contract of the `invitations` capability: inviting people to create their account, and accepting. */
import { z } from 'zod';
import { idSchema, localeSchema, text } from '../common';
import { personInputSchema } from '../people/index';

/** Invite = create (or pick) a person and e-mail them a link to create their account. */
export const invitationInputSchema = personInputSchema.extend({ locale: localeSchema.optional() });

export const invitationViewSchema = z.object({
  organisationName: z.string(),
  name: z.string(),
  email: z.string(),
  status: z.enum(['pending', 'expired', 'accepted', 'revoked']),
  expiresAt: z.string(),
});

export const acceptInvitationSchema = z.strictObject({
  name: text(200),
  password: z.string().min(10).max(128),
  locale: localeSchema.optional(),
});

/** An invitation's link carries its token (never stored, only its hash). */
export const invitationTokenParamsSchema = z.strictObject({ token: z.string().min(20).max(100) });
export const invitationAcceptedSchema = z.object({ ok: z.literal(true), email: z.string() });
export type InvitationView = z.infer<typeof invitationViewSchema>;
export type AcceptInvitationInput = z.input<typeof acceptInvitationSchema>;
export type InvitationInput = z.input<typeof invitationInputSchema>;

/** Invitations for several people of the organisation at once (e.g. everyone just imported), all in one mutation. */
export const bulkInvitationInputSchema = z.strictObject({ personIds: z.array(idSchema).min(1).max(5000) });
/** How many were invited; people who have an account or a pending invitation are left out. */
export const bulkInvitationResultSchema = z.object({ invited: z.number().int() });
export type BulkInvitationInput = z.input<typeof bulkInvitationInputSchema>;
