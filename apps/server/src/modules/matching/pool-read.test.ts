import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { schema } from '@lots/db';
import { insertApplicant } from '../../testing/applicants';
import { createTestApp, type TestApp } from '../../testing/harness';
import { listApplications, presentApplications } from '../applications';
import { loadProgramForSystem } from '../programs';
import { loadPool } from './load';

/**
 * The pool reads only what matching uses, in one statement, and judges eligibility through the same
 * judge as the applications' presenter (decision 0177): what it reads of every accepted application is
 * what the presenter shows the engine — names, organisation, unit path, profile, eligibility (with the
 * special-category answer, overrides and trainings), the manager's confirmation — and nothing of the
 * others.
 */
describe('the matching pool read', () => {
  let t: TestApp;
  let programId: string;
  const application: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    const org = await t.createOrganisation('Tullverket');
    const area = await t.createUnit(org, 'Område Syd');
    const office = await t.createUnit(org, 'Kontor Malmö', area);
    await t.createMember(org, 'samordnare@pool.example', ['coordinator'], { name: 'Sam Ordnare' });
    const coordinator = await t.signIn('samordnare@pool.example');
    programId = await t.createProgram(coordinator, { name: 'Mentorprogram' });
    await t.database.db
      .update(schema.programs)
      .set({
        requiresManagerConfirmation: true,
        startsOn: '2027-02-01',
        rules: {
          adept: [{ kind: 'underRepresentedGroup' }],
          mentor: [{ kind: 'yearsAsManager', min: 5, max: null }, { kind: 'completedTraining' }],
        },
      })
      .where(eq(schema.programs.id, programId));
    const [boss] = await t.database.db
      .insert(schema.people)
      .values({ organisationId: org, name: 'Chef Chefsson', email: 'chef@pool.example', unitId: area })
      .returning({ id: schema.people.id });
    const add = async (
      key: string,
      role: 'adept' | 'mentor',
      profile: Record<string, unknown>,
      extra: { status?: 'accepted' | 'submitted'; overrides?: { kind: 'yearsAsManager'; reason: string; by: string; at: string }[] } = {},
    ) => {
      const added = await insertApplicant(
        t.database.db,
        { organisationId: org, name: `Person ${key}`, email: `${key}@pool.example`, unitId: office, managerId: boss!.id },
        {
          programId,
          role,
          status: extra.status ?? 'accepted',
          submittedAt: new Date(Date.UTC(2026, 10, 1, 0, 0, Object.keys(application).length)),
          profile,
          overrides: extra.overrides ?? [],
        },
      );
      application[key] = added.applicationId;
      return added;
    };
    const full = {
      title: 'Enhetschef',
      yearsAsManager: 7,
      competenceAreas: ['Förändringsledning'],
      developmentGoals: 'Leda genom andra',
      interests: ['Friluftsliv'],
      languages: ['svenska', 'engelska'],
      location: 'Malmö',
      meetingPreference: 'digital',
      availability: 'Tisdagar',
      wishes: 'Från en annan sektor',
      tooClose: ['nara@pool.example'],
      mentorCapacity: 2,
      staffResponsibility: true,
      unitName: 'Kontor Malmö',
    };
    // Adepts: an answer of under-represented (yes / no / none), a confirmation confirmed, declined, pending or never asked.
    const yes = await add('adeptYes', 'adept', { ...full, mentorCapacity: undefined });
    const no = await add('adeptNo', 'adept', { languages: ['svenska'] });
    await add('adeptNone', 'adept', {});
    const pending = await add('adeptPending', 'adept', { competenceAreas: [] });
    await t.database.db.insert(schema.sensitiveAnswers).values([
      { applicationId: yes.applicationId, underRepresented: true, consentAt: new Date() },
      { applicationId: no.applicationId, underRepresented: false, consentAt: new Date() },
      { applicationId: pending.applicationId, underRepresented: true, consentAt: new Date() },
    ]);
    const confirmation = (applicationId: string, status: 'pending' | 'confirmed' | 'declined', minutes: number) => ({
      applicationId,
      managerEmail: 'chef@pool.example',
      tokenHash: `hash-${applicationId}-${minutes}`,
      status,
      expiresAt: new Date(Date.now() + 86_400_000),
      createdAt: new Date(Date.now() - minutes * 60_000),
    });
    await t.database.db.insert(schema.managerConfirmations).values([
      // The newest counts: declined first, confirmed later.
      confirmation(yes.applicationId, 'declined', 30),
      confirmation(yes.applicationId, 'confirmed', 10),
      confirmation(no.applicationId, 'declined', 5),
      confirmation(pending.applicationId, 'pending', 5),
    ]);
    // Mentors: years and a training valid at the program's start, an expired one, none; an override of the years.
    const trained = await add('mentorTrained', 'mentor', full);
    const expired = await add('mentorExpired', 'mentor', { ...full, mentorCapacity: 3 });
    await add(
      'mentorJunior',
      'mentor',
      { ...full, yearsAsManager: 2 },
      {
        overrides: [
          { kind: 'yearsAsManager', reason: 'Lång erfarenhet som projektledare', by: 'Sam Ordnare', at: '2026-11-01T00:00:00.000Z' },
        ],
      },
    );
    await add('mentorBare', 'mentor', {});
    await add('mentorSubmitted', 'mentor', full, { status: 'submitted' });
    await t.database.db.insert(schema.mentorTrainings).values([
      { personId: trained.personId, name: 'Mentorutbildning', completedOn: '2026-03-01', validUntil: '2028-03-01' },
      { personId: expired.personId, name: 'Mentorutbildning', completedOn: '2023-03-01', validUntil: '2025-03-01' },
    ]);
  });
  afterAll(() => t.destroy());

  it('reads every accepted application as the presenter shows it to the engine', async () => {
    const access = (await loadProgramForSystem(t.database.db, programId))!;
    const pool = await loadPool(t.database.db, access);
    const rows = await listApplications(t.database.db, programId, { status: 'accepted' });
    const presented = await presentApplications(t.database.db, access, rows, { viewer: 'engine' });
    expect(presented).toHaveLength(8);
    expect([...pool.applications.keys()].sort()).toEqual(presented.map((a) => a.id).sort());
    for (const a of presented) {
      const read = pool.applications.get(a.id)!;
      expect(read).toEqual({
        id: a.id,
        personId: a.personId,
        role: a.role,
        name: a.name,
        email: a.email,
        organisationName: a.organisationName,
        unitPath: a.unitPath,
        profile: {
          title: a.profile.title,
          yearsAsManager: a.profile.yearsAsManager,
          competenceAreas: a.profile.competenceAreas,
          developmentGoals: a.profile.developmentGoals,
          interests: a.profile.interests,
          languages: a.profile.languages,
          location: a.profile.location,
          meetingPreference: a.profile.meetingPreference,
          availability: a.profile.availability,
          wishes: a.profile.wishes,
          tooClose: a.profile.tooClose,
          mentorCapacity: a.profile.mentorCapacity,
        },
        eligible: a.eligibility.status === 'eligible',
        confirmed: a.confirmation === 'confirmed' || a.confirmation === 'not_required',
        submittedAt: a.submittedAt,
      });
    }
    // The cases are all there: each judged as its facts say.
    const eligible = (key: string) => pool.applications.get(application[key]!)!.eligible;
    const confirmed = (key: string) => pool.applications.get(application[key]!)!.confirmed;
    expect(['adeptYes', 'adeptNo', 'adeptNone', 'adeptPending'].map(eligible)).toEqual([true, false, false, true]);
    expect(['adeptYes', 'adeptNo', 'adeptNone', 'adeptPending'].map(confirmed)).toEqual([true, false, false, false]);
    expect(['mentorTrained', 'mentorExpired', 'mentorJunior', 'mentorBare'].map(eligible)).toEqual([true, false, false, false]);
    expect(['mentorTrained', 'mentorExpired', 'mentorJunior', 'mentorBare'].map(confirmed)).toEqual([true, true, true, true]);
    expect(pool.applications.has(application.mentorSubmitted!)).toBe(false);
    // The engine gets the same facts: capacity from the profile, the lists defaulted.
    const bare = pool.mentors.find((m) => m.id === application.mentorBare)!;
    expect(bare).toMatchObject({ capacity: 1, competenceAreas: [], languages: [], tooClose: [], title: null, eligible: false });
    expect(pool.mentors.find((m) => m.id === application.mentorExpired)!.capacity).toBe(3);
    expect(pool.adepts.find((m) => m.id === application.adeptYes)).toMatchObject({
      eligible: true,
      confirmed: true,
      unitPath: expect.any(Array),
    });
  });

  it('judges the junior mentor by the override of the years, the training rule still open', async () => {
    const access = (await loadProgramForSystem(t.database.db, programId))!;
    const [row] = await listApplications(t.database.db, programId, { ids: [application.mentorJunior!] });
    const [presented] = await presentApplications(t.database.db, access, [row!], { viewer: 'engine' });
    expect(presented!.eligibility.results.map((r) => [r.kind, r.passed, Boolean(r.override)])).toEqual([
      ['yearsAsManager', false, true],
      ['completedTraining', false, false],
    ]);
  });
});
