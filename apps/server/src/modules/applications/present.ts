import {
  evaluateEligibility,
  profileSchema,
  unitPath,
  type ApplicantFacts,
  type Application,
  type EligibilityOverride,
  type Profile,
} from '@lots/core';
import type { DbOrTx } from '@lots/db';
import type { ProgramAccess } from '../programs';
import * as repo from './repository';
import { groupBy } from '../../platform/group-by';

export interface PresentOptions {
  /**
   * Who looks: the applicant themself (their own answers, no recommendations about them);
   * a coordinator of the program (everything); a manager who is not a coordinator (an
   * administrator: no special-category data, not even through eligibility); the matching
   * engine (eligibility computed with everything, nothing shown).
   */
  viewer: 'applicant' | 'coordinator' | 'manager' | 'engine';
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** Dates as YYYY-MM-DD where the programs run; made once (a formatter costs far more to make than to use). */
const LOCAL_DATE = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' });

/** Today's date where the programs run (Sweden and Norway share the time zone). */
export const localToday = (now = new Date()) => LOCAL_DATE.format(now);

export function isOpenForApplications(program: ProgramAccess['program'], today = localToday()): boolean {
  if (program.status !== 'open') return false;
  if (program.applicationOpensOn && today < program.applicationOpensOn) return false;
  if (program.applicationClosesOn && today > program.applicationClosesOn) return false;
  return true;
}

/** What an application's eligibility is judged on, besides the program's rules. */
export interface EligibilityInput {
  role: 'adept' | 'mentor';
  organisationId: string;
  profile: Pick<Profile, 'yearsAsManager' | 'birthYear' | 'staffResponsibility'>;
  /** The special-category answer, null where the viewer may not have it judged on (or there is none). */
  underRepresented: boolean | null;
  trainings: NonNullable<ApplicantFacts['trainings']>;
  overrides: readonly EligibilityOverride[];
}

/**
 * Eligibility as every view judges it, now: the program's rules for the role, the applicant's facts, the participating
 * organisations, and the program's start (ages counted at its year, trainings valid on its day). The API's presenter and
 * the matching pool (decision 0177) both judge through this. `needsTrainings`: a rule asks for the person's trainings.
 */
export function eligibilityJudge(access: ProgramAccess, today = localToday()) {
  const rules = access.program.rules;
  const context = {
    participatingOrganisationIds: access.organisationIds,
    referenceYear: Number((access.program.startsOn ?? new Date().toISOString()).slice(0, 4)),
    referenceDate: access.program.startsOn ?? today,
  };
  return {
    needsTrainings: Object.values(rules).some((list) => list.some((r) => r.kind === 'completedTraining')),
    judge: (a: EligibilityInput) =>
      evaluateEligibility(
        rules[a.role],
        {
          organisationId: a.organisationId,
          yearsAsManager: a.profile.yearsAsManager,
          birthYear: a.profile.birthYear,
          staffResponsibility: a.profile.staffResponsibility,
          underRepresented: a.underRepresented,
          // The mentor register's trainings (attended in Lots or recorded from outside), for a training rule.
          trainings: a.trainings,
        },
        context,
        a.overrides,
      ),
  };
}

/** Applications as the API shows them, with eligibility evaluated now. Batched: a few queries for any number. */
export async function presentApplications(
  db: DbOrTx,
  access: ProgramAccess,
  rows: repo.ApplicationRow[],
  options: PresentOptions,
): Promise<Application[]> {
  const ids = rows.map((r) => r.id);
  const today = localToday();
  const eligibility = eligibilityJudge(access, today);
  const trainings = eligibility.needsTrainings ? await repo.trainingsOf(db, [...new Set(rows.map((r) => r.personId))]) : [];
  const [applicants, sensitive, confirmations, recommendations, nominations, units] = await Promise.all([
    repo.applicantsOf(db, [...new Set(rows.map((r) => r.personId))]),
    // Loaded always: eligibility is judged on it even where it is not shown (e.g. matching).
    repo.sensitiveOf(db, ids),
    repo.confirmationsOf(db, ids),
    options.viewer === 'coordinator' || options.viewer === 'manager' ? repo.recommendationsOf(db, ids) : Promise.resolve([]),
    repo.nominationsOf(db, access.program.id),
    repo.unitsOf(db, access.organisationIds),
  ]);
  const unitById = new Map(units.map((u) => [u.id, u]));
  const applicantById = new Map(applicants.map((a) => [a.id, a]));
  const sensitiveById = new Map(sensitive.map((s) => [s.applicationId, s]));
  const confirmationById = new Map(confirmations.map((c) => [c.applicationId, c]));
  // Looked up per row by key, not searched for in the whole list once per row.
  const nominationOf = new Map<string, (typeof nominations)[number]>();
  for (const n of nominations) {
    const key = `${n.nomineePersonId}:${n.role}`;
    if (!nominationOf.has(key)) nominationOf.set(key, n);
  }
  const recommendationsOf = groupBy(recommendations, (r) => r.applicationId);
  const trainingsOf = groupBy(trainings, (t) => t.personId);
  const open = isOpenForApplications(access.program, today);
  const showSensitive = options.viewer === 'applicant' || options.viewer === 'coordinator';

  return rows.map((row) => {
    const applicant = applicantById.get(row.personId)!;
    const profile = profileSchema.parse(row.profile);
    const secret = sensitiveById.get(row.id);
    const role = row.role;
    const judged = eligibility.judge({
      role,
      organisationId: applicant.organisationId,
      profile,
      // A viewer who may not see the answer gets no eligibility judged on it either.
      underRepresented: secret && (showSensitive || options.viewer === 'engine') ? secret.underRepresented : null,
      trainings: (trainingsOf.get(row.personId) ?? []).map((t) => ({
        name: t.name,
        completedOn: t.completedOn,
        validUntil: t.validUntil,
      })),
      overrides: row.overrides,
    });
    const confirmation = confirmationById.get(row.id);
    const confirmationStatus =
      role !== 'adept' || !access.program.requiresManagerConfirmation
        ? 'not_required'
        : ((confirmation?.status ?? 'pending') as Application['confirmation']);
    const nomination = nominationOf.get(`${row.personId}:${role}`);
    return {
      id: row.id,
      programId: row.programId,
      programName: access.program.name,
      role,
      status: row.status,
      personId: row.personId,
      name: applicant.name,
      email: applicant.email,
      organisationName: applicant.organisationName,
      unitPath: unitPath(unitById, applicant.unitId).map((u) => u.name),
      profile,
      answers: row.answers,
      sensitive: showSensitive && secret ? { underRepresented: secret.underRepresented, consentAt: secret.consentAt.toISOString() } : null,
      managerName: row.managerName ?? confirmation?.managerName ?? applicant.managerName,
      managerEmail: row.managerEmail ?? confirmation?.managerEmail ?? applicant.managerEmail,
      confirmation: confirmationStatus,
      confirmationRespondedAt: iso(confirmation?.respondedAt ?? null),
      eligibility: judged,
      nominatedBy: nomination?.nominatorName ?? null,
      recommendations: (recommendationsOf.get(row.id) ?? []).map((r) => ({
        id: r.id,
        name: r.name,
        verdict: r.verdict,
        comment: r.comment,
      })),
      decisionMessage: row.decisionMessage,
      submittedAt: iso(row.submittedAt),
      updatedAt: row.updatedAt.toISOString(),
      editable: open && (row.status === 'draft' || row.status === 'submitted'),
    };
  });
}
