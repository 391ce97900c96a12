import type { z } from 'zod';
import type { agreementInputSchema } from '@lots/core';
import type { Mutation } from '../../platform/mutation';
import { AppError } from '../../platform/errors';
import { loadPairAccess } from './policy';
import { latestAgreement, presentMentorship } from './present';
import { programClauses } from './clauses';
import { tellAdeptsManager } from './notify';
import { requireWritable } from './service';
import { updatePairDetails } from './state';
import * as repo from './repository';

type AgreementInput = z.output<typeof agreementInputSchema>;

/** Writes a new version of the agreement; any change needs both signatures again. Audited with the version and the number of goals. */
export async function saveAgreement({ tx, actor, audit }: Mutation, pairId: string, input: AgreementInput) {
  const access = await loadPairAccess(tx, actor, pairId);
  await requireWritable(tx, access);
  const current = await latestAgreement(tx, pairId);
  const clauses = await programClauses(tx, access.pair.programId);
  const version = (current?.version ?? 0) + 1;
  await repo.insertAgreement(tx, {
    pairId,
    version,
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
  await audit({
    action: 'agreement.save',
    organisationId: null,
    entity: 'pair',
    entityId: pairId,
    data: { role: access.role, version, goals: input.goals.length },
  });
  return presentMentorship(tx, access, actor.locale);
}

/**
 * Signs the current version (time-stamped). When both have signed for the first time the mentorship
 * starts: the adept's manager is told (where the program requires it), the coordinators in their digest.
 */
export async function sign(m: Mutation, pairId: string, version: number) {
  const { tx, actor } = m;
  const access = await loadPairAccess(tx, actor, pairId);
  await requireWritable(tx, access);
  const current = await latestAgreement(tx, pairId);
  if (!current) throw new AppError('conflict', 'There is no agreement to sign yet', 'version');
  if (current.version !== version)
    throw new AppError('conflict', `The agreement has changed (now version ${current.version}); read it again before signing`, 'version');
  const field = access.role === 'adept' ? 'adeptSignedAt' : 'mentorSignedAt';
  if (current[field]) throw new AppError('conflict', 'You have already signed this version', 'version');
  const signed = await repo.signAgreement(tx, current.id, field);
  if (signed.adeptSignedAt && signed.mentorSignedAt && !access.pair.startedAt) {
    await updatePairDetails(tx, pairId, { startedAt: new Date(), updatedAt: new Date() });
    await tellAdeptsManager(m, pairId, 'started');
  }
  await m.audit({ action: 'agreement.sign', organisationId: null, entity: 'pair', entityId: pairId, data: { version, role: access.role } });
  return presentMentorship(tx, await loadPairAccess(tx, actor, pairId), actor.locale);
}
