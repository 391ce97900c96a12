/** Builds the unit tree from the API's flat list (each unit names its parent). */

export type TreeItem = { id: string; parentId: string | null; name: string };
export type TreeNode<T extends TreeItem> = { item: T; depth: number; children: TreeNode<T>[] };

const byName = <T extends TreeItem>(a: TreeNode<T>, b: TreeNode<T>) => a.item.name.localeCompare(b.item.name);

/** Roots first, children sorted by name. A unit whose parent is missing (or in a cycle) becomes a root. */
export function buildTree<T extends TreeItem>(items: readonly T[]): TreeNode<T>[] {
  const nodes = new Map<string, TreeNode<T>>();
  for (const item of items) nodes.set(item.id, { item, depth: 0, children: [] });
  const roots: TreeNode<T>[] = [];
  for (const node of nodes.values()) {
    const parent = node.item.parentId ? nodes.get(node.item.parentId) : undefined;
    if (parent && !isAncestor(node.item.id, parent.item, nodes)) parent.children.push(node);
    else roots.push(node);
  }
  const settle = (list: TreeNode<T>[], depth: number) => {
    list.sort(byName);
    for (const n of list) {
      n.depth = depth;
      settle(n.children, depth + 1);
    }
  };
  settle(roots, 0);
  return roots;
}

/** Whether `id` is `start` or one of its ancestors (attaching would make a cycle). */
function isAncestor<T extends TreeItem>(id: string, start: T, nodes: Map<string, TreeNode<T>>): boolean {
  const seen = new Set<string>();
  let current: T | undefined = start;
  while (current && !seen.has(current.id)) {
    if (current.id === id) return true;
    seen.add(current.id);
    current = current.parentId ? nodes.get(current.parentId)?.item : undefined;
  }
  return false;
}

/** Depth-first order, for select options indented by depth. */
export function flatten<T extends TreeItem>(roots: readonly TreeNode<T>[]): TreeNode<T>[] {
  return roots.flatMap((n) => [n, ...flatten(n.children)]);
}

/** The unit and everything under it: a unit cannot be moved into any of these. */
export function subtreeIds<T extends TreeItem>(items: readonly T[], id: string): Set<string> {
  const out = new Set<string>([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const item of items) {
      if (item.parentId && out.has(item.parentId) && !out.has(item.id)) {
        out.add(item.id);
        grew = true;
      }
    }
  }
  return out;
}

/** A label for a select option showing the depth, e.g. "— — Sektion". */
export function indentLabel(name: string, depth: number): string {
  return depth > 0 ? `${'\u2014 '.repeat(depth)}${name}` : name;
}
