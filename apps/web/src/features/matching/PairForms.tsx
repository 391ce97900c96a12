import { useState, type FormEvent } from 'react';
import { Button, Paragraph, Textfield } from '@digdir/designsystemet-react';
import type { RunPair } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useAddConstraint, type RuleBreak } from './api';
import { needsReason } from './format';
import { ReasonField } from './ReasonField';

type FormProps = { programId: string; pair: RunPair; onDone: () => void; onCancel: () => void };

/** Exclude a pair from coming runs, with an optional reason. */
export function ExcludeForm({ programId, pair, onDone, onCancel }: FormProps) {
  const { t } = useTranslation();
  const add = useAddConstraint(programId);
  const [reason, setReason] = useState('');
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate(
      {
        kind: 'exclude',
        adeptApplicationId: pair.adept.applicationId,
        mentorApplicationId: pair.mentor.applicationId,
        reason: reason.trim() || null,
      },
      { onSuccess: onDone },
    );
  };
  return (
    <form onSubmit={onSubmit} noValidate className="form">
      <Paragraph>{t('matching:exclude.intro')}</Paragraph>
      <Textfield
        multiline
        rows={3}
        label={t('matching:exclude.reason')}
        description={t('matching:exclude.reasonHelp')}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        maxLength={1000}
      />
      <ErrorAlert error={add.error} />
      <div className="form__actions">
        <Button type="submit" data-color="danger" loading={add.isPending}>
          {t('matching:exclude.submit')}
        </Button>
        <Button variant="tertiary" onClick={onCancel}>
          {t('common:common.cancel')}
        </Button>
      </div>
    </form>
  );
}

/** Lock a pair that breaks hard rules: the API asked for a written reason. */
export function LockReasonForm({ programId, pair, rules, onDone, onCancel }: FormProps & { rules: RuleBreak[] }) {
  const { t } = useTranslation();
  const add = useAddConstraint(programId);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) {
      setMissing(true);
      return;
    }
    add.mutate(
      { kind: 'lock', adeptApplicationId: pair.adept.applicationId, mentorApplicationId: pair.mentor.applicationId, reason: reason.trim() },
      { onSuccess: onDone },
    );
  };
  return (
    <form onSubmit={onSubmit} noValidate className="form">
      <ReasonField
        rules={rules}
        value={reason}
        onChange={(v) => {
          setReason(v);
          setMissing(false);
        }}
        error={missing ? t('matching:reason.required') : undefined}
      />
      <ErrorAlert error={add.error && !needsReason(add.error) ? add.error : null} />
      <div className="form__actions">
        <Button type="submit" loading={add.isPending}>
          {t('matching:lockDialog.submit')}
        </Button>
        <Button variant="tertiary" onClick={onCancel}>
          {t('common:common.cancel')}
        </Button>
      </div>
    </form>
  );
}
