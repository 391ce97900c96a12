import type { ReactNode } from 'react';
import { Card, Heading } from '@digdir/designsystemet-react';
import { MEETING_PREFERENCES } from '@lots/core';
import { useTranslation } from 'react-i18next';
import type { Candidate } from './api';

const isMeeting = (v: string): v is (typeof MEETING_PREFERENCES)[number] => (MEETING_PREFERENCES as readonly string[]).includes(v);

/** A mentor's (or, for mentors, an adept's) profile: what helps choose, never a score. */
export function ProfileCard({ candidate, children }: { candidate: Candidate; children?: ReactNode }) {
  const { t } = useTranslation();
  const rows: [string, string][] = [];
  const add = (label: string, value: string | null | undefined) => {
    if (value) rows.push([label, value]);
  };
  add(t('matching:preferences.profile.title'), candidate.title);
  add(t('matching:preferences.profile.organisation'), candidate.organisationName);
  add(t('matching:preferences.profile.developmentGoals'), candidate.developmentGoals);
  add(t('matching:preferences.profile.competenceAreas'), candidate.competenceAreas.join(', '));
  add(t('matching:preferences.profile.interests'), candidate.interests.join(', '));
  add(t('matching:preferences.profile.languages'), candidate.languages.join(', '));
  add(t('matching:preferences.profile.location'), candidate.location);
  const meeting = candidate.meetingPreference;
  add(
    t('matching:preferences.profile.meetingPreference'),
    meeting ? (isMeeting(meeting) ? t(`matching:preferences.meeting.${meeting}`) : meeting) : null,
  );
  if (candidate.yearsAsManager !== null)
    add(t('matching:preferences.profile.yearsAsManager'), t('matching:preferences.profile.years', { count: candidate.yearsAsManager }));

  return (
    <Card data-color="neutral" className="matching-profile" data-testid="profile-card">
      <Heading level={3} data-size="xs">
        {candidate.name}
      </Heading>
      <dl className="matching-profile__facts">
        {rows.map(([label, value]) => (
          <div key={label} className="matching-profile__row">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {children}
    </Card>
  );
}
