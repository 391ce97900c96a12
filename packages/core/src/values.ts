/**
 * The contracts' plain lists of values, without zod (decision 0183): the web app's first chunk (the
 * router's search readers, API errors, labels, languages) takes them from here, so no schema and no
 * zod come with it. Each is exported from its capability's contract as before; the schemas there are
 * built from these lists.
 */

export const LOCALES = ['sv', 'nb', 'en'] as const;
export const DEFAULT_LOCALE: (typeof LOCALES)[number] = 'sv';
/** Each language's tag for `Intl` (dates, numbers, money): one place for every formatter, server and web. */
export const LOCALE_TAGS = { sv: 'sv-SE', nb: 'nb-NO', en: 'en-GB' } as const satisfies Record<(typeof LOCALES)[number], string>;

export const ROLES = ['org_admin', 'coordinator', 'participant'] as const;

/** `network`: several organisations running programs together (e.g. Rörlighet i staten), with member organisations (issue 12). */
export const ORGANISATION_KINDS = ['agency', 'city', 'ministry', 'network', 'other'] as const;
export const COUNTRIES = ['SE', 'NO'] as const;

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
  /**
   * The database broke a deadlock (or a serialization conflict) by cancelling this request's transaction: nothing
   * was written, and the same request may simply be sent again (503 with Retry-After; decision 0201).
   */
  busy: 503,
} as const;
export type ErrorCode = keyof typeof ERROR_STATUS;
export const ERROR_CODES = Object.keys(ERROR_STATUS) as ErrorCode[];

export const SORT_DIRECTIONS = ['asc', 'desc'] as const;
export type SortDirection = (typeof SORT_DIRECTIONS)[number];

export const PROGRAM_TYPES = ['classic', 'reverse', 'inclusion'] as const;
export const PROGRAM_STATUSES = ['draft', 'open', 'selection', 'matching', 'running', 'closed', 'archived'] as const;
/** The program list's sort columns; by default the latest start first (decision 0161). */
export const PROGRAM_LIST_SORTS = ['name', 'startsOn', 'applicationClosesOn', 'status'] as const;

export const PROGRAM_ROLES = ['adept', 'mentor'] as const;

export const APPLICATION_STATUSES = ['draft', 'submitted', 'accepted', 'waitlisted', 'rejected', 'withdrawn'] as const;
export const CONFIRMATION_STATUSES = ['not_required', 'pending', 'confirmed', 'declined'] as const;
export const REVIEW_SORTS = ['submittedAt', 'name', 'organisation'] as const;
export const REGISTER_SORTS = ['name', 'organisation', 'title', 'activePairs', 'freeCapacity'] as const;

export const MAIL_STATUSES = ['queued', 'sending', 'sent', 'outbox', 'failed'] as const;
export const OUTBOX_SORTS = ['createdAt', 'to', 'status'] as const;

export const HEALTH_SORTS = ['adept', 'mentor', 'status', 'meetings', 'lastMeeting'] as const;
export type HealthSort = (typeof HEALTH_SORTS)[number];
export const HEALTH_STATUSES = ['published', 'active', 'ended'] as const;
