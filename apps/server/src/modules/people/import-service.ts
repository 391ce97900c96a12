import { z } from 'zod';
import { IMPORT_COLUMNS, ROLES, emailSchema, type Role } from '@lots/core';
import type { AppContext } from '../../context';
import type { Actor } from '../../platform/actor';
import type { ErrorDetail } from '../../platform/errors';
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

/** Addresses per look-up statement while checking a file (a unique index answers each). */
const LOOKUP_SLICE = 1000;
/** Rows per written statement: a few thousand parameters each, far below PostgreSQL's 65,535. */
const WRITE_SLICE = 500;

const textCell = (max: number) => z.string().max(max, `at most ${max} characters`);

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
    const name = textCell(200)
      .min(1, 'is required')
      .safeParse(cells.name ?? '');
    if (!name.success) failIssue('name', name.error.issues[0]!);
    const email = emailSchema.safeParse(cells.email ?? '');
    if (!email.success) {
      if (cells.email) fail('email', 'email.invalid', 'is not a valid e-mail address');
      else fail('email', 'required', 'is required');
    }
    const title = textCell(200).safeParse(cells.title ?? '');
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

  // E-mail addresses already in Lots outside this organisation (asked in slices, giving other requests a turn in
  // between). The problem says only that the address is taken, never where, as adding one person does.
  const parsedByEmail = new Map(parsed.map((p) => [p.values.email, p]));
  const emails = [...parsedByEmail.keys()];
  for (let start = 0; start < emails.length; start += LOOKUP_SLICE) {
    await pause();
    const slice = emails.slice(start, start + LOOKUP_SLICE);
    const taken = await repo.peopleByEmails(ctx.db, slice);
    for (const t of taken) {
      const row = parsedByEmail.get(t.email.toLowerCase());
      if (t.organisationId !== organisationId && row)
        errors.push(problem(row.line, 'email', 'email.taken', 'this address is already in use in Lots'));
    }
  }
  if (errors.length) {
    throw importInvalid(`${errors.length} problem(s) in the file; nothing was imported`, errors);
  }
  return parsed;
}

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
 * row (issue 15 goal 6): the organisation's addresses are read once; rows whose e-mail already
 * belongs to it update that person, the others are inserted, then managers are linked — each a
 * statement per slice of rows.
 */
export async function importPeople({ tx, actor, audit }: Mutation, organisationId: string, parsed: Parsed[]) {
  await authorize(tx, actor, organisationAbilities.managePeople, organisationId);
  const existing = new Map((await repo.emailsInOrganisation(tx, organisationId)).map((p) => [p.email.toLowerCase(), p.id]));
  const idByEmail = new Map(existing);
  const fresh = parsed.filter((row) => !existing.has(row.values.email));
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
      };
    });
  await inSlices(changes, WRITE_SLICE, (slice) => repo.updatePeople(tx, organisationId, slice));
  await inSlices(fresh, WRITE_SLICE, async (slice) => {
    const ids = await repo.insertPeople(
      tx,
      organisationId,
      slice.map((row) => row.values),
    );
    slice.forEach((row, i) => idByEmail.set(row.values.email, ids[i]!));
  });
  // Managers: a person in this organisation (already there or in the file) becomes a link, anyone else an address.
  const managers = parsed
    .filter((row) => row.managerEmailRef)
    .map((row) => {
      const managerId = idByEmail.get(row.managerEmailRef!) ?? null;
      return { id: idByEmail.get(row.values.email)!, managerId, managerEmail: managerId ? null : row.managerEmailRef };
    });
  await inSlices(managers, WRITE_SLICE, (slice) => repo.setManagers(tx, organisationId, slice));
  const imported = fresh.length;
  const updated = changes.length;
  await audit({ action: 'person.import', organisationId, entity: 'person', entityId: null, data: { imported, updated } });
  const withoutAccount: string[] = [];
  await inSlices([...new Set(parsed.map((row) => idByEmail.get(row.values.email)!))], LOOKUP_SLICE, async (slice) => {
    withoutAccount.push(...(await repo.idsWithoutAccount(tx, organisationId, slice)));
  });
  return { imported, updated, withoutAccount };
}
