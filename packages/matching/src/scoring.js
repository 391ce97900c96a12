// @ts-check
/**
 * Scoring of mentor–adept pairs from their profiles, and the hard rules that forbid a
 * pair. Every score breaks down into per-criterion contributions so that a coordinator
 * can see why a pair scores what it does. Pure functions, no dependencies.
 */

/**
 * @typedef {'goals' | 'mentorGoals' | 'interests' | 'language' | 'format' | 'experience' | 'availability' | 'wishes' | 'distance' | 'preferences'} Criterion
 * @typedef {Record<Criterion, number>} Weights  each 0–10
 *
 * @typedef {object} Person
 * @property {string} id               application id
 * @property {string} personId
 * @property {string} name
 * @property {string} email
 * @property {string} organisationId
 * @property {string | null} unitId
 * @property {string[]} [unitPath]     unit ids from the organisation's top-level unit down to the person's own unit
 * @property {string[]} managerChain   person ids from the direct manager upwards
 * @property {string | null} title
 * @property {string | null} organisationName
 * @property {number | null} yearsAsManager
 * @property {string[]} competenceAreas
 * @property {string | null} developmentGoals
 * @property {string[]} interests
 * @property {string[]} languages
 * @property {string | null} location
 * @property {'digital' | 'physical' | 'either' | null} meetingPreference
 * @property {string | null} availability
 * @property {string | null} wishes
 * @property {string[]} tooClose       names or e-mail addresses
 * @property {boolean} eligible
 * @property {boolean} confirmed       adepts: the manager confirmed (or no confirmation needed)
 * @property {number} capacity         mentors: adepts at once
 *
 * How far apart mentor and adept must be, each level including the ones before it:
 * - `none`: no requirement;
 * - `reportingLine`: the mentor is neither above nor below the adept, and they do not share their direct manager;
 * - `unitSubtree`: besides, neither works in the other's unit or one of its sub-units (sibling units pass);
 * - `topLevelUnit`: besides, they work in different top-level parts (area, department) of their organisation;
 * - `organisation`: besides, they come from different organisations.
 * @typedef {'none' | 'reportingLine' | 'unitSubtree' | 'topLevelUnit' | 'organisation'} Distance
 *
 * @typedef {object} HardRules
 * @property {Distance} distance            how far apart mentor and adept must be (see Distance)
 * @property {boolean} closeRelations       declared close relations are excluded (both directions)
 * @property {boolean} requireEligible      both fulfil the program's eligibility rules
 * @property {boolean} requireConfirmation  the adept's manager has confirmed
 * @property {string | null} requiredLanguage both speak this language
 *
 * @typedef {'sameOrganisation' | 'sameTopLevelUnit' | 'sameUnitSubtree' | 'unitUnknown' | 'sameManager' | 'sameUnit' | 'reportingLine' | 'closeRelation' | 'adeptNotEligible' | 'mentorNotEligible' | 'notConfirmed' | 'noCapacity' | 'language' | 'excluded'} RuleBreak
 *
 * @typedef {object} Preferences
 * @property {Map<string, number>} [adeptRanks]  key `${adeptId}/${mentorId}` → rank 1–5
 * @property {Set<string>} [mentorMarks]         key `${adeptId}/${mentorId}`
 */

/** @type {readonly Criterion[]} */
export const CRITERIA = [
  'goals',
  'mentorGoals',
  'interests',
  'language',
  'format',
  'experience',
  'availability',
  'wishes',
  'distance',
  'preferences',
];

/** @type {readonly Distance[]} the distance levels, from none to the strictest */
export const DISTANCES = ['none', 'reportingLine', 'unitSubtree', 'topLevelUnit', 'organisation'];

/** @type {Weights} */
export const DEFAULT_WEIGHTS = {
  goals: 8,
  mentorGoals: 0,
  interests: 4,
  language: 5,
  format: 3,
  experience: 5,
  availability: 2,
  wishes: 4,
  distance: 0,
  preferences: 6,
};

/** @type {HardRules} */
export const DEFAULT_HARD_RULES = {
  distance: 'unitSubtree',
  closeRelations: true,
  requireEligible: true,
  requireConfirmation: true,
  requiredLanguage: null,
};

const STOP = new Set([
  'och',
  'att',
  'det',
  'som',
  'för',
  'med',
  'den',
  'til',
  'for',
  'and',
  'the',
  'with',
  'som',
  'ett',
  'mitt',
  'min',
  'jag',
  'vill',
  'kunna',
  'bli',
]);

/**
 * Words of a text, lower-cased, cut to a common stem (first 5 letters), without short or common words.
 * @param {string | null | undefined | string[]} text
 * @returns {Set<string>}
 */
export function stems(text) {
  const source = Array.isArray(text) ? text.join(' ') : (text ?? '');
  const words = source
    .toLowerCase()
    .normalize('NFC')
    .split(/[^\p{L}\p{N}]+/u);
  const out = new Set();
  for (const w of words) if (w.length >= 3 && !STOP.has(w)) out.add(w.slice(0, 5));
  return out;
}

/**
 * A person's profile read once for scoring: the words and items of every criterion as sorted,
 * distinct ids of one shared vocabulary, and the keys the hard rules compare. Scoring a cohort
 * tokenises each profile once instead of once per pair (issue 15).
 * @typedef {object} Profile
 * @property {Person} person
 * @property {Int32Array} goals           as adept: development goals and competence areas
 * @property {Int32Array} offers          as mentor: competence areas and title
 * @property {Int32Array | null} ownGoals as mentor: the mentor's own development goals (null: none given)
 * @property {Int32Array} brings          as adept: competence areas, interests and title
 * @property {Int32Array} interests
 * @property {Int32Array} languages
 * @property {string | null} location     trimmed, lower-cased (null: none given)
 * @property {Int32Array | null} availability
 * @property {Int32Array | null} wishes   as adept
 * @property {Int32Array} wishTargets     as mentor: competence areas, interests, title, organisation
 * @property {string[]} keys              name and e-mail address, trimmed and lower-cased
 * @property {string[]} tooClose          trimmed and lower-cased
 * @property {string[]} path              unit path
 * @property {string[]} spoken            languages, trimmed and lower-cased
 */

/** Word and item ids shared by the profiles of one cohort. */
export class Vocabulary {
  constructor() {
    /** @type {Map<string, number>} */
    this.ids = new Map();
    /** @type {Map<string, number[]>} text → the ids of its stems */
    this.stemsOfText = new Map();
  }

  /**
   * The ids of the stems of each text, as one sorted distinct set: the same as
   * `idsOf(stems(texts))`, with each distinct text of the cohort cut into stems once (a profile's
   * sets share their texts: competence areas, title, interests).
   * @param {(string | null | undefined)[]} texts
   * @returns {Int32Array}
   */
  stemIdsOf(texts) {
    /** @type {number[]} */
    const out = [];
    for (const text of texts) {
      const key = text ?? '';
      let ids = this.stemsOfText.get(key);
      if (!ids) {
        ids = [];
        for (const w of stems(key)) {
          let id = this.ids.get(w);
          if (id === undefined) this.ids.set(w, (id = this.ids.size));
          ids.push(id);
        }
        this.stemsOfText.set(key, ids);
      }
      for (const id of ids) out.push(id);
    }
    return sortedDistinct(out);
  }

  /** @param {Iterable<string>} words @returns {Int32Array} sorted distinct ids */
  idsOf(words) {
    const out = [];
    for (const w of words) {
      let id = this.ids.get(w);
      if (id === undefined) this.ids.set(w, (id = this.ids.size));
      out.push(id);
    }
    return Int32Array.from(new Set(out)).sort();
  }
}

/**
 * The numbers of `list` sorted, each once (what `Int32Array.from(new Set(list)).sort()` gives,
 * without the set and the generic sort: a profile's sets are small).
 * @param {number[]} list (sorted in place)
 */
function sortedDistinct(list) {
  for (let k = 1; k < list.length; k++) {
    const x = /** @type {number} */ (list[k]);
    let at = k - 1;
    while (at >= 0 && /** @type {number} */ (list[at]) > x) {
      list[at + 1] = /** @type {number} */ (list[at]);
      at--;
    }
    list[at + 1] = x;
  }
  let d = 0;
  for (let k = 0; k < list.length; k++) if (d === 0 || list[k] !== list[d - 1]) list[d++] = /** @type {number} */ (list[k]);
  const out = new Int32Array(d);
  for (let k = 0; k < d; k++) out[k] = /** @type {number} */ (list[k]);
  return out;
}

/** @param {string[]} list */
const items = (list) => list.map((s) => s.trim().toLowerCase()).filter(Boolean);

/**
 * @param {Person} p
 * @param {Vocabulary} [vocabulary] share one across a cohort
 * @returns {Profile}
 */
export function profileOf(p, vocabulary = new Vocabulary()) {
  const v = vocabulary;
  return {
    person: p,
    goals: v.stemIdsOf([p.developmentGoals, ...p.competenceAreas]),
    offers: v.stemIdsOf([...p.competenceAreas, p.title]),
    ownGoals: p.developmentGoals ? v.stemIdsOf([p.developmentGoals]) : null,
    brings: v.stemIdsOf([...p.competenceAreas, ...p.interests, p.title]),
    interests: v.idsOf(items(p.interests)),
    languages: v.idsOf(items(p.languages)),
    location: p.location ? p.location.trim().toLowerCase() : null,
    availability: p.availability ? v.stemIdsOf([p.availability]) : null,
    wishes: p.wishes ? v.stemIdsOf([p.wishes]) : null,
    wishTargets: v.stemIdsOf([...p.competenceAreas, ...p.interests, p.title, p.organisationName]),
    keys: [p.name.trim().toLowerCase(), p.email.trim().toLowerCase()],
    tooClose: p.tooClose.map((s) => s.trim().toLowerCase()),
    path: p.unitPath ?? (p.unitId ? [p.unitId] : []),
    spoken: p.languages.map((l) => l.trim().toLowerCase()),
  };
}

const GOALS = 1;
const BRINGS = 2;
const INTERESTS = 4;
const LANGUAGES = 8;
const AVAILABILITY = 16;
const WISHES = 32;

/**
 * The adept side of a pair, marked in a table over the vocabulary (one bit per criterion), so that
 * a mentor's words are looked up rather than merged: scoring an adept against a thousand mentors
 * marks the adept once.
 */
export class AdeptMarks {
  /** @param {Vocabulary} vocabulary */
  constructor(vocabulary) {
    this.vocabulary = vocabulary;
    this.bits = new Uint8Array(vocabulary.ids.size);
    /** @type {Profile | null} */
    this.adept = null;
  }

  /** Marks `ap` (unmarking the adept before). @param {Profile} ap */
  use(ap) {
    if (this.adept === ap) return;
    if (this.adept) this.#mark(this.adept, 0);
    if (this.bits.length < this.vocabulary.ids.size) this.bits = new Uint8Array(this.vocabulary.ids.size);
    this.adept = ap;
    this.#mark(ap, 1);
  }

  /** @param {Profile} ap @param {number} on */
  #mark(ap, on) {
    const bits = this.bits;
    /** @param {Int32Array | null} ids @param {number} bit */
    const set = (ids, bit) => {
      if (ids) for (const id of ids) bits[id] = on ? bits[id] | bit : 0;
    };
    set(ap.goals, GOALS);
    set(ap.brings, BRINGS);
    set(ap.interests, INTERESTS);
    set(ap.languages, LANGUAGES);
    set(ap.availability, AVAILABILITY);
    set(ap.wishes, WISHES);
  }

  /**
   * Shared part of the adept's set `bit` (of `size` words) and the mentor's `ids`, over the
   * smaller of the two; 0 when either is empty.
   * @param {number} bit @param {number} size @param {Int32Array} ids sorted distinct
   */
  overlap(bit, size, ids) {
    const nb = ids.length;
    if (size === 0 || nb === 0) return 0;
    const bits = this.bits;
    let n = 0;
    for (let k = 0; k < nb; k++) if (bits[ids[k]] & bit) n++;
    return n / Math.min(size, nb);
  }
}

/** Index of each criterion in CRITERIA (and in the values written by `valuesInto`). */
const C = {
  goals: 0,
  mentorGoals: 1,
  interests: 2,
  language: 3,
  format: 4,
  experience: 5,
  availability: 6,
  wishes: 7,
  distance: 8,
  preferences: 9,
};

/**
 * How well each criterion is met, each from 0 to 1, written into `out` in the order of CRITERIA.
 * @param {Profile} ap adept @param {Profile} mp mentor
 * @param {boolean} reverse reverse mentoring
 * @param {number | undefined} rank the adept's rank of the mentor (1–5), if any
 * @param {boolean} marked the mentor marked the adept
 * @param {Float64Array} out
 * @param {AdeptMarks} marks of this cohort's vocabulary (marks `ap` if it is not marked yet)
 */
export function valuesInto(ap, mp, reverse, rank, marked, out, marks) {
  const adept = ap.person;
  const mentor = mp.person;
  marks.use(ap);
  // The adept's development goals against what the mentor is good at (competence areas and title).
  out[C.goals] = marks.overlap(GOALS, ap.goals.length, mp.offers);
  // The mentor's own development goals against what the adept brings (competence areas, title, interests):
  // a mentor also learns from the adept (reverse mentoring, Tullverket's "intresserad av att lära sig av adepten").
  out[C.mentorGoals] = mp.ownGoals ? marks.overlap(BRINGS, ap.brings.length, mp.ownGoals) : 0;
  out[C.interests] = marks.overlap(INTERESTS, ap.interests.length, mp.interests);
  out[C.language] =
    adept.languages.length === 0 || mentor.languages.length === 0
      ? 0.5
      : marks.overlap(LANGUAGES, ap.languages.length, mp.languages) > 0
        ? 1
        : 0;
  let format = 1;
  const a = adept.meetingPreference ?? 'either';
  const m = mentor.meetingPreference ?? 'either';
  if (a !== 'either' && m !== 'either' && a !== m) format = 0;
  else if (a === 'physical' || m === 'physical') {
    format = ap.location !== null && mp.location !== null ? (ap.location === mp.location ? 1 : 0.3) : 0.6;
  }
  out[C.format] = format;
  // Classic mentoring: a more experienced mentor (a gap of five years or more is best).
  // Reverse mentoring: the adept is the senior one, so the gap counts the other way.
  const gap = ((mentor.yearsAsManager ?? 0) - (adept.yearsAsManager ?? 0)) * (reverse ? -1 : 1);
  out[C.experience] = adept.yearsAsManager == null && mentor.yearsAsManager == null ? 0.5 : Math.max(0, Math.min(1, gap / 5));
  out[C.availability] = ap.availability && mp.availability ? marks.overlap(AVAILABILITY, ap.availability.length, mp.availability) : 0.5;
  out[C.wishes] = ap.wishes ? marks.overlap(WISHES, ap.wishes.length, mp.wishTargets) : 0;
  out[C.distance] = distanceValue(ap, mp);
  out[C.preferences] = Math.min(1, (rank ? (6 - rank) / 5 : 0) * 0.7 + (marked ? 0.3 : 0) + (rank && marked ? 0.3 : 0));
}

/**
 * How well each criterion is met, each from 0 to 1.
 * @param {Person} adept @param {Person} mentor
 * @param {{ reverse?: boolean, preferences?: Preferences }} [options]
 * @returns {Record<Criterion, number>}
 */
export function criterionValues(adept, mentor, options = {}) {
  const vocabulary = new Vocabulary();
  const key = `${adept.id}/${mentor.id}`;
  const out = new Float64Array(CRITERIA.length);
  const rank = options.preferences?.adeptRanks?.get(key);
  const marked = options.preferences?.mentorMarks?.has(key) ?? false;
  const ap = profileOf(adept, vocabulary);
  const mp = profileOf(mentor, vocabulary);
  valuesInto(ap, mp, options.reverse ?? false, rank, marked, out, new AdeptMarks(vocabulary));
  return /** @type {Record<Criterion, number>} */ (Object.fromEntries(CRITERIA.map((c, k) => [c, out[k]])));
}

/**
 * One criterion's share of a score (0–100 in all), rounded as shown in the breakdown.
 * @param {number} weight @param {number} value @param {number} total the weights' sum
 */
const pointsOf = (weight, value, total) => round(total > 0 ? (100 * weight * value) / total : 0);

/**
 * The weights as used: each >= 0, in the order of CRITERIA, with their sum.
 * @param {Weights} weights
 * @returns {{ weight: Float64Array, total: number }}
 */
export function weightVector(weights) {
  const weight = Float64Array.from(CRITERIA, (c) => Math.max(0, weights[c] ?? 0));
  let total = 0;
  for (const w of weight) total += w;
  return { weight, total };
}

/**
 * A pair's score from its criterion values (see `valuesInto`), without the breakdown; always
 * equal to `scorePair(...).score`.
 * @param {Float64Array} values @param {{ weight: Float64Array, total: number }} w
 */
export function scoreOf(values, w) {
  let s = 0;
  for (let k = 0; k < values.length; k++) s += pointsOf(w.weight[k], values[k], w.total);
  return round(s);
}

/**
 * @typedef {object} Contribution
 * @property {Criterion} criterion
 * @property {number} weight
 * @property {number} value   0–1
 * @property {number} points  this criterion's share of the score (0–100 in all)
 */

/**
 * A pair's score from 0 to 100 and its breakdown: weight × value, normalised by the weights' sum.
 * @param {Person} adept @param {Person} mentor @param {Weights} weights
 * @param {{ reverse?: boolean, preferences?: Preferences }} [options]
 * @returns {{ score: number, breakdown: Contribution[] }}
 */
export function scorePair(adept, mentor, weights, options = {}) {
  const vocabulary = new Vocabulary();
  const key = `${adept.id}/${mentor.id}`;
  const rank = options.preferences?.adeptRanks?.get(key);
  const marked = options.preferences?.mentorMarks?.has(key) ?? false;
  const ap = profileOf(adept, vocabulary);
  const mp = profileOf(mentor, vocabulary);
  return explainPair(ap, mp, weights, options.reverse ?? false, rank, marked, new AdeptMarks(vocabulary));
}

/**
 * `scorePair` from profiles already read (of one vocabulary, marked in `marks`): what a cohort
 * computes for the pairs it shows.
 * @param {Profile} ap adept @param {Profile} mp mentor @param {Weights} weights
 * @param {boolean} reverse @param {number | undefined} rank @param {boolean} marked
 * @param {AdeptMarks} marks
 * @returns {{ score: number, breakdown: Contribution[] }}
 */
export function explainPair(ap, mp, weights, reverse, rank, marked, marks) {
  const values = new Float64Array(CRITERIA.length);
  valuesInto(ap, mp, reverse, rank, marked, values, marks);
  const { total } = weightVector(weights);
  /** @type {Contribution[]} */
  const breakdown = CRITERIA.map((criterion, k) => {
    const weight = Math.max(0, weights[criterion] ?? 0);
    const value = /** @type {number} */ (values[k]);
    return { criterion, weight, value: round(value), points: pointsOf(weight, value, total) };
  });
  return { score: round(breakdown.reduce((s, c) => s + c.points, 0)), breakdown };
}

/** @param {number} x */
const round = (x) => Math.round(x * 1000) / 1000;

/**
 * How far apart two people are in their organisations, as a preference (the criterion "distance"):
 * 1 another organisation, 0.5 another top-level part, 0.25 another unit subtree, 0 otherwise
 * (also when a unit is not known).
 * @param {Profile} ap @param {Profile} mp
 */
function distanceValue(ap, mp) {
  if (ap.person.organisationId !== mp.person.organisationId) return 1;
  const a = ap.path;
  const m = mp.path;
  if (a.length === 0 || m.length === 0) return 0;
  if (a[0] !== m[0]) return 0.5;
  return nested(a, m) ? 0 : 0.25;
}

/** Whether one unit path lies within the other (same unit, or one is a sub-unit of the other). @param {string[]} a @param {string[]} b */
function nested(a, b) {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** @param {Profile} p @param {string[]} list */
const named = (p, list) => list.includes(/** @type {string} */ (p.keys[0])) || list.includes(/** @type {string} */ (p.keys[1]));

/** @param {Profile} p @param {string} lang */
const speaks = (p, lang) => p.spoken.includes(lang);

/** @type {RuleBreak[]} */
const NONE = [];

/** @param {RuleBreak[]} out @param {RuleBreak} b */
function withBreak(out, b) {
  if (out === NONE) return [b];
  if (!out.includes(b)) out.push(b);
  return out;
}

/**
 * Which hard rules forbid this pair (empty: allowed), from the profiles.
 * @param {Profile} ap adept @param {Profile} mp mentor @param {HardRules} rules
 * @returns {RuleBreak[]} a shared empty array when the pair is allowed (do not modify it)
 */
export function profileRuleBreaks(ap, mp, rules) {
  const adept = ap.person;
  const mentor = mp.person;
  let out = NONE;
  const level = DISTANCES.indexOf(rules.distance ?? 'none');
  if (adept.personId === mentor.personId) out = withBreak(out, 'sameUnit');
  if (level >= 1) {
    if (adept.managerChain.includes(mentor.personId) || mentor.managerChain.includes(adept.personId)) out = withBreak(out, 'reportingLine');
    else if (adept.managerChain.length > 0 && adept.managerChain[0] === mentor.managerChain[0]) out = withBreak(out, 'sameManager');
  }
  if (level >= 4 && adept.organisationId === mentor.organisationId) out = withBreak(out, 'sameOrganisation');
  else if (level >= 2 && adept.organisationId === mentor.organisationId) {
    const a = ap.path;
    const m = mp.path;
    // Never skipped in silence: without both units the distance cannot be known, and the pair is not allowed on its own.
    if (a.length === 0 || m.length === 0) out = withBreak(out, 'unitUnknown');
    else if (level >= 3 && a[0] === m[0]) out = withBreak(out, 'sameTopLevelUnit');
    else if (nested(a, m)) out = withBreak(out, 'sameUnitSubtree');
  }
  if (rules.closeRelations && (named(mp, ap.tooClose) || named(ap, mp.tooClose))) out = withBreak(out, 'closeRelation');
  if (rules.requireEligible && !adept.eligible) out = withBreak(out, 'adeptNotEligible');
  if (rules.requireEligible && !mentor.eligible) out = withBreak(out, 'mentorNotEligible');
  if (rules.requireConfirmation && !adept.confirmed) out = withBreak(out, 'notConfirmed');
  if (mentor.capacity <= 0) out = withBreak(out, 'noCapacity');
  if (rules.requiredLanguage) {
    const lang = rules.requiredLanguage.trim().toLowerCase();
    if (!speaks(ap, lang) || !speaks(mp, lang)) out = withBreak(out, 'language');
  }
  return out;
}

/**
 * Which hard rules forbid this pair (empty: allowed).
 * @param {Person} adept @param {Person} mentor @param {HardRules} rules
 * @returns {RuleBreak[]}
 */
export function ruleBreaks(adept, mentor, rules) {
  const vocabulary = new Vocabulary();
  return [...profileRuleBreaks(profileOf(adept, vocabulary), profileOf(mentor, vocabulary), rules)];
}
