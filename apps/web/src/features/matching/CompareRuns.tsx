import { useState } from 'react';
import { Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { compareQuerySchema } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { FormErrorSummary } from '../../components/FormErrorSummary';
import { SelectField } from '../../components/SelectField';
import { useForm } from '../../lib/form';
import { messageKey } from '../../lib/validate';
import { TableScroll } from '../../components/TableScroll';
import { useCompareRuns, type Comparison, type RunSummary } from './api';
import { useMatchingFormat } from './format';

/** Two different runs to compare. */
const differentRuns = compareQuerySchema.refine((q) => q.a !== q.b, { path: ['a'] });

/** Two finished runs side by side: adepts who get another mentor, and the score difference. */
export function CompareRuns({ programId, runs }: { programId: string; runs: RunSummary[] }) {
  const { t } = useTranslation();
  const f = useMatchingFormat();
  const [pair, setPair] = useState<{ a: string; b: string } | null>(null);
  const form = useForm(
    { a: runs[1]?.id ?? '', b: runs[0]?.id ?? '' },
    { schema: differentRuns, messages: { a: messageKey('matching:compare.required'), b: messageKey('matching:compare.required') } },
  );
  const compare = useCompareRuns(programId, pair);
  const options = [
    { value: '', label: t('matching:compare.choose') },
    ...runs.map((r) => ({
      value: r.id,
      label: t('matching:compare.option', { date: f.date(r.createdAt), matched: r.matchedCount ?? 0, score: f.num(r.totalScore) }),
    })),
  ];
  const onSubmit = form.submitParsed((input) => setPair(input));

  return (
    <div className="matching-compare">
      <Heading level={3} data-size="xs" id="matching-compare">
        {t('matching:compare.heading')}
      </Heading>
      <Paragraph data-size="sm">{t('matching:compare.intro')}</Paragraph>
      <form ref={form.formRef} onSubmit={onSubmit} noValidate className="matching-compare__form" aria-labelledby="matching-compare">
        <FormErrorSummary summary={form.summary} />
        <SelectField label={t('matching:compare.a')} options={options} {...form.bind('a')} />
        <SelectField label={t('matching:compare.b')} options={options} {...form.bind('b')} />
        <div>
          <Button type="submit" variant="secondary">
            {t('matching:compare.submit')}
          </Button>
        </div>
      </form>
      {pair && compare.isPending ? <Loading /> : null}
      <ErrorAlert error={compare.error} />
      {pair && compare.data ? <ComparisonResult comparison={compare.data} /> : null}
    </div>
  );
}

function ComparisonResult({ comparison }: { comparison: Comparison }) {
  const { t } = useTranslation();
  const f = useMatchingFormat();
  const side = (mentor: Comparison['changed'][number]['before'], score: number | null) =>
    mentor ? t('matching:compare.withScore', { mentor: mentor.name, score: f.num(score) }) : t('matching:compare.noMentor');
  return (
    <div className="matching-stack" data-testid="comparison">
      <Paragraph>
        {t('matching:compare.totalDifference', { diff: f.signed(comparison.totalScoreDifference) })}{' '}
        {t('matching:compare.matchedDifference', { diff: f.signed(comparison.matchedDifference) })}
      </Paragraph>
      {comparison.changed.length === 0 ? (
        <Paragraph>{t('matching:compare.noChanges')}</Paragraph>
      ) : (
        <TableScroll label={t('matching:compare.caption')}>
          <Table data-size="sm" zebra>
            <caption className="ds-sr-only">{t('matching:compare.caption')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('matching:compare.adept')}</Table.HeaderCell>
                <Table.HeaderCell>{t('matching:compare.before')}</Table.HeaderCell>
                <Table.HeaderCell>{t('matching:compare.after')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {comparison.changed.map((c) => (
                <Table.Row key={c.adept.applicationId}>
                  <Table.Cell>{c.adept.name}</Table.Cell>
                  <Table.Cell>{side(c.before, c.scoreBefore)}</Table.Cell>
                  <Table.Cell>{side(c.after, c.scoreAfter)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
    </div>
  );
}
