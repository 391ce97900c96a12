import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ContactInput, ContactList } from '@lots/core';
import { client, unwrap } from '../../../api/client';

/** Under the program's key, so that whatever refreshes a program refreshes its contacts too. */
export const contactKeys = { of: (programId: string) => ['programs', programId, 'contacts'] as const };

/** GET /api/programs/:programId/contacts: every organisation's contact for those who manage the program, one's own otherwise. */
export const contactsQuery = (programId: string) =>
  queryOptions({
    queryKey: contactKeys.of(programId),
    queryFn: () => unwrap(client.GET('/api/programs/{programId}/contacts', { params: { path: { programId } } })),
  });

export function useContacts(programId: string) {
  return useQuery(contactsQuery(programId));
}

/** Every change answers with the list as the viewer sees it. */
function useContactsChanged(programId: string) {
  const queryClient = useQueryClient();
  return (list: ContactList) => queryClient.setQueryData(contactKeys.of(programId), list);
}

/** PUT /api/programs/:programId/contacts/:organisationId (sets or replaces the organisation's contact) */
export function useSaveContact(programId: string) {
  const changed = useContactsChanged(programId);
  return useMutation({
    mutationFn: ({ organisationId, input }: { organisationId: string; input: ContactInput }) =>
      unwrap(
        client.PUT('/api/programs/{programId}/contacts/{organisationId}', { params: { path: { programId, organisationId } }, body: input }),
      ),
    onSuccess: changed,
  });
}

/** DELETE /api/programs/:programId/contacts/:organisationId */
export function useDeleteContact(programId: string) {
  const changed = useContactsChanged(programId);
  return useMutation({
    mutationFn: (organisationId: string) =>
      unwrap(client.DELETE('/api/programs/{programId}/contacts/{organisationId}', { params: { path: { programId, organisationId } } })),
    onSuccess: changed,
  });
}
