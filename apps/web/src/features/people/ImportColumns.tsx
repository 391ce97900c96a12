import { Heading } from '@digdir/designsystemet-react';
import { IMPORT_COLUMNS } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { ColumnsTable } from './ColumnsTable';

/** The documented import columns: name and email are required. */
export function ImportColumns() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="columns-heading" className="section">
      <Heading level={2} data-size="sm" id="columns-heading">
        {t('people:import.columnsHeading')}
      </Heading>
      <ColumnsTable
        caption={t('people:import.columnsHeading')}
        columns={IMPORT_COLUMNS.map((c) => ({ key: c.key, required: c.required, description: t(`people:import.columns.${c.key}`) }))}
      />
    </section>
  );
}
