import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AnswersInput, Locale, SurveyInput } from '@lots/core';
import { client, unwrap } from '../../../api/client';

export const evaluationKeys = {
  surveys: (programId: string) => ['programs', programId, 'surveys'] as const,
  results: (programId: string, waveId: string) => ['programs', programId, 'surveys', 'waves', waveId] as const,
  dashboard: (programId: string) => ['programs', programId, 'evaluation'] as const,
  link: (token: string) => ['survey-links', token] as const,
};

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

/** GET /api/survey-links/:token: the form behind a mailed link. */
export const surveyLinkQuery = (token: string) =>
  queryOptions({
    queryKey: evaluationKeys.link(token),
    queryFn: ({ signal }) => unwrap(client.GET('/api/survey-links/{token}', { params: { path: { token } }, signal })),
    retry: false,
  });

export function useAddSurvey(programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SurveyInput) =>
      unwrap(client.POST('/api/programs/{programId}/surveys', { ...program(programId), body: body as never })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['programs', programId] }),
  });
}

export function useAnswerByLink(token: string) {
  return useMutation({
    mutationFn: (body: AnswersInput) =>
      unwrap(client.POST('/api/survey-links/{token}/answers', { params: { path: { token } }, body: body as never })),
  });
}

export function useRematchByLink(token: string) {
  return useMutation({
    mutationFn: (message: string | null) =>
      unwrap(client.POST('/api/survey-links/{token}/rematch', { params: { path: { token } }, body: { message } })),
  });
}

export const useSurveys = (programId: string) => useQuery(surveysQuery(programId));
export const useDashboard = (programId: string) => useQuery(dashboardQuery(programId));
export const useWaveResults = (programId: string, waveId: string | null) =>
  useQuery({ ...waveResultsQuery(programId, waveId ?? ''), enabled: waveId !== null });
export const useSurveyLink = (token: string) => useQuery(surveyLinkQuery(token));
