/** Contract of the `people` capability: people of an organisation and their import. */
import { z } from 'zod';
import { ROLES, emailSchema, idSchema, optionalText, text } from '../common';
import { listPageSchema } from '../lists';

export const personSchema = z.object({
  id: idSchema,
  organisationId: idSchema,
  unitId: idSchema.nullable(),
  unitName: z.string().nullable(),
  name: z.string(),
  email: z.string(),
  title: z.string().nullable(),
  managerId: idSchema.nullable(),
  managerName: z.string().nullable(),
  managerEmail: z.string().nullable(),
  roles: z.array(z.enum(ROLES)),
  /** none: no account yet; invited: invitation pending; active: has an account. */
  accountStatus: z.enum(['none', 'invited', 'active']),
});
export type Person = z.infer<typeof personSchema>;

export const personInputSchema = z.strictObject({
  name: text(200),
  email: emailSchema,
  title: optionalText(200),
  unitId: idSchema.nullish(),
  managerId: idSchema.nullish(),
  managerEmail: emailSchema.nullish(),
  roles: z.array(z.enum(ROLES)).min(1).max(3).default(['participant']),
});
export type PersonInput = z.input<typeof personInputSchema>;
/** A patch changes only what it names (no default: an absent `roles` must not reset them). */
export const personPatchSchema = personInputSchema.extend({ roles: z.array(z.enum(ROLES)).min(1).max(3) }).partial();

export const peopleQuerySchema = z.strictObject({
  q: z.string().max(200).optional(),
  unitId: idSchema.optional(),
  role: z.enum(ROLES).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});

/**
 * A page of people; a search's or unit or role filter's total is exact up to `LIST_TOTAL_CAP`, beyond it capped:
 * `totalCapped` true says that more than `total` match, and a client offers next and previous, not a last page
 * (decisions 0203, 0171). The unfiltered list's total is exact.
 */
export const peoplePageSchema = listPageSchema(personSchema).extend({ totalCapped: z.boolean() });

/**
 * People import (CSV or XLSX). Columns, in a header row, any order; names in
 * English as below (case-insensitive). Only name and email are required.
 */
export const IMPORT_COLUMNS = [
  { key: 'name', required: true },
  { key: 'email', required: true },
  { key: 'title', required: false },
  { key: 'unit', required: false },
  { key: 'manager_email', required: false },
  { key: 'roles', required: false },
] as const;

export const importResultSchema = z.object({ imported: z.number().int(), updated: z.number().int() });
/** A people import's result, with the people of the file who have neither an account nor a pending invitation (to invite them at once). */
export const peopleImportResultSchema = importResultSchema.extend({ withoutAccount: z.array(idSchema) });

export const personParamsSchema = z.strictObject({ orgId: idSchema, personId: idSchema });
export type PeoplePage = z.infer<typeof peoplePageSchema>;
export type PeopleQuery = z.infer<typeof peopleQuerySchema>;
export type ImportResult = z.infer<typeof importResultSchema>;
