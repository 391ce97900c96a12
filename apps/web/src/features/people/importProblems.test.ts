import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import { resources, translate, type Locale } from '@lots/core';
import { toApiError } from '../../api/errors';
import {
  fileErrorText,
  i18nextSource,
  importErrorKey,
  importErrorText,
  importErrorTextAt,
  type ImportErrorSource,
  type Translate,
} from './importProblems';

/** The catalogs the web app gives i18next, looked up the same way (placeholders {{name}}). */
const inLocale =
  (locale: Locale): Translate =>
  (key, values) =>
    translate(locale, 'common', key.replace(/^common:/, ''), values);
const sv = inLocale('sv');
/** The active language's texts of import problems, as i18nextSource gives them from the loaded catalog. */
const textsIn =
  (locale: Locale): ImportErrorSource =>
  (code) =>
    importErrorTextAt(resources[locale].common.importErrors, code);
const svTexts = textsIn('sv');

describe('import problems: code → text', () => {
  it('knows the codes of the catalog, nested ones too', () => {
    expect(importErrorKey('required', svTexts)).toBe('common:importErrors.required');
    expect(importErrorKey('email.invalid', svTexts)).toBe('common:importErrors.email.invalid');
    expect(importErrorKey('file.quoteNotClosed', svTexts)).toBe('common:importErrors.file.quoteNotClosed');
    expect(importErrorKey('email', svTexts)).toBeUndefined();
    expect(importErrorKey('no.such.code', svTexts)).toBeUndefined();
    expect(importErrorKey('constructor', svTexts)).toBeUndefined();
    expect(importErrorKey('toString', svTexts)).toBeUndefined();
    expect(importErrorKey(undefined, svTexts)).toBeUndefined();
    expect(importErrorKey('', svTexts)).toBeUndefined();
  });

  it('translates a code, filling in its values', () => {
    expect(importErrorText({ code: 'email.invalid', message: 'is not a valid e-mail address' }, sv, svTexts)).toBe(
      'Är inte en giltig e-postadress.',
    );
    expect(importErrorText({ code: 'column.unknown', values: { column: 'foo' }, message: 'unknown column "foo"' }, sv, svTexts)).toBe(
      'Okänd kolumn ”foo”.',
    );
    expect(importErrorText({ code: 'email.duplicate', values: { line: 3 }, message: 'the same address is on line 3' }, sv, svTexts)).toBe(
      'Samma e-postadress finns redan på rad 3.',
    );
    expect(importErrorText({ code: 'unit.unknown', values: { unit: 'Marknad' }, message: 'x' }, inLocale('nb'), textsIn('nb'))).toBe(
      'Organisasjonen har ingen enhet som heter «Marknad».',
    );
    expect(importErrorText({ code: 'number.range', values: { min: 0, max: 60 }, message: 'x' }, inLocale('en'), textsIn('en'))).toBe(
      'Write a number from 0 to 60.',
    );
  });

  it('falls back to the API’s message for an unknown or missing code, or a missing value', () => {
    expect(importErrorText({ code: 'shoe.size', message: 'shoes do not fit' }, sv, svTexts)).toBe('shoes do not fit');
    expect(importErrorText({ message: 'no code at all' }, sv, svTexts)).toBe('no code at all');
    expect(importErrorText({ code: 'column.unknown', message: 'unknown column "foo"' }, sv, svTexts)).toBe('unknown column "foo"');
    expect(importErrorText({ code: 'tooLong', values: { min: 1 }, message: 'at most 200 characters' }, sv, svTexts)).toBe(
      'at most 200 characters',
    );
  });

  it('reads code and values from the API’s error body', () => {
    const error = toApiError(422, {
      error: {
        code: 'import_invalid',
        message: '1 problem(s)',
        field: 'file',
        details: [
          {
            line: 2,
            field: 'roles',
            code: 'role.unknown',
            values: { role: 'chef', allowed: 'org_admin, coordinator, participant', bad: { x: 1 } },
            message: 'unknown role',
          },
        ],
      },
    });
    expect(error.details).toEqual([
      {
        line: 2,
        field: 'roles',
        code: 'role.unknown',
        values: { role: 'chef', allowed: 'org_admin, coordinator, participant' },
        message: 'unknown role',
      },
    ]);
    expect(importErrorText(error.details[0]!, sv, svTexts)).toBe('Okänd roll ”chef”. Använd org_admin, coordinator, participant.');
  });

  it('explains a file that could not be read at all', () => {
    const quote = toApiError(400, {
      error: {
        code: 'validation',
        message: 'file: line 4: a quoted field is never closed',
        field: 'file',
        details: [{ line: 4, field: 'file', code: 'file.quoteNotClosed', values: { line: 4 }, message: 'a quoted field is never closed' }],
      },
    });
    expect(fileErrorText(quote, sv, svTexts)).toBe('Rad 4: ett citattecken öppnas men stängs aldrig.');
    const empty = toApiError(400, {
      error: {
        code: 'validation',
        message: 'file: the file is empty',
        field: 'file',
        details: [{ field: 'file', code: 'file.empty', message: 'the file is empty' }],
      },
    });
    expect(fileErrorText(empty, inLocale('en'), textsIn('en'))).toBe('The file is empty.');
    // No details (an older server), another field or another kind of error: the usual message applies.
    expect(
      fileErrorText(toApiError(400, { error: { code: 'validation', message: 'file: x', field: 'file' } }), sv, svTexts),
    ).toBeUndefined();
    expect(
      fileErrorText(
        toApiError(400, {
          error: { code: 'validation', message: 'name: x', field: 'name', details: [{ field: 'name', code: 'required', message: 'x' }] },
        }),
        sv,
        svTexts,
      ),
    ).toBeUndefined();
    expect(fileErrorText(toApiError(403, { error: { code: 'forbidden', message: 'no' } }), sv, svTexts)).toBeUndefined();
    expect(fileErrorText(new Error('boom'), sv, svTexts)).toBeUndefined();
  });

  it('reads the texts of the language i18next has loaded, own keys only', async () => {
    const i18n = createInstance();
    await i18n.init({ lng: 'nb', resources: { nb: { common: resources.nb.common } }, initAsync: false });
    const source = i18nextSource(i18n);
    expect(source('unit.unknown')).toBe(resources.nb.common.importErrors.unit.unknown);
    expect(importErrorKey('email.invalid', source)).toBe('common:importErrors.email.invalid');
    expect(source('constructor')).toBeUndefined();
    expect(source('constructor.name')).toBeUndefined();
    expect(source('email')).toBeUndefined();
  });
});
