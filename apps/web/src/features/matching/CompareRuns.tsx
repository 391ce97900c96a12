import { useState, type FormEvent } from 'react';
import { Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { SelectField } from '../../components/SelectField';
import { TableScroll } from '../../components/TableScroll';
import { useCompareRuns, type Comparison, type RunSummary } from './api';
import { useMatchingFormat } from './format';

/** Two finished runs side by side: adepts who get another mentor, and the score difference. */
export function CompareRuns({ programId, runs }: { programId: string; runs: RunSummary[] }) {
  const { t } = useTranslation();
  const f = useMatchingFormat();
  const [a, setA] = useState(runs[1]?.id ?? '');
  const [b, setB] = useState(runs[0]?.id ?? '');
  const [pair, setPair] = useState<{ a: string; b: string } | null>(null);
  const [invalid, setInvalid] = useState(false);
  const compare = useCompareRuns(programId, pair);
  const options = [
    { value: '', label: t('matching:compare.choose') },
    ...runs.map((r) => ({
      value: r.id,
      label: t('matching:compare.option', { date: f.date(r.createdAt), matched: r.matchedCount ?? 0, score: f.num(r.totalScore) }),
    })),
  ];
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const ok = Boolean(a && b && a !== b);
    setInvalid(!ok);
    setPair(ok ? { a, b } : null);
  };

  return (
    <div className="matching-compare">
      <Heading level={3} data-size="xs" id="matching-compare">
        {t('matching:compare.heading')}
      </Heading>
      <Paragraph data-size="sm">{t('matching:compare.intro')}</Paragraph>
      <form onSubmit={onSubmit} noValidate className="matching-compare__form" aria-labelledby="matching-compare">
        <SelectField
          label={t('matching:compare.a')}
          value={a}
          onChange={(e) => setA(e.target.value)}
          options={options}
          error={invalid ? t('matching:compare.required') : undefined}
        />
        <SelectField label={t('matching:compare.b')} value={b} onChange={(e) => setB(e.target.value)} options={options} />
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
