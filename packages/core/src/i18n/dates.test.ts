import { describe, expect, it } from 'vitest';
import { formatDayForPeople, formatDayTimeForPeople } from './dates';

describe('dates written for people', () => {
  it('writes the day in words in the reader’s language and time zone', () => {
    // 23:30 UTC on 15 December is already 16 December in Stockholm and Oslo.
    const late = new Date('2026-12-15T23:30:00Z');
    expect(formatDayForPeople(late, 'sv')).toBe('16 december 2026');
    expect(formatDayForPeople(late, 'nb')).toBe('16. desember 2026');
    expect(formatDayForPeople(late, 'en')).toBe('16 December 2026');
    expect(formatDayTimeForPeople(new Date('2026-08-14T05:18:00Z'), 'sv')).toBe('14 augusti 2026 07:18');
    expect(formatDayTimeForPeople(new Date('2026-08-14T05:18:00Z'), 'nb')).toBe('14. august 2026 07:18');
  });
});
