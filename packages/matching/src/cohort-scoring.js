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
/** Each word criterion's index in CRITERIA. */
const WORD_CRITERION_INDEX = [0, 1, 2, 3, 6, 7];

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

/**
 * The distinct years as manager of one side (NaN included), in order of appearance, and each person's
 * index among them, so that a row's experience points are computed once per distinct value. A Map
 * finds NaN as a key; it takes -0 for 0, which earns the same points (the gap is clamped at 0).
 * @param {Float64Array} years
 */
function yearsClasses(years) {
  /** @type {Map<number, number>} */
  const index = new Map();
  /** @type {number[]} */
  const distinct = [];
  const classOf = new Int32Array(years.length);
  years.forEach((y, i) => {
    let c = index.get(y);
    if (c === undefined) {
      c = distinct.push(y) - 1;
      index.set(y, c);
    }
    classOf[i] = c;
  });
  return { distinct, classOf };
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
    /** the mentors' distinct years as manager, and each mentor's index among them (the experience criterion) */
    this.mentorYears = yearsClasses(this.mentors.years);
    this.rules = rules;
    this.level = DISTANCES.indexOf(rules.distance ?? 'none');
    this.reverse = reverse;
    this.weight = Float64Array.from(CRITERIA, (c) => Math.max(0, weights[c] ?? 0));
    this.total = this.weight.reduce((s, w) => s + w, 0);
    /** @type {Int32Array[]} per word criterion: points in thousandths by smaller set size, then shared words (see overlapTable) */
    this.overlapTables = [];
    /** @type {number[]} per word criterion: the largest set size its table covers */
    this.overlapSizes = [];
    /** points in thousandths of the preferences criterion by rank × 2 + mark */
    this.preferencePoints = Int32Array.from({ length: 12 }, (_, k) => {
      const r = k >> 1;
      const marked = (k & 1) === 1;
      return this.milli(9, Math.min(1, (r ? (6 - r) / 5 : 0) * 0.7 + (marked ? 0.3 : 0) + (r && marked ? 0.3 : 0)));
    });
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
    // Whose reporting line each person is in: person id → the mentors with that id in their chain (CSR).
    const idCount = strings.ids.size;
    const chainStart = new Int32Array(idCount + 1);
    for (const chain of this.mentors.chain) for (const id of chain) chainStart[id + 1]++;
    for (let s = 0; s < idCount; s++) chainStart[s + 1] += chainStart[s];
    const chainMentor = new Int32Array(chainStart[idCount]);
    const chainNext = chainStart.slice(0, idCount);
    this.mentors.chain.forEach((chain, j) => {
      for (const id of chain) chainMentor[chainNext[id]++] = j;
    });
    this.managedBy = { start: chainStart, mentor: chainMentor };
    /** per person id: in the current adept's chain (1) */
    this.inChain = new Uint8Array(idCount);
    /** per mentor: the current adept is in their chain (1) */
    this.underAdept = new Uint8Array(m);
    /** shared words of the current adept with each mentor, per word criterion (criterion-major) */
    this.shared = new Int32Array(WORD_CRITERIA * m);
    /** the current row's scores in thousandths */
    this.sum = new Int32Array(m);
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
    // Whom the adept reports to, and who reports to the adept, marked once for the row.
    const inChain = this.inChain;
    const underAdept = this.underAdept;
    if (level >= 1) {
      for (let k = 0; k < chain.length; k++) inChain[/** @type {number} */ (chain[k])] = 1;
      const { start, mentor } = this.managedBy;
      if (person >= 0) for (let e = start[person]; e < start[person + 1]; e++) underAdept[/** @type {number} */ (mentor[e])] = 1;
    }
    for (let j = 0; j < m; j++) {
      let no = this.mentorBlocked[j] === 1 || M.person[j] === person;
      if (!no && level >= 1) {
        no = inChain[/** @type {number} */ (M.person[j])] === 1 || underAdept[j] === 1 || (first >= 0 && first === M.firstManager[j]);
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
    if (level >= 1) {
      for (let k = 0; k < chain.length; k++) inChain[/** @type {number} */ (chain[k])] = 0;
      const { start, mentor } = this.managedBy;
      if (person >= 0) for (let e = start[person]; e < start[person + 1]; e++) underAdept[/** @type {number} */ (mentor[e])] = 0;
    }
  }

  /**
   * A criterion's points for a value, as `pointsOf` in scoring.js gives them: one criterion's
   * share of the score (0–100 in all), rounded to thousandths.
   * @param {number} k the criterion's index in CRITERIA @param {number} value 0–1
   */
  points(k, value) {
    const total = this.total;
    return round(total > 0 ? (100 * /** @type {number} */ (this.weight[k]) * value) / total : 0);
  }

  /**
   * The same points in thousandths, a whole number: rows add these exactly as integers (see scoreRow).
   * @param {number} k @param {number} value
   */
  milli(k, value) {
    return Math.round(this.points(k, value) * 1000);
  }

  /**
   * The points in thousandths of the word overlaps of criterion `k` (word criterion `c`) for sets of
   * up to `size` words: at `d * (d + 1) / 2 + shared` the points of `shared` words in common when the
   * smaller set has `d` words (a table per criterion, grown as sizes appear).
   * @param {number} k @param {number} c @param {number} size
   * @returns {Int32Array}
   */
  overlapTable(k, c, size) {
    let table = this.overlapTables[c];
    if (!table || table.length < ((size + 1) * (size + 2)) / 2) {
      const top = Math.max(size, 2 * (this.overlapSizes[c] ?? 8));
      table = new Int32Array(((top + 1) * (top + 2)) / 2);
      for (let d = 1; d <= top; d++) for (let n = 0; n <= d; n++) table[(d * (d + 1)) / 2 + n] = this.milli(k, n / d);
      this.overlapTables[c] = table;
      this.overlapSizes[c] = top;
    }
    return table;
  }

  /**
   * The scores of adept `i` with every mentor, as `scorePair(...).score` gives them. Criterion by
   * criterion over the row, each from a few values whose points are computed once; a criterion of
   * weight 0 adds nothing and is skipped. The points are added as whole thousandths (integers, in
   * `this.sum`) and the sum divided by 1,000 once: `scorePair` adds the same points as doubles,
   * each the nearest double to its thousandths, and rounds the sum to thousandths, which is the
   * same whole number of thousandths (ten terms of 0–100 err by far less than half a thousandth)
   * and so the same double. Integers also make no garbage before the row's code is optimised.
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
    const w = this.weight;
    shared.fill(0);
    const mine = adeptWords(ap);
    for (let c = 0; c < WORD_CRITERIA; c++) {
      const ids = mine[c];
      if (!ids || w[WORD_CRITERION_INDEX[c]] === 0) continue;
      const { start, mentor } = /** @type {{ start: Int32Array, mentor: Int32Array }} */ (this.postings[c]);
      const base = c * m;
      for (let k = 0; k < ids.length; k++) {
        const word = /** @type {number} */ (ids[k]);
        if (word >= this.words) continue;
        for (let e = start[word]; e < start[word + 1]; e++) shared[base + mentor[e]]++;
      }
    }
    if (this.sum.length < m) this.sum = new Int32Array(m);
    const sum = this.sum;
    sum.fill(0);
    /**
     * Adds the overlap points of word criterion `c` to every mentor; `missing` the points where
     * the mentor's set is missing (-1 size) or, with `adeptMissing`, the adept's.
     * @param {number} c @param {number} missing @param {boolean} adeptMissing
     */
    const addOverlap = (c, missing, adeptMissing) => {
      const k = /** @type {number} */ (WORD_CRITERION_INDEX[c]);
      if (w[k] === 0) return;
      const size = /** @type {number} */ (/** @type {Int32Array} */ (A.size[c])[i]);
      const sizes = /** @type {Int32Array} */ (M.size[c]);
      const none = this.milli(k, 0);
      const base = c * m;
      if (adeptMissing) {
        for (let j = 0; j < m; j++) sum[j] += missing;
      } else if (size <= 0) {
        for (let j = 0; j < m; j++) sum[j] += /** @type {number} */ (sizes[j]) < 0 ? missing : none;
      } else {
        // The smaller set has at most the adept's words.
        const table = this.overlapTable(k, c, size);
        for (let j = 0; j < m; j++) {
          const nb = /** @type {number} */ (sizes[j]);
          let p;
          if (nb < 0) p = missing;
          else if (nb === 0) p = none;
          else {
            const d = nb < size ? nb : size;
            p = /** @type {number} */ (table[((d * (d + 1)) >> 1) + /** @type {number} */ (shared[base + j])]);
          }
          sum[j] += p;
        }
      }
    };
    addOverlap(GOALS, 0, false);
    addOverlap(MENTOR_GOALS, this.milli(1, 0), false);
    addOverlap(INTERESTS, 0, false);
    if (w[3] !== 0) {
      // language: neutral when either lists none, else whether they share one
      const neutral = this.milli(3, 0.5);
      const yes = this.milli(3, 1);
      const no = this.milli(3, 0);
      const base = LANGUAGES * m;
      const size = /** @type {Int32Array} */ (A.size[LANGUAGES])[i];
      const sizes = /** @type {Int32Array} */ (M.size[LANGUAGES]);
      for (let j = 0; j < m; j++) {
        let p;
        if (A.noLanguages[i] === 1 || M.noLanguages[j] === 1) p = neutral;
        else p = size > 0 && /** @type {number} */ (sizes[j]) > 0 && /** @type {number} */ (shared[base + j]) > 0 ? yes : no;
        sum[j] += p;
      }
    }
    if (w[4] !== 0) {
      // format: either, the same, or a physical meeting in one place (1), other places (0.3), unknown places (0.6)
      const byValue = Int32Array.of(this.milli(4, 0), this.milli(4, 0.3), this.milli(4, 0.6), this.milli(4, 1));
      const aFormat = A.format[i];
      const aLocation = A.location[i];
      for (let j = 0; j < m; j++) {
        const mFormat = M.format[j];
        let v = 3;
        if (aFormat !== 0 && mFormat !== 0 && aFormat !== mFormat) v = 0;
        else if (aFormat === 2 || mFormat === 2) {
          const mLocation = M.location[j];
          v = aLocation >= 0 && mLocation >= 0 ? (aLocation === mLocation ? 3 : 1) : 2;
        }
        sum[j] += /** @type {number} */ (byValue[v]);
      }
    }
    if (w[5] !== 0) {
      // experience: the gap in years as manager, against the adept's in reverse mentoring
      const aYears = /** @type {number} */ (A.years[i]);
      const sign = this.reverse ? -1 : 1;
      // The points of each distinct mentor's years once, then looked up per mentor.
      const { distinct, classOf } = this.mentorYears;
      const byClass = Int32Array.from(distinct, (mYears) => {
        const gap = ((Number.isNaN(mYears) ? 0 : mYears) - (Number.isNaN(aYears) ? 0 : aYears)) * sign;
        return this.milli(5, Number.isNaN(aYears) && Number.isNaN(mYears) ? 0.5 : Math.max(0, Math.min(1, gap / 5)));
      });
      for (let j = 0; j < m; j++) sum[j] += /** @type {number} */ (byClass[/** @type {number} */ (classOf[j])]);
    }
    addOverlap(AVAILABILITY, this.milli(6, 0.5), A.size[AVAILABILITY][i] < 0);
    addOverlap(WISHES, this.milli(7, 0), A.size[WISHES][i] < 0);
    if (w[8] !== 0) {
      // distance: another organisation 1, another top-level part 0.5, another subtree 0.25, else 0
      const byValue = Int32Array.of(this.milli(8, 0), this.milli(8, 0.25), this.milli(8, 0.5), this.milli(8, 1));
      const organisation = A.organisation[i];
      const path = /** @type {Int32Array} */ (A.path[i]);
      for (let j = 0; j < m; j++) {
        let v;
        if (organisation !== M.organisation[j]) v = 3;
        else {
          const mp = /** @type {Int32Array} */ (M.path[j]);
          if (path.length === 0 || mp.length === 0) v = 0;
          else if (path[0] !== mp[0]) v = 2;
          else v = nested(path, mp) ? 0 : 1;
        }
        sum[j] += /** @type {number} */ (byValue[v]);
      }
    }
    if (w[9] !== 0) {
      // preferences: the adept's rank (1–5) and the mentor's mark
      const byValue = this.preferencePoints;
      for (let j = 0; j < m; j++) {
        const r = rank ? /** @type {number} */ (rank[offset + j]) : 0;
        const mk = marked ? /** @type {number} */ (marked[offset + j]) : 0;
        sum[j] += /** @type {number} */ (byValue[r * 2 + mk]);
      }
    }
    for (let j = 0; j < m; j++) out[j] = /** @type {number} */ (sum[j]) / 1000;
  }
}

/** @param {number} x */
const round = (x) => Math.round(x * 1000) / 1000;
