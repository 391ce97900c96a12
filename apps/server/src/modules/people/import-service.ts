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
  type ImportRow,
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

/** A people file read and its header checked (`readPeopleImport`): its rows, unchecked, and the organisation's units by name. */
export interface PeopleFile {
  rows: ImportRow[];
  unitByName: Map<string, string>;
}

/**
 * Reads a CSV or XLSX file of people and checks its header, outside any transaction (reading may take a
 * while; other requests get turns in between). Its rows are checked by `importPeople`, in the transaction
 * that writes them, a slice while the one before is written (decision 0204).
 */
export async function readPeopleImport(
  ctx: AppContext,
  actor: Actor,
  organisationId: string,
  body: Buffer,
  contentType: string,
): Promise<PeopleFile> {
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
  return { rows, unitByName: new Map(units.map((u) => [u.name.toLowerCase(), u.id])) };
}

/**
 * Checks one row at a time, in file order: every problem is added to `errors` with its line and column, and a
 * row whose name, e-mail and title are valid is answered (its other cells may still have had problems).
 */
function rowChecker(actor: Actor, unitByName: Map<string, string>, errors: ErrorDetail[]) {
  const seen = new Map<string, number>();
  return ({ line, cells }: ImportRow): Parsed | undefined => {
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
    if (!name.success || !email.success || !title.success) return undefined;
    return {
      line,
      values: { name: name.data.trim(), email: email.data, title: title.data || null, unitId, managerId: null, managerEmail, roles },
      managerEmailRef: managerEmail,
      given: { title: Boolean(cells.title), unit: Boolean(cells.unit), roles: Boolean(cells.roles) },
    };
  };
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
 * Checks the file's rows and writes them in one transaction, in batches and without a look-up per row
 * (issue 15 goal 6, decisions 0178, 0179, 0204): one look-up of the file's and its managers' addresses
 * (as the checks will read them: trimmed, in lower case), which also finds addresses taken by another
 * organisation; rows whose address belongs to the organisation update that person, the others are
 * inserted with ids given here, so that their managers are known before they are written — a statement
 * per slice of rows, each column one array parameter. The rows are checked a slice at a time, each while
 * PostgreSQL writes the slice before it (the statement is sent, the next slice checked, then its answer
 * awaited), so Lots' work and PostgreSQL's overlap. Every problem of every row is answered, and once the
 * file has one nothing more is written and the transaction is rolled back: nothing is imported. Updates
 * follow the inserts; managers who are themselves new in the file are linked last.
 */
export async function importPeople({ tx, actor, audit }: Mutation, organisationId: string, { rows, unitByName }: PeopleFile) {
  await authorize(tx, actor, organisationAbilities.managePeople, organisationId);
  // One look-up: the file's addresses and its managers' addresses.
  const fileEmails = new Set(rows.flatMap((row) => (row.cells.email ? [row.cells.email.toLowerCase()] : [])));
  const managerRefs = new Set(
    rows.flatMap((row) => {
      const ref = row.cells.manager_email?.toLowerCase();
      return ref && !fileEmails.has(ref) ? [ref] : [];
    }),
  );
  const existing = new Map<string, string>();
  const managersHere = new Map<string, string>();
  const taken = new Set<string>();
  for (const p of await repo.peopleByEmails(tx, [...fileEmails, ...managerRefs])) {
    const email = p.email.toLowerCase();
    if (!fileEmails.has(email)) {
      if (p.organisationId === organisationId) managersHere.set(email, p.id);
    } else if (p.organisationId === organisationId) existing.set(email, p.id);
    else taken.add(email);
  }
  const idByEmail = new Map(existing);
  for (const [email, id] of managersHere) idByEmail.set(email, id);
  const freshIds = new Set<string>();
  for (const email of fileEmails) {
    if (existing.has(email) || taken.has(email)) continue;
    const id = randomUUID();
    idByEmail.set(email, id);
    freshIds.add(id);
  }
  // A manager is a person of this organisation (already there or in the file), anyone else only an address.
  const managerOf = (ref: string) => {
    const managerId = idByEmail.get(ref) ?? null;
    return { managerId, managerEmail: managerId ? null : ref };
  };

  const errors: ErrorDetail[] = [];
  const check = rowChecker(actor, unitByName, errors);
  // New people whose manager is new too are linked once every new person is written (a link may point to a later statement).
  const linkLater: { id: string; managerId: string | null; managerEmail: string | null }[] = [];
  const changes: repo.PersonUpdate[] = [];
  /** Every checked row's person, in file order (the answer's `withoutAccount`). */
  const ids: string[] = [];
  let imported = 0;
  // The INSERT sent and not yet awaited: its error, if any, once it is answered.
  let writing: Promise<unknown> = Promise.resolve(undefined);
  const written = async () => {
    const error = await writing;
    if (!error) return;
    // An address of the file written by a concurrent change since it was looked up: nothing is imported.
    if (isUniqueViolation(error)) throw conflict('an address in the file was added to Lots meanwhile; nothing was imported', 'file');
    throw error;
  };
  const pause = breather();
  for (let start = 0; start < rows.length; start += WRITE_SLICE) {
    await pause();
    const newPeople: repo.NewPerson[] = [];
    for (const row of rows.slice(start, start + WRITE_SLICE)) {
      const parsed = check(row);
      if (!parsed) continue;
      const { name, email, title, unitId, roles } = parsed.values;
      if (taken.has(email)) errors.push(takenProblem(parsed.line));
      // Once the file has a problem, the remaining rows are only checked.
      if (errors.length) continue;
      const id = idByEmail.get(email)!;
      ids.push(id);
      const ref = parsed.managerEmailRef;
      if (existing.has(email)) {
        changes.push({
          id,
          name,
          email,
          ...(parsed.given.title && { title }),
          ...(parsed.given.unit && { unitId }),
          ...(parsed.given.roles && { roles }),
          ...(ref && { manager: managerOf(ref) }),
        });
        continue;
      }
      let manager = { managerId: null as string | null, managerEmail: null as string | null };
      if (ref) {
        manager = managerOf(ref);
        if (manager.managerId && freshIds.has(manager.managerId)) {
          linkLater.push({ id, ...manager });
          manager = { managerId: null, managerEmail: null };
        }
      }
      newPeople.push({ id, name, email, title, unitId, roles, ...manager });
    }
    // The slice before this one has been written meanwhile (or is being): its answer first.
    await written();
    if (errors.length || newPeople.length === 0) continue;
    // A turn between checking and writing: the embedded database writes in this thread, so the two never add up to one stall.
    await pause();
    imported += newPeople.length;
    // Sent now, awaited after the next slice is checked; a rejection is kept as a value until then (never unhandled).
    writing = repo.insertPeople(tx, organisationId, newPeople).then(
      () => undefined,
      (error: unknown) => error ?? new Error('insert failed'),
    );
  }
  await written();
  if (errors.length) throw importInvalid(`${errors.length} problem(s) in the file; nothing was imported`, errors);

  await inSlices(changes, WRITE_SLICE, (slice) => repo.updatePeople(tx, organisationId, slice));
  await inSlices(linkLater, WRITE_SLICE, (slice) => repo.setManagers(tx, organisationId, slice));
  const updated = changes.length;
  await audit({ action: 'person.import', organisationId, entity: 'person', entityId: null, data: { imported, updated } });
  // New people have neither an account nor an invitation yet; of the others, those without either (one look-up).
  const without = new Set([
    ...freshIds,
    ...(await repo.idsWithoutAccount(
      tx,
      organisationId,
      changes.map((c) => c.id),
    )),
  ]);
  const withoutAccount = [...new Set(ids)].filter((id) => without.has(id));
  return { imported, updated, withoutAccount };
}
