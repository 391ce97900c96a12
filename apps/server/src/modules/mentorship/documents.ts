import PDFDocument from 'pdfkit';
import { translate, type Locale, type Mentorship } from '@lots/core';

const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n.toLocaleString('sv-SE'));

/** The signed agreement as a PDF, in the reader's language. */
export async function agreementPdf(mentorship: Mentorship, locale: Locale): Promise<Buffer> {
  const agreement = mentorship.agreement!;
  const t = (key: string, vars: Record<string, string | number> = {}) => translate(locale, 'content', `pdf.${key}`, vars);
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    info: { Title: `${t('title')} – ${mentorship.programName}`, Author: 'Lots' },
    lang: locale === 'nb' ? 'nb-NO' : locale === 'en' ? 'en-GB' : 'sv-SE',
  } as PDFKit.PDFDocumentOptions);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));

  doc.font('Helvetica-Bold').fontSize(20).text(t('title'));
  doc
    .moveDown(0.3)
    .font('Helvetica')
    .fontSize(10)
    .fillColor('#444')
    .text(`${t('version', { version: agreement.version })} · ${agreement.createdAt.slice(0, 10)}`);
  doc.moveDown().fillColor('#000').fontSize(12);
  doc
    .font('Helvetica-Bold')
    .text(`${t('program')}: `, { continued: true })
    .font('Helvetica')
    .text(mentorship.programName);
  doc
    .font('Helvetica-Bold')
    .text(`${t('adept')}: `, { continued: true })
    .font('Helvetica')
    .text(`${mentorship.adept.name}, ${mentorship.adept.organisationName}`);
  doc
    .font('Helvetica-Bold')
    .text(`${t('mentor')}: `, { continued: true })
    .font('Helvetica')
    .text(`${mentorship.mentor.name}, ${mentorship.mentor.organisationName}`);
  doc.moveDown();
  const cadence =
    agreement.cadenceWeeksMin === agreement.cadenceWeeksMax
      ? t('cadenceExact', { min: fmt(agreement.cadenceWeeksMin), minutes: agreement.meetingMinutes })
      : t('cadence', { min: fmt(agreement.cadenceWeeksMin), max: fmt(agreement.cadenceWeeksMax), minutes: agreement.meetingMinutes });
  doc.text(cadence);
  doc.text(t('mode', { mode: t(`modes.${agreement.mode}`) }));
  if (agreement.place) doc.text(t('place', { place: agreement.place }));
  doc.moveDown().font('Helvetica-Bold').fontSize(14).text(t('goals')).font('Helvetica').fontSize(12);
  agreement.goals.forEach((g, i) => doc.text(`${i + 1}. ${g.text}`));
  doc.moveDown().font('Helvetica-Bold').fontSize(14).text(t('clauses')).font('Helvetica').fontSize(12);
  for (const clause of agreement.clauses) doc.text(`• ${clause[locale]}`).moveDown(0.3);
  doc.moveDown().font('Helvetica-Bold').fontSize(14).text(t('signatures')).font('Helvetica').fontSize(12);
  const signed = (at: string | null) => (at ? t('signedAt', { date: `${at.slice(0, 10)} ${at.slice(11, 16)} UTC` }) : t('notSigned'));
  doc.text(`${t('adept')}: ${mentorship.adept.name} — ${signed(agreement.adeptSignedAt)}`);
  doc.text(`${t('mentor')}: ${mentorship.mentor.name} — ${signed(agreement.mentorSignedAt)}`);
  doc.end();
  return done;
}

const icsText = (s: string) => s.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\n/g, '\\n');
const icsDate = (d: Date) =>
  d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/** The next meeting as an iCalendar event. */
export function nextMeetingIcs(mentorship: Mentorship, locale: Locale): string {
  const start = new Date(mentorship.nextMeetingAt!);
  const minutes = mentorship.agreement?.meetingMinutes ?? 90;
  const end = new Date(start.getTime() + minutes * 60_000);
  const summary = translate(locale, 'content', 'ics.summary', { adept: mentorship.adept.name, mentor: mentorship.mentor.name });
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Lots//Mentorship//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${mentorship.pairId}-${icsDate(start)}@lots`,
    `DTSTAMP:${icsDate(new Date())}`,
    `DTSTART:${icsDate(start)}`,
    `DTEND:${icsDate(end)}`,
    `SUMMARY:${icsText(summary)}`,
    ...(mentorship.agreement?.place ? [`LOCATION:${icsText(mentorship.agreement.place)}`] : []),
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n');
}
