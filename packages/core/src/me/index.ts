/** Contract of the `me` capability: who is signed in, and their own details. */
import { z } from 'zod';
import { ROLES, emailSchema, idSchema, localeSchema, optionalText, passwordSchema, text } from '../common';

export const meSchema = z.object({
  user: z.object({
    id: z.string(),
    name: z.string(),
    email: z.string(),
    locale: localeSchema,
    platformAdmin: z.boolean(),
  }),
  person: z
    .object({
      id: idSchema,
      organisationId: idSchema,
      organisationName: z.string(),
      unitId: idSchema.nullable(),
      unitName: z.string().nullable(),
      title: z.string().nullable(),
      managerName: z.string().nullable(),
      managerEmail: z.string().nullable(),
      roles: z.array(z.enum(ROLES)),
    })
    .nullable(),
  /**
   * What the user may do, decided by the server's abilities (decision 0072); the web app shows
   * links and sections by it and never re-derives a rule from the roles.
   */
  can: z.object({
    /** Create organisations and see all of them. */
    administerPlatform: z.boolean(),
    /** Edit their own organisation and its units. */
    manageOrganisation: z.boolean(),
    /** List their own organisation's people. */
    readPeople: z.boolean(),
    /** Add, edit, invite and import their own organisation's people. */
    managePeople: z.boolean(),
    readOutbox: z.boolean(),
    createPrograms: z.boolean(),
    readMentorRegister: z.boolean(),
    /** Answer invitations of their organisation to joint programs. */
    answerProgramInvitations: z.boolean(),
  }),
});
export type Me = z.infer<typeof meSchema>;

/**
 * GET /api/session: who is signed in, or `me: null` for an anonymous visitor — always a 200, so a
 * first visit logs no failed request in the browser's console (issue 14 item 8).
 */
export const sessionSchema = z.object({ me: meSchema.nullable() });
export type Session = z.infer<typeof sessionSchema>;

export const mePatchSchema = z.strictObject({
  name: text(200).optional(),
  locale: localeSchema.optional(),
  title: optionalText(200),
});
export type MePatch = z.input<typeof mePatchSchema>;

/** Signing in with e-mail and password: better-auth checks them; the sign-in form checks their shape first. */
export const signInInputSchema = z.strictObject({ email: emailSchema, password: z.string().min(1).max(128) });
/** Asking for a link to choose a new password. */
export const passwordResetRequestSchema = z.strictObject({ email: emailSchema });
/** The new password chosen from the reset link. */
export const passwordResetSchema = z.strictObject({ newPassword: passwordSchema, token: z.string().min(1) });
