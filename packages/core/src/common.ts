import { z } from 'zod';

export const LOCALES = ['sv', 'nb', 'en'] as const;
export const localeSchema = z.enum(LOCALES);
export type Locale = z.infer<typeof localeSchema>;
export const DEFAULT_LOCALE: Locale = 'sv';

export const ROLES = ['org_admin', 'coordinator', 'participant'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

/** `network`: several organisations running programs together (e.g. Rörlighet i staten), with member organisations (issue 12). */
export const ORGANISATION_KINDS = ['agency', 'city', 'ministry', 'network', 'other'] as const;
export const COUNTRIES = ['SE', 'NO'] as const;

export const idSchema = z.uuid();
/** Trimmed, non-empty text with an upper bound, so huge strings get a 400 naming the field. */
export const text = (max: number) => z.string().trim().min(1).max(max);
export const optionalText = (max: number) => z.string().trim().max(max).nullish();
export const emailSchema = z
  .email()
  .max(254)
  .transform((e) => e.trim().toLowerCase());
export const passwordSchema = z.string().min(10).max(128);

/** The error codes of the API, each with its HTTP status (docs/api.md). Server and web app use this one list. */
export const ERROR_STATUS = {
  validation: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  /** A write in a mentorship whose program is closed or archived (the pair's space is read-only then; decision 0104). */
  program_closed: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  import_invalid: 422,
  rate_limited: 429,
  internal: 500,
} as const;
export type ErrorCode = keyof typeof ERROR_STATUS;
export const ERROR_CODES = Object.keys(ERROR_STATUS) as ErrorCode[];
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
