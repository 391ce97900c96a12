import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { schema } from '@lots/db';
import { createTestApp, type TestApp } from '../../testing/harness';
import { readPdf } from '../../testing/pdf';

/**
 * Issue 13's management report, "costs per outcome once costs exist" (issue 12): the cost per
 * participant is printed when at least five took part; the cost per completed pair only when the
 * completed pairs hold at least five people — one completed pair (two people) is '..'.
 */
describe('the management report’s cost per outcome', () => {
  let t: TestApp;
  let programId: string;
  let coordinator: string;
  const pairs: string[] = [];

  beforeAll(async () => {
    t = await createTestApp();
    const tull = await t.createOrganisation('Tullverket');
    const maria = await t.createMember(tull, 'maria@tull.example', ['coordinator']);
    const [program] = await t.database.db
      .insert(schema.programs)
      .values({
        ownerOrganisationId: tull,
        name: 'Kostnader',
        type: 'classic',
        status: 'running',
        feePerAdept: 6000,
        feePerMentor: 0,
        currency: 'SEK',
        startsOn: '2026-01-15',
        endsOn: '2026-12-15',
      })
      .returning();
    programId = program!.id;
    await t.database.db.insert(schema.programOrganisations).values({ programId, organisationId: tull, status: 'accepted' });
    await t.database.db.insert(schema.programCoordinators).values({ programId, personId: maria.personId });
    for (let i = 0; i < 3; i++) {
      const a = await t.createMember(tull, `a${i}@tull.example`, ['participant']);
      const m = await t.createMember(tull, `m${i}@tull.example`, ['participant']);
      pairs.push(await t.createActivePair(programId, a.personId, m.personId));
    }
    coordinator = await t.signIn('maria@tull.example');
  });
  afterAll(() => t.destroy());

  const reportText = async () => {
    const res = await t.as(coordinator).get(`/api/programs/${programId}/evaluation/report.pdf?lang=sv`);
    expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
    return (await readPdf(res.rawPayload)).text.replace(/\s+/g, ' ');
  };

  it('prints the cost per participant from six people, and hides the cost per pair of one completed pair', async () => {
    const added = await t.as(coordinator).post(`/api/programs/${programId}/costs/shared`, {
      category: 'venue',
      description: 'Konferenslokal',
      currency: 'SEK',
      incurredOn: '2026-02-01',
      amount: 1_200_000,
    });
    expect(added.statusCode, added.body).toBe(201);
    await t.database.db
      .update(schema.pairs)
      .set({ status: 'ended', endedBy: 'program', endedAt: new Date('2026-12-01T00:00:00Z') })
      .where(eq(schema.pairs.id, pairs[0]!));
    const text = await reportText();
    // 3 adepts × 6 000 kr + 12 000 kr = 30 000 kr over 6 participants.
    expect(text).toMatch(/Kostnad per resultat Per deltagare: 5\s000,00\skr Per fullföljt par: \.\. /);
    expect(text).not.toContain('30 000');
    expect(text).not.toContain('Inga kostnader registrerade');
  });
});
