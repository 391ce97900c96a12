import { asksUnderRepresented, type Rules } from '@lots/core';
import type { DbOrTx } from '@lots/db';
import type { AppContext } from '../../context';
import type { Actor } from '../../platform/actor';
import type { Mutation } from '../../platform/mutation';
import { AppError, forbidden, invalid } from '../../platform/errors';
import { loadProgramAccess } from '../programs';
import { loadPool } from './load';
import { loadSettings } from './settings';
import * as repo from './repository';

/**
 * Mutual preferences (when the program has them): an adept browses the accepted mentors'
 * profiles and ranks up to five; a mentor marks adepts they would like. Nobody sees
 * anyone else's choices or any score.
 */
async function context(db: DbOrTx, actor: Actor, programId: string) {
  const access = await loadProgramAccess(db, actor, programId);
  const settings = await loadSettings(db, access);
  const pool = await loadPool(db, access);
  const mine = [...pool.applications.values()].find((a) => a.personId === actor.person?.id);
  if (!mine) throw forbidden('Only accepted adepts and mentors of the program state preferences');
  // Where eligibility for a role uses the special-category answer, being a candidate of that role
  // tells the other side the answer: those candidates are not shown (decision 0011).
  const otherRole = mine.role === 'adept' ? 'mentor' : 'adept';
  const hidden = asksUnderRepresented(access.program.rules as Rules, otherRole);
  return { access, settings, pool, mine, hidden };
}

export async function myPreferences(ctx: AppContext, actor: Actor, programId: string) {
  return preferencesOf(ctx.db, actor, programId);
}

async function preferencesOf(db: DbOrTx, actor: Actor, programId: string) {
  const { settings, pool, mine, hidden } = await context(db, actor, programId);
  const others = hidden ? [] : [...pool.applications.values()].filter((a) => a.role !== mine.role);
  const chosen = (await repo.listPreferences(db, programId))
    .filter((p) => p.fromApplicationId === mine.id)
    .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0));
  return {
    role: mine.role,
    enabled: settings.preferencesEnabled,
    candidates: others.map((a) => ({
      applicationId: a.id,
      name: a.name,
      title: a.profile.title ?? null,
      organisationName: a.organisationName,
      competenceAreas: a.profile.competenceAreas,
      interests: a.profile.interests,
      languages: a.profile.languages,
      location: a.profile.location ?? null,
      meetingPreference: a.profile.meetingPreference ?? null,
      yearsAsManager: a.profile.yearsAsManager ?? null,
      // Mentors see what adepts want to develop; adepts do not see other adepts at all.
      developmentGoals: mine.role === 'mentor' ? (a.profile.developmentGoals ?? null) : null,
    })),
    chosen: chosen.map((p) => p.toApplicationId),
  };
}

/** Replaces one's own choices; the audit row has their number, never whom. */
export async function savePreferences({ tx, actor, audit }: Mutation, programId: string, applicationIds: string[]) {
  const { access, settings, pool, mine, hidden } = await context(tx, actor, programId);
  if (!settings.preferencesEnabled) throw new AppError('conflict', 'This program does not use mutual preferences', 'applicationIds');
  if (new Set(applicationIds).size !== applicationIds.length) throw invalid('applicationIds', 'a person is listed twice');
  for (const id of applicationIds) {
    const other = pool.applications.get(id);
    if (!other || other.role === mine.role || hidden)
      throw invalid('applicationIds', `not an accepted ${mine.role === 'adept' ? 'mentor' : 'adept'} of this program`);
  }
  await repo.replacePreferences(tx, programId, mine.role, mine.id, applicationIds);
  await audit({
    action: 'matching.preferences',
    organisationId: access.program.ownerOrganisationId,
    entity: 'application',
    entityId: mine.id,
    data: { role: mine.role, count: applicationIds.length },
  });
  return preferencesOf(tx, actor, programId);
}
