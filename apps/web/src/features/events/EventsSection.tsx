import { useState } from 'react';
import { Button, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import type { Program, ProgramEvent, ProgramEventWithSessions } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { AppDialog } from '../../components/AppDialog';
import { ConfirmRemoval } from '../../components/ConfirmRemoval';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Pager } from '../../components/Pager';
import { useAnswerEvent, useCancelEvent, useEvents } from './api';
import { AttendancePanel } from './AttendancePanel';
import { CheckInForm } from './CheckInForm';
import { EventForm } from './EventForm';
import { EventMaterials } from './EventMaterials';
import { eventTextsIn, formatEventTime } from './eventTime';

type Dialog =
  | { mode: 'add' }
  | { mode: 'edit'; event: ProgramEvent }
  | { mode: 'cancel'; event: ProgramEvent }
  | { mode: 'attendance'; event: ProgramEvent }
  | null;

const PAGE = 20;

/** My answer to an event and the buttons to give or change it (an event held both ways asks how I attend). */
function Answer({ programId, event }: { programId: string; event: ProgramEvent }) {
  const { t } = useTranslation();
  const answer = useAnswerEvent(programId);
  const mine = event.myInvitation;
  if (!mine) return null;
  const send = (response: 'yes' | 'no' | 'maybe', attendMode?: 'physical' | 'digital') =>
    answer.mutate({ eventId: event.id, answer: { response, ...(attendMode ? { attendMode } : {}) } });
  return (
    <div className="event__answer">
      <Paragraph data-size="sm">
        {t('events:yourAnswer')}: <strong>{t(`events:response.${mine.response}`)}</strong>
        {mine.waitlisted ? ` · ${t('events:waitlisted')}` : ''}
        {mine.attendMode ? ` · ${t(`events:attendMode.${mine.attendMode}`)}` : ''}
        {mine.attendance ? ` · ${t(`events:attendance.${mine.attendance}`)}` : ''}
      </Paragraph>
      {event.can.respond ? (
        <div className="row-actions" role="group" aria-label={t('events:answerLabel', { title: event.title })}>
          {event.mode === 'both' ? (
            <>
              <Button variant="secondary" data-size="sm" loading={answer.isPending} onClick={() => send('yes', 'physical')}>
                {t('events:answerYesPhysical')}
              </Button>
              <Button variant="secondary" data-size="sm" loading={answer.isPending} onClick={() => send('yes', 'digital')}>
                {t('events:answerYesDigital')}
              </Button>
            </>
          ) : (
            <Button variant="secondary" data-size="sm" loading={answer.isPending} onClick={() => send('yes')}>
              {t('events:answerYes')}
            </Button>
          )}
          <Button variant="tertiary" data-size="sm" onClick={() => send('maybe')}>
            {t('events:answerMaybe')}
          </Button>
          <Button variant="tertiary" data-size="sm" onClick={() => send('no')}>
            {t('events:answerNo')}
          </Button>
        </div>
      ) : null}
      <ErrorAlert error={answer.error} />
    </div>
  );
}

function EventDetails({ event }: { event: ProgramEvent }) {
  const { t } = useTranslation();
  return (
    <>
      <Paragraph data-size="sm">
        <time dateTime={event.startsAt}>{formatEventTime(event.startsAt, event.endsAt)}</time>
        {' · '}
        {t(`events:eventKind.${event.kind}`)}
        {' · '}
        {t(`events:audience.${event.audience}`)}
      </Paragraph>
      {event.location ? (
        <Paragraph data-size="sm">
          {t('events:location')}: {event.location}
        </Paragraph>
      ) : null}
      {event.onlineUrl && event.mode !== 'physical' ? (
        <Paragraph data-size="sm">
          <a href={event.onlineUrl} rel="noreferrer">
            {t('events:onlineLink', { title: event.title })}
          </a>
        </Paragraph>
      ) : null}
      {eventTextsIn(event).description ? <Paragraph data-size="sm">{eventTextsIn(event).description}</Paragraph> : null}
      {event.counts ? (
        <Paragraph data-size="sm">
          {t('events:countsLine', {
            invited: event.counts.invited,
            yes: event.counts.yes,
            maybe: event.counts.maybe,
            no: event.counts.no,
            waitlisted: event.counts.waitlisted,
          })}
          {event.capacity ? ` · ${t('events:capacityLine', { capacity: event.capacity })}` : ''}
        </Paragraph>
      ) : null}
    </>
  );
}

/** The program's shared meetings: the ones meant for me (all for coordinators), my answers, and the coordinators' tools. */
export function EventsSection({ program }: { program: Program }) {
  const { t } = useTranslation();
  const [offset, setOffset] = useState(0);
  const list = useEvents(program.id, offset, PAGE);
  const cancel = useCancelEvent(program.id);
  const [dialog, setDialog] = useState<Dialog>(null);
  const manage = list.data?.can.manage ?? false;
  const close = () => setDialog(null);

  const item = (event: ProgramEventWithSessions | ProgramEvent, level: 3 | 4) => (
    <article className="event" aria-labelledby={`event-${event.id}`}>
      <Heading level={level} data-size="2xs" id={`event-${event.id}`}>
        {eventTextsIn(event).title}{' '}
        {event.required ? (
          <Tag data-size="sm" data-color="info">
            {t('events:required')}
          </Tag>
        ) : null}{' '}
        {event.cancelled ? (
          <Tag data-size="sm" data-color="danger">
            {t('events:cancelled')}
          </Tag>
        ) : null}
      </Heading>
      <EventDetails event={event} />
      <EventMaterials programId={program.id} event={event} />
      <Answer programId={program.id} event={event} />
      {event.can.checkIn ? <CheckInForm programId={program.id} event={event} /> : null}
      {event.can.manage || event.counts ? (
        <span className="row-actions">
          {event.counts ? (
            <Button
              variant="tertiary"
              data-size="sm"
              aria-label={t('events:attendanceLabel', { title: event.title })}
              onClick={() => setDialog({ mode: 'attendance', event })}
            >
              {t('events:attendanceButton')}
            </Button>
          ) : null}
        </span>
      ) : null}
      {event.can.manage ? (
        <span className="row-actions">
          <Button
            variant="tertiary"
            data-size="sm"
            aria-label={t('events:editLabel', { title: event.title })}
            onClick={() => setDialog({ mode: 'edit', event })}
          >
            {t('common:common.edit')}
          </Button>
          <Button
            variant="tertiary"
            data-size="sm"
            aria-label={t('events:cancelLabel', { title: event.title })}
            onClick={() => setDialog({ mode: 'cancel', event })}
          >
            {t('events:cancel')}
          </Button>
        </span>
      ) : null}
      {'sessions' in event && event.sessions.length ? (
        <div className="event__sessions">
          <Heading level={4} data-size="2xs">
            {t('events:sessions')}
          </Heading>
          <ul>
            {event.sessions.map((session) => (
              <li key={session.id}>{item(session, 4)}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </article>
  );

  return (
    <section aria-labelledby="events-heading" className="section">
      <Heading level={2} data-size="sm" id="events-heading">
        {t('events:heading')}
      </Heading>
      <ErrorAlert error={list.error} />
      {list.data && list.data.items.length === 0 ? <Paragraph>{t('events:empty')}</Paragraph> : null}
      {list.data && list.data.items.length ? (
        <ul className="event-list" aria-label={t('events:caption')}>
          {list.data.items.map((event) => (
            <li key={event.id}>{item(event, 3)}</li>
          ))}
        </ul>
      ) : null}
      {list.data ? <Pager total={list.data.total} limit={PAGE} offset={offset} onChange={setOffset} /> : null}
      {manage ? (
        <div>
          <Button variant="secondary" onClick={() => setDialog({ mode: 'add' })}>
            {t('events:add')}
          </Button>
        </div>
      ) : null}
      <AppDialog
        open={dialog !== null}
        onClose={close}
        title={
          dialog?.mode === 'attendance'
            ? t('events:attendancePanel.heading', { title: dialog.event.title })
            : dialog?.mode === 'cancel'
              ? t('events:cancelHeading')
              : dialog?.mode === 'edit'
                ? t('events:editHeading')
                : t('events:addHeading')
        }
      >
        {dialog?.mode === 'attendance' ? (
          <AttendancePanel programId={program.id} event={dialog.event} />
        ) : dialog?.mode === 'cancel' ? (
          <ConfirmRemoval
            message={t('events:cancelConfirm', { title: dialog.event.title })}
            removal={cancel}
            variables={dialog.event.id}
            onDone={close}
            confirmLabel={t('events:cancel')}
            cancelLabel={t('common:common.close')}
          />
        ) : dialog ? (
          <EventForm program={program} event={dialog.mode === 'edit' ? dialog.event : undefined} onDone={close} />
        ) : null}
      </AppDialog>
    </section>
  );
}
