import { useEffect, type ReactNode } from 'react';
import { Button, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { useForm } from '../lib/form';

/**
 * The search text, checked with zod like every form (lib/form.ts): a non-blank string (a number is
 * taken as its text), else nothing. Here, not in the router's plain search readers (`routes/search.ts`,
 * decision 0183), so that zod loads with a list's page, not before the first page.
 */
const listSearchSchema = z.object({
  q: z
    .preprocess(
      (v) => (typeof v === 'number' ? String(v) : v),
      z.string().refine((s) => s.trim() !== ''),
    )
    .optional()
    .catch(undefined),
});

type ListSearchProps = {
  /** The search text in the page's URL (`q`); the field follows it (back, forward, a link). */
  q: string | undefined;
  /** The field's label: what the list searches in. */
  label: string;
  /** A search was sent (the button or Enter): the text trimmed, `undefined` when blank. */
  onSearch: (q: string | undefined) => void;
  /** `filters--review` for a list with four filters. */
  className?: string;
  /** The list's filters, in the same search landmark; they apply at once, each with its own onChange. */
  children?: ReactNode;
};

/**
 * A list's search landmark: a labelled search field kept in step with the URL's `q`, a submit button
 * (Enter sends it too), and the list's filters beside it. Checked with the filters' zod schema like
 * every form (lib/form.ts); focus stays where the user is (the field or the button) after a search.
 */
export function ListSearch({ q, label, onSearch, className, children }: ListSearchProps) {
  const { t } = useTranslation();
  const form = useForm({ q: q ?? '' }, { schema: listSearchSchema });
  const { setValues } = form;
  useEffect(() => setValues({ q: q ?? '' }), [q, setValues]);
  const onSubmit = form.submitParsed((input) => onSearch(input.q?.trim() || undefined));
  return (
    <form role="search" ref={form.formRef} onSubmit={onSubmit} noValidate className={className ? `filters ${className}` : 'filters'}>
      <div className="filters__search">
        <Textfield label={label} type="search" {...form.bind('q')} />
        <Button type="submit" variant="secondary">
          {t('common:common.search')}
        </Button>
      </div>
      {children}
    </form>
  );
}
