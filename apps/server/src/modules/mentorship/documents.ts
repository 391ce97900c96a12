import { clauseIn, formatDayForPeople, formatDayTimeForPeople, LOCALE_TAGS, translator, type Locale, type Mentorship } from '@lots/core';
import { calendarFile } from '../../platform/calendar';
import { createPdf } from '../../platform/pdf';

/**
 * The signed agreement as a tagged PDF in the reader's language: headings, paragraphs and lists in
 * the structure tree (screen readers, reflow), every name printed in an embedded Unicode font,
 * dates and times written for the reader in their time zone, numbers in their locale.
 */
export async function agreementPdf(mentorship: Mentorship, locale: Locale): Promise<Buffer> {
  const agreement = mentorship.agreement!;
  const t = translator(locale);
  const number = new Intl.NumberFormat(LOCALE_TAGS[locale], { maximumFractionDigits: 1 });
  const pdf = await createPdf({ title: `${t('mentorship:pdf.title')} – ${mentorship.programName}`, locale });

  pdf.heading('H1', t('mentorship:pdf.title'));
  pdf.paragraph(
    `${t('mentorship:pdf.version', { version: agreement.version })} · ${formatDayForPeople(new Date(agreement.createdAt), locale)}`,
    { muted: true },
  );
  pdf.doc.moveDown();
  pdf.labelled(t('mentorship:pdf.program'), mentorship.programName);
  pdf.labelled(t('mentorship:pdf.adept'), `${mentorship.adept.name}, ${mentorship.adept.organisationName}`);
  pdf.labelled(t('mentorship:pdf.mentor'), `${mentorship.mentor.name}, ${mentorship.mentor.organisationName}`);
  pdf.doc.moveDown();
  const minutes = number.format(agreement.meetingMinutes);
  pdf.paragraph(
    agreement.cadenceWeeksMin === agreement.cadenceWeeksMax
      ? t('mentorship:pdf.cadenceExact', { min: number.format(agreement.cadenceWeeksMin), minutes })
      : t('mentorship:pdf.cadence', {
          min: number.format(agreement.cadenceWeeksMin),
          max: number.format(agreement.cadenceWeeksMax),
          minutes,
        }),
  );
  pdf.paragraph(t('mentorship:pdf.mode', { mode: t(`mentorship:pdf.modes.${agreement.mode}`) }));
  if (agreement.place) pdf.paragraph(t('mentorship:pdf.place', { place: agreement.place }));
  pdf.doc.moveDown();
  pdf.heading('H2', t('mentorship:pdf.goals'));
  pdf.list(
    agreement.goals.map((g, i) => `${i + 1}. ${g.text}`),
    t('mentorship:pdf.none'),
  );
  pdf.doc.moveDown();
  pdf.heading('H2', t('mentorship:pdf.clauses'));
  pdf.list(
    agreement.clauses.map((clause) => `• ${clauseIn(clause, locale)}`),
    t('mentorship:pdf.none'),
  );
  pdf.doc.moveDown();
  pdf.heading('H2', t('mentorship:pdf.signatures'));
  const signed = (at: string | null) =>
    at ? t('mentorship:pdf.signedAt', { date: formatDayTimeForPeople(new Date(at), locale) }) : t('mentorship:pdf.notSigned');
  pdf.paragraph(`${t('mentorship:pdf.adept')}: ${mentorship.adept.name} — ${signed(agreement.adeptSignedAt)}`);
  pdf.paragraph(`${t('mentorship:pdf.mentor')}: ${mentorship.mentor.name} — ${signed(agreement.mentorSignedAt)}`);
  return pdf.bytes();
}

/** The agreement's file name in the reader's language ("Mentorskapsavtal v2 – Chefsmentorskap"). */
export function agreementFileName(mentorship: Mentorship, locale: Locale) {
  const t = translator(locale);
  return t('mentorship:pdf.fileName', { version: mentorship.agreement!.version, program: mentorship.programName });
}

/** The next meeting as an iCalendar file. */
export function nextMeetingIcs(mentorship: Mentorship, locale: Locale): string {
  const start = new Date(mentorship.nextMeetingAt!);
  const minutes = mentorship.agreement?.meetingMinutes ?? 90;
  const t = translator(locale);
  return calendarFile([
    {
      uid: `${mentorship.pairId}-${start.getTime()}@lots`,
      start,
      end: new Date(start.getTime() + minutes * 60_000),
      summary: t('mentorship:ics.summary', { adept: mentorship.adept.name, mentor: mentorship.mentor.name }),
      location: mentorship.agreement?.place ?? null,
    },
  ]);
}

/** The next meeting's calendar file name in the reader's language. */
export function nextMeetingFileName(locale: Locale) {
  const t = translator(locale);
  return t('mentorship:ics.fileName');
}
