import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { UnitInput } from '@lots/core';
import { client, unwrap } from '../../../api/client';
import { orgKeys } from '../../organisations';

/** GET /api/organisations/:orgId/units */
export const unitsQuery = (orgId: string) =>
  queryOptions({
    queryKey: orgKeys.units(orgId),
    queryFn: () => unwrap(client.GET('/api/organisations/{orgId}/units', { params: { path: { orgId } } })),
  });

export function useUnits(orgId: string) {
  return useQuery(unitsQuery(orgId));
}

function useUnitsChanged(orgId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: orgKeys.units(orgId) }),
      queryClient.invalidateQueries({ queryKey: orgKeys.one(orgId), exact: true }),
    ]);
}

/** POST /api/organisations/:orgId/units */
export function useCreateUnit(orgId: string) {
  const changed = useUnitsChanged(orgId);
  return useMutation({
    mutationFn: (input: UnitInput) => unwrap(client.POST('/api/organisations/{orgId}/units', { params: { path: { orgId } }, body: input })),
    onSuccess: changed,
  });
}

/** PATCH /api/organisations/:orgId/units/:unitId */
export function useUpdateUnit(orgId: string) {
  const changed = useUnitsChanged(orgId);
  return useMutation({
    mutationFn: ({ unitId, patch }: { unitId: string; patch: Partial<UnitInput> }) =>
      unwrap(client.PATCH('/api/organisations/{orgId}/units/{unitId}', { params: { path: { orgId, unitId } }, body: patch })),
    onSuccess: changed,
  });
}

/** DELETE /api/organisations/:orgId/units/:unitId (409 while it has sub-units or people). */
export function useDeleteUnit(orgId: string) {
  const changed = useUnitsChanged(orgId);
  return useMutation({
    mutationFn: (unitId: string) =>
      unwrap(client.DELETE('/api/organisations/{orgId}/units/{unitId}', { params: { path: { orgId, unitId } } })),
    onSuccess: changed,
  });
}
