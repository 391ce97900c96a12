/** Search-param parsing for the routes: unknown or malformed values are dropped. */
import { APPLICATION_STATUSES, CONFIRMATION_STATUSES, PROGRAM_ROLES, ROLES, type ProgramRole, type Role } from '@lots/core';

type Raw = Record<string, unknown>;

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v : typeof v === 'number' ? String(v) : undefined);

const page = (v: unknown): number | undefined => {
  const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v) : NaN;
  return Number.isInteger(n) && n > 1 ? n : undefined;
};

export function signInSearch(raw: Raw): { redirect?: string; error?: string; notice?: 'password-changed' } {
  return {
    redirect: str(raw.redirect),
    error: str(raw.error),
    notice: raw.notice === 'password-changed' ? 'password-changed' : undefined,
  };
}

export function resetSearch(raw: Raw): { token?: string; error?: string } {
  return { token: str(raw.token), error: str(raw.error) };
}

export function peopleSearch(raw: Raw): { q?: string; unitId?: string; role?: Role; page?: number } {
  const role = (ROLES as readonly unknown[]).includes(raw.role) ? (raw.role as Role) : undefined;
  return { q: str(raw.q), unitId: str(raw.unitId), role, page: page(raw.page) };
}

export function pageSearch(raw: Raw): { page?: number } {
  return { page: page(raw.page) };
}

export function homeSearch(raw: Raw): { error?: string } {
  return { error: str(raw.error) };
}

const oneOf = <T extends string>(values: readonly T[], v: unknown): T | undefined =>
  (values as readonly unknown[]).includes(v) ? (v as T) : undefined;

export type ReviewSearch = {
  role?: ProgramRole;
  status?: (typeof APPLICATION_STATUSES)[number];
  eligibility?: 'eligible' | 'unknown' | 'ineligible';
  confirmation?: (typeof CONFIRMATION_STATUSES)[number];
  q?: string;
  sort?: 'submittedAt' | 'name' | 'organisation';
};

export function reviewSearch(raw: Raw): ReviewSearch {
  return {
    role: oneOf(PROGRAM_ROLES, raw.role),
    status: oneOf(APPLICATION_STATUSES, raw.status),
    eligibility: oneOf(['eligible', 'unknown', 'ineligible'] as const, raw.eligibility),
    confirmation: oneOf(CONFIRMATION_STATUSES, raw.confirmation),
    q: str(raw.q),
    sort: oneOf(['submittedAt', 'name', 'organisation'] as const, raw.sort),
  };
}

export type RegisterSearch = { q?: string; programId?: string; freeCapacity?: boolean };

export function registerSearch(raw: Raw): RegisterSearch {
  return {
    q: str(raw.q),
    programId: str(raw.programId),
    freeCapacity: raw.freeCapacity === true || raw.freeCapacity === 'true' ? true : undefined,
  };
}
