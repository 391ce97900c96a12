import { describe, expect, it } from 'vitest';
import { translate, type Locale } from '@lots/core';
import { toApiError } from '../../lib/api';
import { fileErrorText, importErrorKey, importErrorText, type Translate } from './importErrors';

/** The catalogs the web app gives i18next, looked up the same way (placeholders {{name}}). */
const inLocale =
  (locale: Locale): Translate =>
  (key, values) =>
    translate(locale, 'common', key.replace(/^common:/, ''), values);
const sv = inLocale('sv');

describe('import problems: code → text', () => {
  it('knows the codes of the catalog, nested ones too', () => {
    expect(importErrorKey('required')).toBe('common:importErrors.required');
    expect(importErrorKey('email.invalid')).toBe('common:importErrors.email.invalid');
    expect(importErrorKey('file.quoteNotClosed')).toBe('common:importErrors.file.quoteNotClosed');
    expect(importErrorKey('email')).toBeUndefined();
    expect(importErrorKey('no.such.code')).toBeUndefined();
    expect(importErrorKey('constructor')).toBeUndefined();
    expect(importErrorKey('toString')).toBeUndefined();
    expect(importErrorKey(undefined)).toBeUndefined();
    expect(importErrorKey('')).toBeUndefined();
  });

  it('translates a code, filling in its values', () => {
    expect(importErrorText({ code: 'email.invalid', message: 'is not a valid e-mail address' }, sv)).toBe(
      'Är inte en giltig e-postadress.',
    );
    expect(importErrorText({ code: 'column.unknown', values: { column: 'foo' }, message: 'unknown column "foo"' }, sv)).toBe(
      'Okänd kolumn ”foo”.',
    );
    expect(importErrorText({ code: 'email.duplicate', values: { line: 3 }, message: 'the same address is on line 3' }, sv)).toBe(
      'Samma e-postadress finns redan på rad 3.',
    );
    expect(importErrorText({ code: 'unit.unknown', values: { unit: 'Marknad' }, message: 'x' }, inLocale('nb'))).toBe(
      'Organisasjonen har ingen enhet som heter «Marknad».',
    );
    expect(importErrorText({ code: 'number.range', values: { min: 0, max: 60 }, message: 'x' }, inLocale('en'))).toBe(
      'Write a number from 0 to 60.',
    );
  });

  it('falls back to the API’s message for an unknown or missing code, or a missing value', () => {
    expect(importErrorText({ code: 'shoe.size', message: 'shoes do not fit' }, sv)).toBe('shoes do not fit');
    expect(importErrorText({ message: 'no code at all' }, sv)).toBe('no code at all');
    expect(importErrorText({ code: 'column.unknown', message: 'unknown column "foo"' }, sv)).toBe('unknown column "foo"');
    expect(importErrorText({ code: 'tooLong', values: { min: 1 }, message: 'at most 200 characters' }, sv)).toBe('at most 200 characters');
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
    expect(importErrorText(error.details[0]!, sv)).toBe('Okänd roll ”chef”. Använd org_admin, coordinator, participant.');
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
    expect(fileErrorText(quote, sv)).toBe('Rad 4: ett citattecken öppnas men stängs aldrig.');
    const empty = toApiError(400, {
      error: {
        code: 'validation',
        message: 'file: the file is empty',
        field: 'file',
        details: [{ field: 'file', code: 'file.empty', message: 'the file is empty' }],
      },
    });
    expect(fileErrorText(empty, inLocale('en'))).toBe('The file is empty.');
    // No details (an older server), another field or another kind of error: the usual message applies.
    expect(fileErrorText(toApiError(400, { error: { code: 'validation', message: 'file: x', field: 'file' } }), sv)).toBeUndefined();
    expect(
      fileErrorText(
        toApiError(400, {
          error: { code: 'validation', message: 'name: x', field: 'name', details: [{ field: 'name', code: 'required', message: 'x' }] },
        }),
        sv,
      ),
    ).toBeUndefined();
    expect(fileErrorText(toApiError(403, { error: { code: 'forbidden', message: 'no' } }), sv)).toBeUndefined();
    expect(fileErrorText(new Error('boom'), sv)).toBeUndefined();
  });
});
