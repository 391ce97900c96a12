import { Card, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import type { Mentorship } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { OfferedMatches, useMyPairs } from '../matching';
import { ProgramText } from '../programs';
import { AppLink } from '../../components/AppLink';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { formatDate, formatDateTime } from '../../i18n';
import { useMentorships } from './api';
import { otherParty } from './format';
import './mentorship.css';

/** A status tag for a pair: running, waiting or ended. */
export function PairStatusTag({ status }: { status: Mentorship['status'] }) {
  const { t } = useTranslation();
  const color = status === 'active' ? 'success' : status === 'ended' ? 'neutral' : 'warning';
  return (
    <Tag data-color={color} data-size="sm" data-testid="mentorship-status">
      {t(`mentorship:status.${status}`)}
    </Tag>
  );
}

function MentorshipCard({ m }: { m: Mentorship }) {
  const { t } = useTranslation();
  const other = otherParty(m);
  return (
    <li>
      <Card data-color="neutral" className="ms-card">
        <Heading level={3} data-size="xs">
          <AppLink to="/mentorships/$pairId" params={{ pairId: m.pairId }}>
            {t('mentorship:list.cardTitle', { name: other.name })}
          </AppLink>
        </Heading>
        <dl className="facts">
          <dt>{t('mentorship:list.program')}</dt>
          <dd>
            <ProgramText languages={m.programLanguages}>{m.programName}</ProgramText>
          </dd>
          <dt>{t('mentorship:list.role')}</dt>
          <dd>{t(`mentorship:roles.${m.myRole}`)}</dd>
          <dt>{t('mentorship:list.status')}</dt>
          <dd>
            <PairStatusTag status={m.status} />
            {m.status === 'ended' && m.endedAt ? <> {t('mentorship:list.endedOn', { date: formatDate(m.endedAt) })}</> : null}
          </dd>
          {m.status === 'active' ? (
            <>
              <dt>{t('mentorship:list.nextMeeting')}</dt>
              <dd>
                {m.nextMeetingAt ? (
                  <time dateTime={m.nextMeetingAt}>{formatDateTime(m.nextMeetingAt)}</time>
                ) : (
                  t('mentorship:list.noNextMeeting')
                )}
              </dd>
            </>
          ) : null}
        </dl>
      </Card>
    </li>
  );
}

/**
 * /mentorships, "My mentorship" (issue 14 item 11): one place for one relationship — a match
 * offered to me (accept or decline, never a score) and my mentorships, running first. /pairs
 * ("My matches") redirects here.
 */
export function MentorshipsPage() {
  const { t } = useTranslation();
  const list = useMentorships();
  const offers = useMyPairs();
  const sorted = [...(list.data ?? [])].sort((a, b) => Number(a.status === 'ended') - Number(b.status === 'ended'));
  const noOffers = offers.data !== undefined && !offers.data.some((p) => p.status === 'published' || p.status === 'declined');
  return (
    <Page title={t('mentorship:list.title')} lead={t('mentorship:list.lead')}>
      <OfferedMatches />
      <ErrorAlert error={list.error} />
      {list.isPending || offers.isPending ? <Loading /> : null}
      {list.data && list.data.length === 0 && noOffers ? <Paragraph>{t('mentorship:list.empty')}</Paragraph> : null}
      {sorted.length ? (
        <section aria-labelledby="mentorships-heading" className="section">
          <Heading level={2} data-size="sm" id="mentorships-heading">
            {t('mentorship:list.heading')}
          </Heading>
          <ul className="ms-cards">
            {sorted.map((m) => (
              <MentorshipCard key={m.pairId} m={m} />
            ))}
          </ul>
        </section>
      ) : null}
    </Page>
  );
}
