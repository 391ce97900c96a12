/** Swedish texts of the web app's matching pages (source; nb and en must have the same keys). */
export const webMatchingSv = {
  title: 'Matchning',
} as const;
