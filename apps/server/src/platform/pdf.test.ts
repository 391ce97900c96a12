/**
 * The one way Lots writes PDFs, read back by PDF.js: every helper lands in the structure tree with
 * its role (headings, paragraphs, lists, a table with header cells), the document says its language
 * and title; and file names in the reader's language survive Content-Disposition.
 */
import { describe, expect, it } from 'vitest';
import { readPdf } from '../testing/pdf';
import { attachment } from './attachment';
import { createPdf } from './pdf';

describe('createPdf', () => {
  it('tags headings, paragraphs, lists and tables, with the language and the title', async () => {
    const pdf = await createPdf({ title: 'Kostnadsoversikt – Lederprogram', locale: 'nb' });
    pdf.heading('H1', 'Kostnadsoversikt');
    pdf.paragraph('Innledning');
    pdf.labelled('Arrangør', 'Sámediggi');
    pdf.heading('H2', 'Deltakere');
    pdf.list(['Áŋte Čoarvi', 'Żaneta Łęcka'], 'Ingen.');
    pdf.list([], 'Ingen delte kostnader.');
    pdf.heading('H3', 'Sum');
    pdf.table(
      ['Organisasjon', 'Sum'],
      [
        ['Tolletaten', '1 000,00 kr'],
        ['Kystverket', '2 000,00 kr'],
      ],
      { columnWidths: ['*', 100] },
    );
    pdf.paragraph('Versjon 2', { muted: true });
    const read = await readPdf(await pdf.bytes());
    expect(read.marked).toBe(true);
    expect(read.lang).toBe('nb-NO');
    expect(read.title).toBe('Kostnadsoversikt – Lederprogram');
    expect(read.displayDocTitle).toBe(true);
    const roles = read.structureRoles!;
    expect(roles.filter((r) => r === 'H1')).toHaveLength(1);
    expect(roles.filter((r) => r === 'H2')).toHaveLength(1);
    expect(roles.filter((r) => r === 'H3')).toHaveLength(1);
    // Innledning, Arrangør, the empty list's text and the muted line.
    expect(roles.filter((r) => r === 'P')).toHaveLength(4);
    expect(roles.filter((r) => r === 'LI')).toHaveLength(2);
    expect(roles.filter((r) => r === 'Table')).toHaveLength(1);
    expect(roles.filter((r) => r === 'TR')).toHaveLength(3);
    expect(roles.filter((r) => r === 'TH')).toHaveLength(2);
    expect(roles.filter((r) => r === 'TD')).toHaveLength(4);
    const text = read.text.replace(/\s+/g, ' ');
    for (const expected of ['Arrangør: Sámediggi', 'Áŋte Čoarvi', 'Ingen delte kostnader.', 'Tolletaten', '2 000,00 kr'])
      expect(text).toContain(expected);
  });
});

describe('attachment', () => {
  it('names the file in UTF-8 with an ASCII fallback, and nothing breaks out of the header', () => {
    const header = attachment('Mentoravtale v2 – Lederprogram: Sámediggi/"Nord".pdf');
    expect(header).toBe(
      `attachment; filename="Mentoravtale v2 - Lederprogram- Samediggi-Nord-.pdf"; filename*=UTF-8''Mentoravtale%20v2%20%E2%80%93%20Lederprogram-%20S%C3%A1mediggi-Nord-.pdf`,
    );
    expect(decodeURIComponent(header.split("UTF-8''")[1]!)).toBe('Mentoravtale v2 – Lederprogram- Sámediggi-Nord-.pdf');
    expect(attachment('\r\n.pdf')).toBe(`attachment; filename="pdf"; filename*=UTF-8''-.pdf`);
  });
});
