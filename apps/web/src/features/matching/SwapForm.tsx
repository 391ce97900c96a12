import { useState, type FormEvent } from 'react';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import type { MatchingRun, RunPair } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SelectField } from '../../components/SelectField';
import { useSwap } from './api';
import { brokenRules, needsReason } from './format';
import { ReasonField } from './ReasonField';

type SwapFormProps = { programId: string; run: MatchingRun; pair: RunPair; onDone: () => void; onCancel: () => void };

/** Choose another adept of the run: the two swap mentors and both new pairs are locked. */
export function SwapForm({ programId, run, pair, onDone, onCancel }: SwapFormProps) {
  const { t } = useTranslation();
  const swap = useSwap(programId);
  const others = run.pairs.filter(
    (p) => p.adept.applicationId !== pair.adept.applicationId && p.mentor.applicationId !== pair.mentor.applicationId,
  );
  const [other, setOther] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const chosen = others.find((p) => p.adept.applicationId === other);
  const askReason = needsReason(swap.error);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!chosen) {
      setError(t('matching:swap.required'));
      return;
    }
    if (askReason && !reason.trim()) {
      setError(t('matching:reason.required'));
      return;
    }
    swap.mutate(
      { runId: run.id, adeptApplicationIds: [pair.adept.applicationId, chosen.adept.applicationId], reason: reason.trim() || null },
      { onSuccess: onDone },
    );
  };

  if (!others.length) {
    return (
      <div className="form">
        <Paragraph>{t('matching:swap.none')}</Paragraph>
        <div className="form__actions">
          <Button variant="secondary" onClick={onCancel}>
            {t('common:common.close')}
          </Button>
        </div>
      </div>
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate className="form">
      <Paragraph>{t('matching:swap.intro')}</Paragraph>
      <SelectField
        label={t('matching:swap.with')}
        value={other}
        onChange={(e) => {
          setOther(e.target.value);
          setError(undefined);
          swap.reset();
        }}
        options={[
          { value: '', label: t('matching:swap.choose') },
          ...others.map((p) => ({
            value: p.adept.applicationId,
            label: t('matching:swap.option', { adept: p.adept.name, mentor: p.mentor.name }),
          })),
        ]}
        error={!chosen ? error : undefined}
      />
      {chosen ? (
        <Paragraph data-size="sm" aria-live="polite">
          {t('matching:swap.preview', {
            adeptA: pair.adept.name,
            mentorA: pair.mentor.name,
            adeptB: chosen.adept.name,
            mentorB: chosen.mentor.name,
          })}
        </Paragraph>
      ) : null}
      {askReason ? (
        <ReasonField
          rules={brokenRules(swap.error)}
          value={reason}
          onChange={(v) => {
            setReason(v);
            setError(undefined);
          }}
          error={chosen ? error : undefined}
        />
      ) : null}
      <ErrorAlert error={swap.error && !askReason ? swap.error : null} messages={{ conflict: t('matching:assign.mentorFull') }} />
      <div className="form__actions">
        <Button type="submit" loading={swap.isPending}>
          {askReason ? t('matching:swap.submitAnyway') : t('matching:swap.submit')}
        </Button>
        <Button variant="tertiary" onClick={onCancel}>
          {t('common:common.cancel')}
        </Button>
      </div>
    </form>
  );
}
