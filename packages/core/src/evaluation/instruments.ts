/**
 * The instrument library (decision 0131): versioned question sets with their scoring rules, each
 * with its source and licence. Item texts live in the `evaluation` catalogs under
 * `instruments.<id>.items.<item>` (sv, nb, en); a changed wording is a new version with new keys.
 */

export type ItemType = 'likert5' | 'scale0to10' | 'who5' | 'choice' | 'yesno' | 'text';

export interface Item {
  key: string;
  type: ItemType;
  /** The subscale the item is scored in (mean of its items). */
  subscale?: string;
  /** For `choice`: the options' keys (texts under `options.<key>`). */
  options?: readonly string[];
}

/** How the instrument's answers become figures: per measure, for a group of answers. */
export type MeasureKind =
  /** Mean of the measure's items, per answer, then across answers (likert 1–5). */
  | 'mean'
  /** Net score: % answering 9–10 minus % answering 0–6. */
  | 'nps'
  /** WHO-5: the raw sum (0–25) times 4, a 0–100 index per answer, then the mean. */
  | 'who5'
  /** Share of answers saying yes, %. */
  | 'share'
  /** Share of answers per option, %. */
  | 'distribution'
  /** Free text: shown only for the whole program and only from at least k answers. */
  | 'text';

export interface Measure {
  key: string;
  kind: MeasureKind;
  items: readonly string[];
}

/** Kirkpatrick's four levels: reaction, learning, behaviour, results. */
export type KirkpatrickLevel = 'reaction' | 'learning' | 'behaviour' | 'results';

export interface Instrument {
  id: string;
  version: number;
  items: readonly Item[];
  measures: readonly Measure[];
  level: KirkpatrickLevel;
  /** Who is asked: adepts, mentors or both. */
  roles: readonly ('adept' | 'mentor')[];
  /** Health data (GDPR art. 9): asked only with explicit consent, stored apart, removable. */
  health: boolean;
  source: string;
  licence: string;
}

const likert = (keys: string[], subscale: string): Item[] => keys.map((key) => ({ key, type: 'likert5', subscale }));

export const INSTRUMENTS: readonly Instrument[] = [
  {
    id: 'nps',
    version: 1,
    items: [{ key: 'recommend', type: 'scale0to10' }],
    measures: [{ key: 'nps', kind: 'nps', items: ['recommend'] }],
    level: 'reaction',
    roles: ['adept', 'mentor'],
    health: false,
    source: 'Reichheld, F. F. (2003). The one number you need to grow. Harvard Business Review 81(12).',
    licence:
      'The question is free to use; "Net Promoter" is a trademark of Bain & Company, Satmetrix and F. Reichheld, so Lots calls the figure a recommendation score.',
  },
  {
    id: 'fit',
    version: 1,
    items: [{ key: 'fit', type: 'choice', options: ['good', 'deciding', 'notGood'] }],
    measures: [{ key: 'fit', kind: 'distribution', items: ['fit'] }],
    level: 'reaction',
    roles: ['adept', 'mentor'],
    health: false,
    source: 'Lots (own question).',
    licence: 'CC BY 4.0, the Lots project.',
  },
  {
    id: 'mentoring-functions',
    version: 1,
    items: [
      ...likert(['career1', 'career2', 'career3'], 'careerSupport'),
      ...likert(['psychosocial1', 'psychosocial2', 'psychosocial3'], 'psychosocialSupport'),
      ...likert(['role1', 'role2', 'role3'], 'roleModelling'),
    ],
    measures: [
      { key: 'careerSupport', kind: 'mean', items: ['career1', 'career2', 'career3'] },
      { key: 'psychosocialSupport', kind: 'mean', items: ['psychosocial1', 'psychosocial2', 'psychosocial3'] },
      { key: 'roleModelling', kind: 'mean', items: ['role1', 'role2', 'role3'] },
    ],
    level: 'behaviour',
    roles: ['adept'],
    health: false,
    source:
      "Lots' own items for the three mentoring functions of Kram (1985) and Scandura & Ragins (1993), in the 3 × 3 structure of the MFQ-9 (Castro, Scandura & Williams, 2004); the MFQ-9 wording itself is not reproduced.",
    licence: 'CC BY 4.0, the Lots project.',
  },
  {
    id: 'intention-to-stay',
    version: 1,
    items: likert(['stay1', 'stay2', 'stay3'], 'intentionToStay'),
    measures: [{ key: 'intentionToStay', kind: 'mean', items: ['stay1', 'stay2', 'stay3'] }],
    level: 'results',
    roles: ['adept', 'mentor'],
    health: false,
    source:
      "Lots' own items, worded towards staying, for the construct of turnover intention as measured by the TIS-6 (Bothma & Roodt, 2013, SA Journal of Human Resource Management 11(1)); the TIS-6 wording is not reproduced.",
    licence: 'CC BY 4.0, the Lots project.',
  },
  {
    id: 'career',
    version: 1,
    items: [
      ...likert(['satisfaction1', 'satisfaction2', 'satisfaction3'], 'careerSatisfaction'),
      ...likert(['efficacy1', 'efficacy2', 'efficacy3'], 'selfEfficacy'),
    ],
    measures: [
      { key: 'careerSatisfaction', kind: 'mean', items: ['satisfaction1', 'satisfaction2', 'satisfaction3'] },
      { key: 'selfEfficacy', kind: 'mean', items: ['efficacy1', 'efficacy2', 'efficacy3'] },
    ],
    level: 'learning',
    roles: ['adept'],
    health: false,
    source:
      "Lots' own items for career satisfaction (after Greenhaus, Parasuraman & Wormley, 1990) and career self-efficacy (after Bandura, 1997); the original wordings are not reproduced.",
    licence: 'CC BY 4.0, the Lots project.',
  },
  {
    id: 'career-development',
    version: 1,
    items: [{ key: 'newRole', type: 'yesno' }],
    measures: [{ key: 'newRole', kind: 'share', items: ['newRole'] }],
    level: 'results',
    roles: ['adept', 'mentor'],
    health: false,
    source: 'Lots (own question); organisations may also import promotions from HR as counts.',
    licence: 'CC BY 4.0, the Lots project.',
  },
  {
    id: 'mentor-competence',
    version: 1,
    items: likert(['listening', 'questions', 'feedback', 'goals', 'inclusion', 'boundaries'], 'mentorCompetence'),
    measures: [
      { key: 'mentorCompetence', kind: 'mean', items: ['listening', 'questions', 'feedback', 'goals', 'inclusion', 'boundaries'] },
    ],
    level: 'learning',
    roles: ['mentor'],
    health: false,
    source:
      "Lots' own self-assessment after the mentor training topics in Myndigheten för arbetsmiljökunskap's guide to mentoring programs (active listening, open questions, feedback, diversity and inclusion).",
    licence: 'CC BY 4.0, the Lots project.',
  },
  {
    id: 'who5',
    version: 1,
    items: [
      { key: 'cheerful', type: 'who5' },
      { key: 'calm', type: 'who5' },
      { key: 'active', type: 'who5' },
      { key: 'rested', type: 'who5' },
      { key: 'interest', type: 'who5' },
    ],
    measures: [{ key: 'wellbeing', kind: 'who5', items: ['cheerful', 'calm', 'active', 'rested', 'interest'] }],
    level: 'results',
    roles: ['adept', 'mentor'],
    health: true,
    source:
      'WHO-5 Well-Being Index (World Health Organization, 1998; Topp et al., 2015), official Swedish, Norwegian and English versions.',
    licence: 'Free to use without permission; WHO publishes it under CC BY-NC-SA 3.0 IGO.',
  },
  {
    id: 'event-feedback',
    version: 1,
    items: [{ key: 'useful', type: 'likert5', subscale: 'eventUseful' }],
    measures: [{ key: 'eventUseful', kind: 'mean', items: ['useful'] }],
    level: 'reaction',
    roles: ['adept', 'mentor'],
    health: false,
    source: 'Lots (own question).',
    licence: 'CC BY 4.0, the Lots project.',
  },
  {
    id: 'open-feedback',
    version: 1,
    items: [{ key: 'change', type: 'text' }],
    measures: [{ key: 'change', kind: 'text', items: ['change'] }],
    level: 'reaction',
    roles: ['adept', 'mentor'],
    health: false,
    source: 'Lots (own question).',
    licence: 'CC BY 4.0, the Lots project.',
  },
];

export const INSTRUMENT_IDS = INSTRUMENTS.map((i) => i.id) as [string, ...string[]];

export function instrument(id: string, version?: number): Instrument {
  const found = INSTRUMENTS.filter((i) => i.id === id && (version === undefined || i.version === version)).sort(
    (a, b) => b.version - a.version,
  )[0];
  if (!found) throw new Error(`no instrument ${id}${version ? ` v${version}` : ''}`);
  return found;
}

/** A coordinator's own question, asked after the library's. */
export interface CustomQuestion {
  key: string;
  type: 'likert5' | 'yesno' | 'text';
  /** The wording in the first language given (shown where a language has none). */
  label: string;
  /** The wording per language as the coordinator wrote it (decision 0133). */
  labels?: Partial<Record<'sv' | 'nb' | 'en', string>>;
}

/** A coordinator's own question in a language: that language's wording, else the first one written. */
export const customLabel = (q: CustomQuestion, locale: string): string => q.labels?.[locale as 'sv'] ?? q.label;

export type AnswerValue = number | boolean | string;
export type Answers = Record<string, AnswerValue>;

/** Whether a value answers an item of this type (answers are optional item by item). */
export function validAnswer(type: ItemType, value: unknown, options?: readonly string[]): boolean {
  switch (type) {
    case 'likert5':
      return Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 5;
    case 'scale0to10':
      return Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 10;
    case 'who5':
      return Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 5;
    case 'yesno':
      return typeof value === 'boolean';
    case 'choice':
      return typeof value === 'string' && (options ?? []).includes(value);
    case 'text':
      return typeof value === 'string' && value.trim().length > 0 && value.length <= 2000;
  }
}

/**
 * One answer's score on a measure, or null when the answer does not score it (items skipped:
 * a mean needs at least half of its items, WHO-5 all five).
 */
export function scoreAnswer(measure: Measure, answers: Answers, prefix = ''): number | string | null {
  const values = measure.items.map((key) => answers[prefix + key]).filter((v) => v !== undefined);
  switch (measure.kind) {
    case 'mean': {
      const numbers = values.filter((v): v is number => typeof v === 'number');
      if (numbers.length * 2 < measure.items.length || numbers.length === 0) return null;
      return numbers.reduce((a, b) => a + b, 0) / numbers.length;
    }
    case 'nps':
      return typeof values[0] === 'number' ? values[0] : null;
    case 'who5': {
      const numbers = values.filter((v): v is number => typeof v === 'number');
      return numbers.length === measure.items.length ? numbers.reduce((a, b) => a + b, 0) * 4 : null;
    }
    case 'share':
      return typeof values[0] === 'boolean' ? (values[0] ? 1 : 0) : null;
    case 'distribution':
    case 'text':
      return typeof values[0] === 'string' ? values[0] : null;
  }
}

/** A group's figure on a measure from its answers' scores (already filtered to scored answers). */
export function aggregateScores(kind: MeasureKind, scores: readonly (number | string)[], options?: readonly string[]) {
  const numbers = scores.filter((s): s is number => typeof s === 'number');
  switch (kind) {
    case 'mean':
    case 'who5':
      return numbers.length ? round(numbers.reduce((a, b) => a + b, 0) / numbers.length, 2) : null;
    case 'nps':
      return numbers.length
        ? Math.round(((numbers.filter((s) => s >= 9).length - numbers.filter((s) => s <= 6).length) * 100) / numbers.length)
        : null;
    case 'share':
      return numbers.length ? Math.round((numbers.filter((s) => s === 1).length * 100) / numbers.length) : null;
    case 'distribution': {
      const strings = scores.filter((s): s is string => typeof s === 'string');
      if (!strings.length) return null;
      return Object.fromEntries(
        (options ?? []).map((o) => [o, Math.round((strings.filter((s) => s === o).length * 100) / strings.length)]),
      );
    }
    case 'text':
      return null;
  }
}

function round(value: number, digits: number) {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** The item keys a survey asks, prefixed by instrument (`mentoring-functions.career1`, `custom.q1`). */
export function surveyItems(instrumentIds: readonly string[], custom: readonly CustomQuestion[]) {
  const items: { key: string; instrument: string | null; item: Item }[] = [];
  for (const id of instrumentIds) {
    const inst = instrument(id);
    for (const item of inst.items) items.push({ key: `${inst.id}.${item.key}`, instrument: inst.id, item });
  }
  for (const q of custom) items.push({ key: `custom.${q.key}`, instrument: null, item: { key: q.key, type: q.type } });
  return items;
}
