import type { DbOrTx } from '@lots/db';
import type { Person } from '@lots/matching/scoring';
import { unitPath, type Profile } from '@lots/core';
import type { ProgramAccess } from '../programs';
import { eligibilityJudge } from '../applications';
import * as repo from './repository';
import { holdsPlace, placesLeft, placesTaken } from './places';

/** The profile as the pool uses it: what matching scores and the preference views show. */
export type PoolProfile = Pick<
  Profile,
  | 'title'
  | 'yearsAsManager'
  | 'competenceAreas'
  | 'developmentGoals'
  | 'interests'
  | 'languages'
  | 'location'
  | 'meetingPreference'
  | 'availability'
  | 'wishes'
  | 'tooClose'
  | 'mentorCapacity'
>;

/** An accepted application as the pool reads it (decision 0177): what matching and its views use, nothing else. */
export interface PoolApplication {
  id: string;
  personId: string;
  role: 'adept' | 'mentor';
  name: string;
  email: string;
  organisationName: string;
  /** Unit names from the organisation's top-level part down to the applicant's unit. */
  unitPath: string[];
  profile: PoolProfile;
  eligible: boolean;
  confirmed: boolean;
  submittedAt: string | null;
}

export interface Pool {
  adepts: Person[];
  mentors: Person[];
  applications: Map<string, PoolApplication>;
  /** Mentor application id → places taken by published or active pairs. */
  taken: Map<string, number>;
  /** Accepted adepts without a pair for whom the cohort has no place left (its capacity in pairs). */
  beyondCapacity: Person[];
}

/** A participant as the engine sees it: names for explanations, facts for rules and scores. */
export function participantOf(application: PoolApplication) {
  return {
    applicationId: application.id,
    personId: application.personId,
    name: application.name,
    organisationName: application.organisationName,
    unitPath: application.unitPath,
  };
}

/**
 * A stored profile read as the pool uses it. It was checked against the profile's schema when it was written (the
 * application form and the import parse it, trimmed and bounded), so it is not parsed again for every applicant of a
 * run (decision 0177): the lists the schema defaults to empty are defaulted here, and nothing else changes.
 */
function storedProfile(stored: unknown): PoolProfile {
  const p = (stored ?? {}) as Partial<PoolProfile>;
  return {
    title: p.title,
    yearsAsManager: p.yearsAsManager,
    competenceAreas: p.competenceAreas ?? [],
    developmentGoals: p.developmentGoals,
    interests: p.interests ?? [],
    languages: p.languages ?? [],
    location: p.location,
    meetingPreference: p.meetingPreference,
    availability: p.availability,
    wishes: p.wishes,
    tooClose: p.tooClose ?? [],
    mentorCapacity: p.mentorCapacity,
  };
}

/**
 * The matching pool of a program: accepted adepts not yet in a published or active pair,
 * and accepted mentors with the capacity they have left. Eligibility is judged now, as every
 * view of applications judges it (`eligibilityJudge`), with the special-category answer.
 */
export async function loadPool(db: DbOrTx, access: ProgramAccess): Promise<Pool> {
  const organisationIds = access.organisationIds;
  const eligibility = eligibilityJudge(access);
  const confirmations = access.program.requiresManagerConfirmation;
  const [accepted, reached, units, pairs] = await Promise.all([
    repo.poolApplications(db, access.program.id, { confirmations, trainings: eligibility.needsTrainings }),
    // The applicants and their reporting lines only (decision 0187), not everyone of the organisations.
    repo.poolPeople(db, access.program.id, organisationIds),
    repo.unitsOfOrganisations(db, organisationIds),
    repo.listPairs(db, access.program.id),
  ]);
  const rows = accepted.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id));
  const byId = new Map(reached.filter((p) => p.inScope).map((p) => [p.id, p]));
  const unitById = new Map(units.map((u) => [u.id, u]));
  const read: PoolApplication[] = rows.map((row) => {
    const profile = storedProfile(row.profile);
    const stored = row.profile as Partial<Profile> | null;
    const judged = eligibility.judge({
      role: row.role,
      organisationId: row.organisationId,
      profile: { yearsAsManager: stored?.yearsAsManager, birthYear: stored?.birthYear, staffResponsibility: stored?.staffResponsibility },
      underRepresented: row.underRepresented,
      trainings: row.trainings,
      overrides: row.overrides,
    });
    // Mentors and programs without confirmations need none; else the newest answer, pending before any.
    const confirmation = row.role !== 'adept' || !confirmations ? 'not_required' : (row.confirmation ?? 'pending');
    return {
      id: row.id,
      personId: row.personId,
      role: row.role,
      name: row.name,
      email: row.email,
      organisationName: row.organisationName,
      unitPath: unitPath(unitById, row.unitId).map((u) => u.name),
      profile,
      eligible: judged.status === 'eligible',
      confirmed: confirmation === 'confirmed' || confirmation === 'not_required',
      submittedAt: row.submittedAt ? row.submittedAt.toISOString() : null,
    };
  });
  const applications = new Map(read.map((a) => [a.id, a]));
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

  const live = pairs.filter(holdsPlace);
  const paired = new Set(live.map((p) => p.adeptApplicationId));
  const taken = placesTaken(live);

  const toPerson = (a: PoolApplication): Person => ({
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
    eligible: a.eligible,
    confirmed: a.confirmed,
    capacity: a.role === 'mentor' ? placesLeft(a.profile.mentorCapacity, taken.get(a.id) ?? 0) : 0,
  });
  // The cohort takes `capacity` pairs: published and active pairs hold places, and the adepts who
  // applied first get the rest.
  const waiting = read
    .filter((a) => a.role === 'adept' && !paired.has(a.id))
    .sort((a, b) => (a.submittedAt ?? '').localeCompare(b.submittedAt ?? '') || a.id.localeCompare(b.id));
  const places = access.program.capacity == null ? waiting.length : Math.max(0, access.program.capacity - live.length);
  const inPool = new Set(waiting.slice(0, places).map((a) => a.id));
  return {
    adepts: read.filter((a) => a.role === 'adept' && inPool.has(a.id)).map(toPerson),
    beyondCapacity: waiting.slice(places).map(toPerson),
    mentors: read.filter((a) => a.role === 'mentor').map(toPerson),
    applications,
    taken,
  };
}
