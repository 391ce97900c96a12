import { useRef, useState } from 'react';
import { Button, Heading, Paragraph, Radio, Table, Textfield } from '@digdir/designsystemet-react';
import { attendanceInputSchema, type EventAttendee, type ProgramEvent } from '@lots/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ChoiceFieldset } from '../../components/ChoiceFieldset';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormErrorSummary } from '../../components/FormErrorSummary';
import { Pager } from '../../components/Pager';
import { TableScroll } from '../../components/TableScroll';
import { useForm } from '../../lib/form';
import { attendeesQuery, useMarkAttendance, useNewCheckInCode } from './api';

const PAGE = 25;

/** One person's attendance: present, or absent with a reason (the coordinator's form). */
function MarkForm({
  programId,
  event,
  person,
  onDone,
}: {
  programId: string;
  event: ProgramEvent;
  person: EventAttendee;
  onDone: (saved: boolean) => void;
}) {
  const { t } = useTranslation();
  const mark = useMarkAttendance(programId, event.id);
  const form = useForm(
    { attendance: person.attendance ?? '', absenceReason: person.absenceReason ?? '' },
    {
      schema: attendanceInputSchema,
      toInput: (v) => ({
        attendance: v.attendance || undefined,
        absenceReason: v.attendance === 'absent' ? v.absenceReason.trim() || null : null,
      }),
    },
  );
  const onSubmit = form.submitParsed(async (input) => {
    await mark.mutateAsync({ personId: person.personId, input });
    onDone(true);
  });
  return (
    <form ref={form.formRef} onSubmit={onSubmit} noValidate className="form">
      <FormErrorSummary summary={form.summary} />
      <ChoiceFieldset legend={t('events:attendancePanel.markLegend', { name: person.name })} error={form.errorText('attendance')}>
        {(['attended', 'absent'] as const).map((value) => (
          <Radio
            key={value}
            name="attendance"
            value={value}
            label={t(`events:attendancePanel.option.${value}`)}
            checked={form.values.attendance === value}
            aria-invalid={form.errorText('attendance') ? true : undefined}
            onChange={() => form.set('attendance', value)}
          />
        ))}
      </ChoiceFieldset>
      {form.values.attendance === 'absent' ? (
        <Textfield label={t('events:attendancePanel.absenceReason')} multiline rows={2} {...form.bind('absenceReason')} />
      ) : null}
      <ErrorAlert error={form.formError(['attendance', 'absenceReason'])} />
      <div className="form__actions">
        <Button type="submit" loading={mark.isPending}>
          {t('events:attendancePanel.save')}
        </Button>
        <Button variant="tertiary" onClick={() => onDone(false)}>
          {t('common:common.cancel')}
        </Button>
      </div>
    </form>
  );
}

/** The code participants type to check in, shown big for a projector; a new one replaces the old. */
function CheckInCode({ programId, event }: { programId: string; event: ProgramEvent }) {
  const { t } = useTranslation();
  const newCode = useNewCheckInCode(programId);
  const code = newCode.data?.code ?? event.checkInCode;
  return (
    <section aria-labelledby={`checkin-code-${event.id}`} className="section">
      <Heading level={3} data-size="2xs" id={`checkin-code-${event.id}`}>
        {t('events:attendancePanel.codeHeading')}
      </Heading>
      {code ? (
        <Paragraph>
          {t('events:attendancePanel.codeLead')}{' '}
          <strong className="event__code" data-testid="check-in-code">
            {code}
          </strong>
        </Paragraph>
      ) : (
        <Paragraph>{t('events:attendancePanel.noCode')}</Paragraph>
      )}
      <ErrorAlert error={newCode.error} />
      <Button variant="secondary" data-size="sm" loading={newCode.isPending} onClick={() => newCode.mutate(event.id)}>
        {code ? t('events:attendancePanel.newCode') : t('events:attendancePanel.showCode')}
      </Button>
    </section>
  );
}

/**
 * The coordinators' attendance for one event: the invited with their answers, who attended and who was
 * absent (with a reason), and the check-in code. Others' attendance is shown to coordinators only.
 */
export function AttendancePanel({ programId, event }: { programId: string; event: ProgramEvent }) {
  const { t } = useTranslation();
  const [offset, setOffset] = useState(0);
  const list = useQuery(attendeesQuery(programId, event.id, offset, PAGE));
  const [marking, setMarking] = useState<EventAttendee | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const started = new Date(event.startsAt).getTime() <= Date.now();

  if (marking)
    return (
      <MarkForm
        programId={programId}
        event={event}
        person={marking}
        onDone={(ok) => {
          setSaved(ok ? marking.name : null);
          setMarking(null);
          requestAnimationFrame(() => headingRef.current?.focus());
        }}
      />
    );

  return (
    <div className="event__attendance">
      <CheckInCode programId={programId} event={event} />
      <Heading level={3} data-size="2xs" tabIndex={-1} ref={headingRef}>
        {t('events:attendancePanel.listHeading')}
      </Heading>
      <div aria-live="polite">
        {saved ? <Paragraph role="status">{t('events:attendancePanel.saved', { name: saved })}</Paragraph> : null}
      </div>
      {!started ? <Paragraph data-size="sm">{t('events:attendancePanel.notStarted')}</Paragraph> : null}
      <ErrorAlert error={list.error} />
      {list.data && list.data.items.length === 0 ? <Paragraph>{t('events:attendancePanel.empty')}</Paragraph> : null}
      {list.data && list.data.items.length ? (
        <TableScroll label={t('events:attendancePanel.listHeading')}>
          <Table data-size="sm" zebra>
            <caption className="ds-sr-only">{t('events:attendancePanel.caption', { title: event.title })}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('events:attendancePanel.name')}</Table.HeaderCell>
                <Table.HeaderCell>{t('events:attendancePanel.answer')}</Table.HeaderCell>
                <Table.HeaderCell>{t('events:attendancePanel.attendance')}</Table.HeaderCell>
                <Table.HeaderCell>
                  <span className="ds-sr-only">{t('events:attendancePanel.actions')}</span>
                </Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {list.data.items.map((person) => (
                <Table.Row key={person.personId}>
                  <Table.Cell>
                    {person.name}
                    <br />
                    <span className="muted">
                      {person.organisationName}
                      {person.role ? ` · ${t(`events:attendancePanel.role.${person.role}`)}` : ''}
                    </span>
                  </Table.Cell>
                  <Table.Cell>
                    {t(`events:response.${person.response}`)}
                    {person.waitlisted ? ` · ${t('events:waitlisted')}` : ''}
                    {person.attendMode ? ` · ${t(`events:attendMode.${person.attendMode}`)}` : ''}
                  </Table.Cell>
                  <Table.Cell>
                    {person.attendance ? t(`events:attendance.${person.attendance}`) : t('events:attendancePanel.notMarked')}
                    {person.checkedIn ? ` · ${t('events:attendancePanel.checkedIn')}` : ''}
                    {person.absenceReason ? ` (${person.absenceReason})` : ''}
                  </Table.Cell>
                  <Table.Cell>
                    {started && !event.cancelled ? (
                      <Button
                        variant="tertiary"
                        data-size="sm"
                        aria-label={t('events:attendancePanel.markLabel', { name: person.name })}
                        onClick={() => {
                          setSaved(null);
                          setMarking(person);
                        }}
                      >
                        {t('events:attendancePanel.mark')}
                      </Button>
                    ) : null}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      ) : null}
      {list.data ? <Pager total={list.data.total} limit={PAGE} offset={offset} onChange={setOffset} /> : null}
    </div>
  );
}
