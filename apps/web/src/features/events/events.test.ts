import { describe, expect, it } from 'vitest';
import { fromLocalInput, toLocalInput } from './eventTime';

describe('event times', () => {
  it('round-trips event times through the datetime-local field', () => {
    const iso = fromLocalInput('2027-02-01T13:00');
    expect(iso).toMatch(/Z$/);
    expect(toLocalInput(iso!)).toBe('2027-02-01T13:00');
    expect(fromLocalInput('')).toBeNull();
  });
});
