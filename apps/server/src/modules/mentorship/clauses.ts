import type { DbOrTx } from '@lots/db';
import { CLAUSE_KEYS, LOCALES, translate } from '@lots/core';
import type { AppContext } from '../../context';
import type { Actor } from '../../platform/actor';
import type { Mutation } from '../../platform/mutation';
import { invalid, notFound } from '../../platform/errors';
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

/**
 * The program's clauses, or the standard ones (from the source documents' ethics) until the
 * coordinator edits them. The agreement says only what is true: "the adept's manager knows of and
 * has confirmed the mentorship" only in a program that requires the manager's confirmation.
 */
export async function programClauses(db: DbOrTx, programId: string): Promise<Clause[]> {
  const [rules, rows] = await Promise.all([repo.clauseRules(db, programId), repo.clausesOf(db, programId)]);
  const clauses = rows.length ? rows.map(({ key, sv, nb, en }) => ({ key, sv, nb, en })) : defaults();
  return rules?.requiresManagerConfirmation ? clauses : clauses.filter((c) => c.key !== 'managerInformed');
}

export async function getClauses(ctx: AppContext, actor: Actor, programId: string) {
  await requireManage(ctx.db, actor, programId);
  return programClauses(ctx.db, programId);
}

/** Clauses are written in the program's own languages, each of them, and in no other. */
export async function setClauses({ tx, actor, audit }: Mutation, programId: string, clauses: Clause[]) {
  const access = await requireManage(tx, actor, programId);
  const rules = await repo.clauseRules(tx, programId);
  if (!rules) throw notFound('Program');
  // A program that names no language is written in Swedish, as the clause editor shows it.
  const named = LOCALES.filter((l) => rules.languages.includes(l));
  const own = named.length ? named : ['sv'];
  clauses.forEach((clause, i) => {
    if (clause.key === 'managerInformed' && !rules.requiresManagerConfirmation)
      throw invalid(`clauses.${i}.key`, 'the program does not require the manager’s confirmation, so the agreement cannot say so');
    for (const locale of LOCALES) {
      if (own.includes(locale) && !clause[locale])
        throw invalid(`clauses.${i}.${locale}`, 'write the clause in each of the program’s languages');
      if (!own.includes(locale) && clause[locale])
        throw invalid(`clauses.${i}.${locale}`, 'the program does not use this language; write the clause in its own languages only');
    }
  });
  if (new Set(clauses.map((c) => c.key)).size !== clauses.length) throw invalid('clauses', 'each clause once');
  await repo.replaceClauses(tx, programId, clauses);
  await audit({
    action: 'program.clauses',
    organisationId: access.program.ownerOrganisationId,
    entity: 'program',
    entityId: programId,
    data: { keys: clauses.map((c) => c.key) },
  });
  return programClauses(tx, programId);
}

export async function questionBank(db: DbOrTx, programId: string, locale: 'sv' | 'nb' | 'en'): Promise<string[]> {
  const own = await repo.ownQuestions(db, programId);
  const standard = ['q1', 'q2', 'q3', 'q4', 'q5', 'q6'].map((k) => translate(locale, 'mentorship', `questionBank.${k}`));
  return [...own.map((q) => q.text), ...standard];
}
