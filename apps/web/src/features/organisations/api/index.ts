import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { NetworkMemberInput, OrganisationInput } from '@lots/core';
import { client, unwrap } from '../../../api/client';

export const orgKeys = {
  all: ['organisations'] as const,
  one: (orgId: string) => ['organisations', orgId] as const,
  units: (orgId: string) => ['organisations', orgId, 'units'] as const,
  members: (orgId: string) => ['organisations', orgId, 'members'] as const,
  networks: (orgId: string) => ['organisations', orgId, 'networks'] as const,
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

/** GET /api/organisations/:orgId/members — one page of a network's member organisations. */
export function useNetworkMembers(orgId: string, page: { limit: number; offset: number }) {
  return useQuery({
    queryKey: [...orgKeys.members(orgId), page] as const,
    queryFn: () => unwrap(client.GET('/api/organisations/{orgId}/members', { params: { path: { orgId }, query: page } })),
    placeholderData: (previous) => previous,
  });
}

/** POST /api/organisations/:orgId/members */
export function useAddNetworkMember(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NetworkMemberInput) =>
      unwrap(client.POST('/api/organisations/{orgId}/members', { params: { path: { orgId } }, body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: orgKeys.members(orgId) }),
  });
}

/** DELETE /api/organisations/:orgId/members/:memberId */
export function useRemoveNetworkMember(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (memberId: string) =>
      unwrap(client.DELETE('/api/organisations/{orgId}/members/{memberId}', { params: { path: { orgId, memberId } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: orgKeys.members(orgId) }),
  });
}

/** GET /api/organisations/:orgId/networks — the networks the organisation is a member of. */
export function useOrganisationNetworks(orgId: string) {
  return useQuery({
    queryKey: orgKeys.networks(orgId),
    queryFn: () => unwrap(client.GET('/api/organisations/{orgId}/networks', { params: { path: { orgId } } })),
  });
}
