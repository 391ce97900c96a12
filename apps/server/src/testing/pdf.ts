/**
 * Reads PDFs back in tests with Mozilla's PDF.js (pdfjs-dist): the text as a viewer extracts it
 * (through each embedded font's ToUnicode map, so a name printed in wrong glyphs does not match),
 * the document language and whether it is tagged.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface ReadPdf {
  /** The text of every page, lines joined by newlines, pages by blank lines. */
  text: string;
  /** The catalog's /Lang (e.g. `sv-SE`), or null. */
  lang: string | null;
  /** /MarkInfo /Marked is true in the catalog. */
  marked: boolean;
  /** The structure tree of page 1 (roles of its elements, depth first), or null without a StructTreeRoot. */
  structureRoles: string[] | null;
  /** Every role the structure tree uses on any page (H1, P, L, LI, Table, TH, TD…). */
  roles: Set<string>;
  /** The document information's title and whether viewers show it instead of the file name. */
  title: string | null;
  displayDocTitle: boolean;
}

interface StructNode {
  role?: string;
  children?: StructNode[];
}

export async function readPdf(bytes: Buffer): Promise<ReadPdf> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  try {
    const pages: string[] = [];
    let structureRoles: string[] | null = null;
    const roles = new Set<string>();
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      let text = '';
      for (const item of content.items) {
        if (!('str' in item)) continue;
        text += item.str + (item.hasEOL ? '\n' : '');
      }
      pages.push(text);
      const tree = (await page.getStructTree()) as StructNode | null;
      if (tree) {
        const pageRoles: string[] = [];
        const walk = (node: StructNode) => {
          if (node.role) pageRoles.push(node.role);
          for (const child of node.children ?? []) walk(child);
        };
        walk(tree);
        if (n === 1) structureRoles = pageRoles;
        for (const role of pageRoles) roles.add(role);
      }
    }
    const markInfo = await pdf.getMarkInfo();
    const metadata = await pdf.getMetadata();
    const info = metadata.info as { Title?: string };
    const viewer = await pdf.getViewerPreferences();
    return {
      text: pages.join('\n\n'),
      lang: ((await pdf.getMetadata()) as { info: { Language?: string } }).info.Language ?? null,
      marked: markInfo?.Marked === true,
      structureRoles,
      roles,
      title: info.Title ?? null,
      displayDocTitle: (viewer as { DisplayDocTitle?: boolean } | null)?.DisplayDocTitle === true,
    };
  } finally {
    await pdf.destroy();
  }
}
