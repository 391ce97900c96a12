import type { DbOrTx } from '@lots/db';
import { CLAUSE_KEYS, translate } from '@lots/core';
import type { AppContext } from '../../context';
import type { Actor } from '../../platform/actor';
import { audit } from '../../platform/audit';
import { requireManage } from '../programs';
import * as repo from './repository';

export type Clause = { key: string; sv: string; nb: string; en: string };

const defaults = (): Clause[] =>
  CLAUSE_KEYS.map((key) => ({
    key,
    sv: translate('sv', 'mentorship', `defaultClauses.${key}`),
    nb: translate('nb', 'mentorship', `defaultClauses.${key}`),
    en: translate('en', 'mentorship', `defaultClauses.${key}`),
  }));

/** The program's clauses, or the standard ones (from the source documents' ethics) until the coordinator edits them. */
export async function programClauses(db: DbOrTx, programId: string): Promise<Clause[]> {
  const rows = await repo.clausesOf(db, programId);
  return rows.length ? rows.map(({ key, sv, nb, en }) => ({ key, sv, nb, en })) : defaults();
}

export async function getClauses(ctx: AppContext, actor: Actor, programId: string) {
  await requireManage(ctx.db, actor, programId);
  return programClauses(ctx.db, programId);
}

export async function setClauses(ctx: AppContext, actor: Actor, programId: string, clauses: Clause[]) {
  await ctx.db.transaction(async (tx) => {
    const access = await requireManage(tx, actor, programId);
    await repo.replaceClauses(tx, programId, clauses);
    await audit(tx, actor, access.program.ownerOrganisationId, 'program.clauses', 'program', programId, {
      keys: clauses.map((c) => c.key),
    });
  });
  return programClauses(ctx.db, programId);
}

export async function questionBank(db: DbOrTx, programId: string, locale: 'sv' | 'nb' | 'en'): Promise<string[]> {
  const own = await repo.ownQuestions(db, programId);
  const standard = ['q1', 'q2', 'q3', 'q4', 'q5', 'q6'].map((k) => translate(locale, 'mentorship', `questionBank.${k}`));
  return [...own.map((q) => q.text), ...standard];
}
