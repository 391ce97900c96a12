import type { Mutation } from '../../platform/mutation';
import { invalid, notFound } from '../../platform/errors';
import { loadPairAccess } from './policy';
import { presentMentorship } from './present';
import { requireProgramOpen, requireWritable } from './service';
import { updatePairDetails } from './state';
import * as repo from './repository';

/** Logs a meeting that took place; audited with the logger's role only (never what was said). */
export async function logMeeting(
  { tx, actor, audit }: Mutation,
  pairId: string,
  input: { heldOn: string; durationMinutes: number; mode: string },
) {
  const access = await loadPairAccess(tx, actor, pairId);
  await requireWritable(tx, access);
  const heldOn = new Date(input.heldOn);
  if (heldOn.getTime() > Date.now() + 24 * 3600 * 1000) throw invalid('heldOn', 'a meeting is logged after it has taken place');
  await repo.insertMeeting(tx, { pairId, heldOn, durationMinutes: input.durationMinutes, mode: input.mode, createdBy: actor.person!.id });
  // A planned meeting that has now been held is no longer "next".
  if (access.pair.nextMeetingAt && access.pair.nextMeetingAt.getTime() <= heldOn.getTime() + 24 * 3600 * 1000) {
    await updatePairDetails(tx, pairId, { nextMeetingAt: null });
  }
  await audit({ action: 'meeting.log', organisationId: null, entity: 'pair', entityId: pairId, data: { role: access.role } });
  return presentMentorship(tx, await loadPairAccess(tx, actor, pairId), actor.locale);
}

export async function deleteMeeting({ tx, actor, audit }: Mutation, pairId: string, meetingId: string) {
  const access = await loadPairAccess(tx, actor, pairId);
  await requireProgramOpen(tx, access);
  if (!(await repo.deleteMeeting(tx, pairId, meetingId))) throw notFound('Meeting');
  await audit({ action: 'meeting.delete', organisationId: null, entity: 'pair', entityId: pairId, data: { role: access.role, meetingId } });
  return presentMentorship(tx, access, actor.locale);
}

export async function setNextMeeting({ tx, actor, audit }: Mutation, pairId: string, nextMeetingAt: string | null) {
  const access = await loadPairAccess(tx, actor, pairId);
  await requireWritable(tx, access);
  await updatePairDetails(tx, pairId, { nextMeetingAt: nextMeetingAt ? new Date(nextMeetingAt) : null, updatedAt: new Date() });
  await audit({
    action: 'meeting.next',
    organisationId: null,
    entity: 'pair',
    entityId: pairId,
    data: { role: access.role, planned: nextMeetingAt !== null },
  });
  return presentMentorship(tx, await loadPairAccess(tx, actor, pairId), actor.locale);
}
