/**
 * Small-group suppression: the one function every published aggregate of Lots goes through
 * (screen, export, PDF; decision 0130).
 *
 * A table is a set of cells, each resting on `n` distinct people (answers), and additive groups: a
 * total cell and the part cells that make it up (a program total and its organisations, an
 * organisation and its roles …). A cell is published only when
 *
 * - it rests on at least `k` people (primary suppression; a cell with no one in it carries no figure
 *   and is shown as empty), and
 * - no published total lets a hidden figure be worked out: in every group whose total is published,
 *   the hidden parts together rest on no one or on at least `k` people (secondary suppression).
 *   Otherwise the smallest published part is hidden too, or, when none is left, the total itself,
 *   which then counts as a hidden part of the groups above it;
 * - its total is published: a hidden total hides every part under it (so no part can be worked out
 *   as the hidden total minus the others). This repeats until nothing changes.
 *
 * Tables are hierarchies: a cell is a part of at most one group, while a total may head several
 * groups (one total broken down by organisation, by role, by unit level …). Cross-tabulations
 * (a cell in both a row and a column group) are refused: the rule above does not protect them, and
 * Lots publishes one breakdown at a time.
 *
 * `k` is the installation's minimum group size (default 5, never below 3).
 */

export const DEFAULT_MIN_GROUP = 5;
export const MIN_GROUP_FLOOR = 3;

export interface CellInput {
  id: string;
  /** How many distinct people (answers) the cell's figure rests on. */
  n: number;
}

/** A total and the cells that add up to it. */
export interface AdditiveGroup {
  total: string;
  parts: readonly string[];
}

export type Suppression = 'primary' | 'secondary' | null;

export interface CellVerdict {
  id: string;
  n: number;
  /** Shown: the figure rests on at least k people and reveals no hidden one. */
  published: boolean;
  /** Why a cell is hidden: fewer than k (primary) or to protect a hidden cell (secondary). */
  reason: Suppression;
}

/** The installation's k: its configured value, never below the floor. */
export function minGroupSize(configured?: number | null): number {
  if (configured === undefined || configured === null || !Number.isFinite(configured)) return DEFAULT_MIN_GROUP;
  return Math.max(MIN_GROUP_FLOOR, Math.floor(configured));
}

export function suppress(cells: readonly CellInput[], groups: readonly AdditiveGroup[], k: number): Map<string, CellVerdict> {
  const minimum = minGroupSize(k);
  const out = new Map<string, CellVerdict>();
  for (const cell of cells) {
    if (out.has(cell.id)) throw new Error(`cell ${cell.id} given twice`);
    if (!Number.isInteger(cell.n) || cell.n < 0) throw new Error(`cell ${cell.id}: n must be a whole number ≥ 0`);
    const hidden = cell.n > 0 && cell.n < minimum;
    out.set(cell.id, { id: cell.id, n: cell.n, published: !hidden, reason: hidden ? 'primary' : null });
  }
  const get = (id: string) => {
    const verdict = out.get(id);
    if (!verdict) throw new Error(`group names an unknown cell ${id}`);
    return verdict;
  };
  const partOf = new Set<string>();
  for (const group of groups) {
    [group.total, ...group.parts].forEach(get);
    for (const part of group.parts) {
      if (partOf.has(part)) throw new Error(`cell ${part} is a part of two groups (a cross-tabulation)`);
      partOf.add(part);
    }
  }

  for (let changed = true; changed;) {
    changed = false;
    for (const group of groups) {
      const total = get(group.total);
      const parts = group.parts.map(get);
      if (!total.published) {
        for (const part of parts.filter((p) => p.published && p.n > 0)) {
          part.published = false;
          part.reason = 'secondary';
          changed = true;
        }
        continue;
      }
      const hiddenSum = parts.filter((p) => !p.published).reduce((sum, p) => sum + p.n, 0);
      if (hiddenSum === 0 || hiddenSum >= minimum) continue;
      const candidates = parts.filter((p) => p.published && p.n > 0).sort((a, b) => a.n - b.n || (a.id < b.id ? -1 : 1));
      const victim = candidates[0] ?? total;
      victim.published = false;
      victim.reason = 'secondary';
      changed = true;
    }
  }
  return out;
}

/** A figure as published: its value, or null with the reason it is hidden. */
export interface Published<T> {
  n: number;
  value: T | null;
  suppressed: Suppression;
}

/**
 * One breakdown (a total and its groups, e.g. by organisation) of values computed from answers:
 * the values of hidden cells are dropped here, so nothing downstream can show them.
 */
export function publishBreakdown<T>(
  total: { n: number; value: T },
  parts: readonly { key: string; n: number; value: T }[],
  k: number,
): { total: Published<T>; parts: (Published<T> & { key: string })[] } {
  const cells = [{ id: '\u0000total', n: total.n }, ...parts.map((p) => ({ id: p.key, n: p.n }))];
  const verdicts = suppress(cells, [{ total: '\u0000total', parts: parts.map((p) => p.key) }], k);
  const show = <V>(id: string, n: number, value: V): Published<V> => {
    const verdict = verdicts.get(id)!;
    return verdict.published ? { n, value, suppressed: null } : { n: 0, value: null, suppressed: verdict.reason };
  };
  return { total: show('\u0000total', total.n, total.value), parts: parts.map((p) => ({ key: p.key, ...show(p.key, p.n, p.value) })) };
}
