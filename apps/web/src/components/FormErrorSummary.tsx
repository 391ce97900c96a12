import { useEffect, useRef, type ComponentRef, type MouseEvent } from 'react';
import { ErrorSummary, Heading } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { Summary } from '../lib/summary';

/**
 * Designsystemet's ErrorSummary for a form's invalid fields. It takes focus when it appears (and on
 * every new failed submit); each link moves focus to its field.
 */
export function FormErrorSummary({ summary }: { summary: Summary }) {
  const { t } = useTranslation();
  const ref = useRef<ComponentRef<typeof ErrorSummary>>(null);
  useEffect(() => {
    if (summary) ref.current?.focus();
  }, [summary]);
  if (!summary) return null;
  const go = (id: string) => (event: MouseEvent<HTMLAnchorElement>) => {
    const field = document.getElementById(id);
    if (!field) return;
    event.preventDefault();
    field.scrollIntoView({ block: 'center' });
    field.focus();
  };
  return (
    <ErrorSummary key={summary.seq} ref={ref} className="form__summary">
      <Heading level={2} data-size="xs">
        {t('common:errors.summaryHeading')}
      </Heading>
      <ErrorSummary.List>
        {summary.items.map((item) => (
          <ErrorSummary.Item key={item.id}>
            <ErrorSummary.Link href={`#${item.id}`} onClick={go(item.id)}>
              {item.label && item.message
                ? t('common:errors.summaryItem', { label: item.label, message: item.message })
                : item.label || item.message}
            </ErrorSummary.Link>
          </ErrorSummary.Item>
        ))}
      </ErrorSummary.List>
    </ErrorSummary>
  );
}
