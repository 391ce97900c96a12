import { useEffect, useState } from 'react';
import { Button, Heading, Link, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { nextMeetingInputSchema, type Mentorship } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Notice } from '../../components/ErrorAlert';
import { FormErrorSummary } from '../../components/FormErrorSummary';
import { formatDateTime } from '../../i18n';
import { useForm } from '../../lib/form';
import { messageKey } from '../../lib/validate';
import { nextMeetingIcsUrl, useSetNextMeeting } from './api';
import { fromLocalInput, toLocalInput } from './format';

/** The next planned meeting, shared by both, with a calendar file to download. */
export function NextMeeting({ m }: { m: Mentorship }) {
  const { t } = useTranslation();
  const set = useSetNextMeeting(m.pairId);
  const form = useForm(
    { nextMeetingAt: toLocalInput(m.nextMeetingAt) },
    {
      schema: nextMeetingInputSchema,
      toInput: (v) => ({ nextMeetingAt: fromLocalInput(v.nextMeetingAt) ?? v.nextMeetingAt }),
      messages: { nextMeetingAt: messageKey('mentorship:meetings.problems.dateTime') },
    },
  );
  const [done, setDone] = useState<'saved' | 'cleared' | null>(null);
  // A closed program's pair space is read-only (decision 0104).
  const active = m.status === 'active' && !m.programClosed;
  // Logging a meeting may clear the plan on the server: follow it.
  const { setValues } = form;
  useEffect(() => setValues({ nextMeetingAt: toLocalInput(m.nextMeetingAt) }), [m.nextMeetingAt, setValues]);

  const onSubmit = form.submitParsed(async (input) => {
    await set.mutateAsync(input.nextMeetingAt);
    setDone('saved');
  });
  const clear = () =>
    set.mutate(null, {
      onSuccess: () => {
        form.setValues({ nextMeetingAt: '' });
        setDone('cleared');
      },
    });

  return (
    <div className="ms-subsection">
      <Heading level={3} data-size="xs" id="next-meeting-heading">
        {t('mentorship:nextMeeting.heading')}
      </Heading>
      {m.nextMeetingAt ? (
        <div className="form__actions">
          <Paragraph>
            <strong>
              <time dateTime={m.nextMeetingAt}>{formatDateTime(m.nextMeetingAt)}</time>
            </strong>
          </Paragraph>
          <Link href={nextMeetingIcsUrl(m.pairId)} download>
            {t('mentorship:nextMeeting.ics')}
          </Link>
        </div>
      ) : (
        <Paragraph>{t('mentorship:nextMeeting.none')}</Paragraph>
      )}
      {done ? <Notice>{done === 'saved' ? t('mentorship:nextMeeting.saved') : t('mentorship:nextMeeting.cleared')}</Notice> : null}
      {active ? (
        <form ref={form.formRef} onSubmit={onSubmit} noValidate className="form" aria-labelledby="next-meeting-heading">
          <FormErrorSummary summary={form.summary} />
          <Textfield
            label={t('mentorship:nextMeeting.field')}
            type="datetime-local"
            {...form.bind('nextMeetingAt')}
            onChange={(e) => {
              form.set('nextMeetingAt', e.target.value);
              setDone(null);
            }}
          />
          <ErrorAlert error={set.error} />
          <div className="form__actions">
            <Button type="submit" variant="secondary" loading={set.isPending && set.variables !== null}>
              {t('mentorship:nextMeeting.save')}
            </Button>
            {m.nextMeetingAt ? (
              <Button type="button" variant="tertiary" loading={set.isPending && set.variables === null} onClick={clear}>
                {t('mentorship:nextMeeting.clear')}
              </Button>
            ) : null}
          </div>
        </form>
      ) : null}
    </div>
  );
}
