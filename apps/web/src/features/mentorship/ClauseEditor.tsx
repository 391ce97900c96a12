import { useState } from 'react';
import { Button, Fieldset, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { CLAUSE_KEYS, LOCALES, clausesInputSchema, type Locale, type Program } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Notice } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { FormErrorSummary } from '../../components/FormErrorSummary';
import { useForm } from '../../lib/form';
import { messageKey } from '../../lib/validate';
import { useClauses, useSaveClauses, type Clause } from './api';

type Key = (typeof CLAUSE_KEYS)[number];
type Texts = Record<Key, Record<Locale, string>>;

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

/** The contract, and every clause written in each of the program's languages (the server requires the same). */
function clausesFor(locales: Locale[]) {
  return clausesInputSchema.superRefine((input, ctx) =>
    input.clauses.forEach((clause, i) => {
      for (const locale of locales)
        if (!clause[locale]) ctx.addIssue({ code: 'custom', path: ['clauses', i, locale], input: clause[locale] });
    }),
  );
}

/** The clauses' texts as the form's fields, named by the contract's paths (clauses.<n>.<locale>). */
const field = (i: number, locale: Locale) => `clauses.${i}.${locale}`;
function toValues(keys: Key[], clauses: Clause[]): Record<string, string> {
  const texts = toTexts(clauses);
  return Object.fromEntries(keys.flatMap((key, i) => LOCALES.map((locale) => [field(i, locale), texts[key][locale]])));
}

function ClauseForm({ programId, clauses, program }: { programId: string; clauses: Clause[]; program: Program }) {
  const { t } = useTranslation();
  const keys = clauseKeys(program);
  const locales = clauseLocales(program);
  const save = useSaveClauses(programId);
  const [saved, setSaved] = useState(false);
  const problems = {
    'common:errors.required': messageKey('mentorship:clauses.problems.required'),
    'common:errors.tooLong': messageKey('mentorship:clauses.problems.tooLong'),
  };
  const form = useForm(toValues(keys, clauses), {
    schema: clausesFor(locales),
    // Only the program's languages are sent; the others stay empty.
    toInput: (v) => ({
      clauses: keys.map((key, i) => ({
        key,
        ...Object.fromEntries(LOCALES.map((locale) => [locale, locales.includes(locale) ? (v[field(i, locale)] ?? '') : ''])),
      })),
    }),
    messages: Object.fromEntries(keys.flatMap((_, i) => locales.map((locale) => [field(i, locale), problems]))),
  });

  const onSubmit = form.submitParsed(async (input) => {
    setSaved(false);
    const next = await save.mutateAsync(input.clauses);
    form.setValues(toValues(keys, next));
    setSaved(true);
  });

  return (
    <form ref={form.formRef} onSubmit={onSubmit} noValidate className="form ms-form-wide">
      <FormErrorSummary summary={form.summary} />
      {keys.map((key, i) => (
        <Fieldset key={key}>
          <Fieldset.Legend>{t(`mentorship:clauseNames.${key}`)}</Fieldset.Legend>
          {locales.map((locale) => (
            <Textfield
              key={locale}
              lang={locale}
              label={<span lang={locale}>{t(`mentorship:clauses.languages.${locale}`)}</span>}
              multiline
              rows={3}
              {...form.bind(field(i, locale))}
              onChange={(e) => {
                form.set(field(i, locale), e.target.value);
                setSaved(false);
              }}
            />
          ))}
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
