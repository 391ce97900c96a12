/**
 * Content-Disposition for a file named in the reader's language ("Mentorskapsavtal v2 – Chefsmentorskap.pdf"):
 * the name in UTF-8 (RFC 6266 `filename*`, RFC 5987 encoding) and an ASCII fallback for old clients.
 * Characters no file system takes (slash, backslash, : * ? " < > | and controls) become "-".
 */
export function attachment(fileName: string): string {
  const clean =
    fileName
      // eslint-disable-next-line no-control-regex -- control characters are exactly what must not reach a header
      .replace(/[\\/:*?"<>|\u0000-\u001f\u007f]+/g, '-')
      .trim()
      .slice(-160) || 'file';
  const ascii =
    clean
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^\w. -]+/g, '-')
      .replace(/^[-. ]+/, '') || 'file';
  const encoded = encodeURIComponent(clean).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
