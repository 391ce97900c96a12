import { describe, expect, it } from 'vitest';
import { evaluateEligibility, needsBirthYear, rulesSchema, type ApplicantFacts, type Rules } from './eligibility';

const ctx = (ids: string[] = ['org-a'], referenceYear = 2026) => ({ participatingOrganisationIds: ids, referenceYear });
const facts = (f: Partial<ApplicantFacts> = {}): ApplicantFacts => ({ organisationId: 'org-a', ...f });

describe('eligibility rules from the source documents', () => {
  it('Göteborgs Stad: mentors have led people for at least five years; adepts about one year', () => {
    const rules: Rules = rulesSchema.parse({
      mentor: [{ kind: 'yearsAsManager', min: 5 }],
      adept: [{ kind: 'yearsAsManager', min: 0.5, max: 3 }],
    });
    expect(evaluateEligibility(rules.mentor, facts({ yearsAsManager: 7 }), ctx()).status).toBe('eligible');
    const junior = evaluateEligibility(rules.mentor, facts({ yearsAsManager: 4 }), ctx());
    expect(junior.status).toBe('ineligible');
    expect(junior.results[0]).toMatchObject({ passed: false, reason: 'yearsAsManager.outside', values: { years: 4, min: 5, max: '' } });
    expect(evaluateEligibility(rules.adept, facts({ yearsAsManager: 1 }), ctx()).status).toBe('eligible');
    expect(evaluateEligibility(rules.adept, facts({ yearsAsManager: 8 }), ctx()).status).toBe('ineligible');
    expect(evaluateEligibility(rules.adept, facts({}), ctx()).status).toBe('unknown');
  });

  it('Rörlighet i staten, reverse mentoring: the mentor is 29 or younger', () => {
    const rules = rulesSchema.parse({ mentor: [{ kind: 'age', max: 29 }] });
    expect(needsBirthYear(rules, 'mentor')).toBe(true);
    expect(needsBirthYear(rules, 'adept')).toBe(false);
    expect(evaluateEligibility(rules.mentor, facts({ birthYear: 1998 }), ctx([], 2026)).status).toBe('eligible'); // 28
    expect(evaluateEligibility(rules.mentor, facts({ birthYear: 1997 }), ctx([], 2026)).status).toBe('eligible'); // 29
    const older = evaluateEligibility(rules.mentor, facts({ birthYear: 1996 }), ctx([], 2026)); // 30
    expect(older.status).toBe('ineligible');
    expect(older.results[0]?.values).toMatchObject({ age: 30, max: 29 });
    expect(evaluateEligibility(rules.mentor, facts({}), ctx()).results[0]?.reason).toBe('age.unknown');
  });

  it('Tullverket: the mentor has staff responsibility, and comes from one of the cooperating agencies', () => {
    const rules = rulesSchema.parse({ mentor: [{ kind: 'staffResponsibility', required: true }, { kind: 'participatingOrganisation' }] });
    const participating = ['tullverket', 'skatteverket'];
    expect(
      evaluateEligibility(rules.mentor, facts({ organisationId: 'skatteverket', staffResponsibility: true }), ctx(participating)).status,
    ).toBe('eligible');
    const outsider = evaluateEligibility(rules.mentor, facts({ organisationId: 'polisen', staffResponsibility: true }), ctx(participating));
    expect(outsider.status).toBe('ineligible');
    expect(outsider.results.map((r) => r.reason)).toEqual(['staffResponsibility.has', 'participatingOrganisation.outside']);
    expect(
      evaluateEligibility(rules.mentor, facts({ organisationId: 'tullverket', staffResponsibility: false }), ctx(participating)).results[0]
        ?.reason,
    ).toBe('staffResponsibility.missing');
  });

  it('Myndigheten för arbetsmiljökunskap: adepts self-identify as belonging to an under-represented group', () => {
    const rules = rulesSchema.parse({ adept: [{ kind: 'underRepresentedGroup' }] });
    expect(evaluateEligibility(rules.adept, facts({ underRepresented: true }), ctx()).status).toBe('eligible');
    expect(evaluateEligibility(rules.adept, facts({ underRepresented: false }), ctx()).status).toBe('ineligible');
    // No answer (no consent given): unknown, never assumed.
    expect(evaluateEligibility(rules.adept, facts({ underRepresented: null }), ctx()).status).toBe('unknown');
  });

  it('Norwegian ministries: both parties come from ASD, HOD or KMD', () => {
    const rules = rulesSchema.parse({ adept: [{ kind: 'participatingOrganisation' }], mentor: [{ kind: 'participatingOrganisation' }] });
    const ministries = ['asd', 'hod', 'kmd'];
    expect(evaluateEligibility(rules.mentor, facts({ organisationId: 'hod' }), ctx(ministries)).status).toBe('eligible');
    expect(evaluateEligibility(rules.adept, facts({ organisationId: 'fd' }), ctx(ministries)).status).toBe('ineligible');
  });

  it('a coordinator’s written override turns a failed rule into eligible, and is kept with the result', () => {
    const rules = rulesSchema.parse({ mentor: [{ kind: 'yearsAsManager', min: 5 }] });
    const override = { kind: 'yearsAsManager' as const, reason: 'Led a large project for 6 years', by: 'Maria', at: '2026-11-25' };
    const result = evaluateEligibility(rules.mentor, facts({ yearsAsManager: 3 }), ctx(), [override]);
    expect(result.status).toBe('eligible');
    expect(result.results[0]).toMatchObject({ passed: false, override });
  });

  it('no rules: everyone is eligible; bad rule input is refused with the field', () => {
    expect(evaluateEligibility([], facts(), ctx()).status).toBe('eligible');
    const bad = rulesSchema.safeParse({ mentor: [{ kind: 'age', max: 7 }] });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(['mentor', 0, 'max']);
  });
});
