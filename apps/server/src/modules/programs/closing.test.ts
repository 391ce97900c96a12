import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { schema } from '@lots/db';
import type { ClosingPreview } from '@lots/core';
import { createTestApp, OPENABLE_PROGRAM, type TestApp } from '../../testing/harness';

/**
 * "Programmet avslutas officiellt efter ett år. Om paren så önskar kan de därefter välja att
 * fortsätta träffas": closing shows what happens to each pair before it acts, reopening restores
 * the pairs it ended, and a closed program's decisions are read-only.
 */
describe('closing a program', () => {
  let t: TestApp;
  let evelina: string;
  let programId: string;
  let ending: string;
  let continuing: string;
  const person: Record<string, string> = {};

  const pairStatus = async (id: string) =>
    (await t.database.db.select({ status: schema.pairs.status }).from(schema.pairs).where(eq(schema.pairs.id, id)))[0]!.status;

  beforeAll(async () => {
    t = await createTestApp();
    const gbg = await t.createOrganisation('Göteborgs Stad');
    await t.createMember(gbg, 'evelina@goteborg.example', ['coordinator'], { name: 'Evelina Strandhede' });
    evelina = await t.signIn('evelina@goteborg.example');
    for (const name of ['Kristina Holm', 'Ahmed Yousef', 'Mattias Ström', 'Helena Sandberg', 'Emma Sjögren']) {
      const [row] = await t.database.db
        .insert(schema.people)
        .values({ organisationId: gbg, name, email: `${name.split(' ')[0]!.toLowerCase()}@goteborg.example` })
        .returning({ id: schema.people.id });
      person[name] = row!.id;
    }
    const created = await t.as(evelina).post('/api/programs', {
      ...OPENABLE_PROGRAM,
      name: 'Mentorprogram för enhetschefer 2026',
      type: 'classic',
      requiresManagerConfirmation: false,
    });
    expect(created.statusCode, created.body).toBe(201);
    programId = created.json().id;
    for (const status of ['open', 'selection', 'matching', 'running'])
      expect((await t.as(evelina).post(`/api/programs/${programId}/status`, { status })).statusCode).toBe(200);
    ending = await t.createActivePair(programId, person['Kristina Holm']!, person['Ahmed Yousef']!);
    continuing = await t.createActivePair(programId, person['Mattias Ström']!, person['Helena Sandberg']!);
    await t.database.db
      .update(schema.pairs)
      .set({ adeptContinuation: 'continue', mentorContinuation: 'continue' })
      .where(eq(schema.pairs.id, continuing));
    await t.database.db
      .insert(schema.applications)
      .values({ programId, personId: person['Emma Sjögren']!, role: 'adept', status: 'submitted', submittedAt: new Date() });
  });
  afterAll(() => t.destroy());

  it('shows what will happen to each pair before it acts, one page at a time', async () => {
    const preview = await t.as(evelina).get(`/api/programs/${programId}/closing-preview`);
    expect(preview.statusCode, preview.body).toBe(200);
    const body = preview.json() as ClosingPreview;
    expect(body.total).toBe(2);
    expect(body.counts).toEqual({ ends: 1, continues: 1, staysProposed: 0 });
    expect(body.items.map((i) => [i.adeptName, i.mentorName, i.outcome])).toEqual([
      ['Kristina Holm', 'Ahmed Yousef', 'ends'],
      ['Mattias Ström', 'Helena Sandberg', 'continues'],
    ]);
    const second = (await t.as(evelina).get(`/api/programs/${programId}/closing-preview?limit=1&offset=1`)).json() as ClosingPreview;
    expect(second.items.map((i) => i.pairId)).toEqual([continuing]);
    expect(second.total).toBe(2);
    const bad = await t.as(evelina).get(`/api/programs/${programId}/closing-preview?limit=0`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toContain('limit');
    // Nothing happened yet.
    expect(await pairStatus(ending)).toBe('active');
  });

  it('after closing, decisions are read-only', async () => {
    expect((await t.as(evelina).post(`/api/programs/${programId}/status`, { status: 'closed' })).statusCode).toBe(200);
    expect(await pairStatus(ending)).toBe('ended');
    expect(await pairStatus(continuing)).toBe('active');
    const [emma] = await t.database.db.select().from(schema.applications).where(eq(schema.applications.personId, person['Emma Sjögren']!));
    const decide = await t.as(evelina).post(`/api/programs/${programId}/decisions`, { applicationIds: [emma!.id], decision: 'accepted' });
    expect(decide.statusCode).toBe(409);
    expect(decide.json().error.field).toBe('status');
    const [mentor] = await t.database.db
      .select()
      .from(schema.applications)
      .where(eq(schema.applications.personId, person['Ahmed Yousef']!));
    const assign = await t.as(evelina).post(`/api/programs/${programId}/matching/assign`, {
      adeptApplicationId: emma!.id,
      mentorApplicationId: mentor!.id,
    });
    expect(assign.statusCode).toBe(409);
    expect(assign.json().error.field).toBe('status');
  });

  it('reopening restores the pairs that closing ended, and only those', async () => {
    expect((await t.as(evelina).post(`/api/programs/${programId}/status`, { status: 'running' })).statusCode).toBe(200);
    expect(await pairStatus(ending)).toBe('active');
    expect(await pairStatus(continuing)).toBe('active');
    const [row] = await t.database.db.select().from(schema.pairs).where(eq(schema.pairs.id, ending));
    expect(row).toMatchObject({ endedBy: null, endedAt: null });
  });
});
