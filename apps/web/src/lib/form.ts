/**
 * Form state on react-hook-form. A form either validates with its capability's core zod schema
 * (`useForm(initial, schema)` + `submitParsed`, through @hookform/resolvers' zodResolver, the same
 * schema the server checks) or, for forms whose values are not an API input, with a check function
 * (`submit(validate, onValid)`). Messages are translation keys (zod issues are mapped to them here);
 * an API validation error is shown on the field it names, anything else in the form's alert; after
 * a failed submit the form's error summary (`summary`, rendered with FormErrorSummary) lists the
 * invalid fields and gets focus.
 */
import { useCallback, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { useForm as useHookForm, type DefaultValues, type FieldValues, type Path, type PathValue, type Resolver } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import { useTranslation } from 'react-i18next';
import { errorField } from './errors';
import { useErrorSummary } from './summary';
import { PASSWORD_MIN, hasErrors, type Errors, type ValidationKey } from './validate';

type Values = Record<string, string>;

/** The translation key for a zod issue of a form field: what the person should do, in their language. */
export function issueKey(issue: z.core.$ZodRawIssue): ValidationKey {
  const input = issue.input;
  if (input === undefined || input === null || (typeof input === 'string' && input.trim() === '')) return 'common:errors.required';
  switch (issue.code) {
    case 'invalid_format':
      return issue.format === 'email' ? 'common:errors.email' : 'common:errors.fieldInvalid';
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) === PASSWORD_MIN) return 'common:errors.passwordLength';
      if (issue.origin === 'string') return 'common:errors.required';
      if (issue.origin === 'array') return 'common:errors.rolesRequired';
      return 'common:errors.number';
    case 'too_big':
      return issue.origin === 'string' ? 'common:errors.tooLong' : 'common:errors.number';
    case 'invalid_type':
      return issue.expected === 'number' ? 'common:errors.number' : 'common:errors.fieldInvalid';
    default:
      return 'common:errors.fieldInvalid';
  }
}

/**
 * The contract a form's values are checked against: a core schema, how the text fields become its
 * input, and, where the form says more than "fill in this field", its own message for a field
 * (by the schema's dotted path, written with `messageKey`).
 */
export type FormContract<V, S extends z.ZodType> = {
  /** The schema, or a function giving it at each check (when it depends on what is being done, e.g. draft or submit). */
  schema: S | (() => S);
  toInput?: (values: V) => unknown;
  messages?: Partial<Record<string, FieldMessages>>;
  /** A refinement's own (English) message → the common message it stands for (then replaced by `messages` where a field has its own). */
  refinements?: Partial<Record<string, ValidationKey>>;
  /** The form field that shows an error at a schema path, where the form's names differ from the input's ("profile.title" → "title"). */
  field?: (path: string) => string;
};
/** A field's own message for any failed check, or per common message it replaces. */
export type FieldMessages = ValidationKey | Partial<Record<ValidationKey, ValidationKey>>;

/**
 * Field names may contain dots ("admin.email", the API's path of the field); react-hook-form would read
 * them as nested paths, so they are stored with a look-alike character instead and read back flat.
 */
const DOT = '\u2024';
const encode = (name: string) => name.split('.').join(DOT);
const decode = (name: string) => name.split(DOT).join('.');
const flat = <V>(values: Record<string, unknown>): V => Object.fromEntries(Object.entries(values).map(([k, v]) => [decode(k), v])) as V;
const stored = (values: Record<string, unknown>) => Object.fromEntries(Object.entries(values).map(([k, v]) => [encode(k), v]));

/** Each error's message (a translation key) by its field's dotted name, nested errors (a schema's paths) included. */
function errorKeys(errors: Record<string, unknown>, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, error] of Object.entries(errors)) {
    if (!error || typeof error !== 'object') continue;
    const name = prefix + decode(key);
    const message = (error as { message?: unknown }).message;
    if (typeof message === 'string') out[name] = message;
    else if (!('type' in error)) Object.assign(out, errorKeys(error as Record<string, unknown>, `${name}.`));
  }
  return out;
}

/**
 * A contract's refinement may carry its own (English, developer-facing) message, which zod keeps over
 * any error map: such a message becomes the form's message for that field (or "check this field").
 */
function ownWords(
  errors: Record<string, unknown>,
  prefix: string,
  pick: (path: string, common: ValidationKey) => ValidationKey,
  refinements: Partial<Record<string, ValidationKey>>,
): void {
  for (const [key, error] of Object.entries(errors)) {
    if (!error || typeof error !== 'object') continue;
    const path = prefix + key;
    const e = error as { message?: unknown; type?: unknown };
    if (typeof e.message === 'string') {
      if (!/^[a-z]+:[\w.]+$/i.test(e.message)) e.message = pick(path, refinements[e.message] ?? 'common:errors.fieldInvalid');
    } else if (!('type' in e)) ownWords(error as Record<string, unknown>, `${path}.`, pick, refinements);
  }
}

/** The errors (by schema path) placed at the form's fields: the first error of a field wins. */
function atFields(errors: Record<string, unknown>, field: (path: string) => string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const visit = (node: Record<string, unknown>, prefix: string) => {
    for (const [key, error] of Object.entries(node)) {
      if (!error || typeof error !== 'object') continue;
      const path = prefix + key;
      if (typeof (error as { message?: unknown }).message === 'string') {
        const parts = field(path).split('.');
        let at = out;
        for (const part of parts.slice(0, -1)) at = (at[part] ??= {}) as Record<string, unknown>;
        at[parts.at(-1)!] ??= error;
      } else if (!('type' in error)) visit(error as Record<string, unknown>, `${path}.`);
    }
  };
  visit(errors, '');
  return out;
}

/** A zod resolver whose messages are translation keys; the values are turned into the schema's input first. */
export function schemaResolver<V extends FieldValues>(contract: FormContract<V, z.ZodType>): Resolver<V> {
  const own = contract.messages ?? {};
  const pick = (path: string, common: ValidationKey): ValidationKey => {
    const mine = own[path];
    return (typeof mine === 'string' ? mine : mine?.[common]) ?? common;
  };
  const message = (issue: z.core.$ZodRawIssue) => pick((issue.path ?? []).map(String).join('.'), issueKey(issue));
  const schema = contract.schema;
  const resolver = (s: z.ZodType) => zodResolver(s as never, { error: message }) as unknown as Resolver<FieldValues, unknown>;
  const fixed = typeof schema === 'function' ? null : resolver(schema);
  const toInput = contract.toInput ?? ((values: V) => values);
  return (async (values, context, options) => {
    const resolve = fixed ?? resolver((schema as () => z.ZodType)());
    const result = await resolve(toInput(flat<V>(values)) as FieldValues, context, options as never);
    ownWords(result.errors as Record<string, unknown>, '', pick, contract.refinements ?? {});
    if (contract.field) return { ...result, errors: atFields(result.errors as Record<string, unknown>, contract.field) };
    return result;
  }) as Resolver<V>;
}

export function useForm<V extends Values, S extends z.ZodType = z.ZodType<unknown, V>>(initial: V, contract?: FormContract<V, S>) {
  type F = keyof V & string;
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const hook = useHookForm<V>({
    defaultValues: stored(initial) as DefaultValues<V>,
    resolver: contract ? schemaResolver<V>(contract) : undefined,
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    shouldFocusError: false,
  });
  const values = flat<V>(hook.watch());
  const current = () => flat<V>(hook.getValues());
  const [serverError, setServerError] = useState<unknown>(null);
  const errorSummary = useErrorSummary(formRef);

  const set = useCallback(
    (name: F, value: string) => {
      hook.setValue(encode(name) as Path<V>, value as PathValue<V, Path<V>>);
      hook.clearErrors(encode(name) as Path<V>);
    },
    [hook],
  );

  const setValues = useCallback(
    (next: V | ((current: V) => V)) => {
      const value = typeof next === 'function' ? next(flat<V>(hook.getValues())) : next;
      for (const [name, v] of Object.entries(value)) hook.setValue(encode(name) as Path<V>, v as PathValue<V, Path<V>>);
    },
    [hook],
  );

  /** The translation key of each field that failed its check. */
  const errors = errorKeys(hook.formState.errors) as Errors<F>;

  const setErrors = (next: Errors<F> | ((current: Errors<F>) => Errors<F>)) => {
    const found = typeof next === 'function' ? next(errors) : next;
    hook.clearErrors();
    for (const [name, key] of Object.entries(found) as [F, ValidationKey | undefined][])
      if (key) hook.setError(encode(name) as Path<V>, { type: 'manual', message: key });
  };

  /** Accepts names beyond the text fields (e.g. a checkbox group's "roles") for API errors. */
  const errorText = (name: F | (string & {})): string | undefined => {
    const key = errors[name as F];
    if (key) return t(key as ValidationKey, { min: PASSWORD_MIN });
    if (serverError && errorField(serverError, [name])) return t('common:errors.fieldInvalid');
    return undefined;
  };

  /** Props for a Textfield / Select: value, onChange and the translated error. */
  const bind = (name: F) => ({
    name,
    value: values[name] ?? '',
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) => set(name, event.target.value),
    error: errorText(name),
  });

  /** The API error when it is not about one of the named fields (show it in an alert). */
  const formError = (fields: readonly string[]): unknown => (serverError && !errorField(serverError, fields) ? serverError : null);

  // One submit at a time: a double click (or Enter pressed twice) while the first is on its way does nothing.
  const sending = useRef(false);
  const send = (onValid: () => Promise<unknown> | void) => {
    if (sending.current) return Promise.resolve();
    sending.current = true;
    return Promise.resolve()
      .then(onValid)
      .then(errorSummary.clear)
      .catch((error: unknown) => {
        setServerError(error);
        errorSummary.show();
      })
      .finally(() => {
        sending.current = false;
      });
  };

  const invalid = errorSummary.show;

  /** Checks the values with `validate`; only when they pass is `onValid` called with them. */
  const submit =
    (validate: (values: V) => Errors<F>, onValid: (values: V) => Promise<unknown> | void) => (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      setServerError(null);
      const found = validate(current());
      setErrors(found);
      if (hasErrors(found)) return invalid();
      void send(() => onValid(current()));
    };

  /** Checks the values with the form's schema; only when they pass is `onValid` called with the parsed input. */
  const submitParsed = (onValid: (input: z.output<S>, values: V) => Promise<unknown> | void) => (event: FormEvent<HTMLFormElement>) => {
    setServerError(null);
    void hook.handleSubmit((parsed) => send(() => onValid(parsed as z.output<S>, current())), invalid)(event);
  };

  /**
   * Checks only the named fields (a step of a guided form) with the form's schema; the summary lists
   * those that fail and takes focus. Fields whose schema path has dots are checked by their first part ("rules").
   */
  const check = async (fields: readonly string[]): Promise<boolean> => {
    setServerError(null);
    const valid = await hook.trigger(fields.map(encode) as Path<V>[]);
    if (valid) errorSummary.clear();
    else invalid();
    return valid;
  };

  return {
    formRef,
    values,
    check,
    set,
    setValues,
    bind,
    errorText,
    errors,
    setErrors,
    serverError,
    setServerError,
    formError,
    submit,
    submitParsed,
    /** The error summary after a failed submit: render it with `<FormErrorSummary summary={form.summary} />`. */
    summary: errorSummary.summary,
    /** Lists the invalid fields in the summary and focuses it (for checks made outside `submit`). */
    showErrors: errorSummary.show,
  };
}
