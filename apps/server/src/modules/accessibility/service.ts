import { KNOWN_GAPS, SUPERVISORS, type AccessibilityStatement } from '@lots/core';
import type { DbOrTx } from '@lots/db';
import type { Config } from '../../config';
import * as repo from './repository';

/**
 * The accessibility statement (decision 0140): the installation's settings (ACCESSIBILITY_*), and
 * where they are unset, the first organisation (name, country) and its administrator (feedback).
 */
export async function statement(db: DbOrTx, config: Config): Promise<AccessibilityStatement> {
  const settings = config.accessibility;
  const organisation = settings.organisation && settings.country ? null : await repo.firstOrganisation(db);
  const country = settings.country ?? (organisation?.country === 'NO' ? 'NO' : 'SE');
  const feedbackEmail = settings.feedbackEmail ?? (settings.feedbackUrl ? null : await repo.firstPlatformAdminEmail(db));
  return {
    organisation: settings.organisation ?? organisation?.name ?? 'Lots',
    service: 'Lots',
    url: config.publicUrl,
    country,
    complianceLevel: settings.level,
    knownGaps: settings.level === 'full' ? [] : [...KNOWN_GAPS],
    assessmentMethod: settings.method,
    assessedOn: settings.assessedOn,
    updatedOn: settings.updatedOn,
    feedbackEmail,
    feedbackUrl: settings.feedbackUrl ?? null,
    supervisor: { ...SUPERVISORS[country] },
  };
}
