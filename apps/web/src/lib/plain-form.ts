/**
 * A form of a few text fields checked by a check function (lib/validate.ts), without react-hook-form
 * or zod: for a page before which nothing else loads — the sign-in page — where those two would be
 * ~40 KB of gzip JavaScript of the first load (issue 15, decision 0183). The same surface as
 * `useForm`'s `submit(validate, onValid)` path: translated errors per field, the API's field errors,
 * the form's alert, one submit at a time and the error summary (lib/summary.ts) after a failed submit.
 * Every other form uses `useForm` (lib/form.ts) with its core schema.
 */
import { useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorField } from './errors';
import { useErrorSummary } from './summary';
import { PASSWORD_MIN, hasErrors, type Errors, type ValidationKey } from './validate';

export function usePlainForm<V extends Record<string, string>>(initial: V) {
  type F = keyof V & string;
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<V>(initial);
  const [errors, setErrors] = useState<Errors<F>>({});
  const [serverError, setServerError] = useState<unknown>(null);
  const errorSummary = useErrorSummary(formRef);
  const sending = useRef(false);

  const set = (name: F, value: string) => {
    setValues((current) => ({ ...current, [name]: value }));
    setErrors(({ [name]: _cleared, ...rest }) => rest as Errors<F>);
  };

  const errorText = (name: F): string | undefined => {
    const key = errors[name];
    if (key) return t(key as ValidationKey, { min: PASSWORD_MIN });
    if (serverError && errorField(serverError, [name])) return t('common:errors.fieldInvalid');
    return undefined;
  };

  /** Props for a Textfield: name, value, onChange and the translated error. */
  const bind = (name: F) => ({
    name,
    value: values[name] ?? '',
    onChange: (event: ChangeEvent<HTMLInputElement>) => set(name, event.target.value),
    error: errorText(name),
  });

  /** Checks the values with `validate`; only when they pass is `onValid` called with them (one at a time). */
  const submit =
    (validate: (values: V) => Errors<F>, onValid: (values: V) => Promise<unknown> | void) => (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      setServerError(null);
      const found = validate(values);
      setErrors(found);
      if (hasErrors(found)) return errorSummary.show();
      if (sending.current) return;
      sending.current = true;
      void Promise.resolve()
        .then(() => onValid(values))
        .then(errorSummary.clear)
        .catch((error: unknown) => {
          setServerError(error);
          errorSummary.show();
        })
        .finally(() => {
          sending.current = false;
        });
    };

  return { formRef, values, set, setValues, bind, errorText, setErrors, serverError, submit, summary: errorSummary.summary };
}
