import type { ChangeEvent, ReactNode } from 'react';
import { Field, Label, Select, ValidationMessage } from '@digdir/designsystemet-react';

export type Option = { value: string; label: string };

type SelectFieldProps = {
  label: string;
  value: string;
  onChange: (event: ChangeEvent<HTMLSelectElement>) => void;
  options: readonly Option[];
  name?: string;
  description?: ReactNode;
  error?: string;
  disabled?: boolean;
  required?: boolean;
  width?: 'full' | 'auto';
  className?: string;
};

/** A labelled native select (Designsystemet Field links label, description and error to it). */
export function SelectField({ label, options, description, error, className, width, ...rest }: SelectFieldProps) {
  return (
    <Field className={className}>
      <Label>{label}</Label>
      {description ? <Field.Description>{description}</Field.Description> : null}
      <Select {...rest} width={width} aria-invalid={error ? true : undefined}>
        {options.map((o) => (
          <Select.Option key={o.value} value={o.value}>
            {o.label}
          </Select.Option>
        ))}
      </Select>
      {error ? <ValidationMessage>{error}</ValidationMessage> : null}
    </Field>
  );
}
