import { publishBreakdown } from '@lots/core';
import type { DbOrTx } from '@lots/db';
import type { Actor } from '../../platform/actor';
import { requirePeopleAccess } from '../programs';
import * as repo from './repository';

const hours = (minutes: number) => Math.round((minutes / 60) * 10) / 10;
const BANDS = ['under25', 'under50', 'under75', 'under100', 'reached'] as const;

/** My hours in a program (pair meetings and attended events) against its expected hours. */
export async function myTimeSpent(db: DbOrTx, actor: Actor, programId: string, expectedHours: number | null) {
  const [row] = actor.person ? await repo.minutesPerParticipant(db, programId, actor.person.id) : [];
  const pair = row?.pairMinutes ?? 0;
  const event = row?.eventMinutes ?? 0;
  return { pairHours: hours(pair), eventHours: hours(event), totalHours: hours(pair + event), expectedHours };
}

/**
 * The coordinators' figures: how many, total, median, and a distribution against the expected hours — no
 * person's hours, and no figure resting on fewer than k people (the one suppression function, decision 0130).
 */
export async function timeSpentSummary(db: DbOrTx, actor: Actor, programId: string, k: number) {
  const access = await requirePeopleAccess(db, actor, programId);
  const expected = access.program.expectedHours;
  const totals = (await repo.minutesPerParticipant(db, programId, null)).map((r) => r.pairMinutes + r.eventMinutes).sort((a, b) => a - b);
  const median = totals.length ? (totals[Math.floor((totals.length - 1) / 2)]! + totals[Math.ceil((totals.length - 1) / 2)]!) / 2 : 0;
  const counts = new Map<(typeof BANDS)[number], number>(BANDS.map((b) => [b, 0]));
  if (expected)
    for (const minutes of totals) {
      const share = minutes / (expected * 60);
      const band = share >= 1 ? 'reached' : BANDS[Math.floor(share * 4)]!;
      counts.set(band, counts.get(band)! + 1);
    }
  const published = publishBreakdown(
    { n: totals.length, value: hours(totals.reduce((a, b) => a + b, 0)) },
    expected ? BANDS.map((band) => ({ key: band, n: counts.get(band)!, value: counts.get(band)! })) : [],
    k,
  );
  return {
    participants: totals.length,
    expectedHours: expected,
    totalHours: published.total.value,
    // The median rests on the same people as the total: shown with it or not at all.
    medianHours: published.total.value === null ? null : hours(median),
    distribution: published.parts.map((part) => ({
      band: part.key as (typeof BANDS)[number],
      // A band no one is in is published as 0 (it carries no one's figure).
      count: part.value,
      suppressed: part.suppressed,
    })),
  };
}
