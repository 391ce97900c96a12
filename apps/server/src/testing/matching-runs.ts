import { schema, type DbOrTx } from '@lots/db';

/** One side of a stored run's pair, as the run lists it. */
export interface RunSide {
  applicationId: string;
  personId: string;
  name: string;
  organisationName: string;
}

/**
 * A finished matching run of these pairs, stored as the matching run stores its result (listed pairs with compact
 * breakdowns, here empty: decision 0197), for tests of what is done with a run (publishing it); returns its id.
 * `locked`: a pair the coordinator locked by hand.
 */
export async function insertFinishedRun(
  db: DbOrTx,
  programId: string,
  pairs: { adept: RunSide; mentor: RunSide; locked?: boolean }[],
): Promise<string> {
  const [row] = await db
    .insert(schema.matchingRuns)
    .values({
      programId,
      status: 'done',
      progress: 100,
      matchedCount: pairs.length,
      totalScore: 50 * pairs.length,
      finishedAt: new Date(),
      result: {
        criteria: [],
        weights: [],
        pairs: pairs.map((p) => ({
          adept: p.adept,
          mentor: p.mentor,
          score: 50,
          locked: p.locked ?? false,
          ruleBreaks: [],
          reason: null,
          values: [],
          points: [],
        })),
      },
    })
    .returning({ id: schema.matchingRuns.id });
  return row!.id;
}
