/** Contract of the `organisations` capability: organisations and the directory of all organisations. */
import { z } from 'zod';
import { COUNTRIES, ORGANISATION_KINDS, idSchema, text } from '../common';

export const organisationSchema = z.object({
  id: idSchema,
  name: z.string(),
  kind: z.enum(ORGANISATION_KINDS),
  country: z.enum(COUNTRIES),
  peopleCount: z.number().int(),
  unitCount: z.number().int(),
  /** What the viewer may do here, decided by the server (decision 0072); the web app shows and hides by it. */
  can: z.object({ manage: z.boolean(), readPeople: z.boolean(), managePeople: z.boolean() }),
});
export type Organisation = z.infer<typeof organisationSchema>;

export const organisationInputSchema = z.strictObject({
  name: text(200),
  kind: z.enum(ORGANISATION_KINDS),
  country: z.enum(COUNTRIES),
});
export type OrganisationInput = z.infer<typeof organisationInputSchema>;
export const organisationPatchSchema = organisationInputSchema.partial();

export const organisationListSchema = z.array(organisationSchema);
export const organisationParamsSchema = z.strictObject({ orgId: idSchema });

/** Every organisation's name, for choosing partners of a joint program. */
export const organisationDirectorySchema = z.array(z.object({ id: idSchema, name: z.string(), kind: z.string(), country: z.string() }));
