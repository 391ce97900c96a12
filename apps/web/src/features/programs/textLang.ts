import { useTranslation } from 'react-i18next';
import type { Program } from '@lots/core';

/**
 * The language a program's own texts (name, purpose, goals, expectations, meeting guidance) are
 * written in: its first language (decision 0141). Returns the `lang` to put on the element showing
 * them when that is not the UI's language (WCAG 3.1.2), else undefined (the page's `lang` holds).
 */
export function useProgramTextLang(program: Pick<Program, 'languages'>): string | undefined {
  const { i18n } = useTranslation();
  const lang = program.languages[0];
  return lang && lang !== i18n.language ? lang : undefined;
}
