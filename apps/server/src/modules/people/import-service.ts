import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { IMPORT_COLUMNS, ROLES, emailSchema, type Role } from '@lots/core';
import type { AppContext } from '../../context';
import type { Actor } from '../../platform/actor';
import { conflict, isUniqueViolation, type ErrorDetail } from '../../platform/errors';
import { authorize } from '../../platform/authorize';
import { organisationAbilities } from '../organisations';
import type { Mutation } from '../../platform/mutation';
import { breather } from '../../platform/breather';
import * as repo from './repository';
import {
  fileError,
  importInvalid,
  issueProblem,
  problem,
  readImportFile,
  type ImportErrorCode,
  type ImportErrorValues,
} from './import-file';

export interface Parsed {
  line: number;
  values: repo.PersonValues;
  managerEmailRef: string | null;
  /** The cells that were filled in: only these change an existing person (an empty cell or a missing column keeps the value). */
  given: { title: boolean; unit: boolean; roles: boolean };
}

/**
 * Rows per written statement (one array parameter per column, so the statement's size does not grow):
 * large enough that a file is a few statements, small enough that the embedded database, which
 * answers in this thread, gives other requests a turn between them.
 */
const WRITE_SLICE = 1000;

const textCell = (max: number) => z.string().max(max, `at most ${max} characters`);
// Built once, not per row: building a zod schema costs more than checking a cell with it.
const CELL_MAX = 200;
const nameCell = textCell(CELL_MAX).min(1, 'is required');
const titleCell = textCell(CELL_MAX);
/** What `nameCell`/`titleCell` answer for a cell of `min` to CELL_MAX characters, without asking them (most cells). */
const okLength = (cell: string | undefined, min: number) => {
  const text = cell ?? '';
  return text.length >= min && text.length <= CELL_MAX ? ({ success: true, data: text } as const) : undefined;
};

/**
 * Reads and checks a CSV or XLSX file of people, outside any transaction (it may be long; other
 * requests get turns in between): every problem is reported with its line and column, and
 * nothing is written unless all rows are valid (`importPeople` then writes them).
 */
export async function checkPeopleImport(
  ctx: AppContext,
  actor: Actor,
  organisationId: string,
  body: Buffer,
  contentType: string,
): Promise<Parsed[]> {
  await authorize(ctx.db, actor, organisationAbilities.managePeople, organisationId);
  const rows = await readImportFile(body, contentType);
  const columns = rows.columns;
  const errors: ErrorDetail[] = [];
  const known = new Set<string>(IMPORT_COLUMNS.map((c) => c.key));
  for (const c of IMPORT_COLUMNS) {
    if (c.required && !columns.includes(c.key))
      errors.push(problem(1, c.key, 'column.missing', `the column "${c.key}" is missing`, { column: c.key }));
  }
  for (const name of columns) {
    if (name && !known.has(name)) {
      const column = name.slice(0, 100);
      errors.push(problem(1, column, 'column.unknown', `unknown column "${column}"`, { column }));
    }
  }
  if (errors.length) throw importInvalid('The file’s header row is not valid; nothing was imported', errors);
  if (rows.length === 0) throw fileError('file.noRows', 'the file has no rows below the header');

  const units = await repo.unitIdsOf(ctx.db, organisationId);
  const unitByName = new Map(units.map((u) => [u.name.toLowerCase(), u.id]));
  const seen = new Map<string, number>();
  const parsed: Parsed[] = [];

  const pause = breather();
  for (const { line, cells } of rows) {
    await pause();
    const fail = (field: string, code: ImportErrorCode, message: string, values?: ImportErrorValues) =>
      errors.push(problem(line, field, code, message, values));
    const failIssue = (field: string, issue: z.core.$ZodIssue) => {
      const { code, values } = issueProblem(issue);
      fail(field, code, issue.message, values);
    };
    // A cell of an allowed length is valid as it is: the schema is asked only for the problem of one that is not.
    const name = okLength(cells.name, 1) ?? nameCell.safeParse(cells.name ?? '');
    if (!name.success) failIssue('name', name.error.issues[0]!);
    const email = emailSchema.safeParse(cells.email ?? '');
    if (!email.success) {
      if (cells.email) fail('email', 'email.invalid', 'is not a valid e-mail address');
      else fail('email', 'required', 'is required');
    }
    const title = okLength(cells.title, 0) ?? titleCell.safeParse(cells.title ?? '');
    if (!title.success) failIssue('title', title.error.issues[0]!);
    let unitId: string | null = null;
    if (cells.unit) {
      unitId = unitByName.get(cells.unit.toLowerCase()) ?? null;
      const unit = cells.unit.slice(0, 100);
      if (!unitId) fail('unit', 'unit.unknown', `no unit named "${unit}" in this organisation`, { unit });
    }
    let managerEmail: string | null = null;
    if (cells.manager_email) {
      const m = emailSchema.safeParse(cells.manager_email);
      if (!m.success) fail('manager_email', 'email.invalid', 'is not a valid e-mail address');
      else managerEmail = m.data;
    }
    let roles: Role[] = ['participant'];
    if (cells.roles) {
      const list = cells.roles
        .split(/[;,]/)
        .map((r) => r.trim().toLowerCase())
        .filter(Boolean);
      const unknown = list.filter((r) => !(ROLES as readonly string[]).includes(r));
      const role = unknown[0]?.slice(0, 50);
      if (role !== undefined)
        fail('roles', 'role.unknown', `unknown role "${role}" (use ${ROLES.join(', ')})`, { role, allowed: ROLES.join(', ') });
      else if (list.length) roles = [...new Set(list)] as Role[];
    }
    if (email.success) {
      const earlier = seen.get(email.data);
      if (earlier) fail('email', 'email.duplicate', `the same address is on line ${earlier}`, { line: earlier });
      seen.set(email.data, line);
      if (managerEmail === email.data) fail('manager_email', 'manager.self', 'a person cannot be their own manager');
    }
    if (email.success && email.data === actor.email.toLowerCase() && cells.roles && !roles.includes('org_admin') && !actor.platformAdmin) {
      fail('roles', 'role.ownAdmin', 'you cannot remove your own administrator role');
    }
    if (name.success && email.success && title.success) {
      parsed.push({
        line,
        values: { name: name.data.trim(), email: email.data, title: title.data || null, unitId, managerId: null, managerEmail, roles },
        managerEmailRef: managerEmail,
        given: { title: Boolean(cells.title), unit: Boolean(cells.unit), roles: Boolean(cells.roles) },
      });
    }
  }

  if (errors.length) {
    // E-mail addresses already in Lots outside this organisation, answered with the other problems: one look-up for
    // the file's valid rows. The problem says only that the address is taken, never where, as adding one person does.
    // A file without other problems is looked up once, in the transaction that writes it (`importPeople`).
    await pause();
    const parsedByEmail = new Map(parsed.map((p) => [p.values.email, p]));
    for (const t of await repo.peopleByEmails(ctx.db, [...parsedByEmail.keys()])) {
      const row = parsedByEmail.get(t.email.toLowerCase());
      if (t.organisationId !== organisationId && row) errors.push(takenProblem(row.line));
    }
    throw importInvalid(`${errors.length} problem(s) in the file; nothing was imported`, errors);
  }
  return parsed;
}

const takenProblem = (line: number) => problem(line, 'email', 'email.taken', 'this address is already in use in Lots');

/** Slices of `rows` of `size`, giving other requests a turn between them. */
async function inSlices<T>(rows: T[], size: number, write: (slice: T[]) => Promise<void>) {
  const pause = breather();
  for (let start = 0; start < rows.length; start += size) {
    await pause();
    await write(rows.slice(start, start + size));
  }
}

/**
 * Writes checked rows (`checkPeopleImport`) in one transaction, in batches and without a look-up per
 * row (issue 15 goal 6, decisions 0178, 0179): one look-up of the file's and its managers' addresses,
 * which also finds addresses taken by another organisation; rows whose address belongs to the
 * organisation update that person, the others are inserted with ids given here, so that their
 * managers are known before they are written — a statement per slice of rows, each column one
 * array parameter. Managers who are themselves new in the file are linked afterwards.
 */
export async function importPeople({ tx, actor, audit }: Mutation, organisationId: string, parsed: Parsed[]) {
  await authorize(tx, actor, organisationAbilities.managePeople, organisationId);
  // One look-up: the file's addresses and its managers' addresses.
  const lineOf = new Map(parsed.map((row) => [row.values.email, row.line]));
  const managerRefs = parsed.flatMap((row) => (row.managerEmailRef && !lineOf.has(row.managerEmailRef) ? [row.managerEmailRef] : []));
  const existing = new Map<string, string>();
  const managersHere = new Map<string, string>();
  const takenNow: ErrorDetail[] = [];
  for (const p of await repo.peopleByEmails(tx, [...lineOf.keys(), ...new Set(managerRefs)])) {
    const email = p.email.toLowerCase();
    const line = lineOf.get(email);
    if (line === undefined) {
      if (p.organisationId === organisationId) managersHere.set(email, p.id);
    } else if (p.organisationId === organisationId) existing.set(email, p.id);
    else takenNow.push(takenProblem(line));
  }
  // Taken by another organisation: nothing is imported, the same answer as a file with other problems gets when checked.
  if (takenNow.length) throw importInvalid(`${takenNow.length} problem(s) in the file; nothing was imported`, takenNow);

  const idByEmail = new Map(existing);
  for (const [email, id] of managersHere) idByEmail.set(email, id);
  const fresh = parsed.filter((row) => !existing.has(row.values.email));
  for (const row of fresh) idByEmail.set(row.values.email, randomUUID());
  const freshIds = new Set(fresh.map((row) => idByEmail.get(row.values.email)!));
  // A manager is a person of this organisation (already there or in the file), anyone else only an address.
  const managerOf = (ref: string) => {
    const managerId = idByEmail.get(ref) ?? null;
    return { managerId, managerEmail: managerId ? null : ref };
  };
  // New people whose manager is new too are linked once every new person is written (a link may point to a later statement).
  const linkLater: { id: string; managerId: string | null; managerEmail: string | null }[] = [];
  const newPeople: repo.NewPerson[] = fresh.map((row) => {
    const id = idByEmail.get(row.values.email)!;
    let manager = { managerId: null as string | null, managerEmail: null as string | null };
    if (row.managerEmailRef) {
      manager = managerOf(row.managerEmailRef);
      if (manager.managerId && freshIds.has(manager.managerId)) {
        linkLater.push({ id, ...manager });
        manager = { managerId: null, managerEmail: null };
      }
    }
    const { name, email, title, unitId, roles } = row.values;
    return { id, name, email, title, unitId, roles, ...manager };
  });
  const changes: repo.PersonUpdate[] = parsed
    .filter((row) => existing.has(row.values.email))
    .map((row) => {
      const { name, email, title, unitId, roles } = row.values;
      return {
        id: existing.get(email)!,
        name,
        email,
        ...(row.given.title && { title }),
        ...(row.given.unit && { unitId }),
        ...(row.given.roles && { roles }),
        ...(row.managerEmailRef && { manager: managerOf(row.managerEmailRef) }),
      };
    });
  try {
    await inSlices(newPeople, WRITE_SLICE, (slice) => repo.insertPeople(tx, organisationId, slice));
  } catch (error) {
    // An address of the file written by a concurrent change since it was checked: nothing is imported.
    if (isUniqueViolation(error)) throw conflict('an address in the file was added to Lots meanwhile; nothing was imported', 'file');
    throw error;
  }
  await inSlices(changes, WRITE_SLICE, (slice) => repo.updatePeople(tx, organisationId, slice));
  await inSlices(linkLater, WRITE_SLICE, (slice) => repo.setManagers(tx, organisationId, slice));
  const imported = fresh.length;
  const updated = changes.length;
  await audit({ action: 'person.import', organisationId, entity: 'person', entityId: null, data: { imported, updated } });
  // New people have neither an account nor an invitation yet; of the others, those without either (one look-up).
  const updatedIds = changes.map((c) => c.id);
  const without = new Set([...freshIds, ...(await repo.idsWithoutAccount(tx, organisationId, updatedIds))]);
  const withoutAccount = [...new Set(parsed.map((row) => idByEmail.get(row.values.email)!))].filter((id) => without.has(id));
  return { imported, updated, withoutAccount };
}
