import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Program } from '@lots/core';

/** The `lang` of a program's own texts for a UI in `uiLanguage`: its first language when that differs, else undefined. */
export function programTextLang(languages: readonly string[], uiLanguage: string): string | undefined {
  const lang = languages[0];
  return lang && lang !== uiLanguage ? lang : undefined;
}

/**
 * The language a program's own texts (name, purpose, goals, expectations, meeting guidance) are
 * written in: its first language (decision 0141). Returns the `lang` to put on the element showing
 * them when that is not the UI's language (WCAG 3.1.2), else undefined (the page's `lang` holds).
 */
export function useProgramTextLang(program: Pick<Program, 'languages'>): string | undefined {
  const { i18n } = useTranslation();
  return programTextLang(program.languages, i18n.language);
}

/** A program's own text (its name in a list, a lead, a heading) inline, with its `lang` when it differs from the UI's. */
export function ProgramText({ languages, children }: { languages: readonly string[]; children: ReactNode }) {
  const { i18n } = useTranslation();
  const lang = programTextLang(languages, i18n.language);
  return lang ? <span lang={lang}>{children}</span> : <>{children}</>;
}

/**
 * A UI sentence that names a program ("Application as a mentor to {{program}}"), with `lang` on the
 * program's name alone: `sentence` gets a marker for the name and the text is split around it.
 */
export function ProgramInSentence({
  sentence,
  name,
  languages,
}: {
  sentence: (program: string) => string;
  name: string;
  languages: readonly string[];
}) {
  const [before = '', after = ''] = sentence(MARK).split(MARK);
  return (
    <>
      {before}
      <ProgramText languages={languages}>{name}</ProgramText>
      {after}
    </>
  );
}

const MARK = '\u2063program\u2063';
