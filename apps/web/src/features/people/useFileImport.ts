import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/errors';
import { useErrorSummary } from '../../lib/summary';
import { importContentType } from '../../lib/upload';
import { fileErrorText, i18nextSource } from './importProblems';

/** The file types the import endpoints take. */
export const IMPORT_ACCEPT = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface ImportMutation {
  reset(): void;
  mutate(file: { file: File; contentType: string }): void;
  error: unknown;
}

/**
 * The shared logic of a CSV/XLSX upload form (people, applications): checks the chosen file,
 * sends it, and turns the answer into what to show — a field error, the bad rows
 * (`import_invalid`), or what is wrong with a file that could not be read at all.
 */
export function useFileImport(mutation: ImportMutation) {
  const { t, i18n } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const errorSummary = useErrorSummary(formRef);
  const [fileError, setFileError] = useState<string | undefined>();

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    mutation.reset();
    const input = event.currentTarget.elements.namedItem('file');
    const file = input instanceof HTMLInputElement ? input.files?.[0] : undefined;
    const contentType = file ? importContentType(file) : undefined;
    if (!file) setFileError(t('common:errors.required'));
    else if (!contentType) setFileError(t('people:import.wrongType'));
    if (!file || !contentType) return errorSummary.show();
    setFileError(undefined);
    errorSummary.clear();
    mutation.mutate({ file, contentType });
  };

  const error = mutation.error;
  const invalid = error instanceof ApiError && error.code === 'import_invalid' ? error : null;
  const fileText = fileErrorText(error, (key, values, fallback) => t(key, { ...values, defaultValue: fallback }), i18nextSource(i18n));
  return { formRef, summary: errorSummary.summary, fileError, clearFileError: () => setFileError(undefined), onSubmit, invalid, fileText };
}
