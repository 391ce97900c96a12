import { describe, expect, it } from 'vitest';
import { agreementInputSchema, assignInputSchema, nominationInputSchema, setupInputSchema, unitInputSchema } from '@lots/core';
import { schemaResolver } from './form';

const options = { fields: {}, shouldUseNativeValidation: false } as const;

async function resolve(contract: Parameters<typeof schemaResolver>[0], values: Record<string, string>) {
  const result = await schemaResolver(contract)(values, undefined, options);
  const messages = (errors: object, prefix = ''): Record<string, string> =>
    Object.fromEntries(
      Object.entries(errors).flatMap(([name, error]) =>
        error && typeof error === 'object' && 'message' in error
          ? [[prefix + name, String((error as { message: unknown }).message)]]
          : Object.entries(messages(error as object, `${prefix}${name}.`)),
      ),
    );
  return { values: result.values, errors: messages(result.errors) };
}

describe('forms checked with the core contracts', () => {
  it('gives translation keys for what the person should fix', async () => {
    const { errors } = await resolve({ schema: nominationInputSchema }, { name: '  ', email: 'not-an-address', motivation: '' });
    expect(errors).toEqual({ name: 'common:errors.required', email: 'common:errors.email' });
    const empty = await resolve({ schema: nominationInputSchema }, { name: 'Anna', email: '', motivation: '' });
    expect(empty.errors).toEqual({ email: 'common:errors.required' });
  });

  it('names nested fields by their path and knows the password rule', async () => {
    const { errors } = await resolve(
      {
        schema: setupInputSchema,
        toInput: (v: Record<string, string>) => ({
          organisation: { name: v.orgName, kind: 'agency', country: 'SE' },
          admin: { name: v.name, email: v.email, password: v.password },
        }),
      },
      { orgName: 'Tullverket', name: 'Anna', email: 'anna@example.org', password: 'short' },
    );
    expect(errors).toEqual({ 'admin.password': 'common:errors.passwordLength' });
  });

  it('passes the parsed input on when the values are valid', async () => {
    const { values, errors } = await resolve(
      { schema: unitInputSchema, toInput: (v: Record<string, string>) => ({ ...v, parentId: v.parentId || null }) },
      { name: '  Tullkontoret ', parentId: '' },
    );
    expect(errors).toEqual({});
    expect(values).toEqual({ name: 'Tullkontoret', parentId: null });
  });

  it("gives a form's own message for a field where it has one, the common one elsewhere", async () => {
    const { errors } = await resolve(
      {
        schema: assignInputSchema,
        toInput: (v: Record<string, string>) => ({ ...v, reason: v.reason || null }),
        messages: { adeptApplicationId: 'matching:assign.required' },
      },
      { adeptApplicationId: '', mentorApplicationId: '', reason: '' },
    );
    expect(errors).toEqual({ adeptApplicationId: 'matching:assign.required', mentorApplicationId: 'common:errors.required' });
  });

  it("replaces a refinement's own English message, and a common message where the field has its own words for it", async () => {
    const contract = {
      schema: agreementInputSchema,
      toInput: (v: Record<string, string>) => ({
        cadenceWeeksMin: Number(v.min),
        cadenceWeeksMax: Number(v.max),
        meetingMinutes: 90,
        mode: 'both',
        place: v.place,
        goals: [v.goal],
      }),
      messages: {
        cadenceWeeksMax: { 'common:errors.fieldInvalid': 'mentorship:agreementForm.problems.weeksOrder' as const },
        'goals.0': { 'common:errors.tooLong': 'mentorship:agreementForm.problems.tooLong' as const },
      },
    };
    const { errors } = await resolve(contract, { min: '4', max: '2', place: 'x'.repeat(301), goal: 'y'.repeat(501) });
    expect(errors).toEqual({
      cadenceWeeksMax: 'mentorship:agreementForm.problems.weeksOrder',
      place: 'common:errors.tooLong',
      'goals.0': 'mentorship:agreementForm.problems.tooLong',
    });
  });
});
