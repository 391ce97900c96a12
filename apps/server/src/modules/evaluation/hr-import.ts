import { hrFigureInputSchema, type HrFigureInput } from '@lots/core';
import type { AppContext } from '../../context';
import type { Actor } from '../../platform/actor';
import { authorize } from '../../platform/authorize';
import type { Mutation } from '../../platform/mutation';
import { importInvalid, issueProblem, problem, readImportFile } from '../people';
import { evaluationAbilities } from './policy';
import * as repo from './repository';

/** The columns of an HR file (one row per period and group, counts only); `promotions` may be left out. */
const COLUMNS = ['period', 'group', 'headcount', 'leavers', 'promotions'] as const;
const REQUIRED = ['period', 'group', 'headcount', 'leavers'] as const;

/**
 * Reads and checks an HR file (CSV or XLSX): every problem names its line and column; a file with
 * any problem imports nothing (422 with the problems). Nothing is written here.
 */
export async function checkHrImport(ctx: AppContext, actor: Actor, orgId: string, body: Buffer, contentType: string) {
  await authorize(ctx.db, actor, evaluationAbilities.organisation, orgId);
  const rows = await readImportFile(body, contentType);
  const errors = [];
  for (const c of REQUIRED)
    if (!rows.columns.includes(c)) errors.push(problem(1, c, 'column.missing', `the column "${c}" is missing`, { column: c }));
  for (const column of rows.columns)
    if (column && !(COLUMNS as readonly string[]).includes(column))
      errors.push(problem(1, column, 'column.unknown', `unknown column "${column}"`, { column }));
  if (errors.length) throw importInvalid('The file’s header row is not valid; nothing was imported', errors);
  if (rows.length === 0) throw importInvalid('The file has no rows', [problem(2, 'file', 'file.noRows', 'the file has no rows')]);

  const figures: HrFigureInput[] = [];
  const seen = new Map<string, number>();
  for (const row of rows) {
    const number = (column: string) => {
      const raw = (row.cells[column] ?? '').replace(/\s/g, '');
      if (raw === '' && column === 'promotions') return 0;
      return /^\d+$/.test(raw) ? Number(raw) : raw === '' ? undefined : Number.NaN;
    };
    const parsed = hrFigureInputSchema.safeParse({
      period: row.cells.period ?? '',
      group: row.cells.group ?? '',
      headcount: number('headcount'),
      leavers: number('leavers'),
      promotions: number('promotions'),
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const column = String(issue.path[0]);
        const empty = (row.cells[column] ?? '') === '';
        const { code, values } = empty ? { code: 'required' as const, values: undefined } : issueProblem(issue);
        errors.push(problem(row.line, column, column === 'period' && !empty ? 'hr.period' : code, `${column}: ${issue.message}`, values));
      }
      continue;
    }
    const figure = parsed.data;
    if (figure.leavers > figure.headcount) errors.push(problem(row.line, 'leavers', 'hr.overHeadcount', 'more leavers than the headcount'));
    if (figure.promotions > figure.headcount)
      errors.push(problem(row.line, 'promotions', 'hr.overHeadcount', 'more promotions than the headcount'));
    const key = `${figure.period}\u0000${figure.group.toLowerCase()}`;
    const first = seen.get(key);
    if (first !== undefined)
      errors.push(problem(row.line, 'group', 'hr.duplicate', `the same period and group is on line ${first}`, { line: first }));
    else seen.set(key, row.line);
    figures.push(figure);
  }
  if (errors.length) throw importInvalid(`${errors.length} problem(s) in the file; nothing was imported`, errors);
  return figures;
}

/** Saves checked HR figures, all in one transaction (a period and group already there is replaced); audited once with the count. */
export async function importHrFigures(m: Mutation, orgId: string, figures: HrFigureInput[]) {
  await authorize(m.tx, m.actor, evaluationAbilities.organisation, orgId);
  for (const figure of figures) await repo.saveHrFigure(m.tx, { organisationId: orgId, ...figure });
  await m.audit({
    action: 'evaluation.hr.import',
    organisationId: orgId,
    entity: 'organisation',
    entityId: orgId,
    data: { rows: figures.length, periods: [...new Set(figures.map((f) => f.period))] },
  });
  return figures.length;
}

/** A previewed HR file: nothing is saved; the audit says an administrator checked a file of so many rows. */
export async function previewedHrFigures(m: Mutation, orgId: string, figures: HrFigureInput[]) {
  await authorize(m.tx, m.actor, evaluationAbilities.organisation, orgId);
  await m.audit({
    action: 'evaluation.hr.preview',
    organisationId: orgId,
    entity: 'organisation',
    entityId: orgId,
    data: { rows: figures.length },
  });
  return figures.length;
}
