import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { schema } from '@lots/db';
import type { MatchingRun, RunPair, RunPairWhy } from '@lots/core';
import { createTestApp, type TestApp } from '../../testing/harness';

/**
 * Issue 10 item 10: matching uses what the forms ask. The mentor form asks "what do you want to
 * contribute and develop yourself as a mentor?", and a new program's matching scores that answer
 * against what the adept brings (competence areas, title, interests); the adept form's wishes for a
 * mentor are scored too. Both go through the real forms, the program's default settings and a run.
 */
describe('matching uses what the forms ask', () => {
  let t: TestApp;
  let coordinator: string;
  let programId: string;
  const cookie: Record<string, string> = {};

  /** "Why?" for one pair of a run (decision 0197). */
  async function why(runId: string, pair: RunPair): Promise<RunPairWhy> {
    const response = await t.as(coordinator).get(`/api/programs/${programId}/matching/runs/${runId}/pairs/${pair.adept.applicationId}/why`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as RunPairWhy;
  }

  async function run(): Promise<MatchingRun> {
    const started = await t.as(coordinator).post(`/api/programs/${programId}/matching/runs`);
    expect(started.statusCode, started.body).toBe(202);
    for (let i = 0; i < 200; i++) {
      const current = (await t.as(coordinator).get(`/api/programs/${programId}/matching/runs/${started.json().id}`)).json() as MatchingRun;
      if (current.status === 'done' || current.status === 'failed') {
        expect(current.error).toBeNull();
        return current;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('run did not finish');
  }

  beforeAll(async () => {
    t = await createTestApp();
    const org = await t.createOrganisation('Skatteverket');
    const north = await t.createUnit(org, 'Region Nord');
    const south = await t.createUnit(org, 'Region Syd');
    await t.createMember(org, 'samordnare@skv.example', ['coordinator'], { name: 'Sam Ordnare' });
    coordinator = await t.signIn('samordnare@skv.example');
    for (const [key, name, unitId] of [
      ['adept', 'Ada Adept', north],
      ['learner', 'Lena Lärande', south],
      ['other', 'Olof Annan', south],
    ] as const) {
      const { personId } = await t.createMember(org, `${key}@skv.example`, ['participant'], { name });
      await t.database.db.update(schema.people).set({ unitId }).where(eq(schema.people.id, personId));
      cookie[key] = await t.signIn(`${key}@skv.example`);
    }
    programId = await t.createProgram(coordinator, { name: 'Mentorskap 2028', requiresManagerConfirmation: false });
    const submit = async (key: string, role: 'adept' | 'mentor', profile: Record<string, unknown>) => {
      const sent = await t.as(cookie[key]!).post(`/api/programs/${programId}/applications/mine/${role}/submit`, { profile });
      expect(sent.statusCode, sent.body).toBe(200);
      return sent.json().id as string;
    };
    await submit('adept', 'adept', {
      yearsAsManager: 1,
      competenceAreas: ['Digitalisering', 'AI'],
      interests: ['Teknik'],
      developmentGoals: 'Strategiskt ledarskap',
    });
    // Two mentors alike in everything but what they want to develop themselves.
    const mentor = { yearsAsManager: 10, competenceAreas: ['Strategiskt ledarskap'], mentorCapacity: 1 };
    await submit('learner', 'mentor', { ...mentor, developmentGoals: 'Förstå digitalisering och AI bättre' });
    await submit('other', 'mentor', { ...mentor, developmentGoals: 'Ekonomistyrning och budget' });
    expect((await t.as(coordinator).post(`/api/programs/${programId}/status`, { status: 'selection' })).statusCode).toBe(200);
    const all = (await t.as(coordinator).get(`/api/programs/${programId}/applications`)).json().items as { id: string }[];
    const decided = await t.as(coordinator).post(`/api/programs/${programId}/decisions`, {
      applicationIds: all.map((a) => a.id),
      decision: 'accepted',
    });
    expect(decided.statusCode, decided.body).toBe(200);
  });
  afterAll(() => t.destroy());

  it('a new program weighs the mentor’s own development goals, and the mentor who wants to learn what the adept brings gets the adept', async () => {
    const settings = (await t.as(coordinator).get(`/api/programs/${programId}/matching/settings`)).json();
    expect(settings.weights.mentorGoals).toBeGreaterThan(0);
    expect(settings.weights.wishes).toBeGreaterThan(0);

    const result = await run();
    expect(result.pairs).toHaveLength(1);
    const [pair] = result.pairs;
    expect(pair!.mentor.name).toBe('Lena Lärande');
    const mentorGoals = (await why(result.id, pair!)).breakdown.find((c) => c.criterion === 'mentorGoals')!;
    expect(mentorGoals.weight).toBe(settings.weights.mentorGoals);
    expect(mentorGoals.value).toBeGreaterThan(0);
    expect(mentorGoals.points).toBeGreaterThan(0);
  });

  it('the mentor whose own goals have nothing to do with what the adept brings scores nothing on it', async () => {
    const first = await run();
    const [pair] = first.pairs;
    const excluded = await t.as(coordinator).post(`/api/programs/${programId}/matching/constraints`, {
      kind: 'exclude',
      adeptApplicationId: pair!.adept.applicationId,
      mentorApplicationId: pair!.mentor.applicationId,
    });
    expect(excluded.statusCode, excluded.body).toBe(200);
    const second = await run();
    expect(second.pairs).toHaveLength(1);
    expect(second.pairs[0]!.mentor.name).toBe('Olof Annan');
    expect((await why(second.id, second.pairs[0]!)).breakdown.find((c) => c.criterion === 'mentorGoals')!.value).toBe(0);
    expect(second.pairs[0]!.score).toBeLessThan(pair!.score);
  });
});
