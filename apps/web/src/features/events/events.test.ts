import { describe, expect, it } from 'vitest';
import { eventTextsIn, formatEventTime } from './eventTime';

describe('event times', () => {
  it('shows a half day in the reader’s zone, across the daylight-saving change', () => {
    expect(formatEventTime('2027-01-19T08:00:00Z', '2027-01-19T11:30:00Z', 'sv', 'Europe/Stockholm')).toBe('19 jan. 2027 09:00–12:30');
    expect(formatEventTime('2027-04-27T07:00:00Z', '2027-04-27T08:30:00Z', 'en', 'Europe/Stockholm')).toBe('27 Apr 2027 09:00–10:30');
    expect(formatEventTime('2027-01-19T08:00:00Z', '2027-01-20T11:30:00Z', 'nb', 'Europe/Oslo')).toBe(
      '19. jan. 2027 09:00–20. jan. 2027 12:30',
    );
  });
});

describe('event texts', () => {
  const event = {
    title: 'Første samling: oppstart',
    description: 'Vi starter kullet.',
    translations: { sv: { title: 'Första träffen: uppstart' }, en: { title: '', description: 'We start the cohort.' } },
  };
  it('shows the title and description in the reader’s language where given, the event’s own otherwise', () => {
    expect(eventTextsIn(event, 'sv')).toEqual({ title: 'Första träffen: uppstart', description: 'Vi starter kullet.' });
    expect(eventTextsIn(event, 'en')).toEqual({ title: 'Første samling: oppstart', description: 'We start the cohort.' });
    expect(eventTextsIn(event, 'nb')).toEqual({ title: 'Første samling: oppstart', description: 'Vi starter kullet.' });
  });
});
