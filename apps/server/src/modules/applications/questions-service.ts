import type { z } from 'zod';
import type { Question, questionInputSchema } from '@lots/core';
import type { AppContext } from '../../context';
import type { Actor } from '../../platform/actor';
import { notFound } from '../../platform/errors';
import type { Mutation } from '../../platform/mutation';
import { loadProgramAccess, requireManage } from '../programs';
import * as repo from './questions-repository';

type QuestionInput = z.output<typeof questionInputSchema>;

const present = (q: Awaited<ReturnType<typeof repo.listQuestions>>[number]): Question => ({
  id: q.id,
  role: q.role,
  kind: q.kind,
  label: q.label,
  help: q.help,
  options: q.options,
  required: q.required,
  position: q.position,
});

/** A program's custom questions: everyone who sees the program may read them (to apply). */
export async function listQuestions(ctx: AppContext, actor: Actor, programId: string, role?: Question['role']): Promise<Question[]> {
  await loadProgramAccess(ctx.db, actor, programId);
  return (await repo.listQuestions(ctx.db, programId, role)).map(present);
}

export async function addQuestion({ tx, actor, audit }: Mutation, programId: string, input: QuestionInput): Promise<Question> {
  const access = await requireManage(tx, actor, programId);
  const row = await repo.insertQuestion(tx, {
    programId,
    role: input.role,
    kind: input.kind,
    label: input.label,
    help: input.help ?? null,
    options: input.options,
    required: input.required,
  });
  await audit({ action: 'question.create', organisationId: access.program.ownerOrganisationId, entity: 'form_question', entityId: row.id });
  return present(row);
}

export async function updateQuestion(
  { tx, actor, audit }: Mutation,
  programId: string,
  id: string,
  input: Partial<QuestionInput> & { position?: number },
): Promise<Question> {
  const access = await requireManage(tx, actor, programId);
  const values = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
  const row = await repo.updateQuestion(tx, programId, id, values);
  if (!row) throw notFound('Question');
  await audit({
    action: 'question.update',
    organisationId: access.program.ownerOrganisationId,
    entity: 'form_question',
    entityId: id,
    data: { fields: Object.keys(values) },
  });
  return present(row);
}

export async function deleteQuestion({ tx, actor, audit }: Mutation, programId: string, id: string): Promise<void> {
  const access = await requireManage(tx, actor, programId);
  if (!(await repo.deleteQuestion(tx, programId, id))) throw notFound('Question');
  await audit({ action: 'question.delete', organisationId: access.program.ownerOrganisationId, entity: 'form_question', entityId: id });
}
