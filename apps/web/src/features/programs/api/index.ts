import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CopyProgramInput, Program, ProgramInput, ProgramListQuery, ProgramStatus, ProgramSummaryPage } from '@lots/core';
import { client, unwrap } from '../../../api/client';

import { programKeys } from './keys';

export { programKeys };
export * from './participation';

export type { ProgramSummaryPage };

/** The program list's search, filters, order and page (the API's list query, decision 0161). */
export type ProgramListParams = Partial<Pick<ProgramListQuery, 'q' | 'status' | 'type' | 'managed' | 'sort' | 'dir'>> & {
  limit: number;
  offset: number;
};

/** GET /api/programs?q&status&type&managed&sort&dir&limit&offset: one page of what I manage and what my organisation can apply to. */
export const programsQuery = (params: ProgramListParams) =>
  queryOptions({
    queryKey: programKeys.list(params),
    queryFn: ({ signal }) => unwrap(client.GET('/api/programs', { params: { query: params }, signal })),
  });

export function usePrograms(params: ProgramListParams) {
  return useQuery({ ...programsQuery(params), placeholderData: keepPreviousData });
}

/** GET /api/programs/:programId */
export const programQuery = (programId: string) =>
  queryOptions({
    queryKey: programKeys.one(programId),
    queryFn: () => unwrap(client.GET('/api/programs/{programId}', { params: { path: { programId } } })),
  });

export function useProgram(programId: string) {
  return useQuery(programQuery(programId));
}

/** GET /api/programs/:programId/closing-preview: what closing will do to each pair, one page. */
export const closingPreviewQuery = (programId: string, limit: number) =>
  queryOptions({
    queryKey: [...programKeys.one(programId), 'closing-preview', limit] as const,
    queryFn: () =>
      unwrap(client.GET('/api/programs/{programId}/closing-preview', { params: { path: { programId }, query: { limit, offset: 0 } } })),
  });

/** Stores a program returned by a mutation and refreshes the list. */
export function useProgramChanged() {
  const queryClient = useQueryClient();
  return (program: Program) => {
    queryClient.setQueryData(programKeys.one(program.id), program);
    return queryClient.invalidateQueries({ queryKey: programKeys.lists });
  };
}

const path = (programId: string) => ({ params: { path: { programId } } });

/** POST /api/programs (a new draft owned by my organisation) */
export function useCreateProgram() {
  const changed = useProgramChanged();
  return useMutation({ mutationFn: (input: ProgramInput) => unwrap(client.POST('/api/programs', { body: input })), onSuccess: changed });
}

/** PATCH /api/programs/:programId */
export function useUpdateProgram(programId: string) {
  const changed = useProgramChanged();
  return useMutation({
    mutationFn: (patch: Partial<ProgramInput>) => unwrap(client.PATCH('/api/programs/{programId}', { ...path(programId), body: patch })),
    onSuccess: changed,
  });
}

/** POST /api/programs/:programId/status (409 for a move that is not allowed) */
export function useProgramStatus(programId: string) {
  const changed = useProgramChanged();
  return useMutation({
    mutationFn: (status: ProgramStatus) =>
      unwrap(client.POST('/api/programs/{programId}/status', { ...path(programId), body: { status } })),
    onSuccess: changed,
  });
}

/** POST /api/programs/:programId/copy: a new draft for the next cohort, dates shifted. */
export function useCopyProgram(programId: string) {
  const changed = useProgramChanged();
  return useMutation({
    mutationFn: (input: CopyProgramInput) => unwrap(client.POST('/api/programs/{programId}/copy', { ...path(programId), body: input })),
    onSuccess: changed,
  });
}

/**
 * GET /api/coordinator-candidates (a new program) or /api/programs/:programId/coordinator-candidates:
 * people who may be chosen as coordinators, one page, searched by name (decision 0121).
 */
export function useCoordinatorCandidates(programId: string | undefined, query: { q: string; limit: number; offset: number }) {
  const q = query.q.trim() || undefined;
  const params = { limit: query.limit, offset: query.offset, ...(q ? { q } : {}) };
  return useQuery({
    queryKey: [...programKeys.all, 'coordinator-candidates', programId ?? 'new', params] as const,
    queryFn: () =>
      programId
        ? unwrap(client.GET('/api/programs/{programId}/coordinator-candidates', { params: { path: { programId }, query: params } }))
        : unwrap(client.GET('/api/coordinator-candidates', { params: { query: params } })),
    placeholderData: (previous) => previous,
  });
}
