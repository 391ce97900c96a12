import type { ProgramEvent } from '@lots/core';
import type { DbOrTx } from '@lots/db';
import type { AppContext } from '../../context';
import type { Actor } from '../../platform/actor';
import { AppError } from '../../platform/errors';
import { audit } from '../../platform/audit';
import { getProgram, requireManage } from '../programs';
import * as repo from './repository';

/** A program's events (kick-off, network meetings, closing), in time order. */
export const eventsOf = repo.eventsOf;

/** Copies a program's events to its next cohort, moved by `months`. */
export async function copyEvents(tx: DbOrTx, fromProgramId: string, toProgramId: string, months: number) {
  for (const event of await repo.eventsOf(tx, fromProgramId)) {
    const startsAt = new Date(event.startsAt);
    startsAt.setUTCMonth(startsAt.getUTCMonth() + months);
    await repo.insertEvent(tx, {
      programId: toProgramId,
      kind: event.kind,
      title: event.title,
      startsAt,
      location: event.location,
      description: event.description,
    });
  }
}

export async function addEvent(
  ctx: AppContext,
  actor: Actor,
  programId: string,
  input: { kind: ProgramEvent['kind']; title: string; startsAt: string; location?: string | null; description?: string | null },
) {
  await ctx.db.transaction(async (tx) => {
    const access = await requireManage(tx, actor, programId);
    const id = await repo.insertEvent(tx, {
      programId,
      kind: input.kind,
      title: input.title,
      startsAt: new Date(input.startsAt),
      location: input.location ?? null,
      description: input.description ?? null,
    });
    await audit(tx, actor, access.program.ownerOrganisationId, 'program.event.create', 'program_event', id);
  });
  return getProgram(ctx, actor, programId);
}

export async function updateEvent(
  ctx: AppContext,
  actor: Actor,
  programId: string,
  eventId: string,
  input: Partial<{ kind: ProgramEvent['kind']; title: string; startsAt: string; location: string | null; description: string | null }>,
) {
  await ctx.db.transaction(async (tx) => {
    await requireManage(tx, actor, programId);
    const { startsAt, ...rest } = input;
    const values = {
      ...Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)),
      ...(startsAt ? { startsAt: new Date(startsAt) } : {}),
    };
    if (!(await repo.updateEvent(tx, programId, eventId, values))) throw new AppError('not_found', 'Event not found');
  });
  return getProgram(ctx, actor, programId);
}

export async function deleteEvent(ctx: AppContext, actor: Actor, programId: string, eventId: string) {
  await ctx.db.transaction(async (tx) => {
    await requireManage(tx, actor, programId);
    if (!(await repo.deleteEvent(tx, programId, eventId))) throw new AppError('not_found', 'Event not found');
  });
  return getProgram(ctx, actor, programId);
}
