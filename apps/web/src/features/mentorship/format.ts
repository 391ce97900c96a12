import type { Mentorship } from '@lots/core';
import type { PairRole } from './api';

const pad = (n: number) => String(n).padStart(2, '0');

/** "2026-11-20 14:00" in the browser's time zone: stable, language-neutral text for button names. */
export function shortDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** An ISO instant as the value of a datetime-local field (the browser's time zone). */
export function toLocalInput(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A datetime-local value as an ISO instant, or null when it is empty or not a date. */
export function fromLocalInput(value: string): string | null {
  if (!value) return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

/** A number typed by a person: "3", "3,5" or "3.5"; null when it is not one. */
export function parseNumber(value: string): number | null {
  const v = value.trim().replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(v)) return null;
  return Number(v);
}

/** A number written back for a field, with the decimal comma where the language has one. */
export function numberText(n: number, locale: string): string {
  return locale === 'en' ? String(n) : String(n).replace('.', ',');
}

export const otherRole = (role: PairRole): PairRole => (role === 'adept' ? 'mentor' : 'adept');

/** The other person of the pair, as seen by the reader. */
export const otherParty = (m: Mentorship) => m[otherRole(m.myRole)];

export const DAY_MS = 24 * 3600 * 1000;

/**
 * Whether the pair is asked "continue on your own, or end here?": from 45 days before the
 * program's last day (the API also allows it once the program is closed), or when either
 * party has already chosen.
 */
export function continuationOpen(m: Mentorship, now = Date.now()): boolean {
  if (m.myContinuation || m.otherContinuation) return true;
  if (!m.programEndsOn) return false;
  return new Date(`${m.programEndsOn}T00:00:00Z`).getTime() - now < 45 * DAY_MS;
}

/** Text of at most `max` characters for an accessible name (the full text stays visible). */
export function clip(text: string, max = 60): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}
