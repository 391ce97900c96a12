/**
 * Search params, validated by the router with these zod schemas (`validateSearch`): unknown keys
 * and malformed values are dropped (`.catch(undefined)`), never an error page.
 */
import { z } from 'zod';
import {
  APPLICATION_STATUSES,
  CONFIRMATION_STATUSES,
  HEALTH_SORTS,
  HEALTH_STATUSES,
  MAIL_STATUSES,
  OUTBOX_SORTS,
  PROGRAM_ROLES,
  REGISTER_SORTS,
  REVIEW_SORTS,
  ROLES,
  SORT_DIRECTIONS,
} from '@lots/core';

/** A non-blank string (a number is taken as its text). */
const str = z
  .preprocess(
    (v) => (typeof v === 'number' ? String(v) : v),
    z.string().refine((s) => s.trim() !== ''),
  )
  .optional()
  .catch(undefined);
/** A page number beyond the first. */
const page = z.coerce.number().int().gt(1).optional().catch(undefined);
const oneOf = <T extends string>(values: readonly [T, ...T[]]) => z.enum(values).optional().catch(undefined);
/** A list's search, sort column, direction and page (the API's list query, decision 0161). */
const listSearch = <S extends string>(sorts: readonly [S, ...S[]]) => ({
  q: str,
  sort: oneOf(sorts),
  dir: oneOf(SORT_DIRECTIONS),
  page,
});

export const signInSearchSchema = z.object({
  redirect: str,
  error: str,
  notice: z.literal('password-changed').optional().catch(undefined),
});
export const resetSearchSchema = z.object({ token: str, error: str });
export const peopleSearchSchema = z.object({ q: str, unitId: str, role: oneOf(ROLES), page });
export const homeSearchSchema = z.object({ error: str });
export const matchingSearchSchema = z.object({ run: str });
export const reviewSearchSchema = z.object({
  role: oneOf(PROGRAM_ROLES),
  status: oneOf(APPLICATION_STATUSES),
  eligibility: oneOf(['eligible', 'unknown', 'ineligible']),
  confirmation: oneOf(CONFIRMATION_STATUSES),
  ...listSearch(REVIEW_SORTS),
});
export const registerSearchSchema = z.object({
  programId: str,
  organisationId: str,
  freeCapacity: z
    .union([z.literal(true), z.literal('true')])
    .transform(() => true as const)
    .optional()
    .catch(undefined),
  ...listSearch(REGISTER_SORTS),
});

/** The Outbox: search in recipient and subject, a status, an order (newest first unless chosen), a page. */
export const outboxSearchSchema = z.object({ status: oneOf(MAIL_STATUSES), ...listSearch(OUTBOX_SORTS) });

export type ReviewSearch = z.infer<typeof reviewSearchSchema>;
export type OutboxSearch = z.infer<typeof outboxSearchSchema>;
export type RegisterSearch = z.infer<typeof registerSearchSchema>;

type Raw = Record<string, unknown>;
export const signInSearch = (raw: Raw) => signInSearchSchema.parse(raw);
export const resetSearch = (raw: Raw) => resetSearchSchema.parse(raw);
export const peopleSearch = (raw: Raw) => peopleSearchSchema.parse(raw);
export const homeSearch = (raw: Raw) => homeSearchSchema.parse(raw);
export const matchingSearch = (raw: Raw) => matchingSearchSchema.parse(raw);
export const reviewSearch = (raw: Raw) => reviewSearchSchema.parse(raw);
export const registerSearch = (raw: Raw) => registerSearchSchema.parse(raw);
export const healthSearchSchema = z.object({
  status: oneOf(HEALTH_STATUSES),
  agreement: oneOf(['signed', 'unsigned']),
  quiet: oneOf(['true', 'false']),
  ...listSearch(HEALTH_SORTS),
});
export type HealthSearch = z.infer<typeof healthSearchSchema>;
