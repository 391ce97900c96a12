/**
 * The error summary of a form (WCAG 3.3.1, 2.4.3): after a failed submit it lists every field the page
 * marks invalid (`aria-invalid="true"`), each with its label and message, and takes focus; its links
 * move focus to the fields. Read from the rendered form so checks from the schema, a check function or
 * the API's validation error all appear in it the same way.
 */
import { useCallback, useState, type RefObject } from 'react';

export type SummaryItem = { id: string; label: string; message: string };
/** What the summary shows; `seq` changes on every failed submit so the summary is rendered (and focused) anew. */
export type Summary = { items: SummaryItem[]; seq: number } | null;

const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
let generated = 0;

/** The fields of a form marked invalid, in document order; a group of radios or checkboxes is listed once, by its legend. */
export function invalidFields(form: HTMLElement): SummaryItem[] {
  const items: SummaryItem[] = [];
  const groups = new Set<Element>();
  for (const el of form.querySelectorAll<HTMLElement>('[aria-invalid="true"]')) {
    const choice = el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox');
    const fieldset = choice ? el.closest('fieldset') : null;
    if (fieldset) {
      if (groups.has(fieldset)) continue;
      groups.add(fieldset);
    }
    if (!el.id) el.id = `lots-field-${++generated}`;
    const labels = 'labels' in el ? (el as HTMLInputElement).labels : null;
    const label = fieldset ? text(fieldset.querySelector('legend')) : text(labels?.[0]) || (el.getAttribute('aria-label') ?? '');
    const container = fieldset ?? el.closest('.ds-field, fieldset') ?? el.parentElement;
    const message = text(container?.querySelector('[data-field="validation"]'));
    items.push({ id: el.id, label, message });
  }
  return items;
}

/** The summary's state for one form: `show()` after a failed submit (once the messages are rendered), `clear()` after a good one. */
export function useErrorSummary(formRef: RefObject<HTMLFormElement | null>) {
  const [summary, setSummary] = useState<Summary>(null);
  const show = useCallback(() => {
    window.setTimeout(() => {
      const form = formRef.current;
      if (!form) return;
      const items = invalidFields(form);
      setSummary((current) => (items.length ? { items, seq: (current?.seq ?? 0) + 1 } : null));
    }, 0);
  }, [formRef]);
  const clear = useCallback(() => setSummary(null), []);
  return { summary, show, clear };
}
