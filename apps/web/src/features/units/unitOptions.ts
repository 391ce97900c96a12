import type { Unit } from '@lots/core';
import type { Option } from '../../components/SelectField';
import { buildTree, flatten, indentLabel, subtreeIds } from '../../lib/tree';

/** Units as select options in tree order, indented; `exclude` drops a unit and everything under it. */
export function unitOptions(units: readonly Unit[], exclude?: string): Option[] {
  const skip = exclude ? subtreeIds(units, exclude) : new Set<string>();
  return flatten(buildTree(units))
    .filter((n) => !skip.has(n.item.id))
    .map((n) => ({ value: n.item.id, label: indentLabel(n.item.name, n.depth) }));
}
