import { Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { useRunPairWhy, type RunPairWhy } from './api';
import { useMatchingFormat, useRuleText } from './format';
import { Help } from './Help';

type Level = 'full' | 'high' | 'some' | 'low' | 'none' | 'unused';

function levelOf(value: number, weight: number): Level {
  if (weight <= 0) return 'unused';
  if (value >= 0.999) return 'full';
  if (value >= 0.7) return 'high';
  if (value >= 0.4) return 'some';
  if (value > 0) return 'low';
  return 'none';
}

/** A pair's "why?", named by its adept's application and asked for when it is opened (the run lists its pairs without it, decision 0197). */
export function PairWhy({ programId, runId, applicationId }: { programId: string; runId: string; applicationId: string }) {
  const why = useRunPairWhy(programId, runId, applicationId);
  if (why.isPending) return <Loading />;
  if (why.error) return <ErrorAlert error={why.error} />;
  return <Breakdown pair={why.data} />;
}

/**
 * Why a pair scores what it does: each criterion's weight, how well it is met and the points
 * it gives out of the most it could give, with the strongest and missing criteria in words.
 */
function Breakdown({ pair }: { pair: RunPairWhy }) {
  const { t } = useTranslation();
  const f = useMatchingFormat();
  const ruleText = useRuleText();
  const totalWeight = pair.breakdown.reduce((sum, c) => sum + c.weight, 0);
  const max = (weight: number) => (totalWeight > 0 ? (100 * weight) / totalWeight : 0);
  const label = (criterion: RunPairWhy['breakdown'][number]['criterion']) => t(`matching:criteria.${criterion}.label`);
  const strongest = [...pair.breakdown]
    .filter((c) => c.points > 0)
    .sort((a, b) => b.points - a.points)
    .slice(0, 3)
    .map((c) => `${label(c.criterion)} (${t('matching:why.pointsShort', { points: f.num(c.points) })})`);
  const missing = pair.breakdown.filter((c) => c.weight > 0 && c.value === 0).map((c) => label(c.criterion));
  const names = { adept: pair.adept.name, mentor: pair.mentor.name };

  return (
    <div className="matching-why">
      <Paragraph>{t('matching:why.intro', { score: f.num(pair.score) })}</Paragraph>
      {strongest.length ? <Paragraph>{t('matching:why.strongest', { list: f.list(strongest) })}</Paragraph> : null}
      {missing.length ? <Paragraph>{t('matching:why.weakest', { list: f.list(missing) })}</Paragraph> : null}
      {pair.locked ? <Paragraph data-size="sm">{t('matching:why.locked')}</Paragraph> : null}
      {pair.ruleBreaks.length ? (
        <Paragraph data-size="sm">{t('matching:why.ruleBreaks', { list: ruleText(pair.ruleBreaks) })}</Paragraph>
      ) : null}
      {pair.reason ? <Paragraph data-size="sm">{t('matching:why.reason', { reason: pair.reason })}</Paragraph> : null}
      <Help summary={t('matching:help.why.summary')}>{t('matching:help.why.body')}</Help>
      <Table data-size="sm" className="matching-why__table">
        <caption className="ds-sr-only">{t('matching:why.caption', names)}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('matching:why.criterion')}</Table.HeaderCell>
            <Table.HeaderCell className="num">{t('matching:why.weight')}</Table.HeaderCell>
            <Table.HeaderCell>{t('matching:why.met')}</Table.HeaderCell>
            <Table.HeaderCell className="num">{t('matching:why.points')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {pair.breakdown.map((c) => {
            const level = levelOf(c.value, c.weight);
            return (
              <Table.Row key={c.criterion}>
                <Table.HeaderCell scope="row">
                  {label(c.criterion)}
                  <div className="cell-note matching-note">{t(`matching:criteria.${c.criterion}.help`)}</div>
                </Table.HeaderCell>
                <Table.Cell className="num">{f.num(c.weight)}</Table.Cell>
                <Table.Cell>
                  <span className="matching-bar" aria-hidden="true">
                    <span className="matching-bar__fill" style={{ width: `${Math.round(Math.max(0, Math.min(1, c.value)) * 100)}%` }} />
                  </span>
                  {level === 'unused' ? t('matching:why.level.unused') : `${f.pct(c.value)} – ${t(`matching:why.level.${level}`)}`}
                </Table.Cell>
                <Table.Cell className="num">
                  {t('matching:why.pointsOf', { points: f.num(c.points), max: f.num(max(c.weight)) })}
                </Table.Cell>
              </Table.Row>
            );
          })}
        </Table.Body>
      </Table>
    </div>
  );
}
