import { Button, Checkbox, Table } from '@digdir/designsystemet-react';
import type { Application, ReviewListQuery, SortDirection } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../components/AppLink';
import { SortableHeader } from '../../components/SortableHeader';
import { TableScroll } from '../../components/TableScroll';
import { formatDateTime } from '../../i18n';
import { useEligibilityText } from './eligibilityText';
import { rowNames } from './reviewNames';
import { ApplicationStatusTag, ConfirmationTag, EligibilityTag } from './StatusTags';

/** Applications still in play: a reminder to the manager makes sense only for these. */
const OPEN = new Set(['submitted', 'accepted', 'waitlisted']);

type ReviewTableProps = {
  applications: Application[];
  selected: ReadonlySet<string>;
  onSelect: (ids: string[], on: boolean) => void;
  onRemind: (application: Application) => void;
  remindingId?: string;
  sort: ReviewListQuery['sort'];
  dir: SortDirection;
  onSort: (sort: ReviewListQuery['sort'], dir: SortDirection) => void;
};

export function ReviewTable({ applications, selected, onSelect, onRemind, remindingId, sort, dir, onSort }: ReviewTableProps) {
  const { t } = useTranslation();
  const reason = useEligibilityText();
  const names = rowNames(applications, (role) => t(`common:roles.${role}`));
  // "Select all" takes what can still be decided: a withdrawn application is never part of it.
  const selectable = applications.filter((a) => a.status !== 'withdrawn');
  const allSelected = selectable.length > 0 && selectable.every((a) => selected.has(a.id));
  const someSelected = selectable.some((a) => selected.has(a.id));
  const sorting = { sort, dir, onSort };
  const dash = t('common:common.none');

  return (
    <TableScroll label={t('applications:review.tableCaption')}>
      <Table data-size="sm" className="table-top review-table">
        <caption className="ds-sr-only">{t('applications:review.tableCaption')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell className="review-select">
              <Checkbox
                aria-label={t('applications:review.selectAll')}
                checked={allSelected}
                data-indeterminate={someSelected && !allSelected}
                disabled={selectable.length === 0}
                onChange={(e) =>
                  onSelect(
                    selectable.map((a) => a.id),
                    e.target.checked,
                  )
                }
              />
            </Table.HeaderCell>
            <SortableHeader column="name" className="review-name" {...sorting}>
              {t('applications:review.name')}
            </SortableHeader>
            <SortableHeader column="organisation" {...sorting}>
              {t('applications:review.organisation')}
            </SortableHeader>
            <Table.HeaderCell>{t('applications:review.role')}</Table.HeaderCell>
            <Table.HeaderCell>{t('applications:review.status')}</Table.HeaderCell>
            <Table.HeaderCell>{t('applications:review.eligibility')}</Table.HeaderCell>
            <Table.HeaderCell>{t('applications:review.confirmation')}</Table.HeaderCell>
            <Table.HeaderCell>{t('applications:review.nominatedBy')}</Table.HeaderCell>
            <SortableHeader column="submittedAt" {...sorting}>
              {t('applications:review.submittedAt')}
            </SortableHeader>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {applications.map((a) => {
            const name = names.get(a.id) ?? a.name;
            const open = a.eligibility.results.filter((r) => r.passed !== true && !r.override);
            return (
              <Table.Row key={a.id}>
                <Table.Cell className="review-select">
                  <Checkbox
                    aria-label={t('applications:review.selectOne', { name })}
                    checked={selected.has(a.id)}
                    onChange={(e) => onSelect([a.id], e.target.checked)}
                  />
                </Table.Cell>
                <Table.Cell className="review-name">
                  <AppLink
                    to="/programs/$programId/review/$applicationId"
                    params={{ programId: a.programId, applicationId: a.id }}
                    aria-label={t('applications:review.openLabel', { name })}
                  >
                    {a.name}
                  </AppLink>
                  <div className="cell-note">{a.email}</div>
                </Table.Cell>
                <Table.Cell>
                  {a.organisationName}
                  <div className="cell-note">{a.unitPath.length ? a.unitPath.join(' › ') : t('applications:review.noUnit')}</div>
                </Table.Cell>
                <Table.Cell>{t(`common:roles.${a.role}`)}</Table.Cell>
                <Table.Cell>
                  <ApplicationStatusTag status={a.status} />
                </Table.Cell>
                <Table.Cell>
                  <EligibilityTag status={a.eligibility.status} />
                  {open.map((r) => (
                    <div key={r.kind} className="cell-note">
                      {reason(r)}
                    </div>
                  ))}
                </Table.Cell>
                <Table.Cell>
                  <ConfirmationTag status={a.confirmation} />
                  {a.confirmation === 'pending' && OPEN.has(a.status) ? (
                    <div>
                      <Button
                        variant="tertiary"
                        data-size="sm"
                        loading={remindingId === a.id}
                        aria-label={t('applications:review.remindLabel', { name })}
                        onClick={() => onRemind(a)}
                      >
                        {t('applications:review.remind')}
                      </Button>
                    </div>
                  ) : null}
                </Table.Cell>
                <Table.Cell>{a.nominatedBy ?? dash}</Table.Cell>
                <Table.Cell>{a.submittedAt ? formatDateTime(a.submittedAt) : dash}</Table.Cell>
              </Table.Row>
            );
          })}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}
