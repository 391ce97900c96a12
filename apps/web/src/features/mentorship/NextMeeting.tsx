import { useState, type FormEvent } from 'react';
import { Button, Heading, Link, Paragraph, Textfield } from '@digdir/designsystemet-react';
import type { Mentorship } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Notice } from '../../components/ErrorAlert';
import { formatDateTime } from '../../i18n';
import { nextMeetingIcsUrl, useSetNextMeeting } from './api';
import { fromLocalInput, toLocalInput } from './format';

/** The next planned meeting, shared by both, with a calendar file to download. */
export function NextMeeting({ m }: { m: Mentorship }) {
  const { t } = useTranslation();
  const set = useSetNextMeeting(m.pairId);
  const [value, setValue] = useState(toLocalInput(m.nextMeetingAt));
  const [error, setError] = useState<string | undefined>();
  const [done, setDone] = useState<'saved' | 'cleared' | null>(null);
  const active = m.status === 'active';
  // Logging a meeting may clear the plan on the server: follow it.
  const [shown, setShown] = useState(m.nextMeetingAt);
  if (shown !== m.nextMeetingAt) {
    setShown(m.nextMeetingAt);
    setValue(toLocalInput(m.nextMeetingAt));
  }

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const iso = fromLocalInput(value);
    if (!iso) {
      setError(t('mentorship:meetings.problems.dateTime'));
      return;
    }
    setError(undefined);
    set.mutate(iso, { onSuccess: () => setDone('saved') });
  };
  const clear = () =>
    set.mutate(null, {
      onSuccess: () => {
        setValue('');
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
        <form onSubmit={onSubmit} noValidate className="form" aria-labelledby="next-meeting-heading">
          <Textfield
            label={t('mentorship:nextMeeting.field')}
            type="datetime-local"
            value={value}
            onChange={(e) => {
              setValue(e.target.value);
              setDone(null);
            }}
            error={error}
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
