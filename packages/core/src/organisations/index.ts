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

/** A member organisation of a network (issue 12, decision 0125): names of public bodies, nothing else. */
export const networkMemberSchema = z.object({
  organisationId: idSchema,
  name: z.string(),
  kind: z.enum(ORGANISATION_KINDS),
  country: z.enum(COUNTRIES),
});
export type NetworkMember = z.infer<typeof networkMemberSchema>;
/** One page of a network's members, ordered by name, with the total. */
export const networkMemberPageSchema = z.object({ items: z.array(networkMemberSchema), total: z.number().int() });
export type NetworkMemberPage = z.infer<typeof networkMemberPageSchema>;
export const networkMemberQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export const networkMemberInputSchema = z.strictObject({ organisationId: idSchema });
export type NetworkMemberInput = z.infer<typeof networkMemberInputSchema>;
export const networkMemberParamsSchema = z.strictObject({ orgId: idSchema, memberId: idSchema });

/** The networks an organisation is a member of (its staff see them). */
export const organisationNetworksSchema = z.array(z.object({ id: idSchema, name: z.string() }));
export type OrganisationNetworks = z.infer<typeof organisationNetworksSchema>;
