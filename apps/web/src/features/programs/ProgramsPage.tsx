import { Button, Paragraph, Table } from '@digdir/designsystemet-react';
import { Link } from '@tanstack/react-router';
import type { Me, ProgramListSort, ProgramSummary, SortDirection } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { ProgramText } from './textLang';
import { AppLink } from '../../components/AppLink';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { Pager, RangeText, usePageFocus } from '../../components/Pager';
import { SortableHeader } from '../../components/SortableHeader';
import { TableScroll } from '../../components/TableScroll';
import { formatDate } from '../../i18n';
import type { ProgramListSearch } from '../../routes/search';
import { usePrograms } from './api';
import { ProgramFilters } from './ProgramFilters';
import { ProgramStatusTag } from './ProgramStatusTag';

/** Whether this user may start programs (the API makes the owner their organisation). */
export const canCreatePrograms = (me: Me) => me.can.createPrograms;

export const PROGRAM_PAGE_SIZE = 25;

type Sorting = {
  sort: ProgramListSort;
  dir: SortDirection;
  onSort: (sort: ProgramListSort, dir: SortDirection) => void;
};

function ProgramTable({ programs, caption, sorting }: { programs: ProgramSummary[]; caption: string; sorting: Sorting }) {
  const { t } = useTranslation();
  const dash = t('common:common.none');
  const period = (p: ProgramSummary) =>
    p.startsOn || p.endsOn ? `${formatDate(p.startsOn) || dash} – ${formatDate(p.endsOn) || dash}` : dash;
  return (
    <TableScroll label={caption}>
      <Table zebra data-size="sm" data-testid="program-table">
        <caption className="ds-sr-only">{caption}</caption>
        <Table.Head>
          <Table.Row>
            <SortableHeader column="name" {...sorting}>
              {t('programs:list.name')}
            </SortableHeader>
            <Table.HeaderCell>{t('programs:list.type')}</Table.HeaderCell>
            <SortableHeader column="status" {...sorting}>
              {t('programs:list.status')}
            </SortableHeader>
            <Table.HeaderCell>{t('programs:list.owner')}</Table.HeaderCell>
            <SortableHeader column="applicationClosesOn" {...sorting}>
              {t('programs:list.closes')}
            </SortableHeader>
            <SortableHeader column="startsOn" {...sorting}>
              {t('programs:list.period')}
            </SortableHeader>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {programs.map((p) => (
            <Table.Row key={p.id}>
              <Table.Cell>
                <AppLink to="/programs/$programId" params={{ programId: p.id }}>
                  <ProgramText languages={p.languages}>{p.name}</ProgramText>
                </AppLink>
              </Table.Cell>
              <Table.Cell>{t(`programs:programType.${p.type}`)}</Table.Cell>
              <Table.Cell>
                <ProgramStatusTag status={p.status} />
              </Table.Cell>
              <Table.Cell>{p.ownerOrganisationName}</Table.Cell>
              <Table.Cell>{formatDate(p.applicationClosesOn) || dash}</Table.Cell>
              <Table.Cell>{period(p)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}

type ProgramsPageProps = { me: Me; search: ProgramListSearch; onSearch: (next: ProgramListSearch) => void };

/**
 * /programs: the programs I coordinate and those my organisation can apply to, searched, filtered,
 * sorted and paged on the server (decision 0161), all of it kept in the URL.
 */
export function ProgramsPage({ me, search, onSearch }: ProgramsPageProps) {
  const { t } = useTranslation();
  const { page = 1, managed, ...filters } = search;
  const offset = (page - 1) * PROGRAM_PAGE_SIZE;
  const sort = search.sort ?? 'startsOn';
  const dir = search.dir ?? 'desc';
  const programs = usePrograms({ ...filters, managed: managed ? 'true' : undefined, limit: PROGRAM_PAGE_SIZE, offset });
  const countRef = usePageFocus<HTMLParagraphElement>(offset);
  const filtered = Boolean(search.q || search.status || search.type || search.managed);
  // A new search, filter or order starts at its first page.
  const refine = (next: ProgramListSearch) => onSearch({ ...next, page: undefined });
  const sorting: Sorting = { sort, dir, onSort: (nextSort, nextDir) => refine({ ...search, sort: nextSort, dir: nextDir }) };
  const actions = canCreatePrograms(me) ? (
    <Button asChild>
      <Link to="/programs/new">{t('programs:list.create')}</Link>
    </Button>
  ) : null;

  return (
    <Page title={t('programs:list.heading')} lead={t('programs:list.intro')} actions={actions}>
      <ProgramFilters value={search} onChange={refine} />
      {programs.isPending ? <Loading /> : null}
      <ErrorAlert error={programs.error} />
      {programs.data ? (
        <Paragraph data-size="sm" aria-live="polite" className="result-count" ref={countRef} tabIndex={-1} data-testid="program-count">
          {t('programs:list.count', { count: programs.data.total })}
          {programs.data.total > 0 ? (
            <>
              {' · '}
              <RangeText total={programs.data.total} limit={PROGRAM_PAGE_SIZE} offset={offset} />
            </>
          ) : null}
        </Paragraph>
      ) : null}
      {programs.data && programs.data.items.length === 0 ? (
        filtered ? (
          <div className="empty-state">
            <Paragraph>{t('programs:list.noMatch')}</Paragraph>
            <Button variant="secondary" data-size="sm" onClick={() => onSearch({ sort: search.sort, dir: search.dir })}>
              {t('programs:list.clearFilters')}
            </Button>
          </div>
        ) : (
          <Paragraph>{t('programs:list.noneAvailable')}</Paragraph>
        )
      ) : null}
      {programs.data && programs.data.items.length > 0 ? (
        <>
          <ProgramTable programs={programs.data.items} caption={t('programs:list.tableCaption')} sorting={sorting} />
          <Pager
            total={programs.data.total}
            limit={PROGRAM_PAGE_SIZE}
            offset={offset}
            onChange={(next) => onSearch({ ...search, page: next > 0 ? next / PROGRAM_PAGE_SIZE + 1 : undefined })}
          />
        </>
      ) : null}
    </Page>
  );
}
