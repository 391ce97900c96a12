import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AnswersInput, Locale, SurveyForm, SurveyInput, SurveyQuestionsInput } from '@lots/core';
import { client, rawBody, unwrap } from '../../../api/client';

export const evaluationKeys = {
  surveys: (programId: string) => ['programs', programId, 'surveys'] as const,
  results: (programId: string, waveId: string) => ['programs', programId, 'surveys', 'waves', waveId] as const,
  dashboard: (programId: string) => ['programs', programId, 'evaluation'] as const,
  link: (token: string) => ['survey-links', token] as const,
  invitation: (invitationId: string) => ['surveys', invitationId] as const,
  mine: ['me', 'surveys'] as const,
  rematch: (programId: string) => ['programs', programId, 'rematch-requests'] as const,
};

/** Where a survey is answered from: the mailed link (no account) or the app (the signed-in person's invitation). */
export type SurveySource = { token: string } | { invitationId: string };

const program = (programId: string) => ({ params: { path: { programId } } });
const base = (programId: string) => `/api/programs/${encodeURIComponent(programId)}/evaluation`;

/** The management report and the exports (plain download links). */
export const reportPdfUrl = (programId: string, lang: Locale) => `${base(programId)}/report.pdf?lang=${lang}`;
export const exportUrl = (programId: string, format: 'csv' | 'xlsx', lang: Locale) => `${base(programId)}/export/${format}?lang=${lang}`;

/** GET /api/programs/:programId/surveys: the schedule with each wave's response counts. */
export const surveysQuery = (programId: string) =>
  queryOptions({
    queryKey: evaluationKeys.surveys(programId),
    queryFn: ({ signal }) => unwrap(client.GET('/api/programs/{programId}/surveys', { ...program(programId), signal })),
  });

/** GET …/surveys/waves/:waveId/results: suppressed figures of one wave. */
export const waveResultsQuery = (programId: string, waveId: string) =>
  queryOptions({
    queryKey: evaluationKeys.results(programId, waveId),
    queryFn: ({ signal }) =>
      unwrap(client.GET('/api/programs/{programId}/surveys/waves/{waveId}/results', { params: { path: { programId, waveId } }, signal })),
  });

/** GET /api/programs/:programId/evaluation: funnel, pair health, waves, before/after. */
export const dashboardQuery = (programId: string) =>
  queryOptions({
    queryKey: evaluationKeys.dashboard(programId),
    queryFn: ({ signal }) => unwrap(client.GET('/api/programs/{programId}/evaluation', { ...program(programId), signal })),
  });

/** GET /api/me/surveys: the signed-in person's open surveys. */
export const mySurveysQuery = queryOptions({
  queryKey: evaluationKeys.mine,
  queryFn: ({ signal }) => unwrap(client.GET('/api/me/surveys', { signal })),
});

export function useAddSurvey(programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SurveyInput) =>
      unwrap(client.POST('/api/programs/{programId}/surveys', { ...program(programId), body: body as never })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['programs', programId] }),
  });
}

export function useAnswer(source: SurveySource) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AnswersInput) =>
      'token' in source
        ? unwrap(client.POST('/api/survey-links/{token}/answers', { params: { path: { token: source.token } }, body: body as never }))
        : unwrap(
            client.POST('/api/surveys/{invitationId}/answers', {
              params: { path: { invitationId: source.invitationId } },
              body: body as never,
            }),
          ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: evaluationKeys.mine }),
  });
}

export function useRematch(source: SurveySource) {
  return useMutation({
    mutationFn: (message: string | null) =>
      'token' in source
        ? unwrap(client.POST('/api/survey-links/{token}/rematch', { params: { path: { token: source.token } }, body: { message } }))
        : unwrap(
            client.POST('/api/surveys/{invitationId}/rematch', {
              params: { path: { invitationId: source.invitationId } },
              body: { message },
            }),
          ),
  });
}

/** DELETE /api/me/surveys/health-answers: removes one's well-being answers everywhere (withdrawn consent). */
export function useRemoveHealthAnswers() {
  return useMutation({ mutationFn: () => unwrap(client.DELETE('/api/me/surveys/health-answers', {})) });
}

export const useSurveys = (programId: string) => useQuery(surveysQuery(programId));
export const useDashboard = (programId: string) => useQuery(dashboardQuery(programId));
export const useWaveResults = (programId: string, waveId: string | null) =>
  useQuery({ ...waveResultsQuery(programId, waveId ?? ''), enabled: waveId !== null });
export const useSurveyForm = (source: SurveySource) =>
  useQuery<SurveyForm>({
    queryKey: 'token' in source ? evaluationKeys.link(source.token) : evaluationKeys.invitation(source.invitationId),
    queryFn: ({ signal }) =>
      'token' in source
        ? unwrap(client.GET('/api/survey-links/{token}', { params: { path: { token: source.token } }, signal }))
        : unwrap(client.GET('/api/surveys/{invitationId}', { params: { path: { invitationId: source.invitationId } }, signal })),
    retry: false,
  });
export const useMySurveys = () => useQuery(mySurveysQuery);

/** PUT …/surveys/:surveyId/questions: the survey's own questions, until its first answer. */
export function useUpdateQuestions(programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ surveyId, body }: { surveyId: string; body: SurveyQuestionsInput }) =>
      unwrap(
        client.PUT('/api/programs/{programId}/surveys/{surveyId}/questions', {
          params: { path: { programId, surveyId } },
          body: body as never,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: evaluationKeys.surveys(programId) }),
  });
}

/** DELETE …/surveys/:surveyId: deleted without answers, ended with them. */
export function useRemoveSurvey(programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (surveyId: string) =>
      unwrap(client.DELETE('/api/programs/{programId}/surveys/{surveyId}', { params: { path: { programId, surveyId } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['programs', programId] }),
  });
}

export const REMATCH_PAGE = 20;
/** GET …/rematch-requests: open first, paginated. */
export const useRematchRequests = (programId: string, offset: number) =>
  useQuery({
    queryKey: [...evaluationKeys.rematch(programId), offset],
    queryFn: ({ signal }) =>
      unwrap(
        client.GET('/api/programs/{programId}/rematch-requests', {
          params: { path: { programId }, query: { limit: REMATCH_PAGE, offset } },
          signal,
        }),
      ),
    placeholderData: (previous) => previous,
  });

export function useHandleRematch(programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ requestId, handled }: { requestId: string; handled: boolean }) =>
      unwrap(
        client.PATCH('/api/programs/{programId}/rematch-requests/{requestId}', {
          params: { path: { programId, requestId } },
          body: { handled },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: evaluationKeys.rematch(programId) }),
  });
}

const organisation = (orgId: string) => ({ params: { path: { orgId } } });
export const organisationEvaluationKey = (orgId: string) => ['organisations', orgId, 'evaluation'] as const;

/** GET /api/organisations/:orgId/evaluation: the organisation's programs by type, and its HR figures (suppressed). */
export const useOrganisationEvaluation = (orgId: string) =>
  useQuery({
    queryKey: organisationEvaluationKey(orgId),
    queryFn: ({ signal }) => unwrap(client.GET('/api/organisations/{orgId}/evaluation', { ...organisation(orgId), signal })),
  });

/** POST …/hr-figures/preview/import or …/hr-figures/import: an HR file checked and shown, or saved (all rows or none). */
export function useHrImport(orgId: string, save: boolean) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, contentType }: { file: Blob; contentType: string }) =>
      save
        ? unwrap(
            client.POST('/api/organisations/{orgId}/evaluation/hr-figures/import', {
              ...organisation(orgId),
              ...rawBody(file, contentType),
            }),
          )
        : unwrap(
            client.POST('/api/organisations/{orgId}/evaluation/hr-figures/preview/import', {
              ...organisation(orgId),
              ...rawBody(file, contentType),
            }),
          ),
    onSuccess: (result) => (result.saved ? queryClient.invalidateQueries({ queryKey: organisationEvaluationKey(orgId) }) : undefined),
  });
}

/** DELETE …/hr-figures/:period: every group of one period. */
export function useRemoveHrPeriod(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (period: string) =>
      unwrap(client.DELETE('/api/organisations/{orgId}/evaluation/hr-figures/{period}', { params: { path: { orgId, period } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: organisationEvaluationKey(orgId) }),
  });
}
