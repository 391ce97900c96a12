import { useState } from 'react';
import { Alert, Button, Paragraph, Table } from '@digdir/designsystemet-react';
import type { Me } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { Pager, RangeText, usePageFocus } from '../../components/Pager';
import { SortableHeader } from '../../components/SortableHeader';
import { TableScroll } from '../../components/TableScroll';
import type { OutboxSearch } from '../../routes/search';
import { useOutbox } from './api';
import { OutboxFilters } from './OutboxFilters';
import { OutboxRow } from './OutboxRow';

export const OUTBOX_PAGE_SIZE = 50;

type OutboxPageProps = { me: Me; search: OutboxSearch; onSearch: (next: OutboxSearch) => void };

/** /admin/outbox: the mail Lots has sent or will send, searched, filtered, sorted and paged on the server; each row expands to the text. */
export function OutboxPage({ me, search, onSearch }: OutboxPageProps) {
  const { t } = useTranslation();
  const allowed = me.can.readOutbox;
  const { page = 1, ...filters } = search;
  const offset = (page - 1) * OUTBOX_PAGE_SIZE;
  const sort = search.sort ?? 'createdAt';
  const dir = search.dir ?? 'desc';
  const outbox = useOutbox({ ...filters, limit: OUTBOX_PAGE_SIZE, offset }, { enabled: allowed });
  const countRef = usePageFocus<HTMLParagraphElement>(offset);
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) =>
    setOpen((s) => {
      const next = new Set(s);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const filtered = Boolean(search.q || search.status);
  // A new search, filter or order starts at its first page.
  const refine = (next: OutboxSearch) => onSearch({ ...next, page: undefined });
  const sorting = {
    sort,
    dir,
    onSort: (nextSort: typeof sort, nextDir: typeof dir) => refine({ ...search, sort: nextSort, dir: nextDir }),
  };

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
      <OutboxFilters value={search} onChange={refine} />
      {outbox.isPending ? <Loading /> : null}
      <ErrorAlert error={outbox.error} />
      {outbox.data ? (
        <Paragraph data-size="sm" aria-live="polite" className="result-count" ref={countRef} tabIndex={-1} data-testid="outbox-count">
          {t('outbox:list.count', { count: outbox.data.total })}
          {outbox.data.total > 0 ? (
            <>
              {' · '}
              <RangeText total={outbox.data.total} limit={OUTBOX_PAGE_SIZE} offset={offset} />
            </>
          ) : null}
        </Paragraph>
      ) : null}
      {outbox.data && outbox.data.items.length === 0 ? (
        filtered ? (
          <div className="empty-state">
            <Paragraph>{t('outbox:list.noMatch')}</Paragraph>
            <Button variant="secondary" data-size="sm" onClick={() => onSearch({ sort: search.sort, dir: search.dir })}>
              {t('outbox:list.clearFilters')}
            </Button>
          </div>
        ) : (
          <Paragraph>{t('outbox:list.empty')}</Paragraph>
        )
      ) : null}
      {outbox.data && outbox.data.items.length > 0 ? (
        <>
          <TableScroll label={t('outbox:list.tableCaption')}>
            <Table data-size="sm" data-testid="outbox-table">
              <caption className="ds-sr-only">{t('outbox:list.tableCaption')}</caption>
              <Table.Head>
                <Table.Row>
                  <SortableHeader column="status" {...sorting}>
                    {t('outbox:list.status')}
                  </SortableHeader>
                  <SortableHeader column="to" {...sorting}>
                    {t('outbox:list.to')}
                  </SortableHeader>
                  <Table.HeaderCell>{t('outbox:list.subject')}</Table.HeaderCell>
                  <SortableHeader column="createdAt" {...sorting}>
                    {t('outbox:list.created')}
                  </SortableHeader>
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
            onChange={(next) => onSearch({ ...search, page: next > 0 ? next / OUTBOX_PAGE_SIZE + 1 : undefined })}
          />
        </>
      ) : null}
    </Page>
  );
}
