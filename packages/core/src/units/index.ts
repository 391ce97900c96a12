/** Contract of the `units` capability: the tree of units of an organisation. */
import { z } from 'zod';
import { idSchema, text } from '../common';

export const unitSchema = z.object({
  id: idSchema,
  organisationId: idSchema,
  parentId: idSchema.nullable(),
  name: z.string(),
  peopleCount: z.number().int(),
});
export type Unit = z.infer<typeof unitSchema>;

export const unitInputSchema = z.strictObject({
  name: text(200),
  parentId: idSchema.nullable().optional(),
});
export type UnitInput = z.infer<typeof unitInputSchema>;
export const unitPatchSchema = unitInputSchema.partial();

export const unitListSchema = z.array(unitSchema);
export const unitParamsSchema = z.strictObject({ orgId: idSchema, unitId: idSchema });

/**
 * The units from an organisation's top-level part down to `unitId` (empty without a unit). A
 * broken tree (a parent that is missing or a cycle) ends the path where it breaks.
 */
export function unitPath<U extends { id: string; parentId: string | null }>(units: Map<string, U>, unitId: string | null): U[] {
  const path: U[] = [];
  for (let cursor = unitId; cursor;) {
    const unit = units.get(cursor);
    if (!unit || path.includes(unit)) break;
    path.unshift(unit);
    cursor = unit.parentId;
  }
  return path;
}
