import { Button, Paragraph } from '@digdir/designsystemet-react';
import { swapInputSchema, swapWithReasonInputSchema, type MatchingRun, type RunPair } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormErrorSummary } from '../../components/FormErrorSummary';
import { SelectField } from '../../components/SelectField';
import { useForm } from '../../lib/form';
import { messageKey } from '../../lib/validate';
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
  const askReason = needsReason(swap.error);
  const OTHER = 'adeptApplicationIds.1';
  const form = useForm(
    { [OTHER]: '', reason: '' },
    {
      schema: askReason ? swapWithReasonInputSchema : swapInputSchema,
      toInput: (v) => ({
        runId: run.id,
        adeptApplicationIds: [pair.adept.applicationId, v[OTHER]],
        reason: askReason ? v.reason : v.reason.trim() || null,
      }),
      messages: { [OTHER]: messageKey('matching:swap.required'), reason: messageKey('matching:reason.required') },
    },
  );
  const chosen = others.find((p) => p.adept.applicationId === form.values[OTHER]);

  const onSubmit = form.submitParsed(async (input) => {
    await swap.mutateAsync(input);
    onDone();
  });

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
    <form ref={form.formRef} onSubmit={onSubmit} noValidate className="form">
      <FormErrorSummary summary={form.summary} />
      <Paragraph>{t('matching:swap.intro')}</Paragraph>
      <SelectField
        label={t('matching:swap.with')}
        {...form.bind(OTHER)}
        onChange={(e) => {
          form.set(OTHER, e.target.value);
          swap.reset();
        }}
        options={[
          { value: '', label: t('matching:swap.choose') },
          ...others.map((p) => ({
            value: p.adept.applicationId,
            label: t('matching:swap.option', { adept: p.adept.name, mentor: p.mentor.name }),
          })),
        ]}
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
          value={form.values.reason}
          onChange={(v) => form.set('reason', v)}
          error={form.errors.reason ? form.errorText('reason') : undefined}
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
