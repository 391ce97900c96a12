import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { Mentorship } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { ProgramText } from '../programs';
import { AppLink } from '../../components/AppLink';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { NotFoundPage } from '../../components/NotFound';
import { Page } from '../../components/Page';
import { formatDate } from '../../i18n';
import { ApiError } from '../../api/errors';
import { AgendaSection } from './AgendaSection';
import { AgreementSection } from './AgreementSection';
import { useMentorship } from './api';
import { ContactSection } from './ContactSection';
import { ContinuationSection, EndSection } from './EndSection';
import { continuationOpen, otherParty } from './format';
import { GoalsSection } from './GoalsSection';
import { MeetingsSection } from './MeetingsSection';
import { PairStatusTag } from './MentorshipsPage';
import { NotesSection } from './NotesSection';
import './mentorship.css';

const SECTIONS = ['agreement', 'meetings', 'agenda', 'goals', 'notes', 'contact', 'continuation', 'end'] as const;

/** How the mentorship ended, for the two of them (with the reason, which only they see). */
function EndedNotice({ m }: { m: Mentorship }) {
  const { t } = useTranslation();
  const date = formatDate(m.endedAt);
  const text =
    m.endedBy === 'program'
      ? t('mentorship:space.endedByProgram', { date })
      : m.endedBy === m.myRole
        ? t('mentorship:space.endedByYou', { date })
        : t('mentorship:space.endedByOther', { date, name: otherParty(m).name });
  return (
    <Alert data-color="info" className="ms-notice">
      <Heading level={2} data-size="xs">
        {t('mentorship:space.endedHeading')}
      </Heading>
      <Paragraph>{text}</Paragraph>
      {m.endReason ? (
        <>
          <Paragraph>
            <strong>{t('mentorship:space.endReason')}</strong> <span className="ms-pre">{m.endReason}</span>
          </Paragraph>
          <Paragraph data-size="sm">{t('mentorship:space.endReasonPrivate')}</Paragraph>
        </>
      ) : null}
      <Paragraph data-size="sm">{t('mentorship:space.readOnly')}</Paragraph>
    </Alert>
  );
}

/** /mentorships/$pairId: the pair's own space. Only the two of them can open it. */
export function MentorshipPage({ pairId }: { pairId: string }) {
  const { t } = useTranslation();
  const query = useMentorship(pairId);
  if (query.error instanceof ApiError && (query.error.code === 'not_found' || query.error.code === 'validation')) return <NotFoundPage />;
  const m = query.data;
  if (!m) {
    return (
      <Page title={t('mentorship:space.loadingTitle')}>
        <ErrorAlert error={query.error} />
        {query.isPending ? <Loading /> : null}
      </Page>
    );
  }
  const other = otherParty(m);
  const active = m.status === 'active';
  const showContinuation = active && !m.programClosed && continuationOpen(m);
  const visible = SECTIONS.filter((s) => (s === 'end' ? active : s === 'continuation' ? showContinuation : true));

  return (
    <Page
      title={t('mentorship:space.title', { name: other.name })}
      lead={
        <>
          <ProgramText languages={m.programLanguages}>{m.programName}</ProgramText> · {t(`mentorship:space.youAre.${m.myRole}`)}{' '}
          <PairStatusTag status={m.status} />
        </>
      }
    >
      <p className="ms-back">
        <AppLink to="/mentorships">{t('mentorship:space.back')}</AppLink>
      </p>
      <Alert data-color="info" className="ms-notice">
        <Paragraph>{t('mentorship:space.privacy')}</Paragraph>
      </Alert>
      {m.status === 'ended' ? <EndedNotice m={m} /> : null}
      {m.programClosed && m.status !== 'ended' ? (
        <Alert data-color="info" className="ms-notice">
          <Paragraph>{t('mentorship:space.programClosed')}</Paragraph>
        </Alert>
      ) : null}
      {m.status === 'published' ? (
        <Alert data-color="warning" className="ms-notice">
          <Paragraph>{t('mentorship:space.pending')}</Paragraph>
        </Alert>
      ) : null}
      <nav aria-label={t('mentorship:space.toc')} className="ms-toc">
        <ul className="link-row">
          {visible.map((s) => (
            <li key={s}>
              <a href={`#${s}-heading`} className="ds-link">
                {t(`mentorship:space.sections.${s}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <AgreementSection m={m} />
      <MeetingsSection m={m} />
      <AgendaSection m={m} />
      <GoalsSection m={m} />
      <NotesSection pairId={m.pairId} otherName={other.name} readOnly={!active} />
      <ContactSection m={m} />
      {showContinuation ? <ContinuationSection m={m} /> : null}
      {active ? <EndSection m={m} /> : null}
    </Page>
  );
}
