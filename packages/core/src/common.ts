import { z } from 'zod';
import {
  COUNTRIES,
  DEFAULT_LOCALE,
  ERROR_CODES,
  ERROR_STATUS,
  LOCALE_TAGS,
  LOCALES,
  ORGANISATION_KINDS,
  ROLES,
  type ErrorCode,
} from './values';

// The plain lists of values live in values.ts (no zod, decision 0183) and are exported from here as before.
export { COUNTRIES, DEFAULT_LOCALE, ERROR_CODES, ERROR_STATUS, LOCALE_TAGS, LOCALES, ORGANISATION_KINDS, ROLES, type ErrorCode };

export const localeSchema = z.enum(LOCALES);
export type Locale = z.infer<typeof localeSchema>;

export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

export const idSchema = z.uuid();
/** Trimmed, non-empty text with an upper bound, so huge strings get a 400 naming the field. */
export const text = (max: number) => z.string().trim().min(1).max(max);
export const optionalText = (max: number) => z.string().trim().max(max).nullish();
export const emailSchema = z
  .email()
  .max(254)
  .transform((e) => e.trim().toLowerCase());
export const passwordSchema = z.string().min(10).max(128);

export const errorCodeSchema = z.enum(ERROR_CODES as [ErrorCode, ...ErrorCode[]]);

/** The one error shape of the API. */
export const apiErrorSchema = z.object({
  error: z.object({
    code: errorCodeSchema,
    message: z.string(),
    field: z.string().optional(),
    details: z
      .array(
        z.object({
          line: z.number().int().optional(),
          field: z.string(),
          /** A stable code for the problem (e.g. `email.invalid`), translated by clients; `message` is English. */
          code: z.string().optional(),
          /** The values the code's text needs, e.g. `{ column: 'foo' }`. */
          values: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
          message: z.string(),
        }),
      )
      .optional(),
    /** How many problems there are in all when `details` lists only the first ones (imports: the first 100). */
    detailCount: z.number().int().optional(),
  }),
});
export type ApiError = z.infer<typeof apiErrorSchema>;

export const okSchema = z.object({ ok: z.literal(true) });
