import { Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { TableScroll } from '../../components/TableScroll';

export interface ImportColumn {
  key: string;
  required: boolean;
  description: string;
}

/** The documented columns of an import file (people, applications): name, required or not, meaning. */
export function ColumnsTable({ caption, columns }: { caption: string; columns: ImportColumn[] }) {
  const { t } = useTranslation();
  return (
    <TableScroll label={caption}>
      <Table data-size="sm" zebra>
        <caption className="ds-sr-only">{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('people:import.column')}</Table.HeaderCell>
            <Table.HeaderCell>{t('people:import.required')}</Table.HeaderCell>
            <Table.HeaderCell>{t('people:import.description')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {columns.map((column) => (
            <Table.Row key={column.key}>
              <Table.Cell>
                <code>{column.key}</code>
                {column.required ? <span aria-hidden="true">*</span> : null}
              </Table.Cell>
              <Table.Cell>{column.required ? t('people:import.yes') : t('people:import.no')}</Table.Cell>
              <Table.Cell>{column.description}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}
