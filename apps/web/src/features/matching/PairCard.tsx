import { Button, Card, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useRouter } from '@tanstack/react-router';
import type { Pair } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { PairStatusTag, ResponseTag } from './tags';

/** The other person of a pair, seen from the signed-in user. */
export function counterpartOf(pair: Pair) {
  return pair.myRole === 'mentor' ? pair.adept : pair.mentor;
}

type PairCardProps = { pair: Pair; accepting: boolean; onAccept: () => void; onDecline: () => void };

/** One match: program, the other party, status, both answers and what I can do now. */
export function PairCard({ pair, accepting, onAccept, onDecline }: PairCardProps) {
  const { t } = useTranslation();
  const router = useRouter();
  const other = counterpartOf(pair);
  const mine = pair.myRole === 'mentor' ? pair.mentorResponse : pair.adeptResponse;
  const theirs = pair.myRole === 'mentor' ? pair.adeptResponse : pair.mentorResponse;
  const canAnswer = pair.status === 'published' && mine === 'pending' && pair.myRole !== null;
  // The mentorship pages are another feature's routes; navigate by href within the app.
  const mentorshipHref = `/mentorships/${encodeURIComponent(pair.id)}`;

  return (
    <Card data-color="neutral" className="matching-pair-card" data-testid="my-pair">
      <Heading level={3} data-size="xs">
        {pair.programName}
      </Heading>
      <Paragraph data-size="sm">{pair.myRole === 'mentor' ? t('matching:myPairs.roleMentor') : t('matching:myPairs.roleAdept')}</Paragraph>
      <dl className="matching-profile__facts">
        <div className="matching-profile__row">
          <dt>{pair.myRole === 'mentor' ? t('matching:myPairs.counterpartAdept') : t('matching:myPairs.counterpartMentor')}</dt>
          <dd>{other.name}</dd>
        </div>
        {other.title ? (
          <div className="matching-profile__row">
            <dt>{t('matching:myPairs.jobTitle')}</dt>
            <dd>{other.title}</dd>
          </div>
        ) : null}
        <div className="matching-profile__row">
          <dt>{t('matching:myPairs.organisation')}</dt>
          <dd>{other.organisationName}</dd>
        </div>
        <div className="matching-profile__row">
          <dt>{t('matching:myPairs.email')}</dt>
          <dd>
            <Link href={`mailto:${other.email}`}>{other.email}</Link>
          </dd>
        </div>
        <div className="matching-profile__row">
          <dt>{t('matching:myPairs.status')}</dt>
          <dd>
            <PairStatusTag status={pair.status} />
          </dd>
        </div>
        <div className="matching-profile__row">
          <dt>{t('matching:myPairs.yourAnswer')}</dt>
          <dd>
            <ResponseTag response={mine} />
          </dd>
        </div>
        <div className="matching-profile__row">
          <dt>{t('matching:myPairs.theirAnswer', { name: other.name })}</dt>
          <dd>
            <ResponseTag response={theirs} />
          </dd>
        </div>
      </dl>
      {pair.status === 'published' && mine === 'accepted' ? (
        <Paragraph data-size="sm">{t('matching:myPairs.waitingOther', { name: other.name })}</Paragraph>
      ) : null}
      {pair.status === 'declined' ? <Paragraph data-size="sm">{t('matching:myPairs.declinedInfo')}</Paragraph> : null}
      {canAnswer ? (
        <div className="row-actions">
          <Button
            data-size="sm"
            loading={accepting}
            aria-label={t('matching:myPairs.acceptLabel', { name: other.name })}
            onClick={onAccept}
          >
            {t('matching:myPairs.accept')}
          </Button>
          <Button
            data-size="sm"
            variant="secondary"
            aria-label={t('matching:myPairs.declineLabel', { name: other.name })}
            onClick={onDecline}
          >
            {t('matching:myPairs.decline')}
          </Button>
        </div>
      ) : null}
      {pair.status === 'active' ? (
        <Paragraph>
          <Link
            href={mentorshipHref}
            aria-label={t('matching:myPairs.openLabel', { name: other.name })}
            onClick={(event) => {
              if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
              event.preventDefault();
              void router.navigate({ href: mentorshipHref });
            }}
          >
            {t('matching:myPairs.open')}
          </Link>
        </Paragraph>
      ) : null}
    </Card>
  );
}
