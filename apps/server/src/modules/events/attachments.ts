import type { EventAttachmentInput } from '@lots/core';
import type { DbOrTx } from '@lots/db';
import type { Actor } from '../../platform/actor';
import { AppError, notFound } from '../../platform/errors';
import { checkMaterialFile } from '../../platform/material-file';
import type { Mutation } from '../../platform/mutation';
import { eventAbilities } from './policy';
import { eventIn } from './service';
import * as repo from './repository';

/** At most this many files on one event. */
export const MAX_EVENT_ATTACHMENTS = 10;

/**
 * Attaches a file (programme, training material) to an event, in a language or for every language
 * (decision 0114): those who manage the program, while the event is not cancelled. Nothing is sent:
 * the file is not part of the calendar entry, it is downloaded in Lots.
 */
export async function addAttachment(m: Mutation, programId: string, eventId: string, input: EventAttachmentInput) {
  const access = await eventIn(m.tx, m.actor, eventAbilities.manage, programId, eventId);
  const event = await repo.lockEvent(m.tx, eventId);
  if (!event) throw notFound('Event');
  if (event.cancelledAt) throw new AppError('conflict', 'The event is cancelled');
  const file = checkMaterialFile(input.file, 'file');
  if ((await repo.countAttachments(m.tx, eventId)) >= MAX_EVENT_ATTACHMENTS)
    throw new AppError('conflict', `An event has at most ${MAX_EVENT_ATTACHMENTS} files`, 'file');
  const row = await repo.insertAttachment(m.tx, {
    eventId,
    locale: input.locale ?? null,
    fileName: file.name,
    fileType: file.contentType,
    fileData: file.data,
  });
  await m.audit({
    action: 'event.attachment.create',
    organisationId: access.program.program.ownerOrganisationId,
    entity: 'event',
    entityId: eventId,
    data: { attachmentId: row.id, locale: row.locale, contentType: row.contentType, size: row.size },
  });
  return row.id;
}

/** Removes a file from an event: those who manage the program (the web app asks for a confirmation first). */
export async function removeAttachment(m: Mutation, programId: string, eventId: string, attachmentId: string) {
  const access = await eventIn(m.tx, m.actor, eventAbilities.manage, programId, eventId);
  if (!(await repo.deleteAttachment(m.tx, eventId, attachmentId))) throw notFound('Attachment');
  await m.audit({
    action: 'event.attachment.delete',
    organisationId: access.program.program.ownerOrganisationId,
    entity: 'event',
    entityId: eventId,
    data: { attachmentId },
  });
}

/**
 * An event's file: for those who see the event (its audience and those who manage the program);
 * everyone else gets the 404 of a missing event (decision 0072).
 */
export async function getAttachment(db: DbOrTx, actor: Actor, programId: string, eventId: string, attachmentId: string) {
  await eventIn(db, actor, eventAbilities.read, programId, eventId);
  const file = await repo.attachmentFile(db, eventId, attachmentId);
  if (!file) throw notFound('Attachment');
  return { name: file.name, contentType: file.contentType, body: Buffer.from(file.data, 'base64') };
}
