import { clauseIn, translator, type Locale, type Mentorship } from '@lots/core';
import { calendarFile } from '../../platform/calendar';
import { createPdf, pdfBytes } from '../../platform/pdf';

const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n.toLocaleString('sv-SE'));

/**
 * The signed agreement as a tagged PDF in the reader's language: headings, paragraphs and lists in
 * the structure tree (screen readers, reflow), every name printed in an embedded Unicode font.
 */
export async function agreementPdf(mentorship: Mentorship, locale: Locale): Promise<Buffer> {
  const agreement = mentorship.agreement!;
  const t = translator(locale);
  const doc = createPdf({ title: `${t('mentorship:pdf.title')} – ${mentorship.programName}`, locale });
  const heading = (level: 'H1' | 'H2', text: string) =>
    doc.addStructure(
      doc.struct(level, {}, () => {
        doc
          .font('bold')
          .fontSize(level === 'H1' ? 20 : 14)
          .text(text);
      }),
    );
  const paragraph = (draw: () => void) => doc.addStructure(doc.struct('P', {}, draw));
  const list = (items: string[]) => {
    const element = doc.struct('L');
    doc.addStructure(element);
    for (const item of items)
      element.add(
        doc.struct('LI', {}, [
          doc.struct('LBody', {}, () => {
            doc.text(item).moveDown(0.3);
          }),
        ]),
      );
    element.end();
  };
  const labelled = (label: string, value: string) =>
    paragraph(() => doc.font('bold').text(`${label}: `, { continued: true }).font('regular').text(value));

  heading('H1', t('mentorship:pdf.title'));
  doc.moveDown(0.3);
  paragraph(() =>
    doc
      .font('regular')
      .fontSize(10)
      .fillColor('#444')
      .text(`${t('mentorship:pdf.version', { version: agreement.version })} · ${agreement.createdAt.slice(0, 10)}`),
  );
  doc.moveDown().fillColor('#000').fontSize(12);
  labelled(t('mentorship:pdf.program'), mentorship.programName);
  labelled(t('mentorship:pdf.adept'), `${mentorship.adept.name}, ${mentorship.adept.organisationName}`);
  labelled(t('mentorship:pdf.mentor'), `${mentorship.mentor.name}, ${mentorship.mentor.organisationName}`);
  doc.moveDown();
  const cadence =
    agreement.cadenceWeeksMin === agreement.cadenceWeeksMax
      ? t('mentorship:pdf.cadenceExact', { min: fmt(agreement.cadenceWeeksMin), minutes: agreement.meetingMinutes })
      : t('mentorship:pdf.cadence', {
          min: fmt(agreement.cadenceWeeksMin),
          max: fmt(agreement.cadenceWeeksMax),
          minutes: agreement.meetingMinutes,
        });
  paragraph(() => doc.text(cadence));
  paragraph(() => doc.text(t('mentorship:pdf.mode', { mode: t(`mentorship:pdf.modes.${agreement.mode}`) })));
  if (agreement.place) paragraph(() => doc.text(t('mentorship:pdf.place', { place: agreement.place! })));
  doc.moveDown();
  heading('H2', t('mentorship:pdf.goals'));
  doc.font('regular').fontSize(12);
  list(agreement.goals.map((g, i) => `${i + 1}. ${g.text}`));
  doc.moveDown();
  heading('H2', t('mentorship:pdf.clauses'));
  doc.font('regular').fontSize(12);
  list(agreement.clauses.map((clause) => `• ${clauseIn(clause, locale)}`));
  doc.moveDown();
  heading('H2', t('mentorship:pdf.signatures'));
  doc.font('regular').fontSize(12);
  const signed = (at: string | null) =>
    at ? t('mentorship:pdf.signedAt', { date: `${at.slice(0, 10)} ${at.slice(11, 16)} UTC` }) : t('mentorship:pdf.notSigned');
  paragraph(() => doc.text(`${t('mentorship:pdf.adept')}: ${mentorship.adept.name} — ${signed(agreement.adeptSignedAt)}`));
  paragraph(() => doc.text(`${t('mentorship:pdf.mentor')}: ${mentorship.mentor.name} — ${signed(agreement.mentorSignedAt)}`));
  return pdfBytes(doc);
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
