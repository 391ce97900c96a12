import { useState } from 'react';
import { Button, Paragraph, Table } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { closingPreviewQuery } from './api';

const PAGE = 50;

/** Before closing: what happens to each pair — ends, continues on its own, or stays proposed (issue 10 item 11). */
export function ClosingPreview({ programId }: { programId: string }) {
  const { t } = useTranslation();
  const [limit, setLimit] = useState(PAGE);
  const preview = useQuery(closingPreviewQuery(programId, limit));
  if (preview.error) return <ErrorAlert error={preview.error} />;
  if (!preview.data) return <Paragraph data-size="sm">{t('common:common.loading')}</Paragraph>;
  const { items, total, counts } = preview.data;
  if (total === 0) return <Paragraph>{t('programs:closing.none')}</Paragraph>;
  return (
    <div data-testid="closing-preview">
      <Paragraph>
        {[
          t('programs:closing.ends', { count: counts.ends }),
          t('programs:closing.continues', { count: counts.continues }),
          counts.staysProposed ? t('programs:closing.staysProposed', { count: counts.staysProposed }) : '',
        ]
          .filter(Boolean)
          .join(' ')}
      </Paragraph>
      <Table data-size="sm">
        <caption className="ds-sr-only">{t('programs:closing.caption')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('programs:closing.adept')}</Table.HeaderCell>
            <Table.HeaderCell>{t('programs:closing.mentor')}</Table.HeaderCell>
            <Table.HeaderCell>{t('programs:closing.outcome')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {items.map((item) => (
            <Table.Row key={item.pairId}>
              <Table.Cell>{item.adeptName}</Table.Cell>
              <Table.Cell>{item.mentorName}</Table.Cell>
              <Table.Cell>{t(`programs:closing.outcomes.${item.outcome}`)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      {items.length < total ? (
        <Button variant="tertiary" data-size="sm" onClick={() => setLimit((l) => Math.min(200, l + PAGE))} disabled={limit >= 200}>
          {t('programs:closing.more', { shown: items.length, total })}
        </Button>
      ) : null}
    </div>
  );
}
