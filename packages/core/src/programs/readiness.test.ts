import { describe, expect, it } from 'vitest';
import { programReadiness, type ReadinessProgram } from './readiness';

const today = '2026-12-02';
const ready: ReadinessProgram = {
  type: 'classic',
  purpose: 'Att utveckla chefer',
  contactName: 'Maria Sundberg',
  contactEmail: 'maria@tull.example',
  applicationClosesOn: '2027-01-31',
  startsOn: '2027-03-01',
  endsOn: '2027-12-15',
  expectationsAdept: null,
  expectationsMentor: null,
  rules: { adept: [], mentor: [] },
  organisations: [{ participation: 'accepted' }],
};

describe('programReadiness', () => {
  it('a classic program with purpose, contact and dates may open; questions and expectations are only recommended', () => {
    const r = programReadiness(ready, { questionCount: 0, today });
    expect(r).toMatchObject({ ready: true, missing: [] });
    expect(r.checks.filter((c) => !c.done).map((c) => [c.item, c.required])).toEqual([
      ['expectations', false],
      ['questions', false],
    ]);
  });

  it('an empty draft lacks purpose, contact, closing date and period, in checklist order', () => {
    const r = programReadiness({ type: 'classic', contactEmail: 'a@b.example' }, { questionCount: 2, today });
    expect(r).toMatchObject({ ready: false, missing: ['purpose', 'contact', 'applicationClosesOn', 'programPeriod'] });
  });

  it('blank text and a closing day already passed count as missing; the closing day itself is fine', () => {
    expect(programReadiness({ ...ready, purpose: '   ' }, { questionCount: 1, today }).missing).toEqual(['purpose']);
    expect(programReadiness({ ...ready, applicationClosesOn: '2026-12-01' }, { questionCount: 1, today }).missing).toEqual([
      'applicationClosesOn',
    ]);
    expect(programReadiness({ ...ready, applicationClosesOn: today }, { questionCount: 1, today }).ready).toBe(true);
    expect(programReadiness({ ...ready, endsOn: null }, { questionCount: 1, today }).missing).toEqual(['programPeriod']);
  });

  it('an inclusion program needs its adepts\u2019 rule of an under-represented group', () => {
    const inclusion = { ...ready, type: 'inclusion' as const };
    expect(programReadiness(inclusion, { questionCount: 1, today }).missing).toEqual(['whoMayApply']);
    const withRule = { ...inclusion, rules: { adept: [{ kind: 'underRepresentedGroup' }], mentor: [] } };
    expect(programReadiness(withRule, { questionCount: 1, today }).ready).toBe(true);
  });

  it('a reverse program needs what is expected of both roles', () => {
    const reverse = { ...ready, type: 'reverse' as const, expectationsAdept: 'Lyssna' };
    expect(programReadiness(reverse, { questionCount: 1, today }).missing).toEqual(['expectations']);
    expect(programReadiness({ ...reverse, expectationsMentor: 'Visa' }, { questionCount: 1, today }).ready).toBe(true);
  });

  it('a joint program recommends that every partner has answered, without blocking', () => {
    const joint = { ...ready, organisations: [{ participation: 'accepted' as const }, { participation: 'invited' as const }] };
    const r = programReadiness(joint, { questionCount: 1, today });
    expect(r.ready).toBe(true);
    expect(r.checks.find((c) => c.item === 'partners')).toEqual({ item: 'partners', done: false, required: false });
    expect(programReadiness(ready, { questionCount: 1, today }).checks.some((c) => c.item === 'partners')).toBe(false);
  });
});
