/**
 * Search params, read by the router (`validateSearch`): unknown keys and malformed values are
 * dropped, never an error page. Plain functions, not zod schemas: the router and every route are in
 * the first chunk, and zod would put ~28 KB of gzip JavaScript before the sign-in page (decision
 * 0183). A list's search field checks its text with zod in `components/ListSearch.tsx`, loaded with its page.
 */
import {
  APPLICATION_STATUSES,
  CONFIRMATION_STATUSES,
  HEALTH_SORTS,
  HEALTH_STATUSES,
  MAIL_STATUSES,
  OUTBOX_SORTS,
  PROGRAM_LIST_SORTS,
  PROGRAM_STATUSES,
  PROGRAM_TYPES,
  PROGRAM_ROLES,
  REGISTER_SORTS,
  REVIEW_SORTS,
  ROLES,
  SORT_DIRECTIONS,
} from '@lots/core';

type Raw = Record<string, unknown>;

/** A non-blank string (a number is taken as its text). */
export function str(value: unknown): string | undefined {
  const text = typeof value === 'number' ? String(value) : value;
  return typeof text === 'string' && text.trim() !== '' ? text : undefined;
}

/** A page number beyond the first (a number or its text). */
export function page(value: unknown): number | undefined {
  if (typeof value !== 'number' && typeof value !== 'string') return undefined;
  if (typeof value === 'string' && value.trim() === '') return undefined;
  const n = Number(value);
  return Number.isInteger(n) && n > 1 ? n : undefined;
}

/** One of the listed values, exactly. */
export function oneOf<T extends string>(values: readonly T[]) {
  return (value: unknown): T | undefined => ((values as readonly unknown[]).includes(value) ? (value as T) : undefined);
}

const sortDirection = oneOf(SORT_DIRECTIONS);

/** A list's search, sort column, direction and page (the API's list query, decision 0161). */
function listSearch<S extends string>(raw: Raw, sorts: readonly S[]) {
  return { q: str(raw.q), sort: oneOf(sorts)(raw.sort), dir: sortDirection(raw.dir), page: page(raw.page) };
}

export const signInSearch = (raw: Raw) => ({
  redirect: str(raw.redirect),
  error: str(raw.error),
  notice: raw.notice === 'password-changed' ? ('password-changed' as const) : undefined,
});
export const resetSearch = (raw: Raw) => ({ token: str(raw.token), error: str(raw.error) });
export const peopleSearch = (raw: Raw) => ({ q: str(raw.q), unitId: str(raw.unitId), role: oneOf(ROLES)(raw.role), page: page(raw.page) });
export const homeSearch = (raw: Raw) => ({ error: str(raw.error) });
export const matchingSearch = (raw: Raw) => ({ run: str(raw.run) });
export const reviewSearch = (raw: Raw) => ({
  role: oneOf(PROGRAM_ROLES)(raw.role),
  status: oneOf(APPLICATION_STATUSES)(raw.status),
  eligibility: oneOf(['eligible', 'unknown', 'ineligible'] as const)(raw.eligibility),
  confirmation: oneOf(CONFIRMATION_STATUSES)(raw.confirmation),
  ...listSearch(raw, REVIEW_SORTS),
});
export const registerSearch = (raw: Raw) => ({
  programId: str(raw.programId),
  organisationId: str(raw.organisationId),
  freeCapacity: raw.freeCapacity === true || raw.freeCapacity === 'true' ? (true as const) : undefined,
  ...listSearch(raw, REGISTER_SORTS),
});
/** The Outbox: search in recipient and subject, a status, an order (newest first unless chosen), a page. */
export const outboxSearch = (raw: Raw) => ({ status: oneOf(MAIL_STATUSES)(raw.status), ...listSearch(raw, OUTBOX_SORTS) });
/** The program list: search in name and owner organisation, a status, a type, only mine, an order, a page. */
export const programListSearch = (raw: Raw) => ({
  status: oneOf(PROGRAM_STATUSES)(raw.status),
  type: oneOf(PROGRAM_TYPES)(raw.type),
  managed: raw.managed === true || raw.managed === 'true' ? (true as const) : undefined,
  ...listSearch(raw, PROGRAM_LIST_SORTS),
});
export const healthSearch = (raw: Raw) => ({
  status: oneOf(HEALTH_STATUSES)(raw.status),
  agreement: oneOf(['signed', 'unsigned'] as const)(raw.agreement),
  quiet: oneOf(['true', 'false'] as const)(raw.quiet),
  ...listSearch(raw, HEALTH_SORTS),
});

/** What a route's search holds: every key optional (a navigation may leave any out). */
type Search<F extends (raw: Raw) => object> = { [K in keyof ReturnType<F>]?: Exclude<ReturnType<F>[K], undefined> };
export type ReviewSearch = Search<typeof reviewSearch>;
export type RegisterSearch = Search<typeof registerSearch>;
export type OutboxSearch = Search<typeof outboxSearch>;
export type HealthSearch = Search<typeof healthSearch>;
export type ProgramListSearch = Search<typeof programListSearch>;
