import { DEFAULT_HARD_RULES, DEFAULT_WEIGHTS } from '@lots/matching/scoring';
import type { MatchingDistance, MatchingSettings } from '@lots/core';
import type { DbOrTx } from '@lots/db';
import type { AppContext } from '../../context';
import type { Actor } from '../../platform/actor';
import type { Mutation } from '../../platform/mutation';
import { requireManage, type ProgramAccess } from '../programs';
import * as repo from './repository';

/** Defaults follow the program: joint programs keep mentors outside the adept's organisation (Tullverket, the ministries). */
export function defaultSettings(access: ProgramAccess): MatchingSettings {
  return {
    // The mentor's own development goals count a little (the mentor form says they are used; issue 10 item 10).
    weights: { ...DEFAULT_WEIGHTS, mentorGoals: 2, experience: access.program.type === 'reverse' ? 2 : DEFAULT_WEIGHTS.experience },
    hardRules: { ...DEFAULT_HARD_RULES, distance: access.organisationIds.length > 1 ? 'organisation' : DEFAULT_HARD_RULES.distance },
    preferencesEnabled: false,
    minScore: null,
  };
}

type LegacyRules = { outsideOrganisation?: boolean; outsideUnit?: boolean; outsideReportingLine?: boolean };

/**
 * Settings saved before the distance levels (decision 0100) kept three switches; they become the
 * strictest level they asked for ("another unit" becomes "another unit subtree").
 */
function hardRulesOf(saved: Record<string, unknown>, defaults: MatchingSettings['hardRules']): MatchingSettings['hardRules'] {
  const { outsideOrganisation, outsideUnit, outsideReportingLine, ...rest } = saved as LegacyRules & Record<string, unknown>;
  const legacy: MatchingDistance | undefined = outsideOrganisation
    ? 'organisation'
    : outsideUnit
      ? 'unitSubtree'
      : outsideReportingLine
        ? 'reportingLine'
        : outsideUnit === false
          ? 'none'
          : undefined;
  const rules = { ...defaults, ...(legacy ? { distance: legacy } : {}), ...rest } as MatchingSettings['hardRules'];
  return rules;
}

export async function loadSettings(db: DbOrTx, access: ProgramAccess): Promise<MatchingSettings> {
  const row = await repo.findSettings(db, access.program.id);
  if (!row) return defaultSettings(access);
  const defaults = defaultSettings(access);
  return {
    weights: { ...defaults.weights, ...row.weights },
    hardRules: hardRulesOf(row.hardRules as Record<string, unknown>, defaults.hardRules),
    preferencesEnabled: row.preferencesEnabled,
    minScore: row.minScore,
  };
}

export async function getSettings(ctx: AppContext, actor: Actor, programId: string) {
  return loadSettings(ctx.db, await requireManage(ctx.db, actor, programId));
}

/** Saves the program's weights and hard rules; the audit row names the changed parts, not their values' meaning. */
export async function updateSettings({ tx, actor, audit }: Mutation, programId: string, settings: MatchingSettings) {
  const access = await requireManage(tx, actor, programId);
  await repo.saveSettings(tx, programId, settings);
  await audit({
    action: 'matching.settings',
    organisationId: access.program.ownerOrganisationId,
    entity: 'program',
    entityId: programId,
    data: { ...settings },
  });
  return loadSettings(tx, access);
}
