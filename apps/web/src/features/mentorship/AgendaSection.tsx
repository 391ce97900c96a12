import { useState } from 'react';
import { Button, Checkbox, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { agendaInputSchema, type Mentorship } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { AppDialog } from '../../components/AppDialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormErrorSummary } from '../../components/FormErrorSummary';
import { useForm } from '../../lib/form';
import { messageKey } from '../../lib/validate';
import { useAddAgendaItem, useDeleteAgendaItem, useTickAgendaItem, type AgendaItem } from './api';
import { clip } from './format';

function AgendaRow({ m, item }: { m: Mentorship; item: AgendaItem }) {
  const { t } = useTranslation();
  const tick = useTickAgendaItem(m.pairId);
  const remove = useDeleteAgendaItem(m.pairId);
  const [deleting, setDeleting] = useState(false);
  // A closed program's pair space is read-only (decision 0104).
  const active = m.status === 'active' && !m.programClosed;
  const by =
    item.author === null
      ? null
      : item.author === m.myRole
        ? t('mentorship:agenda.addedByYou')
        : t('mentorship:agenda.addedBy', { name: m[item.author].name });
  return (
    <li className="ms-agenda-item">
      <div className="ms-agenda-item__main">
        <Checkbox
          label={<span className={item.done ? 'ms-agenda-item__done' : undefined}>{item.text}</span>}
          description={by ?? undefined}
          checked={item.done}
          disabled={!active}
          onChange={(e) => tick.mutate({ itemId: item.id, done: e.target.checked })}
        />
        {active ? (
          <Button
            variant="tertiary"
            data-size="sm"
            aria-label={t('mentorship:agenda.deleteLabel', { text: clip(item.text) })}
            onClick={() => {
              remove.reset();
              setDeleting(true);
            }}
          >
            {t('common:common.delete')}
          </Button>
        ) : null}
      </div>
      <AppDialog open={deleting} onClose={() => setDeleting(false)} title={t('mentorship:agenda.deleteHeading')}>
        <Paragraph>{t('mentorship:agenda.deleteConfirm', { text: clip(item.text) })}</Paragraph>
        <ErrorAlert error={remove.error} />
        <div className="form__actions">
          <Button
            data-color="danger"
            loading={remove.isPending}
            onClick={() => {
              if (remove.isPending) return;
              remove.mutate(item.id, {
                onSuccess: () => {
                  setDeleting(false);
                  window.setTimeout(() => document.getElementById('agenda-heading')?.focus(), 0);
                },
              });
            }}
          >
            {t('mentorship:agenda.deleteConfirmButton')}
          </Button>
          <Button variant="tertiary" onClick={() => setDeleting(false)}>
            {t('common:common.cancel')}
          </Button>
        </div>
      </AppDialog>
      <ErrorAlert error={tick.error} />
    </li>
  );
}

/** The agenda for the next meeting: a shared list both add to and tick off, with suggestions from the question bank. */
export function AgendaSection({ m }: { m: Mentorship }) {
  const { t } = useTranslation();
  const add = useAddAgendaItem(m.pairId);
  const form = useForm(
    { text: '' },
    {
      schema: agendaInputSchema,
      messages: {
        text: {
          'common:errors.required': messageKey('mentorship:agenda.required'),
          'common:errors.tooLong': messageKey('mentorship:agenda.tooLong'),
        },
      },
    },
  );
  // A closed program's pair space is read-only (decision 0104).
  const active = m.status === 'active' && !m.programClosed;
  const onList = new Set(m.agenda.map((a) => a.text.trim()));
  const suggestions = m.suggestions.filter((s) => !onList.has(s.trim()));

  /** An added suggestion leaves the list: keep focus on the one that took its place (or the agenda heading). */
  const focusSuggestion = (index: number) =>
    window.setTimeout(() => {
      const buttons = document.querySelectorAll<HTMLButtonElement>('#agenda-suggestions button');
      (buttons[Math.min(index, buttons.length - 1)] ?? document.getElementById('agenda-heading'))?.focus();
    }, 0);

  const onSubmit = form.submitParsed(async (input) => {
    await add.mutateAsync(input.text);
    form.setValues({ text: '' });
  });

  return (
    <section aria-labelledby="agenda-heading" className="section">
      <Heading level={2} data-size="sm" id="agenda-heading" tabIndex={-1}>
        {t('mentorship:agenda.heading')}
      </Heading>
      <Paragraph>{t('mentorship:agenda.intro')}</Paragraph>
      {m.agenda.length === 0 ? (
        <Paragraph>{t('mentorship:agenda.empty')}</Paragraph>
      ) : (
        <ul className="ms-agenda" aria-labelledby="agenda-heading">
          {m.agenda.map((item) => (
            <AgendaRow key={item.id} m={m} item={item} />
          ))}
        </ul>
      )}
      {active ? (
        <form ref={form.formRef} onSubmit={onSubmit} noValidate className="form">
          <FormErrorSummary summary={form.summary} />
          <Textfield label={t('mentorship:agenda.newItem')} {...form.bind('text')} />
          <ErrorAlert error={add.error} />
          <div>
            <Button type="submit" variant="secondary" loading={add.isPending && add.variables === form.values.text.trim()}>
              {t('mentorship:agenda.add')}
            </Button>
          </div>
        </form>
      ) : null}
      {active && suggestions.length ? (
        <div className="ms-subsection">
          <Heading level={3} data-size="xs" id="suggestions-heading">
            {t('mentorship:agenda.suggestionsHeading')}
          </Heading>
          <Paragraph data-size="sm">{t('mentorship:agenda.suggestionsIntro')}</Paragraph>
          <ul className="ms-suggestions" id="agenda-suggestions" aria-labelledby="suggestions-heading">
            {suggestions.map((s, i) => (
              <li key={s}>
                <span>{s}</span>
                <Button
                  variant="tertiary"
                  data-size="sm"
                  aria-label={t('mentorship:agenda.addSuggestionLabel', { text: clip(s) })}
                  onClick={() => add.mutate(s, { onSuccess: () => focusSuggestion(i) })}
                >
                  {t('mentorship:agenda.addSuggestion')}
                </Button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
