import { useState, type FormEvent } from 'react';
import { Button, Paragraph, Textfield } from '@digdir/designsystemet-react';
import type { Pair } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useRespondToPair } from './api';
import { counterpartOf } from './PairCard';

type DeclineFormProps = { pair: Pair; onDone: () => void; onCancel: () => void };

/** Decline a proposed pair: mentoring is voluntary; the optional reason is seen by the coordinator only. */
export function DeclineForm({ pair, onDone, onCancel }: DeclineFormProps) {
  const { t } = useTranslation();
  const respond = useRespondToPair();
  const [reason, setReason] = useState('');
  const name = counterpartOf(pair).name;
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    respond.mutate({ pairId: pair.id, decision: 'declined', reason: reason.trim() || null }, { onSuccess: onDone });
  };
  return (
    <form onSubmit={onSubmit} noValidate className="form">
      <Paragraph>{t('matching:myPairs.voluntary')}</Paragraph>
      <Textfield
        multiline
        rows={4}
        label={t('matching:myPairs.declineReason')}
        description={t('matching:myPairs.declineReasonHelp', { name })}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        maxLength={2000}
      />
      <ErrorAlert error={respond.error} messages={{ conflict: t('matching:myPairs.conflict') }} />
      <div className="form__actions">
        <Button type="submit" data-color="danger" loading={respond.isPending}>
          {t('matching:myPairs.declineSubmit')}
        </Button>
        <Button variant="tertiary" onClick={onCancel}>
          {t('common:common.cancel')}
        </Button>
      </div>
    </form>
  );
}
