import { useId, type ChangeEvent } from 'react';
import { Field, Label, ValidationMessage } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { MATERIAL_ACCEPT } from '../lib/files';

type MaterialFileFieldProps = {
  /** The form field's name (the error summary links to it). */
  name: string;
  label: string;
  error?: string;
  onChange: (file: File | null) => void;
};

/** A file input for material (guides, question banks, training material): the accepted types and the size limit told up front. */
export function MaterialFileField({ name, label, error, onChange }: MaterialFileFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <Field>
      <Label htmlFor={id}>{label}</Label>
      <Field.Description>{t('common:files.help')}</Field.Description>
      <input
        type="file"
        id={id}
        name={name}
        accept={MATERIAL_ACCEPT}
        onChange={(event: ChangeEvent<HTMLInputElement>) => onChange(event.target.files?.[0] ?? null)}
        aria-invalid={error ? true : undefined}
        className="file-input"
      />
      {error ? <ValidationMessage>{error}</ValidationMessage> : null}
    </Field>
  );
}
