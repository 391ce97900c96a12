import { z } from 'zod';
import { COUNTRIES, ORGANISATION_KINDS, idSchema, text } from './common';

export const organisationSchema = z.object({
  id: idSchema,
  name: z.string(),
  kind: z.enum(ORGANISATION_KINDS),
  country: z.enum(COUNTRIES),
  peopleCount: z.number().int(),
  unitCount: z.number().int(),
});
export type Organisation = z.infer<typeof organisationSchema>;

export const organisationInputSchema = z.strictObject({
  name: text(200),
  kind: z.enum(ORGANISATION_KINDS),
  country: z.enum(COUNTRIES),
});
export type OrganisationInput = z.infer<typeof organisationInputSchema>;
export const organisationPatchSchema = organisationInputSchema.partial();

export const unitSchema = z.object({
  id: idSchema,
  organisationId: idSchema,
  parentId: idSchema.nullable(),
  name: z.string(),
  peopleCount: z.number().int(),
});
export type Unit = z.infer<typeof unitSchema>;

export const unitInputSchema = z.strictObject({
  name: text(200),
  parentId: idSchema.nullable().optional(),
});
export type UnitInput = z.infer<typeof unitInputSchema>;
export const unitPatchSchema = unitInputSchema.partial();
