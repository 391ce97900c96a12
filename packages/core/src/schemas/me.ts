import { z } from 'zod';
import { COUNTRIES, ORGANISATION_KINDS, ROLES, emailSchema, idSchema, localeSchema, optionalText, passwordSchema, text } from './common';

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
});
export type Me = z.infer<typeof meSchema>;

export const mePatchSchema = z.strictObject({
  name: text(200).optional(),
  locale: localeSchema.optional(),
  title: optionalText(200),
});

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
