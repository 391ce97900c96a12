import { useCallback, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorField } from './errors';
import { PASSWORD_MIN, hasErrors, type Errors, type ValidationKey } from './validate';

/** Focuses the first field marked invalid in a form, after React has rendered the messages. */
export function focusFirstInvalid(form: HTMLFormElement | null): void {
  window.setTimeout(() => form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0);
}

type Values = Record<string, string>;

/**
 * Text form state with client-side checks and API validation errors shown on the right field.
 * `submit` runs `validate`; only when it passes is `onValid` called.
 */
export function useForm<V extends Values>(initial: V) {
  type F = keyof V & string;
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<V>(initial);
  const [errors, setErrors] = useState<Errors<F>>({});
  const [serverError, setServerError] = useState<unknown>(null);

  const set = useCallback((name: F, value: string) => {
    setValues((v) => ({ ...v, [name]: value }));
    setErrors((e) => (e[name] ? { ...e, [name]: undefined } : e));
  }, []);

  /** Props for a Textfield / Select: value, onChange and the translated error. */
  const bind = (name: F) => ({
    name,
    value: values[name] ?? '',
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) => set(name, event.target.value),
    error: errorText(name),
  });

  /** Accepts names beyond the text fields (e.g. a checkbox group's "roles") for API errors. */
  const errorText = (name: F | (string & {})): string | undefined => {
    const key: ValidationKey | undefined = errors[name as F];
    if (key) return t(key, { min: PASSWORD_MIN });
    if (serverError && errorField(serverError, [name])) return t('common:errors.fieldInvalid');
    return undefined;
  };

  /** The API error when it is not about one of the named fields (show it in an alert). */
  const formError = (fields: readonly string[]): unknown => (serverError && !errorField(serverError, fields) ? serverError : null);

  const submit =
    (validate: (values: V) => Errors<F>, onValid: (values: V) => Promise<unknown> | void) => (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      const found = validate(values);
      setErrors(found);
      setServerError(null);
      if (hasErrors(found)) {
        focusFirstInvalid(formRef.current);
        return;
      }
      Promise.resolve(onValid(values)).catch((error: unknown) => {
        setServerError(error);
        focusFirstInvalid(formRef.current);
      });
    };

  return { formRef, values, set, setValues, bind, errorText, errors, setErrors, serverError, setServerError, formError, submit };
}
