import { Card, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import type { Mentorship } from '@lots/core';
import { useTranslation } from 'react-i18next';
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
        <Heading level={2} data-size="xs">
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

/** /mentorships: my mentorships, running first. */
export function MentorshipsPage() {
  const { t } = useTranslation();
  const list = useMentorships();
  const sorted = [...(list.data ?? [])].sort((a, b) => Number(a.status === 'ended') - Number(b.status === 'ended'));
  return (
    <Page title={t('mentorship:list.title')} lead={t('mentorship:list.lead')}>
      <ErrorAlert error={list.error} />
      {list.isPending ? <Loading /> : null}
      {list.data && list.data.length === 0 ? <Paragraph>{t('mentorship:list.empty')}</Paragraph> : null}
      {sorted.length ? (
        <ul className="ms-cards">
          {sorted.map((m) => (
            <MentorshipCard key={m.pairId} m={m} />
          ))}
        </ul>
      ) : null}
    </Page>
  );
}
