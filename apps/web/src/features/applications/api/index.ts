import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ApplicationInput,
  DecisionInput,
  ImportResult,
  Nomination,
  NominationInput,
  OverrideInput,
  ProgramRole,
  RecommendationRequest,
  RecommendationsRequest,
  ReviewListQuery,
} from '@lots/core';
import { client, rawBody, unwrap } from '../../../api/client';

export * from './questions';
export * from './responses';
export * from './register';

export type { ImportResult, Nomination };
export type Decision = DecisionInput['decision'];
export type ReviewParams = Partial<ReviewListQuery>;

export const applicationKeys = {
  all: (programId: string) => ['programs', programId, 'applications'] as const,
  mine: (programId: string) => ['programs', programId, 'applications', 'mine'] as const,
  review: (programId: string, params: ReviewParams) => ['programs', programId, 'applications', 'review', params] as const,
  one: (programId: string, applicationId: string) => ['programs', programId, 'applications', 'one', applicationId] as const,
  nominations: (programId: string) => ['programs', programId, 'nominations'] as const,
};

const program = (programId: string) => ({ params: { path: { programId } } });
const own = (programId: string, role: ProgramRole) => ({ params: { path: { programId, role } } });
const one = (programId: string, applicationId: string) => ({ params: { path: { programId, applicationId } } });

function useApplicationsChanged(programId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: applicationKeys.all(programId) }),
      queryClient.invalidateQueries({ queryKey: applicationKeys.nominations(programId) }),
    ]);
}

/** GET /api/programs/:programId/applications/mine (both roles) */
export const myApplicationsQuery = (programId: string) =>
  queryOptions({
    queryKey: applicationKeys.mine(programId),
    queryFn: () => unwrap(client.GET('/api/programs/{programId}/applications/mine', program(programId))),
  });

export function useMyApplications(programId: string, options: { enabled?: boolean } = {}) {
  return useQuery({ ...myApplicationsQuery(programId), enabled: options.enabled ?? true });
}

/** PUT /api/programs/:programId/applications/mine/:role (saves a draft; a submitted one stays submitted) */
export function useSaveApplication(programId: string, role: ProgramRole) {
  const changed = useApplicationsChanged(programId);
  return useMutation({
    mutationFn: (input: ApplicationInput) =>
      unwrap(client.PUT('/api/programs/{programId}/applications/mine/{role}', { ...own(programId, role), body: input })),
    onSuccess: changed,
  });
}

/** POST /api/programs/:programId/applications/mine/:role/submit */
export function useSubmitApplication(programId: string, role: ProgramRole) {
  const changed = useApplicationsChanged(programId);
  return useMutation({
    mutationFn: (input: ApplicationInput) =>
      unwrap(client.POST('/api/programs/{programId}/applications/mine/{role}/submit', { ...own(programId, role), body: input })),
    onSuccess: changed,
  });
}

/** POST /api/programs/:programId/applications/mine/:role/withdraw */
export function useWithdrawApplication(programId: string, role: ProgramRole) {
  const changed = useApplicationsChanged(programId);
  return useMutation({
    mutationFn: () => unwrap(client.POST('/api/programs/{programId}/applications/mine/{role}/withdraw', own(programId, role))),
    onSuccess: changed,
  });
}

/** GET /api/programs/:programId/applications?role&status&eligibility&confirmation&q&sort&dir&limit&offset (not drafts), one page */
export const reviewApplicationsQuery = (programId: string, params: ReviewParams) =>
  queryOptions({
    queryKey: applicationKeys.review(programId, params),
    queryFn: ({ signal }) =>
      unwrap(client.GET('/api/programs/{programId}/applications', { params: { path: { programId }, query: params }, signal })),
  });

export function useReviewApplications(programId: string, params: ReviewParams) {
  return useQuery({ ...reviewApplicationsQuery(programId, params), placeholderData: keepPreviousData });
}

/** GET /api/programs/:programId/applications/:applicationId */
export const applicationQuery = (programId: string, applicationId: string) =>
  queryOptions({
    queryKey: applicationKeys.one(programId, applicationId),
    queryFn: () => unwrap(client.GET('/api/programs/{programId}/applications/{applicationId}', one(programId, applicationId))),
  });

export function useApplication(programId: string, applicationId: string) {
  return useQuery(applicationQuery(programId, applicationId));
}

/** POST /api/programs/:programId/decisions (each applicant is mailed) */
export function useDecide(programId: string) {
  const changed = useApplicationsChanged(programId);
  return useMutation({
    mutationFn: (input: DecisionInput) =>
      unwrap(client.POST('/api/programs/{programId}/decisions', { ...program(programId), body: input })),
    onSuccess: changed,
  });
}

/** POST /api/programs/:programId/applications/:applicationId/overrides */
export function useOverrideRule(programId: string, applicationId: string) {
  const changed = useApplicationsChanged(programId);
  return useMutation({
    mutationFn: (input: OverrideInput) =>
      unwrap(
        client.POST('/api/programs/{programId}/applications/{applicationId}/overrides', { ...one(programId, applicationId), body: input }),
      ),
    onSuccess: changed,
  });
}

/** POST /api/programs/:programId/applications/:applicationId/confirmation/remind */
export function useRemindManager(programId: string) {
  const changed = useApplicationsChanged(programId);
  return useMutation({
    mutationFn: (applicationId: string) =>
      unwrap(client.POST('/api/programs/{programId}/applications/{applicationId}/confirmation/remind', one(programId, applicationId))),
    onSuccess: changed,
  });
}

/** POST /api/programs/:programId/applications/:applicationId/recommendations */
export function useRequestRecommendation(programId: string, applicationId: string) {
  const changed = useApplicationsChanged(programId);
  return useMutation({
    mutationFn: (input: RecommendationRequest) =>
      unwrap(
        client.POST('/api/programs/{programId}/applications/{applicationId}/recommendations', {
          ...one(programId, applicationId),
          body: input,
        }),
      ),
    onSuccess: changed,
  });
}

/** POST /api/programs/:programId/recommendations: one recommender, several applicants, one mail. */
export function useRequestRecommendations(programId: string) {
  const changed = useApplicationsChanged(programId);
  return useMutation({
    mutationFn: (input: RecommendationsRequest) =>
      unwrap(client.POST('/api/programs/{programId}/recommendations', { ...program(programId), body: input })),
    onSuccess: changed,
  });
}

/** POST /api/programs/:programId/applications/import with the file as the raw body. */
export function useImportApplications(programId: string) {
  const changed = useApplicationsChanged(programId);
  return useMutation({
    mutationFn: ({ file, contentType }: { file: Blob; contentType: string }) =>
      unwrap(client.POST('/api/programs/{programId}/applications/import', { ...program(programId), ...rawBody(file, contentType) })),
    onSuccess: changed,
  });
}

/** POST /api/programs/:programId/nominations */
export function useNominate(programId: string) {
  const changed = useApplicationsChanged(programId);
  return useMutation({
    mutationFn: (input: NominationInput) =>
      unwrap(client.POST('/api/programs/{programId}/nominations', { ...program(programId), body: input })),
    onSuccess: changed,
  });
}

/** GET /api/programs/:programId/nominations (coordinators) */
export const nominationsQuery = (programId: string) =>
  queryOptions({
    queryKey: applicationKeys.nominations(programId),
    queryFn: () => unwrap(client.GET('/api/programs/{programId}/nominations', program(programId))),
  });

export function useNominations(programId: string) {
  return useQuery(nominationsQuery(programId));
}
