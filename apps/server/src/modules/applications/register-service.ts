import type { MentorRegisterListQuery, MentorRegisterPage } from '@lots/core';
import type { DbOrTx } from '@lots/db';
import type { AppContext } from '../../context';
import type { Actor } from '../../platform/actor';
import { forbidden, invalid, notFound } from '../../platform/errors';
import type { Mutation } from '../../platform/mutation';
import { authorize } from '../../platform/authorize';
import { groupBy } from '../../platform/group-by';
import { readMentorRegister } from './policy';
import { programViewer, usesSpecialCategory, visibleProgramsOf } from '../programs';
import * as repo from './repository';
import * as registerRepo from './register-repository';

/** What the register's reads need: the database, or a mutation's transaction. */
type Reads = { db: DbOrTx };

/**
 * The programs whose mentors a person may see in the register, and how: `manage` for the
 * programs they coordinate or administer (platform administrators: every program), `partner` for
 * joint programs their organisation takes part in, seen by its coordinators (issue 9.5). A program
 * whose eligibility uses special-category data is in the register of its listed coordinators only
 * (decision 0011).
 */
async function registerPrograms(ctx: Reads, actor: Actor): Promise<Map<string, 'manage' | 'partner'>> {
  await authorize(ctx.db, actor, readMentorRegister);
  // The program list's visibility rules (one definition, decision 0173), read in one statement.
  const visible = await visibleProgramsOf(ctx.db, programViewer(actor));
  const coordinator = actor.person?.roles.includes('coordinator') ?? false;
  const result = new Map<string, 'manage' | 'partner'>();
  for (const program of visible) {
    if (!program.listed && usesSpecialCategory(program)) continue;
    if (program.manage) result.set(program.id, 'manage');
    else if (coordinator) result.set(program.id, 'partner');
  }
  return result;
}

type RegisterFilter = Omit<MentorRegisterListQuery, 'limit' | 'offset'>;
/** The register's default order, for callers that look mentors up rather than list them. */
const BY_NAME = { sort: 'name', dir: 'asc' } as const;

/** The rows as the contract's entries: each with the register's programs and their trainings. */
async function entries(db: DbOrTx, programIds: string[], programId: string | undefined, rows: registerRepo.RegisterRow[]) {
  const personIds = rows.map((r) => r.personId);
  const [programs, trainings] = await Promise.all([
    registerRepo.programsOfMentors(db, programIds, personIds, programId),
    registerRepo.trainingsOfMentors(db, personIds),
  ]);
  // Indexed once by person (each group in the statement's order), not filtered once per row.
  const programsOf = groupBy(programs, (p) => p.personId);
  const trainingsOf = groupBy(trainings, (t) => t.personId);
  return rows.map(({ organisationId: _o, ...r }) => ({
    ...r,
    programs: (programsOf.get(r.personId) ?? []).map(({ id, name, status }) => ({ id, name, status })),
    trainings: (trainingsOf.get(r.personId) ?? []).map((t) => ({
      name: t.name,
      completedOn: t.completedOn,
      provider: t.provider,
      validUntil: t.validUntil,
    })),
  }));
}

/** One page of the mentors (accepted mentor applications) of the programs the coordinator serves. */
export async function mentorRegister(ctx: Reads, actor: Actor, query: MentorRegisterListQuery): Promise<MentorRegisterPage> {
  const programIds = [...(await registerPrograms(ctx, actor)).keys()];
  const { limit, offset, ...filter } = query;
  const { rows, total, organisations } = await registerRepo.registerPage(ctx.db, { programIds }, filter, { limit, offset });
  return { items: await entries(ctx.db, programIds, filter.programId, rows), total, organisations };
}

/** These mentors' entries in the actor's register (those who are not in it are missing). */
async function registerEntries(ctx: Reads, programIds: string[], personIds: string[]) {
  const rows = await registerRepo.registerRows(ctx.db, { programIds, personIds }, BY_NAME);
  return entries(ctx.db, programIds, undefined, rows);
}

const COLUMNS = ['name', 'email', 'organisation', 'title', 'programs', 'active_pairs', 'capacity', 'free_capacity', 'trainings'] as const;

export async function exportRegister(ctx: AppContext, actor: Actor, filter: RegisterFilter, format: 'csv' | 'xlsx'): Promise<Buffer> {
  const programIds = [...(await registerPrograms(ctx, actor)).keys()];
  const all = await registerRepo.registerRows(ctx.db, { programIds }, filter);
  const rows = (await entries(ctx.db, programIds, filter.programId, all)).map((e) => [
    e.name,
    e.email,
    e.organisationName,
    e.title ?? '',
    e.programs.map((p) => p.name).join('; '),
    e.activePairs,
    e.capacity,
    e.freeCapacity,
    e.trainings.map((t) => `${t.name} (${t.completedOn}${t.validUntil ? `–${t.validUntil}` : ''})`).join('; '),
  ]);
  if (format === 'csv') {
    const cell = (v: string | number) => {
      const s = String(v);
      // Quote, and defuse spreadsheet formulas (CSV injection).
      const safe = /^[=+\-@]/.test(s) ? `'${s}` : s;
      return /[",;\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
    };
    return Buffer.from('\uFEFF' + [COLUMNS.join(','), ...rows.map((r) => r.map(cell).join(','))].join('\r\n') + '\r\n', 'utf8');
  }
  // exceljs is loaded with the first workbook, not with the server (issue 15, decision 0182).
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Mentors');
  sheet.addRow([...COLUMNS]);
  sheet.getRow(1).font = { bold: true };
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A coordinator records a mentor's training; audited with the mentor's id and the training's name. */
type TrainingRecord = { name: string; completedOn: string; provider?: string | null | undefined; validUntil?: string | null | undefined };

/** The row of a training recorded by hand (from outside Lots: with its provider and validity). */
const trainingRow = (personId: string, input: TrainingRecord) => ({
  personId,
  name: input.name,
  completedOn: input.completedOn,
  provider: input.provider?.trim() || null,
  validUntil: input.validUntil ?? null,
});

export async function addTraining({ tx, actor, audit }: Mutation, personId: string, input: TrainingRecord) {
  const reads = { db: tx };
  const how = await registerPrograms(reads, actor);
  const [entry] = await registerEntries(reads, [...how.keys()], [personId]);
  if (!entry) throw notFound('Mentor');
  // A partner organisation's coordinator records trainings of their own organisation's mentors only.
  const manages = entry.programs.some((p) => how.get(p.id) === 'manage');
  const organisationId = await repo.organisationOfPerson(tx, personId);
  if (!manages && organisationId !== actor.person?.organisationId)
    throw forbidden('Trainings of this mentor are recorded by their own organisation or the program’s coordinators');
  const id = await repo.insertTraining(tx, trainingRow(personId, input));
  await audit({
    action: 'training.create',
    organisationId: organisationId ?? null,
    entity: 'mentor_training',
    entityId: id,
    data: { personId, name: input.name },
  });
  return (await registerEntries(reads, [...how.keys()], [personId]))[0]!;
}

/**
 * A coordinator records one training for several mentors of their register at once (issue 10 item 13): all
 * or none — a person who is not a mentor of the register, or whose trainings another organisation records,
 * refuses the whole request with a 400 naming the index. Audited once, with the ids and the count.
 */
export async function addTrainings({ tx, actor, audit }: Mutation, input: TrainingRecord & { personIds: string[] }) {
  const reads = { db: tx };
  const how = await registerPrograms(reads, actor);
  const found = new Map((await registerEntries(reads, [...how.keys()], input.personIds)).map((e) => [e.personId, e]));
  const seen = new Set<string>();
  for (const [index, personId] of input.personIds.entries()) {
    const field = `personIds.${index}`;
    if (seen.has(personId)) throw invalid(field, 'listed twice');
    seen.add(personId);
    const entry = found.get(personId);
    if (!entry) throw invalid(field, 'not a mentor in your register');
    const manages = entry.programs.some((p) => how.get(p.id) === 'manage');
    if (!manages && (await repo.organisationOfPerson(tx, personId)) !== actor.person?.organisationId)
      throw invalid(field, 'trainings of this mentor are recorded by their own organisation or the program’s coordinators');
  }
  for (const personId of input.personIds) await repo.insertTraining(tx, trainingRow(personId, input));
  await audit({
    action: 'training.create',
    organisationId: actor.person?.organisationId ?? null,
    entity: 'mentor_training',
    entityId: null,
    data: { personIds: input.personIds, name: input.name, count: input.personIds.length },
  });
  return { recorded: input.personIds.length };
}
