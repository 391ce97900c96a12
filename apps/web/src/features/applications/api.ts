import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Application, ApplicationInput, nominationSchema, ProgramRole, RuleKind } from '@lots/core';
import { api } from '../../lib/api';
import { programPath } from '../programs/api';

export type Nomination = ReturnType<(typeof nominationSchema)['parse']>;
export type Decision = 'accepted' | 'waitlisted' | 'rejected';
export type ReviewParams = {
  role?: ProgramRole;
  status?: Application['status'];
  eligibility?: Application['eligibility']['status'];
  confirmation?: Application['confirmation'];
  q?: string;
  sort?: 'submittedAt' | 'name' | 'organisation';
};
export type ImportResult = { imported: number; updated: number };

export const applicationKeys = {
  all: (programId: string) => ['programs', programId, 'applications'] as const,
  mine: (programId: string) => ['programs', programId, 'applications', 'mine'] as const,
  review: (programId: string, params: ReviewParams) => ['programs', programId, 'applications', 'review', params] as const,
  one: (programId: string, applicationId: string) => ['programs', programId, 'applications', 'one', applicationId] as const,
  nominations: (programId: string) => ['programs', programId, 'nominations'] as const,
};

const applicationsPath = (programId: string) => `${programPath(programId)}/applications`;
const minePath = (programId: string, role: ProgramRole) => `${applicationsPath(programId)}/mine/${encodeURIComponent(role)}`;
const onePath = (programId: string, applicationId: string) => `${applicationsPath(programId)}/${encodeURIComponent(applicationId)}`;

function useApplicationsChanged(programId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: applicationKeys.all(programId) }),
      queryClient.invalidateQueries({ queryKey: applicationKeys.nominations(programId) }),
    ]);
}

/** GET /api/programs/:programId/applications/mine (both roles) */
export function useMyApplications(programId: string, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: applicationKeys.mine(programId),
    queryFn: () => api<Application[]>(`${applicationsPath(programId)}/mine`),
    enabled: options.enabled ?? true,
  });
}

/** PUT /api/programs/:programId/applications/mine/:role (saves a draft; a submitted one stays submitted) */
export function useSaveApplication(programId: string, role: ProgramRole) {
  const changed = useApplicationsChanged(programId);
  return useMutation({
    mutationFn: (input: ApplicationInput) => api<Application>(minePath(programId, role), { method: 'PUT', json: input }),
    onSuccess: changed,
  });
}

/** POST /api/programs/:programId/applications/mine/:role/submit */
export function useSubmitApplication(programId: string, role: ProgramRole) {
  const changed = useApplicationsChanged(programId);
  return useMutation({
    mutationFn: (input: ApplicationInput) => api<Application>(`${minePath(programId, role)}/submit`, { json: input }),
    onSuccess: changed,
  });
}

/** POST /api/programs/:programId/applications/mine/:role/withdraw */
export function useWithdrawApplication(programId: string, role: ProgramRole) {
  const changed = useApplicationsChanged(programId);
  return useMutation({
    mutationFn: () => api<Application>(`${minePath(programId, role)}/withdraw`, { method: 'POST' }),
    onSuccess: changed,
  });
}

/** GET /api/programs/:programId/applications?role&status&eligibility&confirmation&q&sort (not drafts) */
export function useReviewApplications(programId: string, params: ReviewParams) {
  return useQuery({
    queryKey: applicationKeys.review(programId, params),
    queryFn: ({ signal }) => api<Application[]>(applicationsPath(programId), { query: params, signal }),
    placeholderData: keepPreviousData,
  });
}

/** GET /api/programs/:programId/applications/:applicationId */
export function useApplication(programId: string, applicationId: string) {
  return useQuery({
    queryKey: applicationKeys.one(programId, applicationId),
    queryFn: () => api<Application>(onePath(programId, applicationId)),
  });
}

/** POST /api/programs/:programId/decisions (each applicant is mailed) */
export function useDecide(programId: string) {
  const changed = useApplicationsChanged(programId);
  return useMutation({
    mutationFn: (input: { applicationIds: string[]; decision: Decision; message?: string | null }) =>
      api<Application[]>(`${programPath(programId)}/decisions`, { json: input }),
    onSuccess: changed,
  });
}

/** POST /api/programs/:programId/applications/:applicationId/overrides */
export function useOverrideRule(programId: string, applicationId: string) {
  const changed = useApplicationsChanged(programId);
  return useMutation({
    mutationFn: (input: { kind: RuleKind; reason: string }) =>
      api<Application>(`${onePath(programId, applicationId)}/overrides`, { json: input }),
    onSuccess: changed,
  });
}

/** POST /api/programs/:programId/applications/:applicationId/confirmation/remind */
export function useRemindManager(programId: string) {
  const changed = useApplicationsChanged(programId);
  return useMutation({
    mutationFn: (applicationId: string) => api<Application>(`${onePath(programId, applicationId)}/confirmation/remind`, { method: 'POST' }),
    onSuccess: changed,
  });
}

/** POST /api/programs/:programId/applications/:applicationId/recommendations */
export function useRequestRecommendation(programId: string, applicationId: string) {
  const changed = useApplicationsChanged(programId);
  return useMutation({
    mutationFn: (input: { name: string; email: string }) =>
      api<Application>(`${onePath(programId, applicationId)}/recommendations`, { json: input }),
    onSuccess: changed,
  });
}

/** POST /api/programs/:programId/applications/import with the file as the raw body. */
export function useImportApplications(programId: string) {
  const changed = useApplicationsChanged(programId);
  return useMutation({
    mutationFn: ({ file, contentType }: { file: Blob; contentType: string }) =>
      api<ImportResult>(`${applicationsPath(programId)}/import`, { raw: file, contentType }),
    onSuccess: changed,
  });
}

/** POST /api/programs/:programId/nominations */
export function useNominate(programId: string) {
  const changed = useApplicationsChanged(programId);
  return useMutation({
    mutationFn: (input: { name: string; email: string; motivation?: string | null }) =>
      api<{ id: string; nomineeName: string; nomineeEmail: string }>(`${programPath(programId)}/nominations`, { json: input }),
    onSuccess: changed,
  });
}

/** GET /api/programs/:programId/nominations (coordinators) */
export function useNominations(programId: string) {
  return useQuery({
    queryKey: applicationKeys.nominations(programId),
    queryFn: () => api<Nomination[]>(`${programPath(programId)}/nominations`),
  });
}
