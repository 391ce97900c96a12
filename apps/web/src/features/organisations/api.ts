import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Organisation, OrganisationInput, Unit, UnitInput } from '@lots/core';
import { api } from '../../lib/api';

export const orgKeys = {
  all: ['organisations'] as const,
  one: (orgId: string) => ['organisations', orgId] as const,
  units: (orgId: string) => ['organisations', orgId, 'units'] as const,
};

const orgPath = (orgId: string) => `/api/organisations/${encodeURIComponent(orgId)}`;

export const organisationsQuery = queryOptions({
  queryKey: orgKeys.all,
  queryFn: () => api<Organisation[]>('/api/organisations'),
});

/** GET /api/organisations */
export function useOrganisations() {
  return useQuery(organisationsQuery);
}

/** GET /api/organisations/directory — every organisation's name, for choosing partners of a joint program. */
export function useOrganisationDirectory() {
  return useQuery({
    queryKey: ['organisations', 'directory'],
    queryFn: () => api<{ id: string; name: string }[]>('/api/organisations/directory'),
  });
}

/** GET /api/organisations/:orgId */
export function useOrganisation(orgId: string) {
  return useQuery({ queryKey: orgKeys.one(orgId), queryFn: () => api<Organisation>(orgPath(orgId)) });
}

/** POST /api/organisations */
export function useCreateOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: OrganisationInput) => api<Organisation>('/api/organisations', { json: input }),
    onSuccess: (org) => {
      queryClient.setQueryData(orgKeys.one(org.id), org);
      return queryClient.invalidateQueries({ queryKey: orgKeys.all, exact: true });
    },
  });
}

/** PATCH /api/organisations/:orgId */
export function useUpdateOrganisation(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: Partial<OrganisationInput>) => api<Organisation>(orgPath(orgId), { method: 'PATCH', json: patch }),
    onSuccess: (org) => {
      queryClient.setQueryData(orgKeys.one(orgId), org);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: orgKeys.all, exact: true }),
        queryClient.invalidateQueries({ queryKey: ['me'] }),
      ]);
    },
  });
}

/** GET /api/organisations/:orgId/units */
export function useUnits(orgId: string) {
  return useQuery({ queryKey: orgKeys.units(orgId), queryFn: () => api<Unit[]>(`${orgPath(orgId)}/units`) });
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
    mutationFn: (input: UnitInput) => api<Unit>(`${orgPath(orgId)}/units`, { json: input }),
    onSuccess: changed,
  });
}

/** PATCH /api/organisations/:orgId/units/:unitId */
export function useUpdateUnit(orgId: string) {
  const changed = useUnitsChanged(orgId);
  return useMutation({
    mutationFn: ({ unitId, patch }: { unitId: string; patch: Partial<UnitInput> }) =>
      api<Unit>(`${orgPath(orgId)}/units/${encodeURIComponent(unitId)}`, { method: 'PATCH', json: patch }),
    onSuccess: changed,
  });
}

/** DELETE /api/organisations/:orgId/units/:unitId (409 while it has sub-units or people). */
export function useDeleteUnit(orgId: string) {
  const changed = useUnitsChanged(orgId);
  return useMutation({
    mutationFn: (unitId: string) => api<{ ok: true }>(`${orgPath(orgId)}/units/${encodeURIComponent(unitId)}`, { method: 'DELETE' }),
    onSuccess: changed,
  });
}
