import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import type { Locale } from '@lots/core';

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

const LANG: Record<Locale, string> = { sv: 'sv-SE', nb: 'nb-NO', en: 'en-GB' };

/**
 * A tagged PDF (PDF/UA-style: structure tree, marked content, document language, title shown by
 * viewers) with the embedded fonts registered as `regular` and `bold`.
 */
export function createPdf(options: { title: string; locale: Locale }): PDFKit.PDFDocument {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    pdfVersion: '1.7',
    tagged: true,
    displayTitle: true,
    lang: LANG[options.locale],
    info: { Title: options.title, Author: 'Lots' },
    font: PDF_FONTS.regular,
  });
  doc.registerFont('regular', PDF_FONTS.regular);
  doc.registerFont('bold', PDF_FONTS.bold);
  doc.font('regular');
  return doc;
}

/** Ends the document and returns its bytes. */
export function pdfBytes(doc: PDFKit.PDFDocument): Promise<Buffer> {
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.end();
  return done;
}
