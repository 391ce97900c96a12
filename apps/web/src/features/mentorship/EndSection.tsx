import { useState } from 'react';
import { Button, Fieldset, Heading, Paragraph, Radio, ValidationMessage, Textfield } from '@digdir/designsystemet-react';
import { continuationInputSchema, endInputSchema, type Mentorship } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { AppDialog } from '../../components/AppDialog';
import { ErrorAlert, Notice } from '../../components/ErrorAlert';
import { FormErrorSummary } from '../../components/FormErrorSummary';
import { formatDate } from '../../i18n';
import { useForm } from '../../lib/form';
import { messageKey } from '../../lib/validate';
import { useChooseContinuation, useEndMentorship, type Continuation } from './api';
import { otherParty } from './format';

const CHOICES = ['continue', 'end'] as const;

/** Either party may end the mentorship at any time. The reason stays with the pair. */
export function EndSection({ m }: { m: Mentorship }) {
  const { t } = useTranslation();
  const end = useEndMentorship(m.pairId);
  const [open, setOpen] = useState(false);
  const form = useForm(
    { reason: '' },
    {
      schema: endInputSchema,
      toInput: (v) => ({ reason: v.reason.trim() || null }),
      messages: { reason: messageKey('mentorship:end.tooLong') },
    },
  );
  const close = () => setOpen(false);

  const onSubmit = form.submitParsed(async (input) => {
    await end.mutateAsync(input.reason ?? null);
    close();
    window.setTimeout(() => document.querySelector<HTMLElement>('.page__title')?.focus(), 0);
  });

  return (
    <section aria-labelledby="end-heading" className="section section--narrow">
      <Heading level={2} data-size="sm" id="end-heading">
        {t('mentorship:end.heading')}
      </Heading>
      <Paragraph>{t('mentorship:end.intro')}</Paragraph>
      <Paragraph>{t('mentorship:end.coordinator')}</Paragraph>
      <div>
        <Button
          variant="secondary"
          data-color="danger"
          onClick={() => {
            end.reset();
            setOpen(true);
          }}
        >
          {t('mentorship:end.button')}
        </Button>
      </div>
      <AppDialog open={open} onClose={close} title={t('mentorship:end.dialogHeading')}>
        <form ref={form.formRef} onSubmit={onSubmit} noValidate className="form">
          <FormErrorSummary summary={form.summary} />
          <Paragraph>{t('mentorship:end.dialogText', { name: otherParty(m).name })}</Paragraph>
          <Textfield
            label={t('mentorship:end.reason')}
            description={t('mentorship:end.reasonHelp')}
            multiline
            rows={4}
            {...form.bind('reason')}
          />
          <ErrorAlert error={end.error} />
          <div className="form__actions">
            <Button type="submit" data-color="danger" loading={end.isPending}>
              {t('mentorship:end.confirm')}
            </Button>
            <Button type="button" variant="tertiary" onClick={close}>
              {t('common:common.cancel')}
            </Button>
          </div>
        </form>
      </AppDialog>
    </section>
  );
}

/** Near the program's end: "we continue on our own" or "we end here", for each of the two. */
export function ContinuationSection({ m }: { m: Mentorship }) {
  const { t } = useTranslation();
  const choose = useChooseContinuation(m.pairId);
  const [saved, setSaved] = useState(false);
  const form = useForm(
    { choice: m.myContinuation ?? '' },
    { schema: continuationInputSchema, messages: { choice: messageKey('mentorship:continuation.required') } },
  );
  const problem = form.errorText('choice');
  const other = otherParty(m);
  const choiceText = (c: Continuation | null) => (c ? t(`mentorship:continuation.choices.${c}`) : t('mentorship:continuation.notChosen'));

  const onSubmit = form.submitParsed(async (input) => {
    setSaved(false);
    await choose.mutateAsync(input.choice);
    setSaved(true);
  });

  return (
    <section aria-labelledby="continuation-heading" className="section section--narrow">
      <Heading level={2} data-size="sm" id="continuation-heading">
        {t('mentorship:continuation.heading')}
      </Heading>
      <Paragraph>
        {m.programEndsOn
          ? t('mentorship:continuation.intro', { date: formatDate(m.programEndsOn) })
          : t('mentorship:continuation.introNoDate')}
      </Paragraph>
      <Heading level={3} data-size="xs">
        {t('mentorship:continuation.choicesHeading')}
      </Heading>
      <dl className="facts" data-testid="continuation-choices">
        <dt>{t('mentorship:you')}</dt>
        <dd>{choiceText(m.myContinuation)}</dd>
        <dt>{other.name}</dt>
        <dd>{choiceText(m.otherContinuation)}</dd>
      </dl>
      {m.myContinuation && m.myContinuation === m.otherContinuation ? (
        <Paragraph>{t(`mentorship:continuation.agreed.${m.myContinuation}`)}</Paragraph>
      ) : null}
      <form ref={form.formRef} onSubmit={onSubmit} noValidate className="form">
        <FormErrorSummary summary={form.summary} />
        <Fieldset>
          <Fieldset.Legend>{t('mentorship:continuation.legend')}</Fieldset.Legend>
          {CHOICES.map((c) => (
            <Radio
              key={c}
              name="continuation"
              value={c}
              label={t(`mentorship:continuation.choices.${c}`)}
              checked={form.values.choice === c}
              aria-invalid={problem ? true : undefined}
              onChange={() => {
                form.set('choice', c);
                setSaved(false);
              }}
            />
          ))}
          {problem ? <ValidationMessage>{problem}</ValidationMessage> : null}
        </Fieldset>
        {saved ? <Notice>{t('mentorship:continuation.saved')}</Notice> : null}
        <ErrorAlert error={choose.error} messages={{ conflict: t('mentorship:continuation.notYet') }} />
        <div>
          <Button type="submit" variant="secondary" loading={choose.isPending}>
            {t('mentorship:continuation.save')}
          </Button>
        </div>
      </form>
    </section>
  );
}
