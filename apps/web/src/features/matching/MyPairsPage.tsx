import './matching.css';
import { useState } from 'react';
import { Paragraph } from '@digdir/designsystemet-react';
import type { Pair } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { AppDialog } from '../../components/AppDialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { LiveNotice } from './LiveNotice';
import { useMyPairs, useRespondToPair } from './api';
import { DeclineForm } from './DeclineForm';
import { PairCard, counterpartOf } from './PairCard';

/** /pairs: "My matches" – the pairs I am offered or part of; accept or decline. Never any score. */
export function MyPairsPage() {
  const { t } = useTranslation();
  const pairs = useMyPairs();
  const respond = useRespondToPair();
  const [declining, setDeclining] = useState<Pair | null>(null);
  const [notice, setNotice] = useState('');
  const sorted = [...(pairs.data ?? [])].sort((a, b) => b.publishedAt.localeCompare(a.publishedAt));

  const accept = (pair: Pair) => {
    setNotice('');
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
    <Page title={t('matching:myPairs.title')} lead={t('matching:myPairs.lead')}>
      <div className="matching-stack">
        {pairs.isPending ? <Loading /> : null}
        <ErrorAlert error={pairs.error} />
        <ErrorAlert error={declining ? null : respond.error} messages={{ conflict: t('matching:myPairs.conflict') }} />
        <LiveNotice message={notice} />
        {pairs.data && pairs.data.length === 0 ? <Paragraph>{t('matching:myPairs.none')}</Paragraph> : null}
        {sorted.length > 0 ? (
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
        ) : null}
      </div>
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
    </Page>
  );
}
