import './matching.css';
import { useState } from 'react';
import { Heading } from '@digdir/designsystemet-react';
import type { Pair } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { AppDialog } from '../../components/AppDialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LiveNotice } from './LiveNotice';
import { useMyPairs, useRespondToPair } from './api';
import { DeclineForm } from './DeclineForm';
import { PairCard, counterpartOf } from './PairCard';

/** The matches shown here: offered ones to answer, and declined ones (running and ended pairs are mentorships below). */
const offered = (pair: Pair) => pair.status === 'published' || pair.status === 'declined';

/**
 * "My mentorship"'s offered matches (issue 14 item 11): the pairs the coordinator proposed to me,
 * to accept or decline (never a score). Nothing is shown when there are none; the page that holds
 * it (/mentorships) says what to expect then.
 */
export function OfferedMatches() {
  const { t } = useTranslation();
  const pairs = useMyPairs();
  const respond = useRespondToPair();
  const [declining, setDeclining] = useState<Pair | null>(null);
  const [notice, setNotice] = useState('');
  // A match answered on this visit stays in view (now active, with its link) so the answer's outcome is seen where it was given.
  const [answered, setAnswered] = useState<ReadonlySet<string>>(new Set());
  const sorted = (pairs.data ?? [])
    .filter((p) => offered(p) || answered.has(p.id))
    .sort((a, b) => b.publishedAt.localeCompare(a.publishedAt));

  const accept = (pair: Pair) => {
    setNotice('');
    setAnswered((ids) => new Set(ids).add(pair.id));
    const name = counterpartOf(pair).name;
    respond.mutate(
      { pairId: pair.id, decision: 'accepted' },
      {
        onSuccess: (updated) =>
          setNotice(
            updated.status === 'active'
              ? t('matching:myPairs.bothAccepted')
              : `${t('matching:myPairs.accepted', { name })} ${t('matching:myPairs.waitingOther', { name })}`,
          ),
      },
    );
  };

  return (
    <>
      <ErrorAlert error={pairs.error} />
      <ErrorAlert error={declining ? null : respond.error} messages={{ conflict: t('matching:myPairs.conflict') }} />
      <LiveNotice message={notice} />
      {sorted.length > 0 ? (
        <section aria-labelledby="offered-matches-heading" className="section">
          <Heading level={2} data-size="sm" id="offered-matches-heading">
            {t('matching:myPairs.title')}
          </Heading>
          <ul className="matching-cards matching-cards--wide">
            {sorted.map((pair) => (
              <li key={pair.id}>
                <PairCard
                  pair={pair}
                  accepting={respond.isPending && respond.variables?.pairId === pair.id && respond.variables.decision === 'accepted'}
                  onAccept={() => accept(pair)}
                  onDecline={() => {
                    setNotice('');
                    respond.reset();
                    setDeclining(pair);
                  }}
                />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <AppDialog
        open={declining !== null}
        onClose={() => setDeclining(null)}
        title={declining ? t('matching:myPairs.declineTitle', { name: counterpartOf(declining).name }) : ''}
      >
        {declining ? (
          <DeclineForm
            pair={declining}
            onCancel={() => setDeclining(null)}
            onDone={() => {
              setDeclining(null);
              setNotice(t('matching:myPairs.declinedNotice'));
            }}
          />
        ) : null}
      </AppDialog>
    </>
  );
}
