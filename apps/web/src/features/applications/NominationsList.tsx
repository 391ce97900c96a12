import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { TableScroll } from '../../components/TableScroll';
import { formatDate } from '../../i18n';
import { useNominations } from './api';

/** Who nominated whom as mentor, and whether the nominee has applied. */
export function NominationsList({ programId }: { programId: string }) {
  const { t } = useTranslation();
  const nominations = useNominations(programId);
  return (
    <section aria-labelledby="nominations-heading" className="section" id="nominations">
      <Heading level={2} data-size="sm" id="nominations-heading">
        {t('applications:nominations.heading')}
      </Heading>
      <ErrorAlert error={nominations.error} />
      {nominations.isPending ? <Loading /> : null}
      {nominations.data && nominations.data.length === 0 ? <Paragraph>{t('applications:nominations.empty')}</Paragraph> : null}
      {nominations.data && nominations.data.length > 0 ? (
        <TableScroll label={t('applications:nominations.heading')}>
          <Table zebra data-size="sm" data-testid="nominations">
            <caption className="ds-sr-only">{t('applications:nominations.heading')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('applications:nominations.nominee')}</Table.HeaderCell>
                <Table.HeaderCell>{t('applications:nominations.role')}</Table.HeaderCell>
                <Table.HeaderCell>{t('applications:nominations.nominator')}</Table.HeaderCell>
                <Table.HeaderCell>{t('applications:nominations.motivation')}</Table.HeaderCell>
                <Table.HeaderCell>{t('applications:nominations.date')}</Table.HeaderCell>
                <Table.HeaderCell>{t('applications:nominations.applied')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {nominations.data.map((n) => (
                <Table.Row key={n.id}>
                  <Table.Cell>
                    {n.nomineeName}
                    <div className="cell-note">{n.nomineeEmail}</div>
                  </Table.Cell>
                  <Table.Cell>{t(`applications:nominate.roles.${n.role}`)}</Table.Cell>
                  <Table.Cell>{n.nominatorName}</Table.Cell>
                  <Table.Cell>{n.motivation ?? t('common:common.none')}</Table.Cell>
                  <Table.Cell>{formatDate(n.createdAt)}</Table.Cell>
                  <Table.Cell>{n.applied ? t('common:common.yes') : t('common:common.no')}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      ) : null}
    </section>
  );
}
