import { and, eq, inArray, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { schema } from '@lots/db';
import { profileSchema } from '@lots/core';
import type { AppContext } from '../../context';
import type { Actor } from '../../platform/actor';
import { forbidden, notFound } from '../../platform/errors';
import { audit } from '../../platform/audit';
import { listVisibleProgramIds } from '../programs/repository';

const { applications, programs, people, organisations, mentorTrainings } = schema;

/** The programs whose mentors a person may see in the register: the ones they coordinate or administer. */
async function managedProgramIds(ctx: AppContext, actor: Actor): Promise<string[] | null> {
  if (actor.platformAdmin) return null;
  const person = actor.person;
  if (!person || !(person.roles.includes('coordinator') || person.roles.includes('org_admin')))
    throw forbidden('Only coordinators keep the mentor register');
  const visible = await listVisibleProgramIds(ctx.db, person.id, person.organisationId, person.roles.includes('org_admin'));
  return [...visible].filter(([, how]) => how === 'manage').map(([id]) => id);
}

export interface RegisterFilter {
  q?: string;
  programId?: string;
  organisationId?: string;
  freeCapacity?: boolean;
}

/** Every mentor (accepted mentor application) of the programs the coordinator serves. */
export async function mentorRegister(ctx: AppContext, actor: Actor, filter: RegisterFilter = {}) {
  const programIds = await managedProgramIds(ctx, actor);
  if (programIds && programIds.length === 0) return [];
  const conditions = [eq(applications.role, 'mentor'), eq(applications.status, 'accepted')];
  if (programIds) conditions.push(inArray(applications.programId, programIds));
  if (filter.programId) conditions.push(eq(applications.programId, filter.programId));
  const rows = await ctx.db
    .select({
      applicationId: applications.id,
      personId: people.id,
      name: people.name,
      email: people.email,
      title: people.title,
      organisationId: people.organisationId,
      organisationName: organisations.name,
      programId: programs.id,
      programName: programs.name,
      programStatus: programs.status,
      profile: applications.profile,
      activePairs: sql<number>`(select count(*)::int from pairs pr where pr.mentor_application_id = ${applications.id} and pr.status = 'active')`,
    })
    .from(applications)
    .innerJoin(people, eq(people.id, applications.personId))
    .innerJoin(organisations, eq(organisations.id, people.organisationId))
    .innerJoin(programs, eq(programs.id, applications.programId))
    .where(and(...conditions));
  const personIds = [...new Set(rows.map((r) => r.personId))];
  const trainings = personIds.length
    ? await ctx.db.select().from(mentorTrainings).where(inArray(mentorTrainings.personId, personIds)).orderBy(mentorTrainings.completedOn)
    : [];
  const byPerson = new Map<
    string,
    {
      personId: string;
      name: string;
      email: string;
      organisationId: string;
      organisationName: string;
      title: string | null;
      programs: { id: string; name: string; status: string }[];
      activePairs: number;
      capacity: number;
      freeCapacity: number;
      trainings: { name: string; completedOn: string }[];
    }
  >();
  for (const r of rows) {
    const entry =
      byPerson.get(r.personId) ??
      byPerson
        .set(r.personId, {
          personId: r.personId,
          name: r.name,
          email: r.email,
          organisationId: r.organisationId,
          organisationName: r.organisationName,
          title: r.title,
          programs: [],
          activePairs: 0,
          capacity: 0,
          freeCapacity: 0,
          trainings: [],
        })
        .get(r.personId)!;
    entry.programs.push({ id: r.programId, name: r.programName, status: r.programStatus });
    entry.activePairs += r.activePairs;
    if (['selection', 'matching', 'running'].includes(r.programStatus))
      entry.capacity += profileSchema.parse(r.profile).mentorCapacity ?? 1;
  }
  for (const t of trainings) byPerson.get(t.personId)?.trainings.push({ name: t.name, completedOn: t.completedOn });
  let list = [...byPerson.values()].map((e) => ({ ...e, freeCapacity: Math.max(0, e.capacity - e.activePairs) }));
  if (filter.organisationId) list = list.filter((e) => e.organisationId === filter.organisationId);
  if (filter.freeCapacity) list = list.filter((e) => e.freeCapacity > 0);
  if (filter.q) {
    const q = filter.q.toLowerCase();
    list = list.filter((e) => [e.name, e.email, e.organisationName, e.title ?? ''].some((v) => v.toLowerCase().includes(q)));
  }
  return list.sort((a, b) => a.name.localeCompare(b.name, 'sv')).map(({ organisationId: _o, ...e }) => e);
}

const COLUMNS = ['name', 'email', 'organisation', 'title', 'programs', 'active_pairs', 'capacity', 'free_capacity', 'trainings'] as const;

export async function exportRegister(ctx: AppContext, actor: Actor, filter: RegisterFilter, format: 'csv' | 'xlsx'): Promise<Buffer> {
  const entries = await mentorRegister(ctx, actor, filter);
  const rows = entries.map((e) => [
    e.name,
    e.email,
    e.organisationName,
    e.title ?? '',
    e.programs.map((p) => p.name).join('; '),
    e.activePairs,
    e.capacity,
    e.freeCapacity,
    e.trainings.map((t) => `${t.name} (${t.completedOn})`).join('; '),
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
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Mentors');
  sheet.addRow([...COLUMNS]);
  sheet.getRow(1).font = { bold: true };
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export async function addTraining(ctx: AppContext, actor: Actor, personId: string, input: { name: string; completedOn: string }) {
  const entries = await mentorRegister(ctx, actor);
  if (!entries.some((e) => e.personId === personId)) throw notFound('Mentor');
  await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(mentorTrainings)
      .values({ personId, name: input.name, completedOn: input.completedOn })
      .returning({ id: mentorTrainings.id });
    const [person] = await tx.select({ organisationId: people.organisationId }).from(people).where(eq(people.id, personId));
    await audit(tx, actor, person?.organisationId ?? null, 'training.create', 'mentor_training', row!.id, { personId, name: input.name });
  });
  return (await mentorRegister(ctx, actor)).find((e) => e.personId === personId)!;
}
