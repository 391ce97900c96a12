import { useState } from 'react';
import { Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import type { Program, ProgramEvent } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { AppDialog } from '../../components/AppDialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { TableScroll } from '../../components/TableScroll';
import { formatDateTime } from '../../i18n';
import { useDeleteEvent } from './api';
import { EventForm } from './EventForm';

type Dialog = { mode: 'add' } | { mode: 'edit'; event: ProgramEvent } | { mode: 'delete'; event: ProgramEvent } | null;

/** The program's meetings (kick-off, inspiration, mentor training, closing); coordinators add, change and remove them. */
export function EventsSection({ program }: { program: Program }) {
  const { t } = useTranslation();
  const remove = useDeleteEvent(program.id);
  const [dialog, setDialog] = useState<Dialog>(null);
  const manage = program.can.manage;
  const close = () => setDialog(null);

  return (
    <section aria-labelledby="events-heading" className="section">
      <Heading level={2} data-size="sm" id="events-heading">
        {t('events:heading')}
      </Heading>
      {program.events.length === 0 ? (
        <Paragraph>{t('events:empty')}</Paragraph>
      ) : (
        <TableScroll label={t('events:caption')}>
          <Table zebra data-size="sm">
            <caption className="ds-sr-only">{t('events:caption')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('events:startsAt')}</Table.HeaderCell>
                <Table.HeaderCell>{t('events:kind')}</Table.HeaderCell>
                <Table.HeaderCell>{t('events:title')}</Table.HeaderCell>
                <Table.HeaderCell>{t('events:location')}</Table.HeaderCell>
                {manage ? <Table.HeaderCell>{t('common:common.actions')}</Table.HeaderCell> : null}
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {program.events.map((event) => (
                <Table.Row key={event.id}>
                  <Table.Cell>
                    <time dateTime={event.startsAt}>{formatDateTime(event.startsAt)}</time>
                  </Table.Cell>
                  <Table.Cell>{t(`events:eventKind.${event.kind}`)}</Table.Cell>
                  <Table.Cell>
                    {event.title}
                    {event.description ? <div className="cell-note">{event.description}</div> : null}
                  </Table.Cell>
                  <Table.Cell>{event.location ?? t('common:common.none')}</Table.Cell>
                  {manage ? (
                    <Table.Cell>
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
                          aria-label={t('events:deleteLabel', { title: event.title })}
                          onClick={() => setDialog({ mode: 'delete', event })}
                        >
                          {t('common:common.delete')}
                        </Button>
                      </span>
                    </Table.Cell>
                  ) : null}
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
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
          dialog?.mode === 'delete' ? t('events:deleteHeading') : dialog?.mode === 'edit' ? t('events:editHeading') : t('events:addHeading')
        }
      >
        {dialog?.mode === 'delete' ? (
          <>
            <Paragraph>{t('events:deleteConfirm', { title: dialog.event.title })}</Paragraph>
            <ErrorAlert error={remove.error} />
            <div className="form__actions">
              <Button data-color="danger" loading={remove.isPending} onClick={() => remove.mutate(dialog.event.id, { onSuccess: close })}>
                {t('common:common.delete')}
              </Button>
              <Button variant="tertiary" onClick={close}>
                {t('common:common.cancel')}
              </Button>
            </div>
          </>
        ) : dialog ? (
          <EventForm programId={program.id} event={dialog.mode === 'edit' ? dialog.event : undefined} onDone={close} />
        ) : null}
      </AppDialog>
    </section>
  );
}
