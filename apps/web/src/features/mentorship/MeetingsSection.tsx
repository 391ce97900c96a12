import { useState } from 'react';
import { Button, Fieldset, Heading, Paragraph, Radio, Table, Textfield } from '@digdir/designsystemet-react';
import { meetingInputSchema, type Mentorship } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { AppDialog } from '../../components/AppDialog';
import { ErrorAlert, Notice } from '../../components/ErrorAlert';
import { TableScroll } from '../../components/TableScroll';
import { formatDateTime } from '../../i18n';
import { FormErrorSummary } from '../../components/FormErrorSummary';
import { useForm } from '../../lib/form';
import { messageKey } from '../../lib/validate';
import { useDeleteMeeting, useLogMeeting, type Meeting } from './api';
import { DAY_MS, fromLocalInput, parseNumber, shortDateTime } from './format';
import { NextMeeting } from './NextMeeting';

const MODES = ['digital', 'physical'] as const;

/** A meeting that took place: the contract, and not later than tomorrow (the API says the same). */
const loggedMeeting = meetingInputSchema.refine((v) => new Date(v.heldOn).getTime() <= Date.now() + DAY_MS, {
  path: ['heldOn'],
  message: messageKey('mentorship:meetings.problems.future'),
});

function LogMeetingForm({ m }: { m: Mentorship }) {
  const { t } = useTranslation();
  const log = useLogMeeting(m.pairId);
  const [logged, setLogged] = useState(false);
  const initial = {
    heldOn: '',
    durationMinutes: String(m.agreement?.meetingMinutes ?? 90),
    mode: m.agreement?.mode === 'physical' ? 'physical' : 'digital',
  };
  const dateTime = messageKey('mentorship:meetings.problems.dateTime');
  const form = useForm(initial, {
    schema: loggedMeeting,
    toInput: (v) => ({
      heldOn: fromLocalInput(v.heldOn) ?? v.heldOn,
      durationMinutes: parseNumber(v.durationMinutes) ?? undefined,
      mode: v.mode,
    }),
    messages: {
      heldOn: { 'common:errors.required': dateTime, 'common:errors.fieldInvalid': dateTime },
      durationMinutes: messageKey('mentorship:meetings.problems.minutes'),
    },
  });

  const onSubmit = form.submitParsed(async (input) => {
    setLogged(false);
    await log.mutateAsync(input);
    form.setValues({ ...form.values, heldOn: '' });
    setLogged(true);
  });

  return (
    <form ref={form.formRef} onSubmit={onSubmit} noValidate className="form" aria-labelledby="log-meeting-heading">
      <FormErrorSummary summary={form.summary} />
      <Heading level={3} data-size="xs" id="log-meeting-heading">
        {t('mentorship:meetings.logHeading')}
      </Heading>
      <Paragraph data-size="sm">{t('mentorship:meetings.logIntro')}</Paragraph>
      <div className="ms-pair-fields">
        <Textfield
          label={t('mentorship:meetings.heldOn')}
          type="datetime-local"
          {...form.bind('heldOn')}
          onChange={(e) => {
            form.set('heldOn', e.target.value);
            setLogged(false);
          }}
        />
        <Textfield label={t('mentorship:meetings.minutes')} inputMode="numeric" {...form.bind('durationMinutes')} />
      </div>
      <Fieldset>
        <Fieldset.Legend>{t('mentorship:meetings.mode')}</Fieldset.Legend>
        {MODES.map((value) => (
          <Radio
            key={value}
            name="meeting-mode"
            value={value}
            label={t(`mentorship:mode.${value}`)}
            checked={form.values.mode === value}
            onChange={() => form.set('mode', value)}
          />
        ))}
      </Fieldset>
      {logged ? <Notice>{t('mentorship:meetings.logged')}</Notice> : null}
      <ErrorAlert error={log.error} messages={{ validation: t('mentorship:meetings.problems.future') }} />
      <div>
        <Button type="submit" loading={log.isPending}>
          {t('mentorship:meetings.log')}
        </Button>
      </div>
    </form>
  );
}

/** Meetings: the next planned one, logging one that took place, and the list of those logged. */
export function MeetingsSection({ m }: { m: Mentorship }) {
  const { t } = useTranslation();
  const remove = useDeleteMeeting(m.pairId);
  const [deleting, setDeleting] = useState<Meeting | null>(null);
  // A closed program's pair space is read-only (decision 0104).
  const active = m.status === 'active' && !m.programClosed;
  const who = (role: Meeting['loggedBy']) =>
    role === null ? t('common:common.none') : role === m.myRole ? t('mentorship:you') : m[role].name;
  const close = () => setDeleting(null);
  const deleted = () => {
    close();
    window.setTimeout(() => document.getElementById('meetings-list-heading')?.focus(), 0);
  };

  return (
    <section aria-labelledby="meetings-heading" className="section">
      <Heading level={2} data-size="sm" id="meetings-heading">
        {t('mentorship:meetings.heading')}
      </Heading>
      {m.status === 'ended' ? null : <NextMeeting m={m} />}
      {active ? <LogMeetingForm m={m} /> : null}
      <Heading level={3} data-size="xs" id="meetings-list-heading" tabIndex={-1}>
        {t('mentorship:meetings.listHeading')}
      </Heading>
      {m.meetings.length === 0 ? (
        <Paragraph>{t('mentorship:meetings.empty')}</Paragraph>
      ) : (
        <TableScroll label={t('mentorship:meetings.caption')}>
          <Table zebra data-size="sm">
            <caption className="ds-sr-only">{t('mentorship:meetings.caption')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('mentorship:meetings.heldOn')}</Table.HeaderCell>
                <Table.HeaderCell className="num">{t('mentorship:meetings.minutes')}</Table.HeaderCell>
                <Table.HeaderCell>{t('mentorship:meetings.modeColumn')}</Table.HeaderCell>
                <Table.HeaderCell>{t('mentorship:meetings.loggedBy')}</Table.HeaderCell>
                {active ? <Table.HeaderCell>{t('mentorship:actions')}</Table.HeaderCell> : null}
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {m.meetings.map((meeting) => (
                <Table.Row key={meeting.id}>
                  <Table.Cell>
                    <time dateTime={meeting.heldOn}>{formatDateTime(meeting.heldOn)}</time>
                  </Table.Cell>
                  <Table.Cell className="num">{meeting.durationMinutes}</Table.Cell>
                  <Table.Cell>
                    {meeting.mode === 'digital' || meeting.mode === 'physical' ? t(`mentorship:mode.${meeting.mode}`) : meeting.mode}
                  </Table.Cell>
                  <Table.Cell>{who(meeting.loggedBy)}</Table.Cell>
                  {active ? (
                    <Table.Cell>
                      <Button
                        variant="tertiary"
                        data-size="sm"
                        aria-label={t('mentorship:meetings.deleteLabel', { when: shortDateTime(meeting.heldOn) })}
                        onClick={() => {
                          remove.reset();
                          setDeleting(meeting);
                        }}
                      >
                        {t('common:common.delete')}
                      </Button>
                    </Table.Cell>
                  ) : null}
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
      <AppDialog open={deleting !== null} onClose={close} title={t('mentorship:meetings.deleteHeading')}>
        {deleting ? (
          <>
            <Paragraph>{t('mentorship:meetings.deleteConfirm', { when: formatDateTime(deleting.heldOn) })}</Paragraph>
            <ErrorAlert error={remove.error} />
            <div className="form__actions">
              <Button data-color="danger" loading={remove.isPending} onClick={() => remove.mutate(deleting.id, { onSuccess: deleted })}>
                {t('mentorship:meetings.deleteConfirmButton')}
              </Button>
              <Button variant="tertiary" onClick={close}>
                {t('common:common.cancel')}
              </Button>
            </div>
          </>
        ) : null}
      </AppDialog>
    </section>
  );
}
