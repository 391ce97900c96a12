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

/** @param {Set<string>} a @param {Set<string>} b */
function overlap(a, b) {
  if (a.size === 0 || b.size === 0) return 0;
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n / Math.min(a.size, b.size);
}

/** @param {string[]} a @param {string[]} b */
function sameItems(a, b) {
  const x = new Set(a.map((s) => s.trim().toLowerCase()).filter(Boolean));
  const y = new Set(b.map((s) => s.trim().toLowerCase()).filter(Boolean));
  if (x.size === 0 || y.size === 0) return 0;
  let n = 0;
  for (const v of x) if (y.has(v)) n++;
  return n / Math.min(x.size, y.size);
}

/**
 * How well each criterion is met, each from 0 to 1.
 * @param {Person} adept @param {Person} mentor
 * @param {{ reverse?: boolean, preferences?: Preferences }} [options]
 * @returns {Record<Criterion, number>}
 */
export function criterionValues(adept, mentor, options = {}) {
  // The adept's development goals against what the mentor is good at (competence areas and title).
  const goals = overlap(
    stems([adept.developmentGoals ?? '', ...adept.competenceAreas]),
    stems([...mentor.competenceAreas, mentor.title ?? '']),
  );
  // The mentor's own development goals against what the adept brings (competence areas, title, interests):
  // a mentor also learns from the adept (reverse mentoring, Tullverket's "intresserad av att lära sig av adepten").
  const mentorGoals = mentor.developmentGoals
    ? overlap(stems(mentor.developmentGoals), stems([...adept.competenceAreas, ...adept.interests, adept.title ?? '']))
    : 0;
  const interests = sameItems(adept.interests, mentor.interests);
  const language =
    adept.languages.length === 0 || mentor.languages.length === 0 ? 0.5 : sameItems(adept.languages, mentor.languages) > 0 ? 1 : 0;
  let format = 1;
  const a = adept.meetingPreference ?? 'either';
  const m = mentor.meetingPreference ?? 'either';
  if (a !== 'either' && m !== 'either' && a !== m) format = 0;
  else if (a === 'physical' || m === 'physical') {
    format =
      adept.location && mentor.location ? (adept.location.trim().toLowerCase() === mentor.location.trim().toLowerCase() ? 1 : 0.3) : 0.6;
  }
  // Classic mentoring: a more experienced mentor (a gap of five years or more is best).
  // Reverse mentoring: the adept is the senior one, so the gap counts the other way.
  const gap = ((mentor.yearsAsManager ?? 0) - (adept.yearsAsManager ?? 0)) * (options.reverse ? -1 : 1);
  const experience = adept.yearsAsManager == null && mentor.yearsAsManager == null ? 0.5 : Math.max(0, Math.min(1, gap / 5));
  const availability = adept.availability && mentor.availability ? overlap(stems(adept.availability), stems(mentor.availability)) : 0.5;
  const wishes = adept.wishes
    ? overlap(
        stems(adept.wishes),
        stems([...mentor.competenceAreas, ...mentor.interests, mentor.title ?? '', mentor.organisationName ?? '']),
      )
    : 0;
  const key = `${adept.id}/${mentor.id}`;
  const rank = options.preferences?.adeptRanks?.get(key);
  const marked = options.preferences?.mentorMarks?.has(key) ?? false;
  const preferences = Math.min(1, (rank ? (6 - rank) / 5 : 0) * 0.7 + (marked ? 0.3 : 0) + (rank && marked ? 0.3 : 0));
  const distance = distanceValue(adept, mentor);
  return { goals, mentorGoals, interests, language, format, experience, availability, wishes, distance, preferences };
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
  const values = criterionValues(adept, mentor, options);
  const total = CRITERIA.reduce((sum, c) => sum + Math.max(0, weights[c] ?? 0), 0);
  /** @type {Contribution[]} */
  const breakdown = CRITERIA.map((criterion) => {
    const weight = Math.max(0, weights[criterion] ?? 0);
    const points = total > 0 ? (100 * weight * values[criterion]) / total : 0;
    return { criterion, weight, value: round(values[criterion]), points: round(points) };
  });
  return { score: round(breakdown.reduce((s, c) => s + c.points, 0)), breakdown };
}

/** @param {number} x */
const round = (x) => Math.round(x * 1000) / 1000;

/** @param {Person} person @param {string[]} list */
function named(person, list) {
  const keys = new Set([person.name.trim().toLowerCase(), person.email.trim().toLowerCase()]);
  return list.some((entry) => keys.has(entry.trim().toLowerCase()));
}

/** @param {Person} p */
const pathOf = (p) => p.unitPath ?? (p.unitId ? [p.unitId] : []);

/**
 * How far apart two people are in their organisations, as a preference (the criterion "distance"):
 * 1 another organisation, 0.5 another top-level part, 0.25 another unit subtree, 0 otherwise
 * (also when a unit is not known).
 * @param {Person} adept @param {Person} mentor
 */
function distanceValue(adept, mentor) {
  if (adept.organisationId !== mentor.organisationId) return 1;
  const a = pathOf(adept);
  const m = pathOf(mentor);
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

/**
 * Which hard rules forbid this pair (empty: allowed).
 * @param {Person} adept @param {Person} mentor @param {HardRules} rules
 * @returns {RuleBreak[]}
 */
export function ruleBreaks(adept, mentor, rules) {
  /** @type {RuleBreak[]} */
  const out = [];
  const level = DISTANCES.indexOf(rules.distance ?? 'none');
  if (adept.personId === mentor.personId) out.push('sameUnit');
  if (level >= 1) {
    if (adept.managerChain.includes(mentor.personId) || mentor.managerChain.includes(adept.personId)) out.push('reportingLine');
    else if (adept.managerChain.length > 0 && adept.managerChain[0] === mentor.managerChain[0]) out.push('sameManager');
  }
  if (level >= 4 && adept.organisationId === mentor.organisationId) out.push('sameOrganisation');
  else if (level >= 2 && adept.organisationId === mentor.organisationId) {
    const a = pathOf(adept);
    const m = pathOf(mentor);
    // Never skipped in silence: without both units the distance cannot be known, and the pair is not allowed on its own.
    if (a.length === 0 || m.length === 0) out.push('unitUnknown');
    else if (level >= 3 && a[0] === m[0]) out.push('sameTopLevelUnit');
    else if (nested(a, m)) out.push('sameUnitSubtree');
  }
  if (rules.closeRelations && (named(mentor, adept.tooClose) || named(adept, mentor.tooClose))) out.push('closeRelation');
  if (rules.requireEligible && !adept.eligible) out.push('adeptNotEligible');
  if (rules.requireEligible && !mentor.eligible) out.push('mentorNotEligible');
  if (rules.requireConfirmation && !adept.confirmed) out.push('notConfirmed');
  if (mentor.capacity <= 0) out.push('noCapacity');
  if (rules.requiredLanguage) {
    const lang = rules.requiredLanguage.trim().toLowerCase();
    const speaks = (/** @type {Person} */ p) => p.languages.some((l) => l.trim().toLowerCase() === lang);
    if (!speaks(adept) || !speaks(mentor)) out.push('language');
  }
  return [...new Set(out)];
}
