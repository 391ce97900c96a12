/** Contract of the `me` capability: who is signed in, and their own details. */
import { z } from 'zod';
import { ROLES, idSchema, localeSchema, optionalText, text } from '../common';

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
