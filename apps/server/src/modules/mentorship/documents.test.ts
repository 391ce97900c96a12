/**
 * The pair's documents read back by maintained parsers: the .ics by ical.js (RFC 5545), the
 * agreement PDF by PDF.js. Names with Sámi, Finnish, Polish and other Latin letters come out exactly
 * as written; text cannot inject calendar properties; the PDF is tagged and says its language.
 */
import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { CLAUSE_KEYS, type Locale, type Mentorship } from '@lots/core';
import { readPdf } from '../../testing/pdf';
import { agreementPdf, nextMeetingIcs } from './documents';

const ADEPT = 'Áŋte Čoarvi Đuolbmá';
const MENTOR = 'Żaneta Łęcka-Wójcik';
const NAMES = [ADEPT, MENTOR, 'Väinö Äijälä', 'Þórdís Øvergård', 'Ŧuomas Šeŋŋá Žáŋŋi', 'Ádám Őrs', 'Željko Ćorić'];

function mentorship(overrides: Partial<Mentorship> = {}, agreement: Partial<NonNullable<Mentorship['agreement']>> = {}): Mentorship {
  const party = (name: string, organisationName: string) => ({
    personId: crypto.randomUUID(),
    name,
    email: 'x@example.org',
    title: null,
    organisationName,
  });
  return {
    pairId: crypto.randomUUID(),
    programId: crypto.randomUUID(),
    programName: 'Chefsmentorskap – Sámediggi 2027',
    programEndsOn: null,
    status: 'active',
    myRole: 'adept',
    adept: party(ADEPT, 'Sámediggi'),
    mentor: party(MENTOR, 'Kustbevakningen'),
    startedAt: '2027-01-10T09:00:00.000Z',
    endedAt: null,
    endedBy: null,
    endReason: null,
    nextMeetingAt: '2027-02-03T13:30:00.000Z',
    agreement: {
      id: crypto.randomUUID(),
      version: 2,
      cadenceWeeksMin: 3,
      cadenceWeeksMax: 4,
      meetingMinutes: 75,
      mode: 'both',
      place: 'Guovdageaidnu, Čoarvemátta 1',
      goals: NAMES.map((name, i) => ({ id: `g${i}`, text: `Mål ${i + 1}: samtal med ${name}` })),
      clauses: CLAUSE_KEYS.map((key) => ({ key, sv: `Klausul ${key} på svenska`, nb: `Klausul ${key} på norsk`, en: `Clause ${key}` })),
      adeptSignedAt: '2027-01-12T08:15:00.000Z',
      mentorSignedAt: null,
      createdAt: '2027-01-11T10:00:00.000Z',
      ...agreement,
    },
    defaultClauses: [],
    meetings: [],
    agenda: [],
    suggestions: [],
    checkins: [],
    myContinuation: null,
    otherContinuation: null,
    ...overrides,
  } as Mentorship;
}

/** The calendar's events as ical.js reads them (it throws on anything that is not valid iCalendar). */
function events(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return { calendar, events: calendar.getAllSubcomponents('vevent') };
}

describe('next meeting as .ics', () => {
  it('parses back with every name exactly, the right times, CRLF lines folded at 75 octets', () => {
    const m = mentorship();
    const ics = nextMeetingIcs(m, 'sv');
    const { calendar, events: list } = events(ics);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(list).toHaveLength(1);
    const event = new ICAL.Event(list[0]!);
    expect(event.summary).toBe(`Mentorsamtal: ${ADEPT} och ${MENTOR}`);
    expect(event.location).toBe('Guovdageaidnu, Čoarvemátta 1');
    expect(event.startDate.toJSDate().toISOString()).toBe('2027-02-03T13:30:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2027-02-03T14:45:00.000Z');
    expect(event.uid).toContain(m.pairId);
    // Every line ends in CRLF, no bare CR or LF, and none is longer than 75 octets.
    expect(ics.endsWith('\r\n')).toBe(true);
    const lines = ics.split('\r\n');
    for (const line of lines) {
      expect(line).not.toMatch(/[\r\n]/);
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    }
  });

  it('folds long lines without breaking a multi-byte letter', () => {
    const long = `${'Čoarvi Đuolbmá Áŋte '.repeat(12)}slut`;
    const ics = nextMeetingIcs(mentorship({ adept: { ...mentorship().adept, name: long } }), 'en');
    expect(ics.split('\r\n').some((line) => line.startsWith(' '))).toBe(true);
    const event = new ICAL.Event(events(ics).events[0]!);
    expect(event.summary).toBe(`Mentoring conversation: ${long} and ${MENTOR}`);
  });

  it('cannot be given properties or events through names and places (CR, LF, CRLF, control characters)', () => {
    const injections = [
      'Eva\rATTENDEE:mailto:attacker@example.org',
      'Eva\nEND:VEVENT\nBEGIN:VEVENT\nSUMMARY:Fake',
      'Eva\r\nDTSTART:19700101T000000Z',
      'Eva;ROLE=CHAIR:mailto:x@example.org, \\n',
      'Eva\u0000\u0007\u001b[31m\u007f',
    ];
    for (const name of injections) {
      const m = mentorship({ adept: { ...mentorship().adept, name } }, { place: `${name} plats` });
      const ics = nextMeetingIcs(m, 'en');
      const { events: list } = events(ics);
      expect(list).toHaveLength(1);
      const component = list[0]!;
      expect(component.getAllProperties('attendee')).toHaveLength(0);
      expect(component.getAllProperties('dtstart')).toHaveLength(1);
      expect(component.getAllProperties('summary')).toHaveLength(1);
      const event = new ICAL.Event(component);
      expect(event.startDate.toJSDate().toISOString()).toBe('2027-02-03T13:30:00.000Z');
      // The text survives with its line breaks as line breaks, control characters as spaces.
      // eslint-disable-next-line no-control-regex
      const expected = name.replace(/\r\n|\r/g, '\n').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, ' ');
      expect(event.summary).toBe(`Mentoring conversation: ${expected} and ${MENTOR}`);
      expect(event.location).toBe(`${expected} plats`);
      // Nothing but the calendar's own lines starts a property.
      const names = ics
        .split('\r\n')
        .filter((line) => line && !line.startsWith(' '))
        .map((line) => /^[A-Z-]+/.exec(line)?.[0]);
      expect(new Set(names)).toEqual(
        new Set(['BEGIN', 'VERSION', 'PRODID', 'METHOD', 'UID', 'SEQUENCE', 'DTSTAMP', 'DTSTART', 'DTEND', 'SUMMARY', 'LOCATION', 'END']),
      );
    }
  });
});

describe('agreement PDF', () => {
  it('prints every name exactly in each language (embedded Unicode font)', async () => {
    for (const locale of ['sv', 'nb', 'en'] as Locale[]) {
      const pdf = await readPdf(await agreementPdf(mentorship(), locale));
      const text = pdf.text.replace(/\s+/g, ' ');
      for (const name of NAMES) expect(text).toContain(name);
      expect(text).toContain('Sámediggi');
      expect(text).toContain('Guovdageaidnu, Čoarvemátta 1');
      expect(text).toContain({ sv: 'Mentorskapsavtal', nb: 'Mentoravtale', en: 'Mentoring agreement' }[locale]);
      expect(text).toContain({ sv: 'Klausul voluntary på svenska', nb: 'Klausul voluntary på norsk', en: 'Clause voluntary' }[locale]);
    }
  });

  it('embeds its fonts and uses none of the 14 standard fonts', async () => {
    const raw = (await agreementPdf(mentorship(), 'sv')).toString('latin1');
    expect(raw).not.toMatch(/\/BaseFont\s*\/(Helvetica|Times|Courier)/);
    expect(raw).toMatch(/\/FontFile2/);
    expect(raw).toMatch(/\/BaseFont\s*\/[A-Z]{6}\+DejaVuSans\b/);
    expect(raw).toMatch(/\/ToUnicode/);
  });

  it('writes dates and times for the reader in their time zone, and numbers in their locale', async () => {
    const expected: Record<Locale, string[]> = {
      sv: ['Version 2 · 11 januari 2027', 'Signerat 12 januari 2027 09:15', 'var 0,5–4:e vecka'],
      nb: ['Versjon 2 · 11. januar 2027', 'Signert 12. januar 2027 09:15', '0,5'],
      en: ['Version 2 · 11 January 2027', 'Signed 12 January 2027 09:15', '0.5'],
    };
    for (const locale of ['sv', 'nb', 'en'] as Locale[]) {
      const text = (await readPdf(await agreementPdf(mentorship({}, { cadenceWeeksMin: 0.5 }), locale))).text.replace(/\s+/g, ' ');
      for (const part of expected[locale]) expect(text).toContain(part);
      expect(text).not.toContain('UTC');
    }
  });

  it('is a tagged PDF with a structure tree, its language and a displayed title', async () => {
    for (const [locale, lang] of [
      ['sv', 'sv-SE'],
      ['nb', 'nb-NO'],
      ['en', 'en-GB'],
    ] as [Locale, string][]) {
      const bytes = await agreementPdf(mentorship(), locale);
      const raw = bytes.toString('latin1');
      // The catalog (pdfkit writes no object streams, so it is readable as it is).
      const catalog = /\/Type \/Catalog[\s\S]*?>>\s*endobj/.exec(raw)?.[0] ?? '';
      expect(catalog).toMatch(/\/StructTreeRoot \d+ 0 R/);
      const markInfo = /\/MarkInfo (\d+) 0 R/.exec(catalog)?.[1];
      expect(markInfo).toBeDefined();
      expect(raw).toMatch(new RegExp(`\\n${markInfo} 0 obj\\s*<<\\s*/Marked true`));
      expect(catalog).toContain(`/Lang (${lang})`);
      const pdf = await readPdf(bytes);
      expect(pdf.marked).toBe(true);
      expect(pdf.lang).toBe(lang);
      expect(pdf.displayDocTitle).toBe(true);
      expect(pdf.title).toBe(
        `${{ sv: 'Mentorskapsavtal', nb: 'Mentoravtale', en: 'Mentoring agreement' }[locale]} – Chefsmentorskap – Sámediggi 2027`,
      );
      expect(pdf.structureRoles).not.toBeNull();
      const roles = pdf.structureRoles!;
      expect(roles.filter((r) => r === 'H1')).toHaveLength(1);
      expect(roles.filter((r) => r === 'H2')).toHaveLength(3);
      expect(roles).toContain('P');
      expect(roles.filter((r) => r === 'LI').length).toBe(NAMES.length + CLAUSE_KEYS.length);
    }
  });
});
