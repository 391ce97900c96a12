import {
  emailSchema,
  MEETING_PREFERENCES,
  profileSchema,
  type Profile,
  APPLICATION_IMPORT_COLUMNS,
  APPLICATION_IMPORT_REQUIRED,
} from '@lots/core';
import type { AppContext } from '../../context';
import type { Actor } from '../../platform/actor';
import type { ErrorDetail } from '../../platform/errors';
import type { Mutation } from '../../platform/mutation';
import { breather } from '../../platform/breather';
import { fileError, importInvalid, issueProblem, problem, readImportFile, type ImportErrorCode, type ImportErrorValues } from '../people';
import * as people from '../people';
import { requirePeopleAccess } from '../programs';
import * as repo from './repository';

const list = (s: string | undefined) =>
  s
    ? s
        .split(/[;|]/)
        .map((x) => x.trim())
        .filter(Boolean)
    : [];
/** A checked row of an application import. */
export interface ApplicationImportRow {
  line: number;
  personId: string;
  role: 'adept' | 'mentor';
  profile: Profile;
  managerEmail: string | null;
}

/** Rows per written statement (one array parameter per column): a few statements per file, turns for other requests between them. */
const WRITE_SLICE = 1000;

const YES = ['yes', 'ja', 'y', 'true', '1'];
const NO = ['no', 'nej', 'nei', 'n', 'false', '0'];

/**
 * Applications collected elsewhere (CSV or XLSX) come in as submitted applications of
 * people already in Lots. The file is read and checked outside any transaction: every bad row is
 * reported, and nothing is imported unless all are valid (`importApplications` then writes them).
 */
export async function checkApplicationImport(
  ctx: AppContext,
  actor: Actor,
  programId: string,
  body: Buffer,
  contentType: string,
): Promise<ApplicationImportRow[]> {
  const access = await requirePeopleAccess(ctx.db, actor, programId);
  const rows = await readImportFile(body, contentType);
  const columns = rows.columns;
  const errors: ErrorDetail[] = [];
  for (const c of APPLICATION_IMPORT_REQUIRED)
    if (!columns.includes(c)) errors.push(problem(1, c, 'column.missing', `the column "${c}" is missing`, { column: c }));
  for (const c of columns) {
    if (c && !(APPLICATION_IMPORT_COLUMNS as readonly string[]).includes(c)) {
      const column = c.slice(0, 100);
      errors.push(problem(1, column, 'column.unknown', `unknown column "${column}"`, { column }));
    }
  }
  if (errors.length) throw importInvalid('The file’s header row is not valid; nothing was imported', errors);
  if (rows.length === 0) throw fileError('file.noRows', 'the file has no rows below the header');

  const parsed: ApplicationImportRow[] = [];
  const seen = new Map<string, number>();
  const pause = breather();
  // The people behind the addresses, looked up in one statement before the rows are checked (no look-up per row).
  const addresses = [
    ...new Set(rows.map(({ cells }) => emailSchema.safeParse(cells.email ?? '')).flatMap((e) => (e.success ? [e.data] : []))),
  ];
  const personByEmail = new Map<string, { id: string; organisationId: string }>();
  for (const p of await people.peopleByEmails(ctx.db, addresses)) personByEmail.set(p.email.toLowerCase(), p);
  for (const { line, cells } of rows) {
    await pause();
    const fail = (field: string, code: ImportErrorCode, message: string, values?: ImportErrorValues) =>
      errors.push(problem(line, field, code, message, values));
    const email = emailSchema.safeParse(cells.email ?? '');
    const role = (cells.role ?? '').toLowerCase();
    if (!email.success) {
      if (cells.email) fail('email', 'email.invalid', 'is not a valid e-mail address');
      else fail('email', 'required', 'is required');
    }
    if (role !== 'adept' && role !== 'mentor') fail('role', 'role.invalid', 'must be adept or mentor');
    let personId: string | null = null;
    if (email.success) {
      const person = personByEmail.get(email.data.toLowerCase());
      // One answer whether nobody in Lots has the address or someone outside the program's
      // organisations has it: an import must not tell who else uses Lots (decision 0024).
      if (!person || !access.organisationIds.includes(person.organisationId))
        fail('email', 'person.notFound', 'no one in the program’s organisations has this address');
      else personId = person.id;
      const key = `${email.data}/${role}`;
      const earlier = seen.get(key);
      if (earlier) fail('email', 'application.duplicate', `the same person and role are on line ${earlier}`, { line: earlier });
      seen.set(key, line);
    }
    let years: number | null = null;
    if (cells.years_as_manager) {
      years = Number(cells.years_as_manager.replace(',', '.'));
      if (!Number.isFinite(years) || years < 0 || years > 60)
        fail('years_as_manager', 'number.range', 'must be a number from 0 to 60', { min: 0, max: 60 });
    }
    let staff: boolean | null = null;
    if (cells.staff_responsibility) {
      const v = cells.staff_responsibility.toLowerCase();
      if (YES.includes(v)) staff = true;
      else if (NO.includes(v)) staff = false;
      else fail('staff_responsibility', 'yesNo', 'must be yes or no');
    }
    const preference = cells.meeting_preference?.toLowerCase() || null;
    if (preference && !(MEETING_PREFERENCES as readonly string[]).includes(preference)) {
      fail('meeting_preference', 'meetingPreference.invalid', `must be one of ${MEETING_PREFERENCES.join(', ')}`, {
        allowed: MEETING_PREFERENCES.join(', '),
      });
    }
    let managerEmail: string | null = null;
    if (cells.manager_email) {
      const m = emailSchema.safeParse(cells.manager_email);
      if (!m.success) fail('manager_email', 'email.invalid', 'is not a valid e-mail address');
      else managerEmail = m.data;
    }
    let capacity: number | null = null;
    if (cells.mentor_capacity) {
      capacity = Number(cells.mentor_capacity);
      if (!Number.isInteger(capacity) || capacity < 1 || capacity > 5)
        fail('mentor_capacity', 'number.wholeRange', 'must be a whole number from 1 to 5', { min: 1, max: 5 });
    }
    const profile = profileSchema.safeParse({
      title: cells.title || null,
      yearsAsManager: years,
      staffResponsibility: staff,
      competenceAreas: list(cells.competence_areas),
      developmentGoals: cells.development_goals || null,
      // What an adept wishes for in a mentor: the matching criterion "wishes" reads it.
      wishes: role === 'adept' ? cells.wishes || null : null,
      interests: list(cells.interests),
      languages: list(cells.languages),
      location: cells.location || null,
      meetingPreference: preference,
      availability: cells.availability || null,
      mentorCapacity: capacity,
    });
    if (!profile.success) {
      // The first problem not reported above already (a bad number or preference would otherwise be reported twice).
      const column = (issue: { path: PropertyKey[] }) => String(issue.path[0] ?? 'row').replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
      const issue = profile.error.issues.find((i) => !errors.some((e) => e.line === line && e.field === column(i)));
      if (issue) {
        const { code, values } = issueProblem(issue);
        fail(column(issue), code, issue.message, values);
      }
    }
    if (personId && profile.success && (role === 'adept' || role === 'mentor'))
      parsed.push({ line, personId, role, profile: profile.data, managerEmail });
  }
  if (errors.length) throw importInvalid(`${errors.length} problem(s) in the file; nothing was imported`, errors);
  return parsed;
}

/**
 * Writes checked rows (`checkApplicationImport`) in one transaction, in batches (issue 15 goal 6,
 * decision 0178): the program's applications of these people are read in one statement; existing
 * ones are updated and new ones inserted, a statement per slice of rows.
 */
export async function importApplications({ tx, actor, audit }: Mutation, programId: string, parsed: ApplicationImportRow[]) {
  const access = await requirePeopleAccess(tx, actor, programId);
  const pause = breather();
  const existing = new Map<string, Awaited<ReturnType<typeof repo.applicationsOfPeople>>[number]>();
  for (const a of await repo.applicationsOfPeople(tx, programId, [...new Set(parsed.map((row) => row.personId))]))
    existing.set(`${a.personId}/${a.role}`, a);
  const now = new Date();
  const updates = parsed.flatMap((row) => {
    const found = existing.get(`${row.personId}/${row.role}`);
    return found
      ? [
          {
            id: found.id,
            profile: row.profile,
            managerEmail: row.managerEmail ?? found.managerEmail,
            status: found.status === 'draft' ? ('submitted' as const) : found.status,
            submittedAt: found.submittedAt ?? now,
          },
        ]
      : [];
  });
  const fresh = parsed.filter((row) => !existing.has(`${row.personId}/${row.role}`));
  for (let start = 0; start < updates.length; start += WRITE_SLICE) {
    await pause();
    await repo.updateImportedApplications(tx, programId, updates.slice(start, start + WRITE_SLICE));
  }
  for (let start = 0; start < fresh.length; start += WRITE_SLICE) {
    await pause();
    await repo.insertApplications(tx, programId, fresh.slice(start, start + WRITE_SLICE), now);
  }
  const imported = fresh.length;
  const updated = updates.length;
  await audit({
    action: 'application.import',
    organisationId: access.program.ownerOrganisationId,
    entity: 'program',
    entityId: programId,
    data: { imported, updated },
  });
  return { imported, updated };
}
