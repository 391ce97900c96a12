/** Contract of the `setup` capability: the first run, which creates the first organisation and its administrator. */
import { z } from 'zod';
import { COUNTRIES, ORGANISATION_KINDS, emailSchema, localeSchema, passwordSchema, text } from '../common';

export const setupStatusSchema = z.object({
  needsSetup: z.boolean(),
  demo: z.boolean(),
  demoAccounts: z.array(z.object({ email: z.string(), password: z.string(), role: z.string() })),
  magicLink: z.boolean(),
});
export type SetupStatus = z.infer<typeof setupStatusSchema>;

export const setupInputSchema = z.strictObject({
  organisation: z.strictObject({
    name: text(200),
    kind: z.enum(ORGANISATION_KINDS),
    country: z.enum(COUNTRIES),
  }),
  admin: z.strictObject({
    name: text(200),
    email: emailSchema,
    password: passwordSchema,
    locale: localeSchema.default('sv'),
  }),
});
export type SetupInput = z.input<typeof setupInputSchema>;
