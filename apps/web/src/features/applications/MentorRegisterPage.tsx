import { useState } from 'react';
import { Button, Checkbox, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { PROGRAM_STATUSES, type ProgramStatus } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { AppDialog } from '../../components/AppDialog';
import { ErrorAlert, Notice } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { Pager, RangeText, usePageFocus } from '../../components/Pager';
import { ListSearch } from '../../components/ListSearch';
import { SelectField } from '../../components/SelectField';
import { SortableHeader } from '../../components/SortableHeader';
import { TableScroll } from '../../components/TableScroll';
import { formatDate } from '../../i18n';
import type { RegisterSearch } from '../../routes/search';
import { usePrograms } from '../programs';
import { exportUrl, useMentorRegister, type MentorEntry } from './api';
import { TrainingForm } from './TrainingForm';

const isStatus = (s: string): s is ProgramStatus => (PROGRAM_STATUSES as readonly string[]).includes(s);
export const REGISTER_PAGE_SIZE = 50;

type MentorRegisterPageProps = { search: RegisterSearch; onSearch: (next: RegisterSearch) => void };

/**
 * /mentor-register: the mentors of the programs I coordinate, their capacity and trainings, with export;
 * searched, filtered, sorted and paged on the server (decision 0161), all of it kept in the URL.
 */
export function MentorRegisterPage({ search, onSearch }: MentorRegisterPageProps) {
  const { t } = useTranslation();
  const { page = 1, ...filters } = search;
  const offset = (page - 1) * REGISTER_PAGE_SIZE;
  const sort = search.sort ?? 'name';
  const dir = search.dir ?? 'asc';
  const register = useMentorRegister({ ...filters, limit: REGISTER_PAGE_SIZE, offset });
  // The program filter's choices: the programs I manage (the register's own), by name; the list's largest page.
  const programs = usePrograms({ managed: 'true', sort: 'name', dir: 'asc', limit: 100, offset: 0 });
  const countRef = usePageFocus<HTMLParagraphElement>(offset);
  // Whom the training dialog records for: one mentor (the row's button), or the selected ones (on any page).
  const [training, setTraining] = useState<MentorEntry[] | null>(null);
  const [selected, setSelected] = useState<ReadonlyMap<string, MentorEntry>>(new Map());
  const [notice, setNotice] = useState<string | null>(null);
  const managed = programs.data?.items ?? [];
  const dash = t('common:common.none');
  const filtered = Boolean(search.q || search.programId || search.organisationId || search.freeCapacity);
  // A new search or filter starts at its first page.
  const refine = (next: Partial<RegisterSearch>) => onSearch({ ...search, ...next, page: undefined });

  const rows = register.data?.items ?? [];
  const total = register.data?.total ?? 0;
  const chosen = [...selected.values()];
  const allSelected = rows.length > 0 && rows.every((m) => selected.has(m.personId));
  const someSelected = rows.some((m) => selected.has(m.personId));
  const select = (entries: MentorEntry[], on: boolean) =>
    setSelected((current) => {
      const next = new Map(current);
      for (const m of entries)
        if (on) next.set(m.personId, m);
        else next.delete(m.personId);
      return next;
    });
  const sorting = { sort, dir, onSort: (nextSort: typeof sort, nextDir: typeof dir) => refine({ sort: nextSort, dir: nextDir }) };

  return (
    <Page title={t('applications:register.heading')} lead={t('applications:register.intro')}>
      <ListSearch q={search.q} label={t('applications:register.search')} onSearch={(q) => refine({ q })}>
        <SelectField
          label={t('applications:register.program')}
          value={search.programId ?? ''}
          onChange={(e) => refine({ programId: e.target.value || undefined })}
          options={[{ value: '', label: t('applications:register.allPrograms') }, ...managed.map((p) => ({ value: p.id, label: p.name }))]}
        />
        <SelectField
          label={t('applications:register.organisationFilter')}
          value={search.organisationId ?? ''}
          onChange={(e) => refine({ organisationId: e.target.value || undefined })}
          options={[
            { value: '', label: t('applications:register.allOrganisations') },
            ...(register.data?.organisations ?? []).map((o) => ({ value: o.id, label: o.name })),
          ]}
        />
        <Checkbox
          label={t('applications:register.freeCapacity')}
          checked={Boolean(search.freeCapacity)}
          onChange={(e) => refine({ freeCapacity: e.target.checked || undefined })}
        />
      </ListSearch>
      <ul className="link-row">
        <li>
          <Link href={exportUrl(filters, 'csv')} download="mentors.csv">
            {t('applications:register.exportCsv')}
          </Link>
        </li>
        <li>
          <Link href={exportUrl(filters, 'xlsx')} download="mentors.xlsx">
            {t('applications:register.exportXlsx')}
          </Link>
        </li>
      </ul>
      <div aria-live="polite">{notice ? <Notice>{notice}</Notice> : null}</div>
      <ErrorAlert error={register.error} />
      {register.isPending ? <Loading /> : null}
      {register.data ? (
        <>
          <Paragraph data-size="sm" aria-live="polite" className="result-count" ref={countRef} tabIndex={-1} data-testid="register-count">
            {t('applications:register.count', { count: total })}
            {total > 0 ? (
              <>
                {' · '}
                <RangeText total={total} limit={REGISTER_PAGE_SIZE} offset={offset} />
              </>
            ) : null}
          </Paragraph>
          {rows.length === 0 ? (
            filtered ? (
              <div className="empty-state">
                <Paragraph>{t('applications:register.empty')}</Paragraph>
                <Button variant="secondary" data-size="sm" onClick={() => onSearch({ sort: search.sort, dir: search.dir })}>
                  {t('applications:register.clearFilters')}
                </Button>
              </div>
            ) : (
              <Paragraph>{t('applications:register.noneYet')}</Paragraph>
            )
          ) : (
            <>
              {chosen.length > 0 ? (
                <div className="form__actions">
                  <Button
                    variant="secondary"
                    onClick={() => {
                      setNotice(null);
                      setTraining(chosen);
                    }}
                  >
                    {t('applications:register.addTrainingSelected', { count: chosen.length })}
                  </Button>
                </div>
              ) : null}
              <TableScroll label={t('applications:register.tableCaption')}>
                <Table zebra data-size="sm" data-testid="mentor-register" className="table-top">
                  <caption className="ds-sr-only">{t('applications:register.tableCaption')}</caption>
                  <Table.Head>
                    <Table.Row>
                      <Table.HeaderCell>
                        <Checkbox
                          aria-label={t('applications:register.selectAll')}
                          checked={allSelected}
                          data-indeterminate={someSelected && !allSelected}
                          onChange={(e) => select(rows, e.target.checked)}
                        />
                      </Table.HeaderCell>
                      <SortableHeader column="name" {...sorting}>
                        {t('applications:register.name')}
                      </SortableHeader>
                      <SortableHeader column="organisation" {...sorting}>
                        {t('applications:register.organisation')}
                      </SortableHeader>
                      <SortableHeader column="title" {...sorting}>
                        {t('applications:register.title')}
                      </SortableHeader>
                      <Table.HeaderCell>{t('applications:register.programs')}</Table.HeaderCell>
                      <SortableHeader column="activePairs" className="num" {...sorting}>
                        {t('applications:register.activePairs')}
                      </SortableHeader>
                      <Table.HeaderCell className="num">{t('applications:register.capacity')}</Table.HeaderCell>
                      <SortableHeader column="freeCapacity" className="num" {...sorting}>
                        {t('applications:register.freeCapacityColumn')}
                      </SortableHeader>
                      <Table.HeaderCell>{t('applications:register.trainings')}</Table.HeaderCell>
                      <Table.HeaderCell>{t('common:common.actions')}</Table.HeaderCell>
                    </Table.Row>
                  </Table.Head>
                  <Table.Body>
                    {rows.map((m) => (
                      <Table.Row key={m.personId}>
                        <Table.Cell>
                          <Checkbox
                            aria-label={t('applications:register.selectOne', { name: m.name })}
                            checked={selected.has(m.personId)}
                            onChange={(e) => select([m], e.target.checked)}
                          />
                        </Table.Cell>
                        <Table.HeaderCell scope="row">
                          {m.name}
                          <div className="cell-note">{m.email}</div>
                        </Table.HeaderCell>
                        <Table.Cell>{m.organisationName}</Table.Cell>
                        <Table.Cell>{m.title ?? dash}</Table.Cell>
                        <Table.Cell>
                          <ul className="plain-list">
                            {m.programs.map((p) => (
                              <li key={p.id}>
                                {p.name} ({isStatus(p.status) ? t(`programs:programStatus.${p.status}`) : p.status})
                              </li>
                            ))}
                          </ul>
                        </Table.Cell>
                        <Table.Cell className="num">{m.activePairs}</Table.Cell>
                        <Table.Cell className="num">{m.capacity}</Table.Cell>
                        <Table.Cell className="num">{m.freeCapacity}</Table.Cell>
                        <Table.Cell>
                          {m.trainings.length ? (
                            <ul className="plain-list">
                              {m.trainings.map((tr, i) => (
                                <li key={`${tr.name}-${i}`}>
                                  {tr.name}, {formatDate(tr.completedOn)}
                                  {tr.provider ? ` · ${tr.provider}` : ''}
                                  {tr.validUntil ? ` · ${t('applications:register.validUntil', { date: formatDate(tr.validUntil) })}` : ''}
                                </li>
                              ))}
                            </ul>
                          ) : (
                            dash
                          )}
                        </Table.Cell>
                        <Table.Cell>
                          <Button
                            variant="tertiary"
                            data-size="sm"
                            aria-label={t('applications:register.addTrainingLabel', { name: m.name })}
                            onClick={() => {
                              setNotice(null);
                              setTraining([m]);
                            }}
                          >
                            {t('applications:register.addTraining')}
                          </Button>
                        </Table.Cell>
                      </Table.Row>
                    ))}
                  </Table.Body>
                </Table>
              </TableScroll>
              <Pager
                total={total}
                limit={REGISTER_PAGE_SIZE}
                offset={offset}
                onChange={(next) => onSearch({ ...search, page: next > 0 ? next / REGISTER_PAGE_SIZE + 1 : undefined })}
              />
            </>
          )}
        </>
      ) : null}
      <AppDialog
        open={training !== null}
        onClose={() => setTraining(null)}
        title={
          training === null
            ? ''
            : training.length === 1
              ? t('applications:register.trainingHeading', { name: training[0]!.name })
              : t('applications:register.trainingHeadingMany', { count: training.length })
        }
      >
        {training ? (
          <TrainingForm
            personIds={training.map((m) => m.personId)}
            onCancel={() => setTraining(null)}
            onDone={(name) => {
              setNotice(
                training.length === 1
                  ? t('applications:register.trainingAdded', { name: training[0]!.name, training: name })
                  : t('applications:register.trainingAddedMany', { count: training.length, training: name }),
              );
              if (training.length > 1) setSelected(new Map());
              setTraining(null);
            }}
          />
        ) : null}
      </AppDialog>
    </Page>
  );
}
