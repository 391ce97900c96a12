import type { Mutation } from '../../platform/mutation';
import { notFound } from '../../platform/errors';
import { loadPairAccess } from './policy';
import { myNotes } from './present';
import * as repo from './repository';

// Private notes: the author's only. Every query is scoped by pair AND author; the audit row says
// that the author wrote, changed or deleted a note, never what it says.

export async function addNote({ tx, actor, audit }: Mutation, pairId: string, text: string) {
  const access = await loadPairAccess(tx, actor, pairId);
  await repo.insertNote(tx, pairId, actor.person!.id, text);
  await audit({ action: 'note.add', organisationId: null, entity: 'pair', entityId: pairId, data: { role: access.role } });
  return myNotes(tx, pairId, actor.person!.id);
}

/** Changes a note's text, or deletes it (`text` null). */
export async function updateNote({ tx, actor, audit }: Mutation, pairId: string, noteId: string, text: string | null) {
  const access = await loadPairAccess(tx, actor, pairId);
  if (!(await repo.changeNote(tx, pairId, actor.person!.id, noteId, text))) throw notFound('Note');
  await audit({
    action: text === null ? 'note.delete' : 'note.update',
    organisationId: null,
    entity: 'pair',
    entityId: pairId,
    data: { role: access.role, noteId },
  });
  return myNotes(tx, pairId, actor.person!.id);
}
