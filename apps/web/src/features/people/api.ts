import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Locale, Person, PersonInput, Role } from '@lots/core';
import { api } from '../../lib/api';
import { orgKeys } from '../organisations/api';

export type PeopleParams = { q?: string; unitId?: string; role?: Role; limit: number; offset: number };
export type PeoplePage = { items: Person[]; total: number };
export type ImportResult = { imported: number; updated: number };

export const peopleKeys = {
  all: (orgId: string) => ['organisations', orgId, 'people'] as const,
  list: (orgId: string, params: PeopleParams) => ['organisations', orgId, 'people', 'list', params] as const,
  one: (orgId: string, personId: string) => ['organisations', orgId, 'people', 'one', personId] as const,
};

const peoplePath = (orgId: string) => `/api/organisations/${encodeURIComponent(orgId)}/people`;

/** GET /api/organisations/:orgId/people?q&unitId&role&limit&offset */
export function usePeople(orgId: string, params: PeopleParams, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: peopleKeys.list(orgId, params),
    queryFn: ({ signal }) => api<PeoplePage>(peoplePath(orgId), { query: params, signal }),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}

/** GET /api/organisations/:orgId/people/:personId */
export function usePerson(orgId: string, personId: string) {
  return useQuery({
    queryKey: peopleKeys.one(orgId, personId),
    queryFn: () => api<Person>(`${peoplePath(orgId)}/${encodeURIComponent(personId)}`),
  });
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
    mutationFn: (input: PersonInput) => api<Person>(peoplePath(orgId), { json: input }),
    onSuccess: changed,
  });
}

/** PATCH /api/organisations/:orgId/people/:personId */
export function useUpdatePerson(orgId: string) {
  const changed = usePeopleChanged(orgId);
  return useMutation({
    mutationFn: ({ personId, patch }: { personId: string; patch: Partial<PersonInput> }) =>
      api<Person>(`${peoplePath(orgId)}/${encodeURIComponent(personId)}`, { method: 'PATCH', json: patch }),
    onSuccess: changed,
  });
}

/** POST /api/organisations/:orgId/invitations (creates the person if new, and mails an invitation) */
export function useInvitePerson(orgId: string) {
  const changed = usePeopleChanged(orgId);
  return useMutation({
    mutationFn: (input: PersonInput & { locale?: Locale }) =>
      api<Person>(`/api/organisations/${encodeURIComponent(orgId)}/invitations`, { json: input }),
    onSuccess: changed,
  });
}

/** POST /api/organisations/:orgId/people/:personId/invitation (a new link; old ones stop working) */
export function useResendInvitation(orgId: string) {
  const changed = usePeopleChanged(orgId);
  return useMutation({
    mutationFn: (personId: string) =>
      api<{ ok: true }>(`${peoplePath(orgId)}/${encodeURIComponent(personId)}/invitation`, { method: 'POST' }),
    onSuccess: changed,
  });
}

/** POST /api/organisations/:orgId/people/import with the file as the raw body. */
export function useImportPeople(orgId: string) {
  const changed = usePeopleChanged(orgId);
  return useMutation({
    mutationFn: ({ file, contentType }: { file: Blob; contentType: string }) =>
      api<ImportResult>(`${peoplePath(orgId)}/import`, { raw: file, contentType }),
    onSuccess: changed,
  });
}
