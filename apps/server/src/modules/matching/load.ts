import type { DbOrTx } from '@lots/db';
import type { Person } from '@lots/matching/scoring';
import { unitPath, type Application } from '@lots/core';
import type { ProgramAccess } from '../programs';
import { presentApplications } from '../applications';
import { listApplications } from '../applications';
import * as repo from './repository';

export interface Pool {
  adepts: Person[];
  mentors: Person[];
  applications: Map<string, Application>;
  /** Mentor application id → places taken by published or active pairs. */
  taken: Map<string, number>;
  /** Accepted adepts without a pair for whom the cohort has no place left (its capacity in pairs). */
  beyondCapacity: Person[];
}

/** A participant as the engine sees it: names for explanations, facts for rules and scores. */
export function participantOf(application: Application) {
  return {
    applicationId: application.id,
    personId: application.personId,
    name: application.name,
    organisationName: application.organisationName,
    unitPath: application.unitPath,
  };
}

/**
 * The matching pool of a program: accepted adepts not yet in a published or active pair,
 * and accepted mentors with the capacity they have left.
 */
export async function loadPool(db: DbOrTx, access: ProgramAccess): Promise<Pool> {
  const organisationIds = access.organisationIds;
  const [accepted, reached, units, pairs] = await Promise.all([
    listApplications(db, access.program.id, { status: 'accepted' }),
    // The applicants and their reporting lines only (decision 0187), not everyone of the organisations.
    repo.poolPeople(db, access.program.id, organisationIds),
    repo.unitsOfOrganisations(db, organisationIds),
    repo.listPairs(db, access.program.id),
  ]);
  const rows = accepted.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id));
  const presented = await presentApplications(db, access, rows, { viewer: 'engine' });
  const applications = new Map(presented.map((a) => [a.id, a]));
  const byId = new Map(reached.filter((p) => p.inScope).map((p) => [p.id, p]));
  const unitById = new Map(units.map((u) => [u.id, u]));
  const chainOf = (personId: string) => {
    const chain: string[] = [];
    for (
      let cursor = byId.get(personId)?.managerId ?? null;
      cursor && !chain.includes(cursor) && chain.length < 50;
      cursor = byId.get(cursor)?.managerId ?? null
    )
      chain.push(cursor);
    return chain;
  };
  const orgOf = new Map(reached.map((p) => [p.id, p.organisationId]));

  const live = pairs.filter((p) => p.status === 'published' || p.status === 'active');
  const paired = new Set(live.map((p) => p.adeptApplicationId));
  const taken = new Map<string, number>();
  for (const p of live) taken.set(p.mentorApplicationId, (taken.get(p.mentorApplicationId) ?? 0) + 1);

  const toPerson = (a: Application): Person => ({
    id: a.id,
    personId: a.personId,
    name: a.name,
    email: a.email,
    organisationId: orgOf.get(a.personId) ?? '',
    unitId: byId.get(a.personId)?.unitId ?? null,
    unitPath: unitPath(unitById, byId.get(a.personId)?.unitId ?? null).map((u) => u.id),
    managerChain: chainOf(a.personId),
    title: a.profile.title ?? null,
    organisationName: a.organisationName,
    yearsAsManager: a.profile.yearsAsManager ?? null,
    competenceAreas: a.profile.competenceAreas,
    developmentGoals: a.profile.developmentGoals ?? null,
    interests: a.profile.interests,
    languages: a.profile.languages,
    location: a.profile.location ?? null,
    meetingPreference: a.profile.meetingPreference ?? null,
    availability: a.profile.availability ?? null,
    wishes: a.profile.wishes ?? null,
    tooClose: a.profile.tooClose,
    eligible: a.eligibility.status === 'eligible',
    confirmed: a.confirmation === 'confirmed' || a.confirmation === 'not_required',
    capacity: a.role === 'mentor' ? Math.max(0, (a.profile.mentorCapacity ?? 1) - (taken.get(a.id) ?? 0)) : 0,
  });
  // The cohort takes `capacity` pairs: published and active pairs hold places, and the adepts who
  // applied first get the rest.
  const waiting = presented
    .filter((a) => a.role === 'adept' && !paired.has(a.id))
    .sort((a, b) => (a.submittedAt ?? '').localeCompare(b.submittedAt ?? '') || a.id.localeCompare(b.id));
  const places = access.program.capacity == null ? waiting.length : Math.max(0, access.program.capacity - live.length);
  const inPool = new Set(waiting.slice(0, places).map((a) => a.id));
  return {
    adepts: presented.filter((a) => a.role === 'adept' && inPool.has(a.id)).map(toPerson),
    beyondCapacity: waiting.slice(places).map(toPerson),
    mentors: presented.filter((a) => a.role === 'mentor').map(toPerson),
    applications,
    taken,
  };
}
