import { z } from 'zod';
import { IMPORT_COLUMNS, ROLES, emailSchema, type Role } from '@lots/core';
import type { AppContext } from '../../context';
import type { Actor } from '../../http/actor';
import { AppError, type ErrorDetail } from '../../http/errors';
import { requireRole } from '../../http/policy';
import { audit } from '../../http/audit';
import * as repo from './repository';
import { readImportFile } from './import-file';
import { schema } from '@lots/db';
import { sql } from 'drizzle-orm';

interface Parsed {
  line: number;
  values: repo.PersonValues;
  managerEmailRef: string | null;
  /** The cells that were filled in: only these change an existing person (an empty cell or a missing column keeps the value). */
  given: { title: boolean; unit: boolean; roles: boolean };
}

const textCell = (max: number) => z.string().max(max, `at most ${max} characters`);

/**
 * Imports people from CSV or XLSX: every row is checked first, every problem is
 * reported with its line and column, and nothing is written unless all rows are valid.
 * Rows whose e-mail already belongs to this organisation update that person.
 */
export async function importPeople(ctx: AppContext, actor: Actor, organisationId: string, body: Buffer, contentType: string) {
  requireRole(actor, organisationId, 'org_admin');
  const rows = await readImportFile(body, contentType);
  const columns = (rows as unknown as { columns: string[] }).columns;
  const errors: ErrorDetail[] = [];
  const known = new Set<string>(IMPORT_COLUMNS.map((c) => c.key));
  for (const c of IMPORT_COLUMNS) {
    if (c.required && !columns.includes(c.key)) errors.push({ line: 1, field: c.key, message: `the column "${c.key}" is missing` });
  }
  for (const name of columns) {
    if (name && !known.has(name)) errors.push({ line: 1, field: name, message: `unknown column "${name}"` });
  }
  if (errors.length) throw new AppError('import_invalid', 'The file’s header row is not valid; nothing was imported', 'file', errors);
  if (rows.length === 0) throw new AppError('validation', 'file: the file has no rows below the header', 'file');

  const units = await repo.unitIdsOf(ctx.db, organisationId);
  const unitByName = new Map(units.map((u) => [u.name.toLowerCase(), u.id]));
  const seen = new Map<string, number>();
  const parsed: Parsed[] = [];

  for (const { line, cells } of rows) {
    const fail = (field: string, message: string) => errors.push({ line, field, message });
    const name = textCell(200).min(1, 'is required').safeParse(cells.name ?? '');
    if (!name.success) fail('name', name.error.issues[0]!.message);
    const email = emailSchema.safeParse(cells.email ?? '');
    if (!email.success) fail('email', cells.email ? 'is not a valid e-mail address' : 'is required');
    const title = textCell(200).safeParse(cells.title ?? '');
    if (!title.success) fail('title', title.error.issues[0]!.message);
    let unitId: string | null = null;
    if (cells.unit) {
      unitId = unitByName.get(cells.unit.toLowerCase()) ?? null;
      if (!unitId) fail('unit', `no unit named "${cells.unit.slice(0, 100)}" in this organisation`);
    }
    let managerEmail: string | null = null;
    if (cells.manager_email) {
      const m = emailSchema.safeParse(cells.manager_email);
      if (!m.success) fail('manager_email', 'is not a valid e-mail address');
      else managerEmail = m.data;
    }
    let roles: Role[] = ['participant'];
    if (cells.roles) {
      const list = cells.roles.split(/[;,]/).map((r) => r.trim().toLowerCase()).filter(Boolean);
      const unknown = list.filter((r) => !(ROLES as readonly string[]).includes(r));
      if (unknown.length) fail('roles', `unknown role "${unknown[0]!.slice(0, 50)}" (use ${ROLES.join(', ')})`);
      else if (list.length) roles = [...new Set(list)] as Role[];
    }
    if (email.success) {
      const earlier = seen.get(email.data);
      if (earlier) fail('email', `the same address is on line ${earlier}`);
      seen.set(email.data, line);
      if (managerEmail === email.data) fail('manager_email', 'a person cannot be their own manager');
    }
    if (email.success && email.data === actor.email.toLowerCase() && cells.roles && !roles.includes('org_admin') && !actor.platformAdmin) {
      fail('roles', 'you cannot remove your own administrator role');
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

  // E-mail addresses taken by another organisation.
  if (parsed.length) {
    const emails = parsed.map((p) => p.values.email);
    const taken = await ctx.db
      .select({ email: schema.people.email, organisationId: schema.people.organisationId })
      .from(schema.people)
      .where(sql`lower(${schema.people.email}) in (${sql.join(emails.map((e) => sql`${e}`), sql`, `)})`);
    for (const t of taken) {
      if (t.organisationId !== organisationId) {
        const row = parsed.find((p) => p.values.email === t.email.toLowerCase());
        if (row) errors.push({ line: row.line, field: 'email', message: 'this address belongs to someone in another organisation' });
      }
    }
  }
  if (errors.length) {
    errors.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    throw new AppError('import_invalid', `${errors.length} problem(s) in the file; nothing was imported`, 'file', errors.slice(0, 1000));
  }

  return ctx.db.transaction(async (tx) => {
    const existing = new Map((await repo.emailsInOrganisation(tx, organisationId)).map((p) => [p.email.toLowerCase(), p.id]));
    let imported = 0;
    let updated = 0;
    const idByEmail = new Map(existing);
    for (const row of parsed) {
      const id = existing.get(row.values.email);
      if (id) {
        const { name, email, title, unitId, roles } = row.values;
        await repo.updatePerson(tx, id, {
          name,
          email,
          ...(row.given.title && { title }),
          ...(row.given.unit && { unitId }),
          ...(row.given.roles && { roles }),
        });
        updated++;
      } else {
        idByEmail.set(row.values.email, await repo.insertPerson(tx, organisationId, row.values));
        imported++;
      }
    }
    // Managers: a person in this organisation (already there or in the file) becomes a link.
    for (const row of parsed) {
      if (!row.managerEmailRef) continue;
      const managerId = idByEmail.get(row.managerEmailRef) ?? null;
      await repo.updatePerson(tx, idByEmail.get(row.values.email)!, managerId ? { managerId, managerEmail: null } : { managerId: null, managerEmail: row.managerEmailRef });
    }
    await audit(tx, actor, organisationId, 'person.import', 'person', null, { imported, updated });
    return { imported, updated };
  });
}
