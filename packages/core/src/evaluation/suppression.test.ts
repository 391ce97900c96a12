import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { minGroupSize, publishBreakdown, suppress, type AdditiveGroup, type CellInput, type CellVerdict } from './suppression';

/**
 * What an outsider can work out from a published table: every group whose total is shown gives one
 * linear equation over the hidden cells (hidden parts − hidden total = known). A set of hidden
 * cells is disclosed when the sum of its cells is determined by those equations, i.e. its indicator
 * vector lies in their row space. No disclosed set may rest on 1…k−1 people.
 */
function disclosedSmallSets(cells: CellInput[], groups: AdditiveGroup[], verdicts: Map<string, CellVerdict>, k: number) {
  const hidden = cells.filter((c) => !verdicts.get(c.id)!.published && c.n > 0).map((c) => c.id);
  // Every subset is tried below; past 30 cells `1 << n` overflows and the loop would silently try none.
  if (hidden.length > 20) throw new Error(`${hidden.length} hidden cells: too many subsets to try`);
  const index = new Map(hidden.map((id, i) => [id, i]));
  const rows: number[][] = [];
  for (const g of groups) {
    // A hidden total is an unknown with coefficient −1; its equation still holds when any part is shown.
    const row = new Array<number>(hidden.length).fill(0);
    let any = false;
    for (const p of g.parts) {
      const i = index.get(p);
      if (i !== undefined) {
        row[i]! += 1;
        any = true;
      }
    }
    const t = index.get(g.total);
    if (t !== undefined) {
      row[t]! -= 1;
      any = true;
    }
    if (any) rows.push(row);
  }
  const rank = (m: number[][]) => {
    const a = m.map((r) => r.slice());
    let r = 0;
    for (let c = 0; c < hidden.length && r < a.length; c++) {
      let pivot = -1;
      for (let i = r; i < a.length; i++) if (Math.abs(a[i]![c]!) > 1e-9) pivot = i;
      if (pivot < 0) continue;
      [a[r], a[pivot]] = [a[pivot]!, a[r]!];
      for (let i = 0; i < a.length; i++) {
        if (i === r) continue;
        const f = a[i]![c]! / a[r]![c]!;
        if (f !== 0) for (let j = c; j < hidden.length; j++) a[i]![j]! -= f * a[r]![j]!;
      }
      r++;
    }
    return r;
  };
  const base = rank(rows);
  const small: string[][] = [];
  const n = new Map(cells.map((c) => [c.id, c.n]));
  for (let mask = 1; mask < 1 << hidden.length; mask++) {
    const members = hidden.filter((_, i) => mask & (1 << i));
    const people = members.reduce((s, id) => s + n.get(id)!, 0);
    if (people >= k) continue;
    const vector = hidden.map((_, i) => (mask & (1 << i) ? 1 : 0));
    if (rank([...rows, vector]) === base) small.push(members);
  }
  return small;
}

/**
 * What Lots publishes: a total broken down one way or several ways (by organisation, by role …),
 * each part possibly broken down again (an organisation by role).
 */
const breakdowns = fc
  .array(fc.array(fc.tuple(fc.nat({ max: 12 }), fc.array(fc.nat({ max: 6 }), { maxLength: 3 })), { minLength: 1, maxLength: 4 }), {
    minLength: 1,
    maxLength: 2,
  })
  .map((ways) => {
    const cells: CellInput[] = [];
    const groups: AdditiveGroup[] = [];
    let total = -1;
    ways.forEach((parts, w) => {
      // Each way of breaking down the same total must add up to it: the last part takes the rest.
      const ids: string[] = [];
      parts.forEach(([n, subs], p) => {
        const id = `w${w}p${p}`;
        const subIds = subs.map((sn, s) => {
          cells.push({ id: `${id}s${s}`, n: sn });
          return `${id}s${s}`;
        });
        cells.push({ id, n: subs.length ? subs.reduce((a, b) => a + b, 0) : n });
        if (subs.length) groups.push({ total: id, parts: subIds });
        ids.push(id);
      });
      const sum = ids.reduce((a, id) => a + cells.find((c) => c.id === id)!.n, 0);
      if (total < 0) total = sum;
      else if (sum !== total) {
        cells.push({ id: `w${w}rest`, n: Math.max(0, total - sum) });
        ids.push(`w${w}rest`);
        if (sum > total) return;
      }
      groups.push({ total: 'all', parts: ids });
    });
    cells.push({ id: 'all', n: total });
    return { cells, groups: groups.filter((g) => g.parts.every((p) => cells.some((c) => c.id === p))) };
  });

const kArb = fc.integer({ min: 3, max: 7 });

describe('suppress', () => {
  it('publishes no cell resting on fewer than k people', () => {
    fc.assert(
      fc.property(breakdowns, kArb, ({ cells, groups }, k) => {
        const verdicts = suppress(cells, groups, k);
        for (const c of cells) {
          const v = verdicts.get(c.id)!;
          if (v.published) expect(c.n === 0 || c.n >= k).toBe(true);
        }
      }),
      { numRuns: 500, seed: 20261202 },
    );
  });

  it('leaves no hidden part of a published total recoverable as a figure on fewer than k people', () => {
    fc.assert(
      fc.property(breakdowns, kArb, ({ cells, groups }, k) => {
        const verdicts = suppress(cells, groups, k);
        for (const g of groups) {
          if (!verdicts.get(g.total)!.published) continue;
          const hiddenSum = g.parts.filter((p) => !verdicts.get(p)!.published).reduce((s, p) => s + verdicts.get(p)!.n, 0);
          expect(hiddenSum === 0 || hiddenSum >= k, `group ${g.total}: hidden parts rest on ${hiddenSum}`).toBe(true);
        }
      }),
      { numRuns: 500, seed: 20261203 },
    );
  });

  it('lets no combination of published totals disclose a set of hidden cells on fewer than k people', () => {
    fc.assert(
      fc.property(breakdowns, kArb, ({ cells, groups }, k) => {
        const verdicts = suppress(cells, groups, k);
        expect(disclosedSmallSets(cells, groups, verdicts, k)).toEqual([]);
      }),
      { numRuns: 300, seed: 20261204 },
    );
  });

  it('hides no more than it must when every cell is large', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 5, max: 50 }), { minLength: 1, maxLength: 6 }), (ns) => {
        const result = publishBreakdown(
          { n: ns.reduce((a, b) => a + b, 0), value: 1 },
          ns.map((n, i) => ({ key: `g${i}`, n, value: n })),
          5,
        );
        expect(result.total.suppressed).toBeNull();
        expect(result.parts.every((p) => p.suppressed === null && p.value === p.n)).toBe(true);
      }),
      { seed: 20261205 },
    );
  });

  it('hides a lone small group and the next smallest, dropping their values and counts', () => {
    const result = publishBreakdown(
      { n: 14, value: 3.9 },
      [
        { key: 'tull', n: 8, value: 4.1 },
        { key: 'kust', n: 2, value: 2.5 },
        { key: 'polis', n: 4, value: 4.0 },
      ],
      5,
    );
    expect(result.total).toEqual({ n: 14, value: 3.9, suppressed: null });
    expect(result.parts).toEqual([
      { key: 'tull', n: 8, value: 4.1, suppressed: null },
      { key: 'kust', n: 0, value: null, suppressed: 'primary' },
      { key: 'polis', n: 0, value: null, suppressed: 'primary' },
    ]);
    // One small group beside a large one: the large one is hidden too, else total − large = the small one.
    const lone = publishBreakdown(
      { n: 9, value: 1 },
      [
        { key: 'a', n: 6, value: 1 },
        { key: 'b', n: 3, value: 1 },
      ],
      5,
    );
    expect(lone.parts.map((p) => p.suppressed)).toEqual(['secondary', 'primary']);
    expect(lone.total.suppressed).toBeNull();
    // A total of fewer than k is hidden with all its parts.
    const tiny = publishBreakdown({ n: 4, value: 1 }, [{ key: 'a', n: 4, value: 1 }], 5);
    expect(tiny.total).toEqual({ n: 0, value: null, suppressed: 'primary' });
  });

  it('refuses a cross-tabulation, which it cannot protect', () => {
    const cells = ['a', 'b', 'r', 'c'].map((id) => ({ id, n: 5 }));
    expect(() =>
      suppress(
        cells,
        [
          { total: 'r', parts: ['a', 'b'] },
          { total: 'c', parts: ['a'] },
        ],
        5,
      ),
    ).toThrow(/two groups/);
  });

  it('never lets k go below 3; defaults to 5', () => {
    expect(minGroupSize(1)).toBe(3);
    expect(minGroupSize(undefined)).toBe(5);
    expect(minGroupSize(8)).toBe(8);
    const verdicts = suppress([{ id: 'a', n: 2 }], [], 1);
    expect(verdicts.get('a')!.published).toBe(false);
  });
});
