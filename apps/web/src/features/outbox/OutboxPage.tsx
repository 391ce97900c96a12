import { useState } from 'react';
import { Alert, Paragraph, Table } from '@digdir/designsystemet-react';
import type { Me } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { Pager, RangeText } from '../../components/Pager';
import { useOutbox } from './api';
import { OutboxRow } from './OutboxRow';
import { TableScroll } from '../../components/TableScroll';

export const OUTBOX_PAGE_SIZE = 50;

type OutboxPageProps = { me: Me; page: number; onPage: (page: number) => void };

/** /admin/outbox: the mail Lots has sent or will send; each row expands to the text. */
export function OutboxPage({ me, page, onPage }: OutboxPageProps) {
  const { t } = useTranslation();
  const allowed = me.can.readOutbox;
  const offset = (Math.max(1, page) - 1) * OUTBOX_PAGE_SIZE;
  const outbox = useOutbox({ limit: OUTBOX_PAGE_SIZE, offset }, { enabled: allowed });
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) =>
    setOpen((s) => {
      const next = new Set(s);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  if (!allowed) {
    return (
      <Page title={t('outbox:list.heading')}>
        <Alert data-color="warning">
          <Paragraph>{t('common:errors.forbidden')}</Paragraph>
        </Alert>
      </Page>
    );
  }

  return (
    <Page title={t('outbox:list.heading')} lead={t('outbox:list.intro')}>
      {outbox.isPending ? <Loading /> : null}
      <ErrorAlert error={outbox.error} />
      {outbox.data && outbox.data.items.length === 0 ? <Paragraph>{t('outbox:list.empty')}</Paragraph> : null}
      {outbox.data && outbox.data.items.length > 0 ? (
        <>
          <Paragraph data-size="sm" className="result-count">
            <RangeText total={outbox.data.total} limit={OUTBOX_PAGE_SIZE} offset={offset} />
          </Paragraph>
          <TableScroll label={t('outbox:list.tableCaption')}>
            <Table data-size="sm">
              <caption className="ds-sr-only">{t('outbox:list.tableCaption')}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t('outbox:list.status')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('outbox:list.to')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('outbox:list.subject')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('outbox:list.created')}</Table.HeaderCell>
                  <Table.HeaderCell>
                    <span className="ds-sr-only">{t('outbox:list.show')}</span>
                  </Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {outbox.data.items.map((message) => (
                  <OutboxRow key={message.id} message={message} expanded={open.has(message.id)} onToggle={() => toggle(message.id)} />
                ))}
              </Table.Body>
            </Table>
          </TableScroll>
          <Pager
            total={outbox.data.total}
            limit={OUTBOX_PAGE_SIZE}
            offset={offset}
            onChange={(next) => onPage(next / OUTBOX_PAGE_SIZE + 1)}
          />
        </>
      ) : null}
    </Page>
  );
}
