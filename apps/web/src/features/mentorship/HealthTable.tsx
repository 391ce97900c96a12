import { Table, Tag } from '@digdir/designsystemet-react';
import type { PairHealth } from '@lots/core';
import { useTranslation } from 'react-i18next';
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

/** One row per pair: that they meet, never what they say. */
export function HealthTable({ pairs }: { pairs: PairHealth[] }) {
  const { t } = useTranslation();
  const caption = t('mentorship:health.caption');
  const choice = (c: 'continue' | 'end' | null) => (c ? t(`mentorship:health.continuationChoice.${c}`) : t('mentorship:health.notChosen'));
  return (
    <TableScroll label={caption}>
      <Table zebra data-size="sm" data-testid="pair-health">
        <caption className="ds-sr-only">{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('mentorship:roles.adept')}</Table.HeaderCell>
            <Table.HeaderCell>{t('mentorship:roles.mentor')}</Table.HeaderCell>
            <Table.HeaderCell>{t('mentorship:health.status')}</Table.HeaderCell>
            <Table.HeaderCell>{t('mentorship:health.agreementSigned')}</Table.HeaderCell>
            <Table.HeaderCell>{t('mentorship:health.meetings')}</Table.HeaderCell>
            <Table.HeaderCell>{t('mentorship:health.lastMeeting')}</Table.HeaderCell>
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
