import {
  aggregateScores,
  instrument,
  publishBreakdown,
  scoreAnswer,
  translator,
  type Answers,
  type Breakdown,
  type Instrument,
  type Locale,
  type MeasureResult,
  type PublishedFigure,
} from '@lots/core';

/** A response as the aggregation sees it: groups and answers, no person, no time. */
export interface ResponseForAggregate {
  pseudonym: string;
  organisationId: string | null;
  role: 'adept' | 'mentor';
  unitLevel: number | null;
  underRepresented: boolean | null;
  programType?: string;
  answers: Answers;
  health: Answers | null;
}

type Value = number | Record<string, number> | null;

const figure = (p: { n: number; value: Value; suppressed: 'primary' | 'secondary' | null }): PublishedFigure => ({
  n: p.n,
  value: p.suppressed ? null : p.value,
  suppressed: p.suppressed,
});

function groupKey(by: Breakdown, r: ResponseForAggregate): string {
  switch (by) {
    case 'organisation':
      return r.organisationId ?? 'none';
    case 'role':
      return r.role;
    case 'unitLevel':
      return r.unitLevel === null ? 'none' : String(r.unitLevel);
    case 'programType':
      return r.programType ?? 'none';
    case 'underRepresented':
      return r.underRepresented === null ? 'notStated' : r.underRepresented ? 'yes' : 'no';
  }
}

/**
 * Every measure of the given instruments over a set of responses: the total and each breakdown,
 * each through the one suppression function (decision 0130). Figures of hidden cells never leave
 * this function; labels are in the viewer's language.
 */
export function measureResults(
  instrumentIds: string[],
  responses: ResponseForAggregate[],
  options: { k: number; breakdowns: Breakdown[]; locale: Locale; organisationNames: Map<string, string> },
): MeasureResult[] {
  const t = translator(options.locale);
  const label = (by: Breakdown, key: string) => {
    if (key === 'none') return t('evaluation:results.none');
    if (by === 'organisation') return options.organisationNames.get(key) ?? key;
    if (by === 'role') return t(`evaluation:roles.${key as 'adept' | 'mentor'}`);
    if (by === 'unitLevel') return t('evaluation:results.unitLevel', { level: key });
    if (by === 'underRepresented') return t(`evaluation:results.underRepresented.${key as 'yes' | 'no' | 'notStated'}`);
    return t(`programs:programType.${key as 'classic' | 'reverse' | 'inclusion'}`);
  };
  const out: MeasureResult[] = [];
  for (const id of instrumentIds) {
    const inst: Instrument = instrument(id.split('@')[0]!, id.includes('@') ? Number(id.split('@')[1]) : undefined);
    for (const measure of inst.measures) {
      if (measure.kind === 'text') continue;
      const scored = responses
        .map((r) => ({ r, score: scoreAnswer(measure, inst.health ? (r.health ?? {}) : r.answers, `${inst.id}.`) }))
        .filter((s): s is { r: ResponseForAggregate; score: number | string } => s.score !== null);
      const options_ = inst.items.find((i) => i.key === measure.items[0])?.options;
      const value = (scores: (number | string)[]): Value => aggregateScores(measure.kind, scores, options_);
      const total = { n: scored.length, value: value(scored.map((s) => s.score)) };
      const breakdowns = options.breakdowns.map((by) => {
        const groups = new Map<string, (number | string)[]>();
        for (const s of scored) {
          const key = groupKey(by, s.r);
          groups.set(key, [...(groups.get(key) ?? []), s.score]);
        }
        const parts = [...groups.entries()].map(([key, scores]) => ({ key, n: scores.length, value: value(scores) }));
        const published = publishBreakdown(total, parts, options.k);
        return {
          by,
          groups: published.parts
            .map((p) => ({ key: p.key, label: label(by, p.key), ...figure(p) }))
            .sort((a, b) => a.label.localeCompare(b.label)),
        };
      });
      const published = publishBreakdown(total, [], options.k);
      out.push({
        instrument: inst.id,
        measure: measure.key,
        kind: measure.kind,
        level: inst.level,
        total: figure(published.total),
        breakdowns,
      });
    }
  }
  return out;
}

/**
 * Free-text answers of the whole program (never by group), in random order, only when at least k
 * people answered the question; otherwise null.
 */
export function freeTexts(keys: { key: string; question: string }[], responses: ResponseForAggregate[], k: number) {
  return keys.map(({ key, question }) => {
    const answers = responses.map((r) => r.answers[key]).filter((v): v is string => typeof v === 'string' && v.trim().length > 0);
    if (answers.length < k) return { question, answers: null };
    for (let i = answers.length - 1; i > 0; i--) {
      const j = Math.floor(Math.random() * (i + 1));
      [answers[i], answers[j]] = [answers[j]!, answers[i]!];
    }
    return { question, answers };
  });
}

/**
 * Before and after: each wave's published mean, and the mean change of the same people (linked by
 * pseudonym), published only from at least k linked people.
 */
export function changeBetween(
  instrumentIds: string[],
  before: ResponseForAggregate[],
  after: ResponseForAggregate[],
  k: number,
): { instrument: string; measure: string; before: PublishedFigure; after: PublishedFigure; change: PublishedFigure }[] {
  const out = [];
  for (const id of instrumentIds) {
    const inst = instrument(id.split('@')[0]!);
    for (const measure of inst.measures) {
      if (!['mean', 'who5', 'nps', 'share'].includes(measure.kind)) continue;
      const score = (r: ResponseForAggregate) => scoreAnswer(measure, inst.health ? (r.health ?? {}) : r.answers, `${inst.id}.`);
      const numeric = (rs: ResponseForAggregate[]) =>
        rs.map((r) => ({ p: r.pseudonym, s: score(r) })).filter((x): x is { p: string; s: number } => typeof x.s === 'number');
      const a = numeric(before);
      const b = numeric(after);
      const one = (xs: { s: number }[]) =>
        figure(
          publishBreakdown(
            {
              n: xs.length,
              value: aggregateScores(
                measure.kind,
                xs.map((x) => x.s),
              ),
            },
            [],
            k,
          ).total,
        );
      const beforeBy = new Map(a.map((x) => [x.p, x.s]));
      const diffs = b.filter((x) => beforeBy.has(x.p)).map((x) => x.s - beforeBy.get(x.p)!);
      const meanChange = diffs.length ? Math.round((diffs.reduce((s, d) => s + d, 0) / diffs.length) * 100) / 100 : null;
      const change =
        measure.kind === 'mean' || measure.kind === 'who5'
          ? figure(publishBreakdown({ n: diffs.length, value: meanChange }, [], k).total)
          : { n: 0, value: null, suppressed: null };
      out.push({ instrument: inst.id, measure: measure.key, before: one(a), after: one(b), change });
    }
  }
  return out;
}
