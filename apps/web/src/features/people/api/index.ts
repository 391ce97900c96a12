import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ImportResult, InvitationInput, PeoplePage, PeopleQuery, PersonInput } from '@lots/core';
import { client, rawBody, unwrap } from '../../../api/client';
import { orgKeys } from '../../organisations';

export type PeopleParams = PeopleQuery;
export type { ImportResult, PeoplePage };

export const peopleKeys = {
  all: (orgId: string) => ['organisations', orgId, 'people'] as const,
  list: (orgId: string, params: PeopleParams) => ['organisations', orgId, 'people', 'list', params] as const,
  one: (orgId: string, personId: string) => ['organisations', orgId, 'people', 'one', personId] as const,
};

/** GET /api/organisations/:orgId/people?q&unitId&role&limit&offset */
export const peopleQuery = (orgId: string, params: PeopleParams) =>
  queryOptions({
    queryKey: peopleKeys.list(orgId, params),
    queryFn: ({ signal }) =>
      unwrap(client.GET('/api/organisations/{orgId}/people', { params: { path: { orgId }, query: params }, signal })),
  });

export function usePeople(orgId: string, params: PeopleParams, options: { enabled?: boolean } = {}) {
  return useQuery({ ...peopleQuery(orgId, params), placeholderData: keepPreviousData, enabled: options.enabled ?? true });
}

/** GET /api/organisations/:orgId/people/:personId */
export const personQuery = (orgId: string, personId: string) =>
  queryOptions({
    queryKey: peopleKeys.one(orgId, personId),
    queryFn: () => unwrap(client.GET('/api/organisations/{orgId}/people/{personId}', { params: { path: { orgId, personId } } })),
  });

export function usePerson(orgId: string, personId: string) {
  return useQuery(personQuery(orgId, personId));
}

function usePeopleChanged(orgId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: peopleKeys.all(orgId) }),
      queryClient.invalidateQueries({ queryKey: orgKeys.units(orgId) }),
      queryClient.invalidateQueries({ queryKey: orgKeys.one(orgId), exact: true }),
    ]);
}

/** POST /api/organisations/:orgId/people (no mail) */
export function useCreatePerson(orgId: string) {
  const changed = usePeopleChanged(orgId);
  return useMutation({
    mutationFn: (input: PersonInput) =>
      unwrap(client.POST('/api/organisations/{orgId}/people', { params: { path: { orgId } }, body: input })),
    onSuccess: changed,
  });
}

/** PATCH /api/organisations/:orgId/people/:personId */
export function useUpdatePerson(orgId: string) {
  const changed = usePeopleChanged(orgId);
  return useMutation({
    mutationFn: ({ personId, patch }: { personId: string; patch: Partial<PersonInput> }) =>
      unwrap(client.PATCH('/api/organisations/{orgId}/people/{personId}', { params: { path: { orgId, personId } }, body: patch })),
    onSuccess: changed,
  });
}

/** POST /api/organisations/:orgId/invitations (creates the person if new, and mails an invitation) */
export function useInvitePerson(orgId: string) {
  const changed = usePeopleChanged(orgId);
  return useMutation({
    mutationFn: (input: InvitationInput) =>
      unwrap(client.POST('/api/organisations/{orgId}/invitations', { params: { path: { orgId } }, body: input })),
    onSuccess: changed,
  });
}

/** POST /api/organisations/:orgId/people/:personId/invitation (a new link; old ones stop working) */
export function useResendInvitation(orgId: string) {
  const changed = usePeopleChanged(orgId);
  return useMutation({
    mutationFn: (personId: string) =>
      unwrap(client.POST('/api/organisations/{orgId}/people/{personId}/invitation', { params: { path: { orgId, personId } } })),
    onSuccess: changed,
  });
}

/** POST /api/organisations/:orgId/people/import with the file as the raw body. */
export function useImportPeople(orgId: string) {
  const changed = usePeopleChanged(orgId);
  return useMutation({
    mutationFn: ({ file, contentType }: { file: Blob; contentType: string }) =>
      unwrap(client.POST('/api/organisations/{orgId}/people/import', { params: { path: { orgId } }, ...rawBody(file, contentType) })),
    onSuccess: changed,
  });
}

/** POST /api/organisations/:orgId/invitations/bulk: invitations (and their mails) for several people at once. */
export function useInviteMany(orgId: string) {
  const changed = usePeopleChanged(orgId);
  return useMutation({
    mutationFn: (personIds: string[]) =>
      unwrap(client.POST('/api/organisations/{orgId}/invitations/bulk', { params: { path: { orgId } }, body: { personIds } })),
    onSuccess: changed,
  });
}
