import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { schema } from '@lots/db';
import { createTestApp, linkIn, type TestApp } from '../../testing/harness';

const today = () => new Date().toISOString().slice(0, 10);

interface Group {
  key: string;
  n: number;
  value: number | null;
  suppressed: string | null;
}

/**
 * Issue 13, indicators by group: in an inclusion program the self-identified under-represented group
 * is a breakdown — only from answers given with consent in the application (no consent: "not
 * stated"), with the same thresholds and secondary suppression as every other group.
 */
describe('the under-represented group as a breakdown of an inclusion program', () => {
  let t: TestApp;
  let programId: string;
  let coordinator: string;
  const adepts: { email: string; group: 'yes' | 'no' | 'notStated' }[] = [
    ...Array.from({ length: 6 }, (_, i) => ({ email: `ja${i}@tull.example`, group: 'yes' as const })),
    ...Array.from({ length: 5 }, (_, i) => ({ email: `nej${i}@tull.example`, group: 'no' as const })),
    { email: 'utan@tull.example', group: 'notStated' },
  ];

  beforeAll(async () => {
    t = await createTestApp();
    const tull = await t.createOrganisation('Tullverket');
    const maria = await t.createMember(tull, 'maria@tull.example', ['coordinator']);
    const [program] = await t.database.db
      .insert(schema.programs)
      .values({
        ownerOrganisationId: tull,
        name: 'Inkludering 2026',
        type: 'inclusion',
        status: 'running',
        startsOn: '2026-01-01',
        endsOn: today(),
        rules: { adept: [{ kind: 'underRepresentedGroup' }], mentor: [] },
      })
      .returning();
    programId = program!.id;
    await t.database.db.insert(schema.programOrganisations).values({ programId, organisationId: tull });
    await t.database.db.insert(schema.programCoordinators).values({ programId, personId: maria.personId });
    for (const [i, adept] of adepts.entries()) {
      const a = await t.createMember(tull, adept.email, ['participant']);
      const m = await t.createMember(tull, `mentor${i}@tull.example`, ['participant']);
      await t.createActivePair(programId, a.personId, m.personId);
      if (adept.group === 'notStated') continue;
      const [application] = await t.database.db
        .select({ id: schema.applications.id })
        .from(schema.applications)
        .where(eq(schema.applications.personId, a.personId));
      await t.database.db
        .insert(schema.sensitiveAnswers)
        .values({ applicationId: application!.id, underRepresented: adept.group === 'yes', consentAt: new Date() });
    }
    coordinator = await t.signIn('maria@tull.example');
  });
  afterAll(() => t.destroy());

  it('shows the consented group of six, hides the unstated one and the group that would give it away', async () => {
    const created = await t.as(coordinator).post(`/api/programs/${programId}/surveys`, {
      kind: 'end',
      instruments: ['mentoring-functions'],
      audience: 'adept',
    });
    expect(created.statusCode, created.body).toBe(201);
    for (const adept of adepts) {
      const mail = await t.waitForMailTo(adept.email, 'surveyInvitation');
      const token = new URL(linkIn(mail.text)).pathname.split('/').pop()!;
      const value = adept.group === 'yes' ? 5 : 3;
      const answered = await t.as(undefined).post(`/api/survey-links/${token}/answers`, {
        answers: { 'mentoring-functions.career1': value, 'mentoring-functions.career2': value, 'mentoring-functions.career3': value },
      });
      expect(answered.statusCode, answered.body).toBe(200);
    }
    // Stored with the group only as consented: six yes, five no, one without.
    const stored = await t.database.db.select({ underRepresented: schema.surveyResponses.underRepresented }).from(schema.surveyResponses);
    expect(stored.map((r) => String(r.underRepresented)).sort()).toEqual([...Array(5).fill('false'), 'null', ...Array(6).fill('true')]);

    const surveys = (await t.as(coordinator).get(`/api/programs/${programId}/surveys`)).json();
    const waveId = surveys.surveys[0].waves[0].id;
    const res = await t.as(coordinator).get(`/api/programs/${programId}/surveys/waves/${waveId}/results`);
    expect(res.statusCode, res.body).toBe(200);
    const career = res.json().measures.find((m: { measure: string }) => m.measure === 'careerSupport');
    expect(career.total).toMatchObject({ n: 12, suppressed: null });
    const groups: Group[] = career.breakdowns.find((b: { by: string }) => b.by === 'underRepresented').groups;
    const byKey = Object.fromEntries(groups.map((g) => [g.key, g]));
    expect(byKey.yes).toMatchObject({ n: 6, value: 5, suppressed: null });
    // One without a stated group is hidden; the five would then be the total less the six: hidden too.
    expect(byKey.notStated).toEqual(expect.objectContaining({ n: 0, value: null, suppressed: 'primary' }));
    expect(byKey.no).toEqual(expect.objectContaining({ n: 0, value: null, suppressed: 'secondary' }));
    expect(res.body).not.toContain('"value":3');
  });
});
