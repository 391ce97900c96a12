import { useId, type ReactNode } from 'react';
import { Fieldset, ValidationMessage } from '@digdir/designsystemet-react';

type ChoiceFieldsetProps = { legend: ReactNode; description?: ReactNode; error?: string; className?: string; children: ReactNode };

/**
 * A group of radios or checkboxes with a legend. Its error message is linked to the group
 * (aria-describedby); give the inputs `aria-invalid` so the first one gets focus on submit.
 */
export function ChoiceFieldset({ legend, description, error, className, children }: ChoiceFieldsetProps) {
  const errorId = useId();
  return (
    <Fieldset className={className} aria-describedby={error ? errorId : undefined}>
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      {description ? <Fieldset.Description>{description}</Fieldset.Description> : null}
      {children}
      {error ? <ValidationMessage id={errorId}>{error}</ValidationMessage> : null}
    </Fieldset>
  );
}
