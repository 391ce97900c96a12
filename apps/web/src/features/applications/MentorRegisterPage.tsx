import { useEffect, useState } from 'react';
import { Button, Checkbox, Link, Paragraph, Table, Textfield } from '@digdir/designsystemet-react';
import { PROGRAM_STATUSES, type ProgramStatus } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { AppDialog } from '../../components/AppDialog';
import { ErrorAlert, Notice } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { SelectField } from '../../components/SelectField';
import { TableScroll } from '../../components/TableScroll';
import { formatDate } from '../../i18n';
import { useForm } from '../../lib/form';
import { registerSearchSchema, type RegisterSearch } from '../../routes/search';
import { usePrograms } from '../programs';
import { exportUrl, useMentorRegister, type MentorEntry } from './api';
import { TrainingForm } from './TrainingForm';

const isStatus = (s: string): s is ProgramStatus => (PROGRAM_STATUSES as readonly string[]).includes(s);

type MentorRegisterPageProps = { search: RegisterSearch; onSearch: (next: RegisterSearch) => void };

/** /mentor-register: the mentors of the programs I coordinate, their capacity and trainings, with export. */
export function MentorRegisterPage({ search, onSearch }: MentorRegisterPageProps) {
  const { t } = useTranslation();
  const register = useMentorRegister(search);
  const programs = usePrograms();
  // The search text is checked with the router's own schema for the page's search params.
  const form = useForm({ q: search.q ?? '' }, { schema: registerSearchSchema.pick({ q: true }) });
  const { setValues } = form;
  useEffect(() => setValues({ q: search.q ?? '' }), [search.q, setValues]);
  // Whom the training dialog records for: one mentor (the row's button), or the selected ones.
  const [training, setTraining] = useState<MentorEntry[] | null>(null);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [notice, setNotice] = useState<string | null>(null);
  const managed = (programs.data ?? []).filter((p) => p.can.manage);
  const dash = t('common:common.none');

  const rows = register.data ?? [];
  const chosen = rows.filter((m) => selected.has(m.personId));
  const allSelected = rows.length > 0 && chosen.length === rows.length;
  const select = (ids: string[], on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      for (const id of ids)
        if (on) next.add(id);
        else next.delete(id);
      return next;
    });

  const onSubmit = form.submitParsed((input) => onSearch({ ...search, q: input.q?.trim() || undefined }));

  return (
    <Page title={t('applications:register.heading')} lead={t('applications:register.intro')}>
      <form role="search" ref={form.formRef} onSubmit={onSubmit} noValidate className="filters">
        <div className="filters__search">
          <Textfield label={t('applications:register.search')} type="search" {...form.bind('q')} />
          <Button type="submit" variant="secondary">
            {t('applications:register.searchSubmit')}
          </Button>
        </div>
        <SelectField
          label={t('applications:register.program')}
          value={search.programId ?? ''}
          onChange={(e) => onSearch({ ...search, programId: e.target.value || undefined })}
          options={[{ value: '', label: t('applications:register.allPrograms') }, ...managed.map((p) => ({ value: p.id, label: p.name }))]}
        />
        <Checkbox
          label={t('applications:register.freeCapacity')}
          checked={Boolean(search.freeCapacity)}
          onChange={(e) => onSearch({ ...search, freeCapacity: e.target.checked || undefined })}
        />
      </form>
      <ul className="link-row">
        <li>
          <Link href={exportUrl(search, 'csv')} download="mentors.csv">
            {t('applications:register.exportCsv')}
          </Link>
        </li>
        <li>
          <Link href={exportUrl(search, 'xlsx')} download="mentors.xlsx">
            {t('applications:register.exportXlsx')}
          </Link>
        </li>
      </ul>
      <div aria-live="polite">{notice ? <Notice>{notice}</Notice> : null}</div>
      <ErrorAlert error={register.error} />
      {register.isPending ? <Loading /> : null}
      {register.data ? (
        <>
          <Paragraph data-size="sm" aria-live="polite" className="result-count">
            {t('applications:register.count', { count: register.data.length })}
          </Paragraph>
          {register.data.length === 0 ? (
            <Paragraph>{t('applications:register.empty')}</Paragraph>
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
                          data-indeterminate={chosen.length > 0 && !allSelected}
                          onChange={(e) =>
                            select(
                              rows.map((m) => m.personId),
                              e.target.checked,
                            )
                          }
                        />
                      </Table.HeaderCell>
                      <Table.HeaderCell>{t('applications:register.name')}</Table.HeaderCell>
                      <Table.HeaderCell>{t('applications:register.organisation')}</Table.HeaderCell>
                      <Table.HeaderCell>{t('applications:register.title')}</Table.HeaderCell>
                      <Table.HeaderCell>{t('applications:register.programs')}</Table.HeaderCell>
                      <Table.HeaderCell className="num">{t('applications:register.activePairs')}</Table.HeaderCell>
                      <Table.HeaderCell className="num">{t('applications:register.capacity')}</Table.HeaderCell>
                      <Table.HeaderCell className="num">{t('applications:register.freeCapacityColumn')}</Table.HeaderCell>
                      <Table.HeaderCell>{t('applications:register.trainings')}</Table.HeaderCell>
                      <Table.HeaderCell>{t('common:common.actions')}</Table.HeaderCell>
                    </Table.Row>
                  </Table.Head>
                  <Table.Body>
                    {register.data.map((m) => (
                      <Table.Row key={m.personId}>
                        <Table.Cell>
                          <Checkbox
                            aria-label={t('applications:register.selectOne', { name: m.name })}
                            checked={selected.has(m.personId)}
                            onChange={(e) => select([m.personId], e.target.checked)}
                          />
                        </Table.Cell>
                        <Table.Cell>
                          {m.name}
                          <div className="cell-note">{m.email}</div>
                        </Table.Cell>
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
              if (training.length > 1) setSelected(new Set());
              setTraining(null);
            }}
          />
        ) : null}
      </AppDialog>
    </Page>
  );
}
