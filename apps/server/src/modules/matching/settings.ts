import { DEFAULT_HARD_RULES, DEFAULT_WEIGHTS } from '@lots/matching/scoring';
import type { MatchingSettings } from '@lots/core';
import type { DbOrTx } from '@lots/db';
import type { AppContext } from '../../context';
import type { Actor } from '../../platform/actor';
import { audit } from '../../platform/audit';
import { requireManage, type ProgramAccess } from '../programs';
import * as repo from './repository';

/** Defaults follow the program: joint programs keep mentors outside the adept's organisation (Tullverket, the ministries). */
export function defaultSettings(access: ProgramAccess): MatchingSettings {
  return {
    weights: { ...DEFAULT_WEIGHTS, experience: access.program.type === 'reverse' ? 2 : DEFAULT_WEIGHTS.experience },
    hardRules: { ...DEFAULT_HARD_RULES, outsideOrganisation: access.organisationIds.length > 1 },
    preferencesEnabled: false,
    minScore: null,
  };
}

export async function loadSettings(db: DbOrTx, access: ProgramAccess): Promise<MatchingSettings> {
  const row = await repo.findSettings(db, access.program.id);
  if (!row) return defaultSettings(access);
  const defaults = defaultSettings(access);
  return {
    weights: { ...defaults.weights, ...row.weights },
    hardRules: { ...defaults.hardRules, ...row.hardRules },
    preferencesEnabled: row.preferencesEnabled,
    minScore: row.minScore,
  };
}

export async function getSettings(ctx: AppContext, actor: Actor, programId: string) {
  return loadSettings(ctx.db, await requireManage(ctx.db, actor, programId));
}

export async function updateSettings(ctx: AppContext, actor: Actor, programId: string, settings: MatchingSettings) {
  await ctx.db.transaction(async (tx) => {
    const access = await requireManage(tx, actor, programId);
    await repo.saveSettings(tx, programId, settings);
    await audit(
      tx,
      actor,
      access.program.ownerOrganisationId,
      'matching.settings',
      'program',
      programId,
      settings as unknown as Record<string, unknown>,
    );
  });
  return getSettings(ctx, actor, programId);
}
