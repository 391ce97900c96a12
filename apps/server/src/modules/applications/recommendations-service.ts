import { formatDayForPeople, translate, type Application } from '@lots/core';
import { invalid, notFound } from '../../platform/errors';
import type { Mutation } from '../../platform/mutation';
import { daysFromNow, newToken } from '../../platform/tokens';
import { requirePeopleAccess } from '../programs';
import * as repo from './repository';
import { presentApplications } from './present';

export const RECOMMENDATION_DAYS = 14;

type Recommender = { name: string; email: string };

/**
 * Asks a named person (process owner, chief of staff) to recommend or advise against, by links
 * needing no account. However many applicants, the recommender gets ONE mail: with one applicant
 * its one action link, with several a list of the applicants, each with their own single-use
 * link (issue 10 item 13), so every answer stays about one application.
 */
async function ask(m: Mutation, programId: string, applicationIds: string[], recommender: Recommender): Promise<Application[]> {
  const { tx, actor } = m;
  const access = await requirePeopleAccess(tx, actor, programId);
  const rows = (await repo.listApplications(tx, programId, { ids: applicationIds })).filter((r) => r.status !== 'draft');
  if (rows.length !== applicationIds.length) return [];
  const expiresAt = daysFromNow(RECOMMENDATION_DAYS);
  const viewer = access.coordinator ? 'coordinator' : 'manager';
  const presented = await presentApplications(tx, access, rows, { viewer });
  const asked = [];
  for (const application of presented) {
    const { token, hash } = newToken();
    await repo.insertRecommendation(tx, {
      applicationId: application.id,
      name: recommender.name,
      email: recommender.email,
      tokenHash: hash,
      expiresAt,
    });
    asked.push({ application, path: `/respond/${token}` });
  }
  const to = { email: recommender.email, name: recommender.name, fallback: actor.locale };
  const organisationId = access.program.ownerOrganisationId;
  const role = (locale: Parameters<typeof translate>[0], a: Application) => translate(locale, 'mail', `roles.${a.role}`);
  if (asked.length === 1) {
    const [{ application, path }] = asked as [(typeof asked)[number]];
    await m.mail(to, {
      template: 'recommendation',
      path,
      organisationId,
      vars: (locale) => ({
        applicant: application.name,
        program: access.program.name,
        role: role(locale, application),
        expires: formatDayForPeople(expiresAt, locale),
      }),
    });
  } else {
    const byName = [...asked].sort((a, b) => a.application.name.localeCompare(b.application.name, 'sv'));
    await m.mail(to, {
      template: 'recommendations',
      organisationId,
      vars: (locale) => ({ count: asked.length, program: access.program.name, expires: formatDayForPeople(expiresAt, locale) }),
      links: (locale) => byName.map(({ application, path }) => ({ label: `${application.name} (${role(locale, application)})`, path })),
    });
  }
  await m.audit({
    action: 'recommendation.request',
    organisationId,
    entity: 'application',
    entityId: rows.length === 1 ? rows[0]!.id : null,
    data: { email: recommender.email, count: rows.length, ...(rows.length > 1 ? { ids: rows.map((r) => r.id) } : {}) },
  });
  return presentApplications(tx, access, rows, { viewer });
}

/** One applicant: `POST …/applications/:applicationId/recommendations`. */
export async function requestRecommendation(
  m: Mutation,
  programId: string,
  applicationId: string,
  input: Recommender,
): Promise<Application> {
  const [application] = await ask(m, programId, [applicationId], input);
  if (!application) throw notFound('Application');
  return application;
}

/** Several applicants of one program, one recommender: `POST …/recommendations` (the bulk screen). */
export async function requestRecommendations(
  m: Mutation,
  programId: string,
  input: Recommender & { applicationIds: string[] },
): Promise<Application[]> {
  const ids = [...new Set(input.applicationIds)];
  const asked = await ask(m, programId, ids, { name: input.name, email: input.email });
  if (!asked.length) throw invalid('applicationIds', 'an application does not belong to this program or is not submitted');
  return asked;
}
