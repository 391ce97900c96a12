import { eq } from 'drizzle-orm';
import { schema, type DbOrTx } from '@lots/db';

/**
 * The source programs' rules in the demo world (issue 10): Göteborgs Stad's unit managers get a
 * mentor "från en annan del i staden" — another area than their own, computed from the unit tree
 * (decision 0100) — and the city's coordinator sees each applicant's area and unit. The agencies'
 * joint cohort in selection has two pairs' places with one adept accepted: accepting the three adepts
 * still waiting for a decision gives the last place to the first who applied and puts the others on
 * the waiting list, with one mail each (decision 0101).
 */
export async function seedRules(tx: DbOrTx) {
  const [city] = await tx
    .select({ id: schema.programs.id })
    .from(schema.programs)
    .where(eq(schema.programs.name, 'Mentorprogram för enhetschefer 2027'));
  if (!city) throw new Error('no demo program for Göteborgs Stad');
  await tx
    .update(schema.programs)
    .set({ capacity: 2 })
    .where(eq(schema.programs.name, 'Mentorprogram för chefer 2027 – myndighetssamverkan'));
  await tx.insert(schema.matchingSettings).values({
    programId: city.id,
    weights: { mentorGoals: 2, distance: 0 },
    hardRules: { distance: 'topLevelUnit' },
  });
}
