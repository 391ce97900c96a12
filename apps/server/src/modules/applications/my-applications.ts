import { profileSchema, type MyApplicationPage } from '@lots/core';
import type { DbOrTx } from '@lots/db';
import type { Actor } from '../../platform/actor';
import { AppError } from '../../platform/errors';
import type { Mutation } from '../../platform/mutation';
import * as repo from './repository';

const DAY = 24 * 60 * 60 * 1000;

/**
 * My profile (issue 10 item 7): the signed-in person's own applications in every program and
 * state — archived too, so this never goes through the program's visibility — with their answers
 * and the special-category answer, and when the retention job will delete that answer.
 */
export async function readMyApplications(
  db: DbOrTx,
  actor: Actor,
  page: { limit: number; offset: number },
  retentionDays: number,
): Promise<MyApplicationPage> {
  if (!actor.person) return { items: [], total: 0 };
  const { rows, total } = await repo.applicationsOfPerson(db, actor.person.id, page);
  const ids = rows.map((r) => r.application.id);
  const [sensitive, questions] = await Promise.all([
    repo.sensitiveOf(db, ids),
    repo.questionsOfPrograms(db, [...new Set(rows.map((r) => r.application.programId))]),
  ]);
  const sensitiveById = new Map(sensitive.map((s) => [s.applicationId, s]));
  return {
    total,
    items: rows.map(({ application: a, programName, programLanguages, programStatus }) => {
      const secret = sensitiveById.get(a.id);
      const parsed = profileSchema.safeParse(a.profile);
      return {
        id: a.id,
        programId: a.programId,
        programName,
        programLanguages,
        programStatus,
        role: a.role,
        status: a.status,
        submittedAt: a.submittedAt?.toISOString() ?? null,
        profile: parsed.success ? parsed.data : profileSchema.parse({}),
        answers: questions
          .filter((q) => a.answers[q.id] !== undefined)
          .map((q) => ({ questionId: q.id, label: q.label, value: a.answers[q.id] ?? null })),
        sensitive: secret
          ? {
              underRepresented: secret.underRepresented,
              consentAt: secret.consentAt.toISOString(),
              deletesAt: secret.retentionFrom ? new Date(secret.retentionFrom.getTime() + retentionDays * DAY).toISOString() : null,
            }
          : null,
      };
    }),
  };
}

/**
 * The applicant removes their special-category answer, in any state of the program (the form
 * promises it can be removed at any time). Audited with the application's id only.
 */
export async function deleteMySensitiveAnswer({ tx, actor, audit }: Mutation, applicationId: string): Promise<{ ok: true }> {
  const own = actor.person ? await repo.ownApplication(tx, actor.person.id, applicationId) : undefined;
  if (!own) throw new AppError('not_found', 'Application not found');
  if (!(await repo.deleteSensitive(tx, applicationId))) throw new AppError('not_found', 'There is no answer to delete', 'sensitive');
  await audit({
    action: 'application.sensitive.delete',
    organisationId: own.ownerOrganisationId,
    entity: 'application',
    entityId: applicationId,
  });
  return { ok: true };
}
