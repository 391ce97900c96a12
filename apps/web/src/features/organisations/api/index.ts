import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { OrganisationInput } from '@lots/core';
import { client, unwrap } from '../../../api/client';

export const orgKeys = {
  all: ['organisations'] as const,
  one: (orgId: string) => ['organisations', orgId] as const,
  units: (orgId: string) => ['organisations', orgId, 'units'] as const,
};

/** GET /api/organisations */
export const organisationsQuery = queryOptions({
  queryKey: orgKeys.all,
  queryFn: () => unwrap(client.GET('/api/organisations')),
});

export function useOrganisations() {
  return useQuery(organisationsQuery);
}

/** GET /api/organisations/directory — every organisation's name, for choosing partners of a joint program. */
export const organisationDirectoryQuery = queryOptions({
  queryKey: ['organisations', 'directory'] as const,
  queryFn: () => unwrap(client.GET('/api/organisations/directory')),
});

export function useOrganisationDirectory() {
  return useQuery(organisationDirectoryQuery);
}

/** GET /api/organisations/:orgId */
export const organisationQuery = (orgId: string) =>
  queryOptions({
    queryKey: orgKeys.one(orgId),
    queryFn: () => unwrap(client.GET('/api/organisations/{orgId}', { params: { path: { orgId } } })),
  });

export function useOrganisation(orgId: string) {
  return useQuery(organisationQuery(orgId));
}

/** POST /api/organisations */
export function useCreateOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: OrganisationInput) => unwrap(client.POST('/api/organisations', { body: input })),
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
    mutationFn: (patch: Partial<OrganisationInput>) =>
      unwrap(client.PATCH('/api/organisations/{orgId}', { params: { path: { orgId } }, body: patch })),
    onSuccess: (org) => {
      queryClient.setQueryData(orgKeys.one(orgId), org);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: orgKeys.all, exact: true }),
        queryClient.invalidateQueries({ queryKey: ['me'] }),
      ]);
    },
  });
}
