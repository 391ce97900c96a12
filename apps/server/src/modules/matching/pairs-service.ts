import type { DbOrTx } from '@lots/db';
import { translate, type MatchingRun, type Pair } from '@lots/core';
import { applyPairEvent } from '../mentorship';
import type { AppContext } from '../../context';
import type { Actor } from '../../platform/actor';
import { AppError } from '../../platform/errors';
import type { Mutation } from '../../platform/mutation';
import { lockPlaces, requireDecisionsOpen, requirePeopleAccess } from '../programs';
import { presentRun } from './run-service';
import * as repo from './repository';
import { holdsPlace, placesLeft, placesTaken } from './places';
import { authorize } from '../../platform/authorize';
import { respondToPair } from './policy';

type PairRow = repo.PairRow;

async function presentPairs(db: DbOrTx, rows: PairRow[], viewer: { personId: string | null; coordinator: boolean }): Promise<Pair[]> {
  if (!rows.length) return [];
  const appIds = [...new Set(rows.flatMap((r) => [r.adeptApplicationId, r.mentorApplicationId]))];
  const apps = await repo.partiesOf(db, appIds);
  const programs = await repo.programNames(db, [...new Set(rows.map((r) => r.programId))]);
  const byId = new Map(apps.map((a) => [a.id, a]));
  const programName = new Map(programs.map((p) => [p.id, p.name]));
  return rows.map((r) => {
    const adept = byId.get(r.adeptApplicationId)!;
    const mentor = byId.get(r.mentorApplicationId)!;
    const side = (a: typeof adept) => ({
      applicationId: a.id,
      personId: a.personId,
      name: a.name,
      organisationName: a.organisationName,
      title: a.title,
      email: a.email,
    });
    return {
      id: r.id,
      programId: r.programId,
      programName: programName.get(r.programId) ?? '',
      status: r.status,
      myRole: viewer.personId === adept.personId ? 'adept' : viewer.personId === mentor.personId ? 'mentor' : null,
      adept: side(adept),
      mentor: side(mentor),
      adeptResponse: r.adeptResponse,
      mentorResponse: r.mentorResponse,
      // Why someone declined stays with the coordinator.
      declineReason: viewer.coordinator ? r.declineReason : null,
      declinedBy: r.declinedBy,
      publishedAt: r.publishedAt.toISOString(),
    };
  });
}

/** Publishes a finished run: every pair is offered to both parties, who are told by e-mail and in Lots. */
export async function publish(m: Mutation, programId: string, runId: string): Promise<Pair[]> {
  const { tx, actor } = m;
  const access = await requirePeopleAccess(tx, actor, programId);
  requireDecisionsOpen(access.program);
  // The cohort's places and each adept's one live pair are counted from what is read below: one publish (or decision)
  // on the program at a time, across transactions and processes (decision 0200).
  await lockPlaces(tx, programId);
  const row = await repo.findRun(tx, programId, runId);
  if (!row || row.status !== 'done') throw new AppError('validation', 'runId: no finished run with this id', 'runId');
  const run: MatchingRun = presentRun(row);
  if (!run.pairs.length) throw new AppError('conflict', 'This run has no pairs to publish', 'runId');
  // Never offered twice: not a pair published before (whatever became of it: a declined pair is
  // not proposed again), nor one whose adept already has a published or active pair.
  const existing = await repo.listPairs(tx, programId);
  const busy = new Set(existing.filter(holdsPlace).map((p) => p.adeptApplicationId));
  const offered = new Set(existing.map((p) => `${p.adeptApplicationId}:${p.mentorApplicationId}`));
  const fresh = run.pairs.filter(
    (p) => !busy.has(p.adept.applicationId) && !offered.has(`${p.adept.applicationId}:${p.mentor.applicationId}`),
  );
  if (!fresh.length)
    throw new AppError(
      'conflict',
      'Nothing left to publish in this run: every pair is published already or its adept has a published or active pair',
      'runId',
    );
  const capacity = access.program.capacity;
  if (capacity != null && busy.size + fresh.length > capacity)
    throw outdatedRun(`The cohort takes ${capacity} pairs and has ${busy.size}: this run would publish ${fresh.length} more`);
  // The run paired the pool as it was: since then one of its people may have left the accepted list (rejected,
  // withdrawn) or another run's pairs taken a mentor's places. Such a run is published not in part but not at all.
  const stale = await stalePairs(tx, programId, fresh, existing);
  if (stale) throw outdatedRun(stale);
  const inserted = await repo.insertPairs(
    tx,
    fresh.map((p) => ({
      programId,
      adeptApplicationId: p.adept.applicationId,
      mentorApplicationId: p.mentor.applicationId,
      runId,
      score: p.score,
      status: 'published',
    })),
  );
  const presented = await presentPairs(tx, inserted, { personId: null, coordinator: access.coordinator });
  for (const pair of presented) {
    for (const [me, other, role] of [
      [pair.adept, pair.mentor, 'adept'],
      [pair.mentor, pair.adept, 'mentor'],
    ] as const) {
      await m.mail(
        { personId: me.personId },
        {
          template: 'matchPublished',
          path: '/mentorships',
          organisationId: access.program.ownerOrganisationId,
          vars: (locale) => ({
            program: access.program.name,
            counterpart: other.name,
            organisation: other.organisationName,
            role: translate(locale, 'mail', `roles.${role}`),
          }),
        },
      );
    }
  }
  await m.audit({
    action: 'matching.publish',
    organisationId: access.program.ownerOrganisationId,
    entity: 'matching_run',
    entityId: runId,
    data: { pairs: inserted.length },
  });
  return presented;
}

/** A publish refused because the run no longer fits the program (decision 0200): the web says to run matching again. */
function outdatedRun(why: string) {
  const message = `${why}; run matching again`;
  return new AppError('conflict', message, 'runId', [{ field: 'runId', code: 'publish.outdated', message }]);
}

/**
 * Why these pairs of a run cannot be published as they stand, or null: a side whose application is no longer accepted,
 * or a mentor given more pairs than the engine would give them now — the places they offer (`mentorCapacity`, else
 * one) less their published and active pairs, or as many as the coordinator locked by hand, whichever is more (as the
 * run's capacity, `packages/matching` cohort.js: a lock may go past a mentor's places). Read after `lockPlaces`, so no
 * decision, withdrawal or other publish changes it before this one commits.
 */
async function stalePairs(tx: DbOrTx, programId: string, fresh: MatchingRun['pairs'], existing: PairRow[]): Promise<string | null> {
  const ids = [...new Set(fresh.flatMap((p) => [p.adept.applicationId, p.mentor.applicationId]))];
  const now = new Map((await repo.partiesNow(tx, programId, ids)).map((a) => [a.id, a]));
  const gone = ids.filter((id) => now.get(id)?.status !== 'accepted');
  if (gone.length) return `${gone.length} of this run's applications are no longer accepted`;
  const given = new Map<string, { pairs: number; locked: number }>();
  for (const p of fresh) {
    const mentor = given.get(p.mentor.applicationId) ?? { pairs: 0, locked: 0 };
    given.set(p.mentor.applicationId, { pairs: mentor.pairs + 1, locked: mentor.locked + Number(p.locked) });
  }
  const taken = placesTaken(existing);
  const full = [...given].filter(
    ([id, mentor]) => mentor.pairs > Math.max(placesLeft(now.get(id)!.mentorCapacity, taken.get(id) ?? 0), mentor.locked),
  );
  return full.length ? `${full.length} of this run's mentors would have more pairs than the places they offer` : null;
}

export async function programPairs(ctx: AppContext, actor: Actor, programId: string): Promise<Pair[]> {
  const access = await requirePeopleAccess(ctx.db, actor, programId);
  // Decline reasons reach the program's coordinators only, not its administrators (issue 9.3).
  return presentPairs(ctx.db, await repo.listPairs(ctx.db, programId), {
    personId: actor.person?.id ?? null,
    coordinator: access.coordinator,
  });
}

/** My pairs, in every program: the other party's name, title, organisation and e-mail. */
export async function myPairs(ctx: AppContext, actor: Actor): Promise<Pair[]> {
  if (!actor.person) return [];
  const rows = await repo.pairsOfPerson(ctx.db, actor.person.id);
  return presentPairs(ctx.db, rows, { personId: actor.person.id, coordinator: false });
}

/**
 * Each party accepts or declines (mentoring is voluntary). Both accepting makes the pair
 * active; a decline ends the offer, returns both to the pool and keeps the pair out of later
 * runs. The reason, if any, is seen by the coordinator only. The pair's state changes through
 * the state machine (`applyPairEvent`), like every other change of a pair's state.
 */
export async function respond(
  { tx, actor, audit }: Mutation,
  pairId: string,
  input: { decision: 'accepted' | 'declined'; reason?: string | null },
): Promise<Pair> {
  const { pair, role } = await authorize(tx, actor, respondToPair, pairId);
  const declining = input.decision === 'declined';
  const updated = await applyPairEvent(
    tx,
    pair,
    { type: 'respond', role, decision: input.decision },
    declining ? { declineReason: input.reason ?? null, declinedBy: role } : {},
  );
  if (updated.status === 'declined') {
    // Both return to the pool; this pair stays out of later runs.
    await repo.deleteLocksOfAdepts(tx, pair.programId, [pair.adeptApplicationId]);
    await repo.upsertConstraint(tx, {
      programId: pair.programId,
      adeptApplicationId: pair.adeptApplicationId,
      mentorApplicationId: pair.mentorApplicationId,
      kind: 'exclude',
      reason: 'declined',
      createdBy: actor.userId,
    });
  }
  await audit({ action: `pair.${input.decision}`, organisationId: null, entity: 'pair', entityId: pair.id, data: { role } });
  return (await presentPairs(tx, [updated], { personId: actor.person?.id ?? null, coordinator: false }))[0]!;
}
