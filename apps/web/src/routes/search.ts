/** Search-param parsing for the routes: unknown or malformed values are dropped. */
import { ROLES, type Role } from '@lots/core';

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
