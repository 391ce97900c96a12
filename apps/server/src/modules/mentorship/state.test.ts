/**
 * A pair's state changes through the state machine (packages/core/src/programs/pair-state.ts):
 * `applyPairEvent` writes the next state only if the machine allows it and nobody changed the pair
 * meanwhile; closing a program ends its running pairs through it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { schema } from '@lots/db';
import { createTestApp, type TestApp } from '../../testing/harness';
import { applyPairEvent, endPairsOfClosedProgram, updatePairDetails } from './state';

describe('pair state in the database', () => {
  let t: TestApp;
  let programId: string;
  let pairId: string;
  const load = async () => (await t.database.db.select().from(schema.pairs).where(eq(schema.pairs.id, pairId)))[0]!;
  const apply = (pair: Awaited<ReturnType<typeof load>>, event: Parameters<typeof applyPairEvent>[2]) =>
    t.database.db.transaction((tx) => applyPairEvent(tx, pair, event));

  beforeAll(async () => {
    t = await createTestApp();
    const org = await t.createOrganisation('Tullverket');
    const adept = await t.createMember(org, 'adept@tull.example', ['participant']);
    const mentor = await t.createMember(org, 'mentor@tull.example', ['participant']);
    const [program] = await t.database.db
      .insert(schema.programs)
      .values({ ownerOrganisationId: org, name: 'P', type: 'classic', status: 'running' })
      .returning();
    programId = program!.id;
    const [a, m] = await t.database.db
      .insert(schema.applications)
      .values([
        { programId, personId: adept.personId, role: 'adept', status: 'accepted' },
        { programId, personId: mentor.personId, role: 'mentor', status: 'accepted' },
      ])
      .returning();
    const [pair] = await t.database.db
      .insert(schema.pairs)
      .values({ programId, adeptApplicationId: a!.id, mentorApplicationId: m!.id, status: 'published' })
      .returning();
    pairId = pair!.id;
  });
  afterAll(() => t.destroy());

  it('follows the machine, and refuses an answer read before another one (the pair changed meanwhile)', async () => {
    const stale = await load();
    await apply(stale, { type: 'respond', role: 'adept', decision: 'accepted' });
    await expect(apply(stale, { type: 'respond', role: 'mentor', decision: 'accepted' })).rejects.toMatchObject({ code: 'conflict' });
    await apply(await load(), { type: 'respond', role: 'mentor', decision: 'accepted' });
    expect(await load()).toMatchObject({ status: 'active', adeptResponse: 'accepted', mentorResponse: 'accepted' });
  });

  it('refuses what the machine refuses, and writes nothing', async () => {
    const before = await load();
    await expect(apply(before, { type: 'respond', role: 'adept', decision: 'declined' })).rejects.toMatchObject({
      code: 'conflict',
      field: 'decision',
    });
    expect(await load()).toEqual(before);
  });

  it('keeps the state columns out of other changes', async () => {
    await expect(t.database.db.transaction((tx) => updatePairDetails(tx, pairId, { status: 'ended' } as never))).rejects.toThrow(
      /applyPairEvent/,
    );
    expect((await load()).status).toBe('active');
  });

  it('ends the running pairs of a closing program through the machine (by the program), except those that continue', async () => {
    const ended = (await t.database.db.transaction((tx) => endPairsOfClosedProgram(tx, programId))).length;
    expect(ended).toBe(1);
    const pair = await load();
    expect(pair).toMatchObject({ status: 'ended', endedBy: 'program' });
    expect(pair.endedAt).toBeInstanceOf(Date);
    expect(await t.database.db.transaction((tx) => endPairsOfClosedProgram(tx, programId))).toEqual([]);
  });
});
