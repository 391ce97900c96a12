import type { z } from 'zod';
import type { agreementInputSchema, Mentorship } from '@lots/core';
import type { AppContext } from '../../context';
import type { Actor } from '../../platform/actor';
import { AppError, invalid, notFound } from '../../platform/errors';
import { audit } from '../../platform/audit';
import { loadPairAccess, type PairAccess } from './policy';
import { latestAgreement, myNotes, presentMentorship } from './present';
import { programClauses } from './clauses';
import { tellAdeptsManager } from './notify';
import { transition } from './state';
import * as repo from './repository';
import { pairsOfPerson } from '../matching';

type AgreementInput = z.output<typeof agreementInputSchema>;

const requireActive = (access: PairAccess) => {
  if (access.pair.status !== 'active')
    throw new AppError(
      'conflict',
      access.pair.status === 'ended' ? 'The mentorship has ended' : 'Both must accept the match first',
      'status',
    );
};

export async function getMentorship(ctx: AppContext, actor: Actor, pairId: string): Promise<Mentorship> {
  const access = await loadPairAccess(ctx.db, actor, pairId);
  return presentMentorship(ctx.db, access, actor.locale);
}

/** My mentorships, to list: everything a pair member may open. */
export async function listMine(ctx: AppContext, actor: Actor): Promise<Mentorship[]> {
  if (!actor.person) return [];
  const pairs = (await pairsOfPerson(ctx.db, actor.person.id)).filter((p) => p.status === 'active' || p.status === 'ended');
  const out: Mentorship[] = [];
  for (const p of pairs) out.push(await getMentorship(ctx, actor, p.id));
  return out;
}

/** Writes a new version of the agreement; any change needs both signatures again. */
export async function saveAgreement(ctx: AppContext, actor: Actor, pairId: string, input: AgreementInput) {
  return ctx.db.transaction(async (tx) => {
    const access = await loadPairAccess(tx, actor, pairId);
    requireActive(access);
    const current = await latestAgreement(tx, pairId);
    const clauses = await programClauses(tx, access.pair.programId);
    await repo.insertAgreement(tx, {
      pairId,
      version: (current?.version ?? 0) + 1,
      cadenceWeeksMin: input.cadenceWeeksMin,
      cadenceWeeksMax: input.cadenceWeeksMax,
      meetingMinutes: input.meetingMinutes,
      mode: input.mode,
      place: input.place ?? null,
      goals: input.goals.map((text, i) => ({
        id: current?.goals.find((g) => g.text === text)?.id ?? `g${(current?.version ?? 0) + 1}-${i + 1}`,
        text,
      })),
      clauses,
      createdBy: actor.person!.id,
    });
    await audit(tx, actor, null, 'agreement.save', 'pair', pairId);
    return presentMentorship(tx, access, actor.locale);
  });
}

/**
 * Signs the current version (time-stamped). When both have signed for the first time the mentorship
 * starts: the adept's manager is told (where the program requires it), the coordinators in their digest.
 */
export async function sign(ctx: AppContext, actor: Actor, pairId: string, version: number) {
  const mailIds: string[] = [];
  const result = await ctx.db.transaction(async (tx) => {
    const access = await loadPairAccess(tx, actor, pairId);
    requireActive(access);
    const current = await latestAgreement(tx, pairId);
    if (!current) throw new AppError('conflict', 'There is no agreement to sign yet', 'version');
    if (current.version !== version)
      throw new AppError('conflict', `The agreement has changed (now version ${current.version}); read it again before signing`, 'version');
    const field = access.role === 'adept' ? 'adeptSignedAt' : 'mentorSignedAt';
    if (current[field]) throw new AppError('conflict', 'You have already signed this version', 'version');
    const signed = await repo.signAgreement(tx, current.id, field);
    if (signed.adeptSignedAt && signed.mentorSignedAt && !access.pair.startedAt) {
      await repo.updatePair(tx, pairId, { startedAt: new Date(), updatedAt: new Date() });
      mailIds.push(...(await tellAdeptsManager(ctx, tx, pairId, 'started')));
    }
    await audit(tx, actor, null, 'agreement.sign', 'pair', pairId, { version, role: access.role });
    return presentMentorship(tx, await loadPairAccess(tx, actor, pairId), actor.locale);
  });
  await ctx.mailer.dispatch(...mailIds);
  return result;
}

export async function logMeeting(
  ctx: AppContext,
  actor: Actor,
  pairId: string,
  input: { heldOn: string; durationMinutes: number; mode: string },
) {
  return ctx.db.transaction(async (tx) => {
    const access = await loadPairAccess(tx, actor, pairId);
    requireActive(access);
    const heldOn = new Date(input.heldOn);
    if (heldOn.getTime() > Date.now() + 24 * 3600 * 1000) throw invalid('heldOn', 'a meeting is logged after it has taken place');
    await repo.insertMeeting(tx, { pairId, heldOn, durationMinutes: input.durationMinutes, mode: input.mode, createdBy: actor.person!.id });
    // A planned meeting that has now been held is no longer "next".
    if (access.pair.nextMeetingAt && access.pair.nextMeetingAt.getTime() <= heldOn.getTime() + 24 * 3600 * 1000) {
      await repo.updatePair(tx, pairId, { nextMeetingAt: null });
    }
    return presentMentorship(tx, await loadPairAccess(tx, actor, pairId), actor.locale);
  });
}

export async function deleteMeeting(ctx: AppContext, actor: Actor, pairId: string, meetingId: string) {
  return ctx.db.transaction(async (tx) => {
    const access = await loadPairAccess(tx, actor, pairId);
    if (!(await repo.deleteMeeting(tx, pairId, meetingId))) throw notFound('Meeting');
    return presentMentorship(tx, access, actor.locale);
  });
}

export async function setNextMeeting(ctx: AppContext, actor: Actor, pairId: string, nextMeetingAt: string | null) {
  return ctx.db.transaction(async (tx) => {
    const access = await loadPairAccess(tx, actor, pairId);
    requireActive(access);
    await repo.updatePair(tx, pairId, { nextMeetingAt: nextMeetingAt ? new Date(nextMeetingAt) : null, updatedAt: new Date() });
    return presentMentorship(tx, await loadPairAccess(tx, actor, pairId), actor.locale);
  });
}

export async function addAgendaItem(ctx: AppContext, actor: Actor, pairId: string, text: string) {
  return ctx.db.transaction(async (tx) => {
    const access = await loadPairAccess(tx, actor, pairId);
    requireActive(access);
    await repo.insertAgendaItem(tx, { pairId, text, authorId: actor.person!.id });
    return presentMentorship(tx, access, actor.locale);
  });
}

export async function updateAgendaItem(
  ctx: AppContext,
  actor: Actor,
  pairId: string,
  itemId: string,
  change: { done?: boolean; remove?: boolean },
) {
  return ctx.db.transaction(async (tx) => {
    const access = await loadPairAccess(tx, actor, pairId);
    if (!(await repo.changeAgendaItem(tx, pairId, itemId, change))) throw notFound('Agenda item');
    return presentMentorship(tx, access, actor.locale);
  });
}

export async function addCheckin(
  ctx: AppContext,
  actor: Actor,
  pairId: string,
  input: { goalId: string; progress: number; comment?: string | null },
) {
  return ctx.db.transaction(async (tx) => {
    const access = await loadPairAccess(tx, actor, pairId);
    requireActive(access);
    const agreement = await latestAgreement(tx, pairId);
    if (!agreement?.goals.some((g) => g.id === input.goalId)) throw invalid('goalId', 'no such goal in the agreement');
    await repo.insertCheckin(tx, {
      pairId,
      goalId: input.goalId,
      progress: input.progress,
      comment: input.comment ?? null,
      authorId: actor.person!.id,
    });
    return presentMentorship(tx, access, actor.locale);
  });
}

// Private notes: the author's only. Every query is scoped by pair AND author.
export async function listNotes(ctx: AppContext, actor: Actor, pairId: string) {
  await loadPairAccess(ctx.db, actor, pairId);
  return myNotes(ctx.db, pairId, actor.person!.id);
}

export async function addNote(ctx: AppContext, actor: Actor, pairId: string, text: string) {
  return ctx.db.transaction(async (tx) => {
    await loadPairAccess(tx, actor, pairId);
    await repo.insertNote(tx, pairId, actor.person!.id, text);
    return myNotes(tx, pairId, actor.person!.id);
  });
}

export async function updateNote(ctx: AppContext, actor: Actor, pairId: string, noteId: string, text: string | null) {
  return ctx.db.transaction(async (tx) => {
    await loadPairAccess(tx, actor, pairId);
    if (!(await repo.changeNote(tx, pairId, actor.person!.id, noteId, text))) throw notFound('Note');
    return myNotes(tx, pairId, actor.person!.id);
  });
}

/** Either party may end the mentorship at any time; the reason stays with the pair. */
export async function endMentorship(ctx: AppContext, actor: Actor, pairId: string, reason: string | null) {
  const mailIds: string[] = [];
  const result = await ctx.db.transaction(async (tx) => {
    const access = await loadPairAccess(tx, actor, pairId);
    const next = transition(access.pair, { type: 'end', by: access.role });
    await repo.updatePair(tx, pairId, {
      status: next.status,
      endedAt: new Date(),
      endedBy: access.role,
      endReason: reason,
      updatedAt: new Date(),
    });
    // A manager who was told it started is told it ended; the coordinators read it in their digest.
    if (access.pair.startedAt) mailIds.push(...(await tellAdeptsManager(ctx, tx, pairId, 'ended')));
    await audit(tx, actor, null, 'pair.end', 'pair', pairId, { by: access.role });
    return presentMentorship(tx, await loadPairAccess(tx, actor, pairId), actor.locale);
  });
  await ctx.mailer.dispatch(...mailIds);
  return result;
}

/** At the program's end each party says "we continue on our own" or "we end here". */
export async function chooseContinuation(ctx: AppContext, actor: Actor, pairId: string, choice: 'continue' | 'end') {
  return ctx.db.transaction(async (tx) => {
    const access = await loadPairAccess(tx, actor, pairId);
    if (access.pair.status !== 'active') throw new AppError('conflict', 'Only a running mentorship can be continued or ended', 'status');
    const program = await repo.programOf(tx, access.pair.programId);
    const soon = program?.endsOn ? new Date(`${program.endsOn}T00:00:00Z`).getTime() - Date.now() < 45 * 24 * 3600 * 1000 : false;
    if (!soon && program?.status !== 'closed') throw new AppError('conflict', 'This is chosen when the program comes to its end', 'choice');
    await repo.updatePair(tx, pairId, {
      [access.role === 'adept' ? 'adeptContinuation' : 'mentorContinuation']: choice,
      updatedAt: new Date(),
    });
    return presentMentorship(tx, await loadPairAccess(tx, actor, pairId), actor.locale);
  });
}
