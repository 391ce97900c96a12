/**
 * A mentor's places, one rule for the pool a run matches (load.ts) and for the publish that checks a run against the
 * program as it is now (pairs-service.ts, decision 0200): a pair on offer or running holds a place; a mentor offers
 * `mentorCapacity` places (none given: one), less the pairs that hold theirs.
 */
export function holdsPlace(pair: { status: string }): boolean {
  return pair.status === 'published' || pair.status === 'active';
}

/** Each mentor application's pairs that hold a place. */
export function placesTaken(pairs: readonly { status: string; mentorApplicationId: string }[]): Map<string, number> {
  const taken = new Map<string, number>();
  for (const p of pairs) if (holdsPlace(p)) taken.set(p.mentorApplicationId, (taken.get(p.mentorApplicationId) ?? 0) + 1);
  return taken;
}

/** The places a mentor has left: those they offer less those their pairs hold, never below none. */
export function placesLeft(mentorCapacity: number | null | undefined, taken: number): number {
  return Math.max(0, (mentorCapacity ?? 1) - taken);
}
