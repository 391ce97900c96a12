import { Paragraph, Table } from '@digdir/designsystemet-react';
import type { MeasureResult, PublishedFigure } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { TableScroll } from '../../components/TableScroll';

/** A figure as shown: the value, `..` when hidden (with its reason for screen readers), `–` when nobody answered. */
export function Figure({ figure }: { figure: PublishedFigure }) {
  const { t, i18n } = useTranslation();
  if (figure.suppressed)
    return (
      <span data-suppressed={figure.suppressed}>
        <span aria-hidden="true">..</span>
        <span className="ds-sr-only">{t(`evaluation:page.suppressed.${figure.suppressed}`)}</span>
      </span>
    );
  if (figure.value === null) return <>–</>;
  if (typeof figure.value === 'number') return <>{new Intl.NumberFormat(i18n.language).format(figure.value)}</>;
  return (
    <>
      {Object.entries(figure.value)
        .map(([option, share]) => `${t(`evaluation:scale.fit.${option as 'good'}`)} ${share} %`)
        .join(', ')}
    </>
  );
}

const answers = (f: PublishedFigure) => (f.suppressed ? '..' : String(f.n));

/** One measure of a wave as a table: the total and every breakdown, hidden cells as `..` (every figure on screen is a table). */
export function MeasureTable({ measure }: { measure: MeasureResult }) {
  const { t } = useTranslation();
  const name =
    measure.instrument === 'custom'
      ? measure.measure
      : t(`evaluation:instruments.${measure.instrument}.measures.${measure.measure}` as never);
  return (
    <TableScroll label={name}>
      <Table data-size="sm" className="ev-table" data-testid={`measure-${measure.instrument}-${measure.measure}`}>
        <caption>{name}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('evaluation:page.group')}</Table.HeaderCell>
            <Table.HeaderCell>{t('evaluation:page.answers')}</Table.HeaderCell>
            <Table.HeaderCell>{t('evaluation:page.figure')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          <Table.Row>
            <Table.HeaderCell scope="row">{t('evaluation:report.all')}</Table.HeaderCell>
            <Table.Cell>{answers(measure.total)}</Table.Cell>
            <Table.Cell data-testid="total">
              <Figure figure={measure.total} />
            </Table.Cell>
          </Table.Row>
          {measure.breakdowns.flatMap((b) =>
            b.groups.map((g) => (
              <Table.Row key={`${b.by}-${g.key}`}>
                <Table.HeaderCell scope="row">
                  {t(`evaluation:breakdown.${b.by}`)}: {g.label}
                </Table.HeaderCell>
                <Table.Cell>{answers(g)}</Table.Cell>
                <Table.Cell>
                  <Figure figure={g} />
                </Table.Cell>
              </Table.Row>
            )),
          )}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}

/** What `..` means, shown beside the tables (the suppression is visible, not only in the screen-reader text). */
export function SuppressionNote({ k }: { k: number }) {
  const { t } = useTranslation();
  return (
    <Paragraph data-size="sm" data-testid="suppression-note">
      {t('evaluation:report.suppressionNote', { k })}
    </Paragraph>
  );
}
