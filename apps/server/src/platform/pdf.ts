import { createRequire } from 'node:module';
import type PDFDocumentClass from 'pdfkit';
import { LOCALE_TAGS, type Locale } from '@lots/core';

const require = createRequire(import.meta.url);

/**
 * DejaVu Sans, a TrueType font with every Latin letter people in Sweden and Norway write their
 * names with (Sámi Áŋte Čoarvi Đuolbmá, Finnish, Polish, Icelandic…), installed by the npm
 * package `dejavu-fonts-ttf` (Bitstream Vera licence). pdfkit embeds the subset a document uses.
 */
export const PDF_FONTS = {
  regular: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
  bold: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
};

const SIZES = { H1: 18, H2: 14, H3: 12, text: 11 } as const;

/**
 * A tagged PDF (PDF/UA-style: structure tree, marked content, document language, title shown by
 * viewers) with the embedded fonts, and the only way Lots writes into one: every heading,
 * paragraph, list and table goes into the structure tree, so screen readers and reflow read each
 * document the same way. `doc` is there for spacing and colour only.
 */
export interface Pdf {
  doc: PDFKit.PDFDocument;
  heading(level: 'H1' | 'H2' | 'H3', text: string): void;
  /** A paragraph; `muted` prints it small and grey (a version line, a note). */
  paragraph(text: string, options?: { muted?: boolean }): void;
  /** "Label: value" as one paragraph with the label in bold. */
  labelled(label: string, value: string): void;
  /** A list, or the paragraph `empty` when there are no items. */
  list(items: string[], empty: string): void;
  /** A table with header cells (TH) and data cells (TD) in the structure tree. */
  table(header: string[], rows: string[][], options?: { columnWidths?: (number | '*')[] }): void;
  /** Ends the document and returns its bytes. */
  bytes(): Promise<Buffer>;
}

let pdfkit: Promise<typeof PDFDocumentClass> | undefined;

/** pdfkit (and its font engine) is loaded with the first document, not with the server (issue 15, decision 0182). */
export async function createPdf(options: { title: string; locale: Locale }): Promise<Pdf> {
  const PDFDocument = await (pdfkit ??= import('pdfkit').then((m) => m.default));
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    pdfVersion: '1.7',
    tagged: true,
    displayTitle: true,
    lang: LOCALE_TAGS[options.locale],
    info: { Title: options.title, Author: 'Lots' },
    font: PDF_FONTS.regular,
  });
  doc.registerFont('regular', PDF_FONTS.regular);
  doc.registerFont('bold', PDF_FONTS.bold);
  doc.font('regular');
  const text = () => doc.font('regular').fontSize(SIZES.text).fillColor('#000');
  const paragraph: Pdf['paragraph'] = (value, { muted = false } = {}) =>
    doc.addStructure(
      doc.struct('P', {}, () => {
        if (muted) doc.font('regular').fontSize(9).fillColor('#444').text(value).fillColor('#000');
        else text().text(value).moveDown(0.3);
      }),
    );
  return {
    doc,
    heading: (level, value) =>
      doc.addStructure(doc.struct(level, {}, () => doc.font('bold').fontSize(SIZES[level]).fillColor('#000').text(value).moveDown(0.3))),
    paragraph,
    labelled: (label, value) =>
      doc.addStructure(
        doc.struct('P', {}, () =>
          doc.font('bold').fontSize(SIZES.text).text(`${label}: `, { continued: true }).font('regular').text(value).moveDown(0.2),
        ),
      ),
    list: (items, empty) => {
      if (items.length === 0) return paragraph(empty);
      const element = doc.struct('L');
      doc.addStructure(element);
      for (const item of items) element.add(doc.struct('LI', {}, [doc.struct('LBody', {}, () => text().text(item).moveDown(0.2))]));
      element.end();
    },
    table: (header, rows, { columnWidths } = {}) => {
      text();
      // `structParent` tags the table (Table, TR, TH with column scope, TD); @types/pdfkit lacks it.
      const options = {
        structParent: doc,
        columnStyles: columnWidths ? (i: number) => ({ width: columnWidths[i] }) : undefined,
        defaultStyle: { padding: 3, border: 0.5, borderColor: '#888' },
        data: [header.map((value) => ({ text: value, type: 'TH' as const, scope: 'Column', font: { src: PDF_FONTS.bold } })), ...rows],
      };
      doc.table(options as PDFKit.Mixins.TableOptionsWithData);
      doc.x = doc.page.margins.left;
      doc.moveDown(0.5);
    },
    bytes: () => {
      const chunks: Buffer[] = [];
      doc.on('data', (chunk: Buffer) => chunks.push(chunk));
      const done = new Promise<Buffer>((resolve, reject) => {
        doc.on('end', () => resolve(Buffer.concat(chunks)));
        doc.on('error', reject);
      });
      doc.end();
      return done;
    },
  };
}
