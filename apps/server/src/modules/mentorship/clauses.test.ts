import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { schema } from '@lots/db';
import { createTestApp, type TestApp } from '../../testing/harness';
import { readPdf } from '../../testing/pdf';

/**
 * Issue 10, item 6: the agreement says only what is true. "The adept's manager knows of and has
 * confirmed the mentorship" appears only where the program requires the manager's confirmation,
 * and clauses are written in the program's own languages only.
 */
describe('the agreement says only what is true', () => {
  let t: TestApp;
  let programId: string;
  let pairId: string;
  const cookies: Record<'adept' | 'mentor' | 'coordinator', string> = {} as never;
  const standard = ['confidentiality', 'voluntary', 'ending', 'noReference'];

  beforeAll(async () => {
    t = await createTestApp();
    const org = await t.createOrganisation('Göteborgs Stad');
    const adept = await t.createMember(org, 'adept@goteborg.example', ['participant'], { name: 'Amina Said' });
    const mentor = await t.createMember(org, 'mentor@goteborg.example', ['participant'], { name: 'Lars Berg' });
    const coordinator = await t.createMember(org, 'samordnare@goteborg.example', ['coordinator'], { name: 'Eva Lind' });
    const [program] = await t.database.db
      .insert(schema.programs)
      .values({
        ownerOrganisationId: org,
        name: 'Inkluderande mentorskap',
        type: 'inclusion',
        status: 'running',
        languages: ['sv'],
        requiresManagerConfirmation: false,
        endsOn: '2099-01-01',
      })
      .returning();
    programId = program!.id;
    await t.database.db.insert(schema.programOrganisations).values({ programId, organisationId: org });
    await t.database.db.insert(schema.programCoordinators).values({ programId, personId: coordinator.personId });
    pairId = await t.createActivePair(programId, adept.personId, mentor.personId);
    cookies.adept = await t.signIn('adept@goteborg.example');
    cookies.mentor = await t.signIn('mentor@goteborg.example');
    cookies.coordinator = await t.signIn('samordnare@goteborg.example');
  });
  afterAll(() => t.destroy());

  const agreement = {
    cadenceWeeksMin: 3,
    cadenceWeeksMax: 4,
    meetingMinutes: 60,
    mode: 'physical',
    goals: ['Nätverk i staden'],
  };

  it('without the manager’s confirmation, neither the standard clauses nor the agreement claim it', async () => {
    const clauses = await t.as(cookies.coordinator).get(`/api/programs/${programId}/clauses`);
    expect(clauses.statusCode, clauses.body).toBe(200);
    expect(clauses.json().map((c: { key: string }) => c.key)).toEqual(standard);
    const saved = await t.as(cookies.adept).put(`/api/mentorships/${pairId}/agreement`, agreement);
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().agreement.clauses.map((c: { key: string }) => c.key)).toEqual(standard);
    expect(saved.body).not.toMatch(/chef känner till|manager knows/i);
    // Nor can a coordinator write it in.
    const refused = await t.as(cookies.coordinator).put(`/api/programs/${programId}/clauses`, {
      clauses: [{ key: 'managerInformed', sv: 'Adeptens chef har bekräftat mentorskapet.' }],
    });
    expect(refused.statusCode, refused.body).toBe(400);
    expect(refused.json().error.field).toBe('clauses.0.key');
  });

  it('clauses are written in the program’s own languages only; a reader in another language gets those', async () => {
    const onlySwedish = await t.as(cookies.coordinator).put(`/api/programs/${programId}/clauses`, {
      clauses: [
        { key: 'confidentiality', sv: 'Det vi säger stannar mellan oss.' },
        { key: 'ending', sv: 'Var och en kan avsluta när som helst.' },
      ],
    });
    expect(onlySwedish.statusCode, onlySwedish.body).toBe(200);
    expect(onlySwedish.json()).toEqual([
      { key: 'confidentiality', sv: 'Det vi säger stannar mellan oss.', nb: '', en: '' },
      { key: 'ending', sv: 'Var och en kan avsluta när som helst.', nb: '', en: '' },
    ]);
    const otherLanguage = await t.as(cookies.coordinator).put(`/api/programs/${programId}/clauses`, {
      clauses: [{ key: 'confidentiality', sv: 'Det vi säger stannar mellan oss.', en: 'What we say stays between us.' }],
    });
    expect(otherLanguage.statusCode).toBe(400);
    expect(otherLanguage.json().error.field).toBe('clauses.0.en');
    const missing = await t.as(cookies.coordinator).put(`/api/programs/${programId}/clauses`, {
      clauses: [{ key: 'confidentiality', sv: 'Det vi säger stannar mellan oss.' }, { key: 'ending' }],
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.field).toBe('clauses.1.sv');
    // A program that names no language takes its clauses in Swedish, as the editor shows them.
    await t.database.db.update(schema.programs).set({ languages: [] }).where(eq(schema.programs.id, programId));
    const unnamed = await t.as(cookies.coordinator).put(`/api/programs/${programId}/clauses`, {
      clauses: [
        { key: 'confidentiality', sv: 'Det vi säger stannar mellan oss.' },
        { key: 'ending', sv: 'Var och en kan avsluta när som helst.' },
      ],
    });
    expect(unnamed.statusCode, unnamed.body).toBe(200);
    await t.database.db
      .update(schema.programs)
      .set({ languages: ['sv'] })
      .where(eq(schema.programs.id, programId));

    // A mentor reading in English gets the clauses in the program's language, not an empty line.
    const saved = await t.as(cookies.mentor).put(`/api/mentorships/${pairId}/agreement`, agreement);
    expect(saved.json().agreement.clauses).toHaveLength(2);
    const pdf = await t.as(cookies.mentor).get(`/api/mentorships/${pairId}/agreement.pdf?lang=en`);
    expect(pdf.statusCode).toBe(200);
    const text = (await readPdf(pdf.rawPayload)).text.replace(/\s+/g, ' ');
    expect(text).toContain('Det vi säger stannar mellan oss.');
  });
});
