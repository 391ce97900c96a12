import { Heading, Table } from '@digdir/designsystemet-react';
import { IMPORT_COLUMNS } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { TableScroll } from '../../components/TableScroll';

/** The documented import columns: name and email are required. */
export function ImportColumns() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="columns-heading" className="section">
      <Heading level={2} data-size="sm" id="columns-heading">
        {t('import.columnsHeading')}
      </Heading>
      <TableScroll label={t('import.columnsHeading')}>
        <Table data-size="sm" zebra>
          <caption className="ds-sr-only">{t('import.columnsHeading')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('import.column')}</Table.HeaderCell>
              <Table.HeaderCell>{t('import.required')}</Table.HeaderCell>
              <Table.HeaderCell>{t('import.description')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {IMPORT_COLUMNS.map((column) => (
              <Table.Row key={column.key}>
                <Table.Cell>
                  <code>{column.key}</code>
                  {column.required ? <span aria-hidden="true">*</span> : null}
                </Table.Cell>
                <Table.Cell>{column.required ? t('import.yes') : t('import.no')}</Table.Cell>
                <Table.Cell>{t(`import.columns.${column.key}`)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </TableScroll>
    </section>
  );
}
