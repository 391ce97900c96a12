import { Table, Tag } from '@digdir/designsystemet-react';
import type { HealthSort, PairHealth, SortDirection } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { SortableHeader } from '../../components/SortableHeader';
import { TableScroll } from '../../components/TableScroll';
import { formatDate } from '../../i18n';
import { PairStatusTag } from './MentorshipsPage';

function Person({ p }: { p: PairHealth['adept'] }) {
  return (
    <>
      {p.name}
      <div className="ms-cell-note">{p.organisationName}</div>
    </>
  );
}

type HealthTableProps = {
  pairs: PairHealth[];
  sort: HealthSort;
  dir: SortDirection;
  onSort: (sort: HealthSort, dir: SortDirection) => void;
};

/** One row per pair: that they meet, never what they say. The headers of sortable columns sort on the server. */
export function HealthTable({ pairs, sort, dir, onSort }: HealthTableProps) {
  const { t } = useTranslation();
  const sorting = { sort, dir, onSort };
  const caption = t('mentorship:health.caption');
  const choice = (c: 'continue' | 'end' | null) => (c ? t(`mentorship:health.continuationChoice.${c}`) : t('mentorship:health.notChosen'));
  return (
    <TableScroll label={caption}>
      <Table zebra data-size="sm" data-testid="pair-health">
        <caption className="ds-sr-only">{caption}</caption>
        <Table.Head>
          <Table.Row>
            <SortableHeader column="adept" {...sorting}>
              {t('mentorship:roles.adept')}
            </SortableHeader>
            <SortableHeader column="mentor" {...sorting}>
              {t('mentorship:roles.mentor')}
            </SortableHeader>
            <SortableHeader column="status" {...sorting}>
              {t('mentorship:health.status')}
            </SortableHeader>
            <Table.HeaderCell>{t('mentorship:health.agreementSigned')}</Table.HeaderCell>
            <SortableHeader column="meetings" {...sorting}>
              {t('mentorship:health.meetings')}
            </SortableHeader>
            <SortableHeader column="lastMeeting" {...sorting}>
              {t('mentorship:health.lastMeeting')}
            </SortableHeader>
            <Table.HeaderCell>{t('mentorship:health.ended')}</Table.HeaderCell>
            <Table.HeaderCell>{t('mentorship:health.continuation')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {pairs.map((p) => (
            <Table.Row key={p.pairId}>
              <Table.Cell>
                <Person p={p.adept} />
              </Table.Cell>
              <Table.Cell>
                <Person p={p.mentor} />
              </Table.Cell>
              <Table.Cell>
                <span className="ms-tags">
                  <PairStatusTag status={p.status} />
                  {p.quiet ? (
                    <Tag data-color="warning" data-size="sm" data-testid="quiet-flag">
                      {t('mentorship:health.quietTag')}
                    </Tag>
                  ) : null}
                </span>
              </Table.Cell>
              <Table.Cell>{p.agreementSigned ? t('mentorship:health.yes') : t('mentorship:health.no')}</Table.Cell>
              <Table.Cell>
                {p.meetingsExpected === null
                  ? t('mentorship:health.meetingsLogged', { logged: p.meetingsLogged })
                  : t('mentorship:health.meetingsOf', { logged: p.meetingsLogged, expected: p.meetingsExpected })}
              </Table.Cell>
              <Table.Cell>
                {p.lastMeetingOn ? <time dateTime={p.lastMeetingOn}>{formatDate(p.lastMeetingOn)}</time> : t('common:common.none')}
              </Table.Cell>
              <Table.Cell>
                {p.endedAt && p.endedBy
                  ? t('mentorship:health.endedBy', { who: t(`mentorship:health.by.${p.endedBy}`), date: formatDate(p.endedAt) })
                  : t('common:common.none')}
              </Table.Cell>
              <Table.Cell>
                {p.continuation.adept || p.continuation.mentor ? (
                  <>
                    <div>{t('mentorship:health.continuationAdept', { choice: choice(p.continuation.adept) })}</div>
                    <div>{t('mentorship:health.continuationMentor', { choice: choice(p.continuation.mentor) })}</div>
                  </>
                ) : (
                  t('common:common.none')
                )}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}
