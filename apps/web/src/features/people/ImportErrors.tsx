import { Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { ApiErrorDetail } from '../../api/errors';
import { TableScroll } from '../../components/TableScroll';
import { i18nextSource, importErrorText, type Translate } from './importProblems';

/**
 * The bad rows of a rejected import: line, column and what is wrong (translated from the problem's
 * code). The server lists the first 100 problems; `count` is how many there are in all.
 */
export function ImportErrors({ details, count = details.length }: { details: ApiErrorDetail[]; count?: number }) {
  const { t, i18n } = useTranslation();
  const source = i18nextSource(i18n);
  const translate: Translate = (key, values, fallback) => t(key, { ...values, defaultValue: fallback });
  return (
    <>
      {count > details.length ? (
        <Paragraph data-testid="import-errors-truncated">
          {t('people:import.errorsTruncated', { shown: details.length, total: count })}
        </Paragraph>
      ) : null}
      <TableScroll label={t('people:import.errorsCaption')}>
        <Table data-size="sm" zebra data-testid="import-errors">
          <caption>{t('people:import.errorsCaption')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell className="num">{t('people:import.line')}</Table.HeaderCell>
              <Table.HeaderCell>{t('people:import.field')}</Table.HeaderCell>
              <Table.HeaderCell>{t('people:import.message')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {details.map((d, i) => (
              <Table.Row key={`${d.line ?? ''}-${d.field}-${i}`}>
                <Table.Cell className="num">{d.line ?? t('common:common.none')}</Table.Cell>
                <Table.Cell>
                  <code>{d.field || t('common:common.none')}</code>
                </Table.Cell>
                <Table.Cell>{importErrorText(d, translate, source)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </TableScroll>
    </>
  );
}
