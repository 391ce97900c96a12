// @ts-check
/**
 * A synthetic cohort of the size of a state administration, generated deterministically (seeded
 * PRNG): several organisations with two-level unit trees and manager chains, free-text goals and
 * wishes drawn from a shared vocabulary, interests, languages, locations, meeting formats, a few
 * ineligible or unconfirmed people and declared close relations. Used by the tests of the cohort
 * engine and by the benchmark (bench/matching.bench.js).
 */
import { testPerson } from './person.js';

/** Mulberry32. @param {number} seed @returns {() => number} */
export function rng(seed) {
  let t = seed >>> 0;
  return () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = [
  'strategi',
  'ekonomi',
  'kommunikation',
  'ledarskap',
  'förändringsledning',
  'digitalisering',
  'juridik',
  'upphandling',
  'personalfrågor',
  'arbetsmiljö',
  'verksamhetsutveckling',
  'styrning',
  'budget',
  'samverkan',
  'konflikthantering',
  'coachning',
  'rekrytering',
  'mångfald',
  'hållbarhet',
  'innovation',
  'statistik',
  'analys',
  'säkerhet',
  'kvalitet',
  'medarbetarskap',
  'ledelse',
  'økonomi',
  'kommunikasjon',
  'endringsledelse',
  'omstilling',
  'tillit',
  'prioritering',
];
const INTERESTS = ['friluftsliv', 'musik', 'löpning', 'litteratur', 'matlagning', 'teknik', 'historia', 'konst', 'segling', 'skidor'];
const LANGUAGES = ['svenska', 'norska', 'engelska', 'finska', 'arabiska'];
const PLACES = ['Stockholm', 'Göteborg', 'Malmö', 'Oslo', 'Bergen', 'Umeå', 'Luleå'];
const FORMATS = /** @type {const} */ (['digital', 'physical', 'either', null]);
const TITLES = ['enhetschef', 'avdelningschef', 'gruppchef', 'seksjonssjef', 'avdelingsdirektør', 'verksamhetschef'];

/**
 * @param {{ adepts: number, mentors: number, seed?: number }} size
 * @returns {{ adepts: import('../scoring.js').Person[], mentors: import('../scoring.js').Person[] }}
 */
export function syntheticCohort({ adepts, mentors, seed = 20261202 }) {
  const r = rng(seed);
  /** @template T @param {readonly T[]} list @returns {T} */
  const pick = (list) => /** @type {T} */ (list[Math.floor(r() * list.length)]);
  /** @template T @param {readonly T[]} list @param {number} k @returns {T[]} */
  const some = (list, k) => Array.from({ length: k }, () => pick(list));
  const organisations = 8;
  /** @param {string} id @param {number} k */
  const person = (id, k) => {
    const org = k % organisations;
    const top = Math.floor(r() * 6);
    const sub = Math.floor(r() * 5);
    const manager = `boss-${org}-${top}-${sub}`;
    return testPerson(id, {
      organisationId: `org-${org}`,
      organisationName: `Myndighet ${org}`,
      unitId: `u-${org}-${top}-${sub}`,
      unitPath: [`u-${org}-${top}`, `u-${org}-${top}-${sub}`],
      managerChain: [manager, `boss-${org}-${top}`, `boss-${org}`],
      title: pick(TITLES),
      yearsAsManager: r() < 0.1 ? null : Math.floor(r() * 25),
      competenceAreas: some(WORDS, 2 + Math.floor(r() * 3)),
      developmentGoals: r() < 0.1 ? null : `Jag vill utveckla min ${some(WORDS, 3 + Math.floor(r() * 4)).join(' och ')}.`,
      interests: some(INTERESTS, Math.floor(r() * 4)),
      languages: some(LANGUAGES, 1 + Math.floor(r() * 2)),
      location: r() < 0.2 ? null : pick(PLACES),
      meetingPreference: pick(FORMATS),
      availability: r() < 0.3 ? null : pick(['förmiddagar', 'eftermiddagar', 'kvällar', 'måndagar tisdagar', 'onsdagar']),
      wishes: r() < 0.5 ? null : `Gärna någon med erfarenhet av ${some(WORDS, 2).join(' och ')}`,
      eligible: r() > 0.02,
      confirmed: r() > 0.02,
      capacity: 1 + Math.floor(r() * 2),
    });
  };
  const a = Array.from({ length: adepts }, (_, i) => person(`a${i}`, i));
  const m = Array.from({ length: mentors }, (_, j) => person(`m${j}`, j + 3));
  // A few declared close relations, by name and by e-mail address.
  for (let i = 0; i < adepts; i += 37) {
    const adept = /** @type {import('../scoring.js').Person} */ (a[i]);
    const mentor = /** @type {import('../scoring.js').Person} */ (m[(i * 7) % mentors]);
    adept.tooClose = [i % 2 ? mentor.name : mentor.email.toUpperCase()];
  }
  return { adepts: a, mentors: m };
}
