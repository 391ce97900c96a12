import type { DbOrTx } from '@lots/db';
import type { AppContext } from '../../context';
import { AppError, notFound } from '../../platform/errors';
import type { Mutation } from '../../platform/mutation';
import { hashToken } from '../../platform/tokens';
import * as repo from './repository';

/**
 * The pages behind e-mailed links that need no account: a manager's confirmation and a
 * recommendation. A link shows only the applicant's name, the program and the role, and
 * can be answered once before it expires.
 */
async function resolve(ctx: { db: DbOrTx }, token: string) {
  const hash = hashToken(token);
  const confirmation = await repo.findConfirmationByHash(ctx.db, hash);
  if (confirmation)
    return {
      kind: 'confirmation' as const,
      id: confirmation.id,
      applicationId: confirmation.applicationId,
      answered: confirmation.status !== 'pending',
      expiresAt: confirmation.expiresAt,
    };
  const recommendation = await repo.findRecommendationByHash(ctx.db, hash);
  if (recommendation)
    return {
      kind: 'recommendation' as const,
      id: recommendation.id,
      applicationId: recommendation.applicationId,
      answered: recommendation.verdict !== 'pending',
      expiresAt: recommendation.expiresAt,
    };
  throw notFound('Link');
}

async function context(db: DbOrTx, applicationId: string) {
  const row = await repo.linkContext(db, applicationId);
  if (!row) throw notFound('Link');
  return row;
}

export async function viewResponse(ctx: AppContext, token: string) {
  const link = await resolve(ctx, token);
  const info = await context(ctx.db, link.applicationId);
  const expired = link.expiresAt.getTime() <= Date.now();
  // A line manager is not told which inclusion program it is: its name and purpose may name the target group.
  const unnamed = link.kind === 'confirmation' && info.programType === 'inclusion';
  return {
    kind: link.kind,
    status: link.answered ? ('answered' as const) : expired ? ('expired' as const) : ('pending' as const),
    applicantName: info.applicantName,
    programName: unnamed ? null : info.programName,
    organisationName: info.organisationName,
    role: info.role,
    programPurpose: unnamed ? null : info.programPurpose,
    expiresAt: link.expiresAt.toISOString(),
  };
}

export async function respondConfirmation(
  { tx, audit }: Mutation<null>,
  token: string,
  input: { decision: 'confirmed' | 'declined'; comment?: string | null },
) {
  const link = await resolve({ db: tx }, token);
  if (link.kind !== 'confirmation')
    throw new AppError('validation', 'decision: this link asks for a recommendation, not a confirmation', 'decision');
  if (link.expiresAt.getTime() <= Date.now()) throw new AppError('conflict', 'The link has expired', 'token');
  if (!(await repo.answerConfirmation(tx, link.id, input.decision, input.comment ?? null)))
    throw new AppError('conflict', 'This link has already been answered', 'token');
  const info = await context(tx, link.applicationId);
  await audit({
    action: `confirmation.${input.decision}`,
    organisationId: info.ownerOrganisationId,
    entity: 'application',
    entityId: link.applicationId,
  });
  return { ok: true as const };
}

export async function respondRecommendation(
  { tx, audit }: Mutation<null>,
  token: string,
  input: { verdict: 'recommend' | 'advise_against'; comment?: string | null },
) {
  const link = await resolve({ db: tx }, token);
  if (link.kind !== 'recommendation')
    throw new AppError('validation', 'verdict: this link asks for a confirmation, not a recommendation', 'verdict');
  if (link.expiresAt.getTime() <= Date.now()) throw new AppError('conflict', 'The link has expired', 'token');
  if (!(await repo.answerRecommendation(tx, link.id, input.verdict, input.comment ?? null)))
    throw new AppError('conflict', 'This link has already been answered', 'token');
  const info = await context(tx, link.applicationId);
  await audit({
    action: `recommendation.${input.verdict}`,
    organisationId: info.ownerOrganisationId,
    entity: 'application',
    entityId: link.applicationId,
  });
  return { ok: true as const };
}
