// @ts-check
/**
 * Scores and hard rules of a whole cohort, one adept's row of mentors at a time (issue 15). Gives
 * exactly what `scorePair` and `profileRuleBreaks` give pair by pair (cohort-scoring.test.js and
 * cohort-equivalence.test.js compare them), with the work moved out of the million pairs:
 *
 * - word overlaps through an inverted index: for each word of the adept, the mentors who have it
 *   are counted, so a pair costs its shared words rather than a walk over the mentor's words;
 * - everything else a criterion or a rule compares (organisation, unit path, manager chain,
 *   location, format) is turned into integers once per person;
 * - the rules that depend on one person only (eligibility, confirmation, capacity, language) are
 *   checked once per person.
 *
 * No object is made per pair; rows are written into the caller's typed arrays.
 */
import { CRITERIA, DISTANCES } from './scoring.js';

/**
 * @typedef {import('./scoring.js').Profile} Profile
 * @typedef {import('./scoring.js').Weights} Weights
 * @typedef {import('./scoring.js').HardRules} HardRules
 */

/** The word criteria, in the order of their counts: the adept's words against the mentor's. */
const GOALS = 0; // adept goals × mentor offers
const MENTOR_GOALS = 1; // adept brings × mentor ownGoals
const INTERESTS = 2;
const LANGUAGES = 3;
const AVAILABILITY = 4;
const WISHES = 5; // adept wishes × mentor wishTargets
const WORD_CRITERIA = 6;

/** @param {Profile} p @returns {(Int32Array | null)[]} the adept's side of each word criterion */
const adeptWords = (p) => [p.goals, p.brings, p.interests, p.languages, p.availability, p.wishes];
/** @param {Profile} p @returns {(Int32Array | null)[]} the mentor's side of each word criterion */
const mentorWords = (p) => [p.offers, p.ownGoals, p.interests, p.languages, p.availability, p.wishTargets];

/** Strings to small integers (-1 for none). */
class Interner {
  constructor() {
    /** @type {Map<string, number>} */
    this.ids = new Map();
  }

  /** @param {string | null | undefined} s */
  id(s) {
    if (s == null) return -1;
    let id = this.ids.get(s);
    if (id === undefined) this.ids.set(s, (id = this.ids.size));
    return id;
  }

  /** @param {string[]} list */
  all(list) {
    return Int32Array.from(list, (s) => this.id(s));
  }
}

/** @param {'digital' | 'physical' | 'either' | null} f 0 either, 1 digital, 2 physical */
const formatCode = (f) => (f === 'digital' ? 1 : f === 'physical' ? 2 : 0);

/** @param {Int32Array} list @param {number} x */
const has = (list, x) => {
  for (let k = 0; k < list.length; k++) if (list[k] === x) return true;
  return false;
};

/** Whether one unit path lies within the other. @param {Int32Array} a @param {Int32Array} b */
const nested = (a, b) => {
  const n = Math.min(a.length, b.length);
  for (let k = 0; k < n; k++) if (a[k] !== b[k]) return false;
  return true;
};

/** @param {Profile} p @param {string[]} list */
const named = (p, list) => list.includes(/** @type {string} */ (p.keys[0])) || list.includes(/** @type {string} */ (p.keys[1]));

/** One side of the cohort as integers. */
class Side {
  /** @param {Profile[]} profiles @param {Interner} strings @param {(p: Profile) => (Int32Array | null)[]} words */
  constructor(profiles, strings, words) {
    const n = profiles.length;
    this.profiles = profiles;
    this.person = new Int32Array(n);
    this.organisation = new Int32Array(n);
    this.firstManager = new Int32Array(n);
    /** @type {Int32Array[]} */
    this.chain = [];
    /** @type {Int32Array[]} */
    this.path = [];
    this.location = new Int32Array(n);
    this.format = new Uint8Array(n);
    /** years as manager; NaN when not known */
    this.years = new Float64Array(n);
    /** the person's own list of languages is empty (the language criterion is then neutral) */
    this.noLanguages = new Uint8Array(n);
    this.closeListed = new Uint8Array(n);
    /** per word criterion: the size of the person's set, -1 when the set is missing (null) */
    this.size = Array.from({ length: WORD_CRITERIA }, () => new Int32Array(n));
    profiles.forEach((p, i) => {
      const person = p.person;
      this.person[i] = strings.id(person.personId);
      this.organisation[i] = strings.id(person.organisationId);
      this.chain.push(strings.all(person.managerChain));
      this.firstManager[i] = person.managerChain.length > 0 ? strings.id(person.managerChain[0]) : -1;
      this.path.push(strings.all(p.path));
      this.location[i] = strings.id(p.location);
      this.format[i] = formatCode(person.meetingPreference);
      this.years[i] = person.yearsAsManager ?? NaN;
      this.noLanguages[i] = person.languages.length === 0 ? 1 : 0;
      this.closeListed[i] = p.tooClose.length > 0 ? 1 : 0;
      words(p).forEach((ids, c) => {
        const size = /** @type {Int32Array} */ (this.size[c]);
        size[i] = ids ? ids.length : -1;
      });
    });
  }
}

export class CohortScorer {
  /**
   * @param {Profile[]} adepts @param {Profile[]} mentors  profiles of one vocabulary
   * @param {Weights} weights @param {HardRules} rules @param {boolean} reverse
   */
  constructor(adepts, mentors, weights, rules, reverse) {
    const strings = new Interner();
    this.adepts = new Side(adepts, strings, adeptWords);
    this.mentors = new Side(mentors, strings, mentorWords);
    this.rules = rules;
    this.level = DISTANCES.indexOf(rules.distance ?? 'none');
    this.reverse = reverse;
    this.weight = Float64Array.from(CRITERIA, (c) => Math.max(0, weights[c] ?? 0));
    this.total = this.weight.reduce((s, w) => s + w, 0);
    const m = mentors.length;
    // Inverted index per word criterion: word id → the mentors whose set holds it (CSR).
    let words = 0;
    for (const p of mentors) for (const ids of mentorWords(p)) if (ids) for (const id of ids) words = Math.max(words, id + 1);
    /** @type {{ start: Int32Array, mentor: Int32Array }[]} */
    this.postings = [];
    for (let c = 0; c < WORD_CRITERIA; c++) {
      const start = new Int32Array(words + 1);
      for (const p of mentors) {
        const ids = mentorWords(p)[c];
        if (ids) for (const id of ids) start[id + 1]++;
      }
      for (let w = 0; w < words; w++) start[w + 1] += start[w];
      const mentor = new Int32Array(start[words]);
      const next = start.slice(0, words);
      mentors.forEach((p, j) => {
        const ids = mentorWords(p)[c];
        if (ids) for (const id of ids) mentor[next[id]++] = j;
      });
      this.postings.push({ start, mentor });
    }
    this.words = words;
    /** shared words of the current adept with each mentor, per word criterion (criterion-major) */
    this.shared = new Int32Array(WORD_CRITERIA * m);
    // The rules that depend on one side only.
    const language = rules.requiredLanguage ? rules.requiredLanguage.trim().toLowerCase() : null;
    this.adeptBlocked = Uint8Array.from(adepts, (p) =>
      (rules.requireEligible && !p.person.eligible) ||
      (rules.requireConfirmation && !p.person.confirmed) ||
      (language !== null && !p.spoken.includes(language))
        ? 1
        : 0,
    );
    this.mentorBlocked = Uint8Array.from(mentors, (p) =>
      (rules.requireEligible && !p.person.eligible) || p.person.capacity <= 0 || (language !== null && !p.spoken.includes(language))
        ? 1
        : 0,
    );
  }

  /**
   * Which mentors the hard rules forbid for adept `i` (1 in `out`); the same pairs as
   * `profileRuleBreaks(...).length > 0`.
   * @param {number} i @param {Uint8Array} out of the mentors' length
   */
  forbiddenRow(i, out) {
    const A = this.adepts;
    const M = this.mentors;
    const m = out.length;
    if (this.adeptBlocked[i] === 1) return void out.fill(1);
    const level = this.level;
    const person = A.person[i];
    const chain = /** @type {Int32Array} */ (A.chain[i]);
    const first = A.firstManager[i];
    const organisation = A.organisation[i];
    const path = /** @type {Int32Array} */ (A.path[i]);
    const close = this.rules.closeRelations;
    const ap = /** @type {Profile} */ (A.profiles[i]);
    for (let j = 0; j < m; j++) {
      let no = this.mentorBlocked[j] === 1 || M.person[j] === person;
      if (!no && level >= 1) {
        const mentorPerson = M.person[j];
        no = has(chain, mentorPerson) || has(/** @type {Int32Array} */ (M.chain[j]), person) || (first >= 0 && first === M.firstManager[j]);
      }
      if (!no && level >= 2 && organisation === M.organisation[j]) {
        if (level >= 4) no = true;
        else {
          const mp = /** @type {Int32Array} */ (M.path[j]);
          no = path.length === 0 || mp.length === 0 || (level >= 3 && path[0] === mp[0]) || nested(path, mp);
        }
      }
      if (!no && close && (A.closeListed[i] === 1 || M.closeListed[j] === 1)) {
        const mp = /** @type {Profile} */ (M.profiles[j]);
        no = named(mp, ap.tooClose) || named(ap, mp.tooClose);
      }
      out[j] = no ? 1 : 0;
    }
  }

  /**
   * The scores of adept `i` with every mentor, as `scorePair(...).score` gives them.
   * @param {number} i
   * @param {Float64Array} out of the mentors' length
   * @param {Uint8Array | null} rank the adept's rank of each mentor (0: none), from `offset`
   * @param {Uint8Array | null} marked whether each mentor marked the adept, from `offset`
   * @param {number} offset
   */
  scoreRow(i, out, rank, marked, offset) {
    const A = this.adepts;
    const M = this.mentors;
    const m = out.length;
    const ap = /** @type {Profile} */ (A.profiles[i]);
    const shared = this.shared;
    shared.fill(0);
    const mine = adeptWords(ap);
    for (let c = 0; c < WORD_CRITERIA; c++) {
      const ids = mine[c];
      if (!ids) continue;
      const { start, mentor } = /** @type {{ start: Int32Array, mentor: Int32Array }} */ (this.postings[c]);
      const base = c * m;
      for (let k = 0; k < ids.length; k++) {
        const w = /** @type {number} */ (ids[k]);
        if (w >= this.words) continue;
        for (let e = start[w]; e < start[w + 1]; e++) shared[base + mentor[e]]++;
      }
    }
    /** @param {number} c @param {number} j the overlap as AdeptMarks.overlap gives it */
    const overlap = (c, j) => {
      const size = /** @type {Int32Array} */ (A.size[c])[i];
      const nb = /** @type {Int32Array} */ (M.size[c])[j];
      if (size <= 0 || nb <= 0) return 0;
      return shared[c * m + j] / Math.min(size, nb);
    };
    const w = this.weight;
    const total = this.total;
    const points = (/** @type {number} */ k, /** @type {number} */ value) => round(total > 0 ? (100 * w[k] * value) / total : 0);
    const reverse = this.reverse;
    const aYears = A.years[i];
    const aFormat = A.format[i];
    const aLocation = A.location[i];
    const aNoLanguages = A.noLanguages[i];
    const hasOwnAvailability = A.size[AVAILABILITY][i] >= 0;
    const hasWishes = A.size[WISHES][i] >= 0;
    const organisation = A.organisation[i];
    const path = /** @type {Int32Array} */ (A.path[i]);
    for (let j = 0; j < m; j++) {
      let s = points(0, overlap(GOALS, j));
      s += points(1, M.size[MENTOR_GOALS][j] >= 0 ? overlap(MENTOR_GOALS, j) : 0);
      s += points(2, overlap(INTERESTS, j));
      s += points(3, aNoLanguages === 1 || M.noLanguages[j] === 1 ? 0.5 : overlap(LANGUAGES, j) > 0 ? 1 : 0);
      // format
      const mFormat = M.format[j];
      let format = 1;
      if (aFormat !== 0 && mFormat !== 0 && aFormat !== mFormat) format = 0;
      else if (aFormat === 2 || mFormat === 2) {
        const mLocation = M.location[j];
        format = aLocation >= 0 && mLocation >= 0 ? (aLocation === mLocation ? 1 : 0.3) : 0.6;
      }
      s += points(4, format);
      // experience
      const mYears = M.years[j];
      const gap = ((Number.isNaN(mYears) ? 0 : mYears) - (Number.isNaN(aYears) ? 0 : aYears)) * (reverse ? -1 : 1);
      s += points(5, Number.isNaN(aYears) && Number.isNaN(mYears) ? 0.5 : Math.max(0, Math.min(1, gap / 5)));
      s += points(6, hasOwnAvailability && M.size[AVAILABILITY][j] >= 0 ? overlap(AVAILABILITY, j) : 0.5);
      s += points(7, hasWishes ? overlap(WISHES, j) : 0);
      // distance
      let distance;
      if (organisation !== M.organisation[j]) distance = 1;
      else {
        const mp = /** @type {Int32Array} */ (M.path[j]);
        if (path.length === 0 || mp.length === 0) distance = 0;
        else if (path[0] !== mp[0]) distance = 0.5;
        else distance = nested(path, mp) ? 0 : 0.25;
      }
      s += points(8, distance);
      const r = rank ? /** @type {number} */ (rank[offset + j]) : 0;
      const mk = marked ? marked[offset + j] === 1 : false;
      s += points(9, Math.min(1, (r ? (6 - r) / 5 : 0) * 0.7 + (mk ? 0.3 : 0) + (r && mk ? 0.3 : 0)));
      out[j] = round(s);
    }
  }
}

/** @param {number} x */
const round = (x) => Math.round(x * 1000) / 1000;
