import {
  evaluateEligibility,
  profileSchema,
  type Application,
  type EligibilityOverride,
  type ProgramRole,
  type Rule,
  type Rules,
} from '@lots/core';
import type { DbOrTx } from '@lots/db';
import type { ProgramAccess } from '../programs/policy';
import * as repo from './repository';

export interface PresentOptions {
  /** Show special-category answers: only to the applicant themself and the program's coordinators. */
  showSensitive: boolean;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function isOpenForApplications(program: ProgramAccess['program'], today = new Date().toISOString().slice(0, 10)): boolean {
  if (program.status !== 'open') return false;
  if (program.applicationOpensOn && today < program.applicationOpensOn) return false;
  if (program.applicationClosesOn && today > program.applicationClosesOn) return false;
  return true;
}

/** Applications as the API shows them, with eligibility evaluated now. Batched: a few queries for any number. */
export async function presentApplications(db: DbOrTx, access: ProgramAccess, rows: repo.ApplicationRow[], options: PresentOptions): Promise<Application[]> {
  const ids = rows.map((r) => r.id);
  const [applicants, sensitive, confirmations, recommendations, nominations] = await Promise.all([
    repo.applicantsOf(db, [...new Set(rows.map((r) => r.personId))]),
    options.showSensitive ? repo.sensitiveOf(db, ids) : Promise.resolve([]),
    repo.confirmationsOf(db, ids),
    options.showSensitive ? repo.recommendationsOf(db, ids) : Promise.resolve([]),
    repo.nominationsOf(db, access.program.id),
  ]);
  const applicantById = new Map(applicants.map((a) => [a.id, a]));
  const sensitiveById = new Map(sensitive.map((s) => [s.applicationId, s]));
  const confirmationById = new Map(confirmations.map((c) => [c.applicationId, c]));
  const rules = access.program.rules as Rules;
  const referenceYear = Number((access.program.startsOn ?? new Date().toISOString()).slice(0, 4));
  const open = isOpenForApplications(access.program);

  return rows.map((row) => {
    const applicant = applicantById.get(row.personId)!;
    const profile = profileSchema.parse(row.profile);
    const secret = sensitiveById.get(row.id);
    const role = row.role as ProgramRole;
    const eligibility = evaluateEligibility(
      rules[role] as Rule[],
      {
        organisationId: applicant.organisationId,
        yearsAsManager: profile.yearsAsManager,
        birthYear: profile.birthYear,
        staffResponsibility: profile.staffResponsibility,
        underRepresented: secret ? secret.underRepresented : null,
      },
      { participatingOrganisationIds: access.organisationIds, referenceYear },
      row.overrides as EligibilityOverride[],
    );
    const confirmation = confirmationById.get(row.id);
    const confirmationStatus =
      role !== 'adept' || !access.program.requiresManagerConfirmation ? 'not_required' : ((confirmation?.status ?? 'pending') as Application['confirmation']);
    const nomination = nominations.find((n) => n.nomineePersonId === row.personId && role === 'mentor');
    return {
      id: row.id,
      programId: row.programId,
      programName: access.program.name,
      role,
      status: row.status as Application['status'],
      personId: row.personId,
      name: applicant.name,
      email: applicant.email,
      organisationName: applicant.organisationName,
      profile,
      answers: row.answers as Application['answers'],
      sensitive: secret ? { underRepresented: secret.underRepresented, consentAt: secret.consentAt.toISOString() } : null,
      managerName: row.managerName ?? confirmation?.managerName ?? applicant.managerName,
      managerEmail: row.managerEmail ?? confirmation?.managerEmail ?? applicant.managerEmail,
      confirmation: confirmationStatus,
      confirmationRespondedAt: iso(confirmation?.respondedAt ?? null),
      eligibility,
      nominatedBy: nomination?.nominatorName ?? null,
      recommendations: recommendations
        .filter((r) => r.applicationId === row.id)
        .map((r) => ({ id: r.id, name: r.name, verdict: r.verdict as 'pending' | 'recommend' | 'advise_against', comment: r.comment })),
      decisionMessage: row.decisionMessage,
      submittedAt: iso(row.submittedAt),
      updatedAt: row.updatedAt.toISOString(),
      editable: open && (row.status === 'draft' || row.status === 'submitted'),
    };
  });
}
