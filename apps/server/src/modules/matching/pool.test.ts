import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { schema } from '@lots/db';
import { createTestApp, type TestApp } from '../../testing/harness';
import { loadProgramForSystem } from '../programs';
import { loadPool } from './load';
import { poolPeople } from './repository';

/**
 * The matching pool reads only the program's accepted applicants and the people above them in
 * their reporting lines (decision 0187): the lines are followed through the participating
 * organisations, a manager elsewhere ends the line, a loop ends where it closes, and nobody else of
 * the organisations is needed.
 */
describe('the matching pool', () => {
  let t: TestApp;
  let programId: string;
  const id: Record<string, string> = {};
  const unit: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    const gbg = await t.createOrganisation('Göteborgs Stad');
    const other = await t.createOrganisation('Annan myndighet');
    unit.area = await t.createUnit(gbg, 'Område Nordost');
    unit.school = await t.createUnit(gbg, 'Skola Nordost', unit.area);
    await t.createMember(gbg, 'maria@goteborg.example', ['coordinator'], { name: 'Maria Koordinator' });
    const maria = await t.signIn('maria@goteborg.example');
    programId = await t.createProgram(maria, { name: 'Mentorprogram för chefer' });
    await t.database.db.update(schema.programs).set({ requiresManagerConfirmation: false }).where(eq(schema.programs.id, programId));
    const person = async (key: string, organisationId: string, managerKey: string | null, unitId: string | null = null) => {
      const [row] = await t.database.db
        .insert(schema.people)
        .values({
          organisationId,
          name: key,
          email: `${key}@pool.example`,
          unitId,
          managerId: managerKey ? id[managerKey]! : null,
        })
        .returning({ id: schema.people.id });
      id[key] = row!.id;
    };
    await person('top', gbg, null);
    await person('mid', gbg, 'top');
    await person('boss', gbg, 'mid', unit.school);
    await person('adept', gbg, 'boss', unit.school);
    await person('outsiderTop', other, null);
    await person('outsider', other, 'outsiderTop');
    await person('adeptAcross', gbg, 'outsider');
    await person('loopA', gbg, null);
    await person('loopB', gbg, 'loopA');
    await t.database.db.update(schema.people).set({ managerId: id.loopB }).where(eq(schema.people.id, id.loopA!));
    await person('mentor', gbg, 'loopA', unit.area);
    await person('bystander', gbg, 'top');
    const applications = [
      ['adept', 'adept', 'accepted'],
      ['adeptAcross', 'adept', 'accepted'],
      ['mentor', 'mentor', 'accepted'],
      ['bystander', 'mentor', 'submitted'],
    ] as const;
    for (const [key, role, status] of applications) {
      const [row] = await t.database.db
        .insert(schema.applications)
        .values({ programId, personId: id[key]!, role, status, submittedAt: new Date(), profile: { mentorCapacity: 2 } })
        .returning({ id: schema.applications.id });
      id[`${key}Application`] = row!.id;
    }
  });
  afterAll(() => t.destroy());

  it('reads the reporting lines of the accepted applicants, through the participating organisations only', async () => {
    const access = (await loadProgramForSystem(t.database.db, programId))!;
    const pool = await loadPool(t.database.db, access);
    const byPerson = new Map([...pool.adepts, ...pool.mentors].map((p) => [p.personId, p]));
    expect(pool.adepts.map((p) => p.personId).sort()).toEqual([id.adept, id.adeptAcross].sort());
    expect(pool.mentors.map((p) => p.personId)).toEqual([id.mentor]);
    const adept = byPerson.get(id.adept!)!;
    expect(adept.managerChain).toEqual([id.boss, id.mid, id.top]);
    expect(adept.unitId).toBe(unit.school);
    expect(adept.unitPath).toEqual([unit.area, unit.school]);
    expect(adept.organisationId).toBe(access.organisationIds[0]);
    // The manager in another organisation is named, and the line ends there.
    expect(byPerson.get(id.adeptAcross!)!.managerChain).toEqual([id.outsider]);
    // A loop of managers ends where it closes.
    const mentor = byPerson.get(id.mentor!)!;
    expect(mentor.managerChain).toEqual([id.loopA, id.loopB]);
    expect(mentor.unitPath).toEqual([unit.area]);
    expect(mentor.capacity).toBe(2);
  });

  it('reads nobody else: not the other applicants, not people beside the lines, not beyond an outside manager', async () => {
    const access = (await loadProgramForSystem(t.database.db, programId))!;
    const read = await poolPeople(t.database.db, programId, access.organisationIds);
    const keyOf = new Map(Object.entries(id).map(([key, value]) => [value, key]));
    expect(read.map((p) => keyOf.get(p.id) ?? p.id).sort()).toEqual(
      ['adept', 'boss', 'mid', 'top', 'adeptAcross', 'outsider', 'mentor', 'loopA', 'loopB'].sort(),
    );
    const inScope = Object.fromEntries(read.map((p) => [keyOf.get(p.id), p.inScope]));
    expect(inScope).toMatchObject({ outsider: false, adept: true, top: true, loopB: true });
  });
});
