import type { Application } from '@lots/core';

/** A name that tells rows apart in button labels: the role is added when someone applied in both roles. */
export function rowNames(applications: Application[], roleLabel: (role: Application['role']) => string): Map<string, string> {
  const count = new Map<string, number>();
  for (const a of applications) count.set(a.name, (count.get(a.name) ?? 0) + 1);
  return new Map(applications.map((a) => [a.id, (count.get(a.name) ?? 0) > 1 ? `${a.name} (${roleLabel(a.role)})` : a.name]));
}
