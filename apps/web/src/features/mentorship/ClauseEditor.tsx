import { useRef, useState, type FormEvent } from 'react';
import { Button, Fieldset, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { CLAUSE_KEYS, LOCALES, type Locale, type Program } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Notice } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { FormErrorSummary } from '../../components/FormErrorSummary';
import { useErrorSummary } from '../../lib/summary';
import { useClauses, useSaveClauses, type Clause, type ClauseInput } from './api';

type Key = (typeof CLAUSE_KEYS)[number];
type Texts = Record<Key, Record<Locale, string>>;
type Problems = Partial<Record<`${Key}.${Locale}`, 'required' | 'tooLong'>>;

const MAX = 2000;

function toTexts(clauses: Clause[]): Texts {
  const out = {} as Texts;
  for (const key of CLAUSE_KEYS) {
    const c = clauses.find((x) => x.key === key);
    out[key] = { sv: c?.sv ?? '', nb: c?.nb ?? '', en: c?.en ?? '' };
  }
  return out;
}

/** The clauses a program's agreements may carry: the manager's confirmation only where the program requires it. */
export function clauseKeys(program: Pick<Program, 'requiresManagerConfirmation'>): Key[] {
  return CLAUSE_KEYS.filter((key) => key !== 'managerInformed' || program.requiresManagerConfirmation);
}

/** The languages clauses are written in: the program's own. */
export function clauseLocales(program: Pick<Program, 'languages'>): Locale[] {
  const own = LOCALES.filter((l) => program.languages.includes(l));
  return own.length ? own : ['sv'];
}

function ClauseForm({ programId, clauses, program }: { programId: string; clauses: Clause[]; program: Program }) {
  const { t } = useTranslation();
  const keys = clauseKeys(program);
  const locales = clauseLocales(program);
  const save = useSaveClauses(programId);
  const formRef = useRef<HTMLFormElement>(null);
  const errorSummary = useErrorSummary(formRef);
  const [texts, setTexts] = useState<Texts>(() => toTexts(clauses));
  const [problems, setProblems] = useState<Problems>({});
  const [saved, setSaved] = useState(false);

  const set = (key: Key, locale: Locale, value: string) => {
    setTexts((x) => ({ ...x, [key]: { ...x[key], [locale]: value } }));
    setSaved(false);
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: Problems = {};
    for (const key of keys)
      for (const locale of locales) {
        const v = texts[key][locale].trim();
        if (!v) found[`${key}.${locale}`] = 'required';
        else if (v.length > MAX) found[`${key}.${locale}`] = 'tooLong';
      }
    setProblems(found);
    setSaved(false);
    if (Object.keys(found).length) {
      errorSummary.show();
      return;
    }
    // Only the program's languages are sent; the others stay empty.
    const written = (key: Key, locale: Locale) => (locales.includes(locale) ? texts[key][locale].trim() : '');
    const input: ClauseInput[] = keys.map((key) => ({ key, sv: written(key, 'sv'), nb: written(key, 'nb'), en: written(key, 'en') }));
    save.mutate(input, {
      onSuccess: (next) => {
        setTexts(toTexts(next));
        setSaved(true);
      },
    });
  };

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="form ms-form-wide">
      <FormErrorSummary summary={errorSummary.summary} />
      {keys.map((key) => (
        <Fieldset key={key}>
          <Fieldset.Legend>{t(`mentorship:clauseNames.${key}`)}</Fieldset.Legend>
          {locales.map((locale) => {
            const problem = problems[`${key}.${locale}`];
            return (
              <Textfield
                key={locale}
                lang={locale}
                label={<span lang={locale}>{t(`mentorship:clauses.languages.${locale}`)}</span>}
                multiline
                rows={3}
                value={texts[key][locale]}
                onChange={(e) => set(key, locale, e.target.value)}
                error={problem ? t(`mentorship:clauses.problems.${problem}`) : undefined}
              />
            );
          })}
        </Fieldset>
      ))}
      {saved ? <Notice>{t('mentorship:clauses.saved')}</Notice> : null}
      <ErrorAlert error={save.error} />
      <div>
        <Button type="submit" loading={save.isPending}>
          {t('mentorship:clauses.save')}
        </Button>
      </div>
    </form>
  );
}

/** The coordinator edits the clauses that every new agreement in the program carries, in the program's own languages. */
export function ClauseEditor({ programId, program }: { programId: string; program: Program | undefined }) {
  const { t } = useTranslation();
  const clauses = useClauses(programId);
  return (
    <section aria-labelledby="clauses-heading" className="section">
      <Heading level={2} data-size="sm" id="clauses-heading">
        {t('mentorship:clauses.heading')}
      </Heading>
      <Paragraph>{t('mentorship:clauses.intro')}</Paragraph>
      <ErrorAlert error={clauses.error} />
      {clauses.isPending ? <Loading /> : null}
      {clauses.data && program ? <ClauseForm programId={programId} clauses={clauses.data} program={program} /> : null}
    </section>
  );
}
