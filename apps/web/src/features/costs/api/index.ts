import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AdeptCapInput, CostOverview, CostSettingsInput, InvoiceInput, SharedCostInput, SharedCostPatch } from '@lots/core';
import { client, serializeQuery, unwrap } from '../../../api/client';

export const costKeys = {
  program: (programId: string) => ['costs', programId] as const,
  page: (programId: string, page: number) => ['costs', programId, page] as const,
};

/** GET /api/programs/:programId/costs */
export const costsQuery = (programId: string, page = 1) =>
  queryOptions({
    queryKey: costKeys.page(programId, page),
    queryFn: () =>
      unwrap(client.GET('/api/programs/{programId}/costs', { params: { path: { programId }, query: { page, pageSize: 25 } } })),
    placeholderData: keepPreviousData,
  });

export function useCosts(programId: string, page = 1) {
  return useQuery(costsQuery(programId, page));
}

/** Whether the viewer sees the program's costs at all (participants do not): a 200 either way, never a refused request. */
export function useCostsVisible(programId: string) {
  return useQuery({
    queryKey: [...costKeys.program(programId), 'access'] as const,
    queryFn: () => unwrap(client.GET('/api/programs/{programId}/costs/access', { params: { path: { programId } } })),
    select: (access) => access.read,
  });
}

/** Stores the overview a mutation answers with and refreshes the other pages. */
function useCostsChanged(programId: string) {
  const queryClient = useQueryClient();
  return (overview: CostOverview) => {
    queryClient.setQueryData(costKeys.page(programId, 1), overview);
    void queryClient.invalidateQueries({ queryKey: costKeys.program(programId) });
  };
}

const path = (programId: string) => ({ params: { path: { programId } } });
const orgPath = (programId: string, organisationId: string) => ({ params: { path: { programId, organisationId } } });

/** PUT /api/programs/:programId/costs/settings */
export function useSaveCostSettings(programId: string) {
  const changed = useCostsChanged(programId);
  return useMutation({
    mutationFn: (input: CostSettingsInput) =>
      unwrap(client.PUT('/api/programs/{programId}/costs/settings', { ...path(programId), body: input })),
    onSuccess: changed,
  });
}

/** POST /api/programs/:programId/costs/shared */
export function useAddCost(programId: string) {
  const changed = useCostsChanged(programId);
  return useMutation({
    mutationFn: (input: SharedCostInput) =>
      unwrap(client.POST('/api/programs/{programId}/costs/shared', { ...path(programId), body: input })),
    onSuccess: changed,
  });
}

/** PATCH /api/programs/:programId/costs/shared/:costId */
export function useUpdateCost(programId: string) {
  const changed = useCostsChanged(programId);
  return useMutation({
    mutationFn: ({ costId, patch }: { costId: string; patch: SharedCostPatch }) =>
      unwrap(client.PATCH('/api/programs/{programId}/costs/shared/{costId}', { params: { path: { programId, costId } }, body: patch })),
    onSuccess: changed,
  });
}

/** DELETE /api/programs/:programId/costs/shared/:costId */
export function useDeleteCost(programId: string) {
  const changed = useCostsChanged(programId);
  return useMutation({
    mutationFn: (costId: string) =>
      unwrap(client.DELETE('/api/programs/{programId}/costs/shared/{costId}', { params: { path: { programId, costId } } })),
    onSuccess: changed,
  });
}

/** PUT /api/programs/:programId/costs/organisations/:organisationId/invoice */
export function useMarkInvoiced(programId: string) {
  const changed = useCostsChanged(programId);
  return useMutation({
    mutationFn: ({ organisationId, ...input }: InvoiceInput & { organisationId: string }) =>
      unwrap(
        client.PUT('/api/programs/{programId}/costs/organisations/{organisationId}/invoice', {
          ...orgPath(programId, organisationId),
          body: input,
        }),
      ),
    onSuccess: changed,
  });
}

/** DELETE /api/programs/:programId/costs/organisations/:organisationId/invoice */
export function useUnmarkInvoiced(programId: string) {
  const changed = useCostsChanged(programId);
  return useMutation({
    mutationFn: (organisationId: string) =>
      unwrap(client.DELETE('/api/programs/{programId}/costs/organisations/{organisationId}/invoice', orgPath(programId, organisationId))),
    onSuccess: changed,
  });
}

/** PUT /api/programs/:programId/costs/organisations/:organisationId/cap */
export function useSetAdeptCap(programId: string) {
  const changed = useCostsChanged(programId);
  return useMutation({
    mutationFn: ({ organisationId, ...input }: AdeptCapInput & { organisationId: string }) =>
      unwrap(
        client.PUT('/api/programs/{programId}/costs/organisations/{organisationId}/cap', {
          ...orgPath(programId, organisationId),
          body: input,
        }),
      ),
    onSuccess: changed,
  });
}

/** GET …/basis?format= — a link the browser downloads. */
export function basisUrl(programId: string, organisationId: string, format: 'csv' | 'xlsx' | 'pdf', lang: string): string {
  return `/api/programs/${programId}/costs/organisations/${organisationId}/basis?${serializeQuery({ format, lang })}`;
}

/** GET …/costs/summary?format= — the program-wide cost summary, a link the browser downloads. */
export function summaryUrl(programId: string, format: 'csv' | 'xlsx' | 'pdf', lang: string): string {
  return `/api/programs/${programId}/costs/summary?${serializeQuery({ format, lang })}`;
}

/** GET …/shared/:costId/attachment */
export const attachmentUrl = (programId: string, costId: string) => `/api/programs/${programId}/costs/shared/${costId}/attachment`;
