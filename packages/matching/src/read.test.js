// @ts-check
/**
 * The fast reading of instance files (read.js) against JSON.parse + validate: the same numbers to
 * the bit, the same problem, and `undefined` (the ordinary way) for everything it does not read.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { main } from './cli.js';
import { readInstance } from './read.js';
import { ScoreMatrix } from './compact-input.js';
import { validate } from './validate.js';

const bytes = (/** @type {string} */ text) => Buffer.from(text, 'utf8');

/**
 * The problem of the ordinary way and of the fast way, which must agree.
 * @param {string} text
 */
const bothWays = (text) => {
  const ordinary = validate(JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text));
  const read = readInstance(bytes(text));
  return { ordinary, fast: read === undefined ? undefined : validate(read) };
};

/** @param {string} text */
const expectSameProblem = (text) => {
  const { ordinary, fast } = bothWays(text);
  expect(fast).toBeDefined();
  if (!fast || !fast.ok || !ordinary.ok) {
    // Invalid either way: the CLI reads such a file again the ordinary way, so only the ordinary messages reach users.
    expect(fast?.ok).toBe(ordinary.ok);
    return;
  }
  const [a, b] = [ordinary.problem, fast.problem];
  expect({ ...b, score: undefined }).toEqual({ ...a, score: undefined });
  expect(b.score.length).toBe(a.score.length);
  for (let e = 0; e < a.score.length; e++) expect(Object.is(b.score[e], a.score[e])).toBe(true);
};

/** A number as JSON may write it: sign, integer part, fraction, exponent (not always the shortest form). */
const jsonNumber = fc
  .tuple(
    fc.boolean(),
    fc.oneof(fc.constant('0'), fc.stringMatching(/^[1-9][0-9]{0,19}$/)),
    fc.option(fc.stringMatching(/^[0-9]{1,22}$/), { nil: undefined }),
    fc.option(fc.tuple(fc.constantFrom('e', 'E'), fc.constantFrom('', '+', '-'), fc.stringMatching(/^[0-9]{1,3}$/)), { nil: undefined }),
  )
  .map(
    ([negative, int, frac, exp]) =>
      `${negative ? '-' : ''}${int}${frac === undefined ? '' : `.${frac}`}${exp === undefined ? '' : exp.join('')}`,
  );

describe('readInstance: numbers', () => {
  it('gives the double JSON.parse gives, to the bit, for every way of writing a number', () => {
    fc.assert(
      fc.property(fc.array(jsonNumber, { minLength: 1, maxLength: 8 }), (cells) => {
        const text = `{"scores":[[${cells.join(',')}]]}`;
        const expected = JSON.parse(text).scores[0];
        const read = readInstance(bytes(text));
        if (expected.some((/** @type {number} */ x) => !Number.isFinite(x))) {
          expect(read).toBeUndefined(); // 1e400: the ordinary way says it is not finite
          return;
        }
        const matrix = read?.scores;
        if (!(matrix instanceof ScoreMatrix)) throw new Error(`not read: ${text}`);
        const values = Array.from(matrix.values);
        values.forEach((x, k) => expect([cells[k], Object.is(x, expected[k])]).toEqual([cells[k], true]));
      }),
      { numRuns: 3000, seed: 20261205 },
    );
  });

  it('reads the shortest form of any double exactly', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { minLength: 1, maxLength: 8 }), (cells) => {
        const matrix = readInstance(bytes(`{"scores":[${JSON.stringify(cells)}]}`))?.scores;
        if (!(matrix instanceof ScoreMatrix)) throw new Error('not read');
        const values = Array.from(matrix.values);
        values.forEach((x, k) => expect(Object.is(x, JSON.parse(JSON.stringify(cells[k])))).toBe(true));
      }),
      { numRuns: 2000, seed: 20261206 },
    );
  });

  it('leaves numbers JSON does not allow to JSON.parse', () => {
    for (const bad of ['01', '1.', '.5', '-', '+1', '1e', '1e+', '0x10', 'NaN', 'Infinity', '1.5.2', '- 1', 'nul', 'true', '"1"']) {
      expect(readInstance(bytes(`{"scores":[[${bad}]]}`))).toBeUndefined();
    }
  });
});

describe('readInstance: instances', () => {
  const mentors = '"mentors":[{"id":"m1","capacity":2},{"id":"m2","capacity":1}]';
  const adepts = '"adepts":[{"id":"a1"},{"id":"a2"},{"id":"a3"}]';

  it('gives the same problem as JSON.parse + validate, whatever the layout', () => {
    for (const text of [
      `{${mentors},${adepts},"scores":[[0.8,null],[0.5,0.9],[null,0.4]],"locked":[["a2","m2"]],"minScore":0.1}`,
      `\ufeff {\n  "scores" : [ [ 0.8 , null ] ,\n [0.5,0.9],[null, 0.4] ] ,\r\n\t${mentors}, ${adepts} }\n`,
      `{${adepts},"scores":[[1,2],[3,4],[5,6]],"note":{"scores":"[[not this one]]"},"x":["]","\\"scores\\":"],${mentors}}`,
      `{${mentors},${adepts},"\\u0073cores":[[1,2],[3,4],[5,-0]]}`,
      `{${mentors},${adepts},"scores":[[1e2,2E-2],[3.000,4e+0],[-5.5e-3,6]],"minScore":null}`,
      `{"mentors":[],"adepts":[],"scores":[]}`,
      `{"mentors":[{"id":"ö","capacity":1}],"adepts":[{"id":"\\u00e5"}],"scores":[[1]]}`,
    ]) {
      expectSameProblem(text);
    }
  });

  it('gives the same problem on random dense instances with nulls, minScore and locked pairs', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 5 }),
        fc.array(fc.option(jsonNumber, { nil: null, freq: 4 }), { minLength: 30, maxLength: 30 }),
        fc.option(jsonNumber, { nil: undefined }),
        (n, m, cells, minScore) => {
          const rows = Array.from(
            { length: n },
            (_, i) => `[${Array.from({ length: m }, (_, j) => cells[(i * m + j) % 30] ?? 'null').join(',')}]`,
          );
          const text = `{"mentors":[${Array.from({ length: m }, (_, j) => `{"id":"m${j}","capacity":${j % 3}}`).join(',')}],"adepts":[${Array.from(
            { length: n },
            (_, i) => `{"id":"a${i}"}`,
          ).join(
            ',',
          )}],"scores":[${rows.join(',')}]${minScore === undefined ? '' : `,"minScore":${minScore}`},"locked":[["a0","m${m - 1}"]]}`;
          const parsed = JSON.parse(text);
          if (parsed.scores.flat().some((/** @type {unknown} */ x) => x !== null && !Number.isFinite(x))) return;
          expectSameProblem(text);
        },
      ),
      { numRuns: 1000, seed: 20261207 },
    );
  });

  it('finds a wrong number of rows or columns invalid, as validate does', () => {
    expectSameProblem(`{${mentors},${adepts},"scores":[[1,2],[3,4]]}`);
    expectSameProblem(`{${mentors},${adepts},"scores":[[1,2,3],[3,4,5],[5,6,7]]}`);
  });

  it('leaves everything else to JSON.parse', () => {
    for (const text of [
      '',
      '[]',
      '{}',
      `{${mentors},${adepts}}`, // no scores
      `{${mentors},${adepts},"scores":[[1,2],[3],[5,6]]}`, // a ragged row
      `{${mentors},${adepts},"scores":[[1,2],[3,"4"],[5,6]]}`, // a string
      `{${mentors},${adepts},"scores":[[1,2],[3,[4]],[5,6]]}`,
      `{${mentors},${adepts},"scores":[[1,2],[3,4],[5,6],]}`, // trailing comma
      `{${mentors},${adepts},"scores":[[1,2],[3,4],[5,6]]`, // cut short
      `{${mentors},${adepts},"scores":[[1,2],[3,4],[5,6]],}`,
      `{${mentors},${adepts},"scores":[[1,2],[3,4],[5,6]]} x`,
      `{${mentors} ${adepts},"scores":[[1,2],[3,4],[5,6]]}`,
      `{${mentors},${adepts},"scores":[[1,2],[3,4],[5,6]],"scores":[[1,2],[3,4],[5,6]]}`, // twice
      `{${mentors},${adepts},"scores":[[1,2],[3,4],[5,6]],"\\u0073cores":null}`,
      `{${mentors},${adepts},"scores":[[1,2],[3,4],[5,1e999]]}`,
      `{${mentors},${adepts},"scores":null}`,
    ]) {
      expect(readInstance(bytes(text))).toBeUndefined();
    }
  });
});

describe('readInstance: edges', () => {
  it('gives the same problem as JSON.parse + validate, whatever the layout and the ids', () => {
    for (const text of [
      '{"mentors":[{"id":"m1","capacity":2},{"id":"m2","capacity":1}],"adepts":[{"id":"a1"},{"id":"a2"}],"edges":[["a1","m1",0.5],["a2","m1",1e-3],["a1","m2",-2]]}',
      '{ "edges" : [ [ "a1" , "m2" , 7 ] ,\n ["a2","m1", 3.25] ] , "adepts":[{"id":"a1"},{"id":"a2"}], "mentors":[{"id":"m1","capacity":1},{"id":"m2","capacity":1}], "locked":[["a1","m2"]] }',
      '{"mentors":[{"id":"m1","capacity":1}],"adepts":[{"id":"a1"}],"edges":[]}',
      '{"mentors":[{"id":"mö","capacity":1}],"adepts":[{"id":"\u00e5 b"},{"id":"a"}],"edges":[["å b","mö",1],["a","mö",2]],"minScore":1.5}',
      '{"mentors":[{"id":"m","capacity":1}],"adepts":[{"id":"a"},{"id":"b"}],"edges":[["a","m",1],["b","m",2],["a","m",3]]}', // repeated pair
    ]) {
      expectSameProblem(text);
    }
  });

  it('gives the same problem on random sparse instances (shuffled, repeated pairs, minScore, locked pairs)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 5 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(), jsonNumber), { maxLength: 25 }),
        fc.option(jsonNumber, { nil: undefined }),
        (n, m, triples, minScore) => {
          const edges = triples.map(([a, j, x]) => `["a${a % n}","m${j % m}",${x}]`);
          const text = `{"mentors":[${Array.from({ length: m }, (_, j) => `{"id":"m${j}","capacity":${j % 3}}`).join(',')}],"adepts":[${Array.from(
            { length: n },
            (_, i) => `{"id":"a${i}"}`,
          ).join(
            ',',
          )}],"edges":[${edges.join(',')}]${minScore === undefined ? '' : `,"minScore":${minScore}`},"locked":[["a0","m${m - 1}"]]}`;
          if (JSON.parse(text).edges.some((/** @type {unknown[]} */ e) => !Number.isFinite(e[2]))) return;
          expectSameProblem(text);
        },
      ),
      { numRuns: 1000, seed: 20261208 },
    );
  });

  it('leaves escapes, unknown or repeated ids and other shapes to JSON.parse', () => {
    const people = '"mentors":[{"id":"m","capacity":1}],"adepts":[{"id":"a"},{"id":"b"}]';
    for (const text of [
      `{${people},"edges":[["\\u0061","m",1]]}`, // an escape in an edge
      `{${people},"edges":[["c","m",1]]}`, // no such adept
      `{${people},"edges":[["a","x",1]]}`,
      `{${people},"edges":[["a","m"]]}`,
      `{${people},"edges":[["a","m",1,2]]}`,
      `{${people},"edges":[["a","m","1"]]}`,
      `{${people},"edges":[["a","m",1],]}`,
      `{${people},"edges":[["a","m",1e999]]}`,
      `{${people},"edges":[],"scores":[[1],[2]]}`, // both
      '{"mentors":[{"id":"m","capacity":1}],"adepts":[{"id":"a"},{"id":"a"}],"edges":[["a","m",1]]}', // a repeated id
      '{"mentors":[{"id":"m","capacity":1}],"adepts":[{"id":"\\ud800"}],"edges":[["\\ufffd","m",1]]}',
      '{"mentors":[{"id":"m","capacity":1}],"adepts":[{"id":"\\ud800"}],"edges":[["\ufffd","m",1]]}', // a lone surrogate is not U+FFFD
      '{"mentors":[{"id":"m","capacity":1}],"adepts":[{"id":1}],"edges":[["1","m",1]]}',
    ]) {
      expect([text, readInstance(bytes(text))]).toEqual([text, undefined]);
    }
  });
});

describe('lots-match reads a dense file the fast way with the same result and messages', () => {
  /** @param {string | Uint8Array} content */
  const run = (content) => {
    let out = '';
    let err = '';
    const code = main(['x.json'], {
      stdout: (text) => void (out += text),
      stderr: (text) => void (err += text),
      readFile: () => content,
      writeFile: () => {},
    });
    return { code, out, err };
  };

  it('the same bytes out as from the text, valid or not', () => {
    const r = (() => {
      let t = 7;
      return () => (t = (t * 16807) % 2147483647) / 2147483647;
    })();
    const valid = {
      mentors: Array.from({ length: 7 }, (_, j) => ({ id: `m${j}`, capacity: 1 + (j % 3) })),
      adepts: Array.from({ length: 12 }, (_, i) => ({ id: `a${i}` })),
      scores: Array.from({ length: 12 }, () => Array.from({ length: 7 }, () => (r() < 0.1 ? null : Math.round(r() * 1e4) / 1e4))),
      locked: [['a3', 'm2']],
      minScore: 0.05,
    };
    for (const instance of [
      valid,
      { ...valid, minScore: undefined, scores: valid.scores.map((row) => row.map((x) => x ?? 0.5)) },
      { ...valid, locked: [['a0', 'm9']] },
      { ...valid, scores: valid.scores.slice(1) },
      { ...valid, mentors: valid.mentors.slice(1) },
    ]) {
      const text = JSON.stringify(instance);
      expect(readInstance(bytes(text))).toBeDefined();
      const fast = run(bytes(text));
      expect(fast).toEqual(run(text));
      expect(fast.code === 0 ? JSON.parse(fast.out).matchedCount : fast.err).toBeTruthy();
    }
  });
});
