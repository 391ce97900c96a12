import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { EVENT_KINDS, Program, ProgramInput, ProgramRole, ProgramStatus, ProgramSummary, Question, QUESTION_KINDS } from '@lots/core';
import { api } from '../../lib/api';

export const programKeys = {
  all: ['programs'] as const,
  one: (programId: string) => ['programs', programId] as const,
  questions: (programId: string, role?: ProgramRole) => ['programs', programId, 'questions', role ?? 'all'] as const,
  allQuestions: (programId: string) => ['programs', programId, 'questions'] as const,
};

export const programPath = (programId: string) => `/api/programs/${encodeURIComponent(programId)}`;

export type EventInput = {
  kind: (typeof EVENT_KINDS)[number];
  title: string;
  startsAt: string;
  location?: string | null;
  description?: string | null;
};
export type QuestionInput = {
  role: ProgramRole;
  kind: (typeof QUESTION_KINDS)[number];
  label: string;
  help?: string | null;
  options: string[];
  required: boolean;
};
export type QuestionPatch = { label?: string; help?: string | null; required?: boolean; position?: number };

/** GET /api/programs: what I manage and what my organisation can apply to. */
export function usePrograms() {
  return useQuery({ queryKey: programKeys.all, queryFn: () => api<ProgramSummary[]>('/api/programs') });
}

/** GET /api/programs/:programId */
export function useProgram(programId: string) {
  return useQuery({ queryKey: programKeys.one(programId), queryFn: () => api<Program>(programPath(programId)) });
}

/** Stores a program returned by a mutation and refreshes the list. */
function useProgramChanged() {
  const queryClient = useQueryClient();
  return (program: Program) => {
    queryClient.setQueryData(programKeys.one(program.id), program);
    return queryClient.invalidateQueries({ queryKey: programKeys.all, exact: true });
  };
}

/** POST /api/programs (a new draft owned by my organisation) */
export function useCreateProgram() {
  const changed = useProgramChanged();
  return useMutation({ mutationFn: (input: ProgramInput) => api<Program>('/api/programs', { json: input }), onSuccess: changed });
}

/** PATCH /api/programs/:programId */
export function useUpdateProgram(programId: string) {
  const changed = useProgramChanged();
  return useMutation({
    mutationFn: (patch: Partial<ProgramInput>) => api<Program>(programPath(programId), { method: 'PATCH', json: patch }),
    onSuccess: changed,
  });
}

/** POST /api/programs/:programId/status (409 for a move that is not allowed) */
export function useProgramStatus(programId: string) {
  const changed = useProgramChanged();
  return useMutation({
    mutationFn: (status: ProgramStatus) => api<Program>(`${programPath(programId)}/status`, { json: { status } }),
    onSuccess: changed,
  });
}

/** POST /api/programs/:programId/copy: a new draft for the next cohort, dates shifted. */
export function useCopyProgram(programId: string) {
  const changed = useProgramChanged();
  return useMutation({
    mutationFn: (input: { name?: string; shiftMonths: number }) => api<Program>(`${programPath(programId)}/copy`, { json: input }),
    onSuccess: changed,
  });
}

/** POST /api/programs/:programId/events */
export function useAddEvent(programId: string) {
  const changed = useProgramChanged();
  return useMutation({
    mutationFn: (input: EventInput) => api<Program>(`${programPath(programId)}/events`, { json: input }),
    onSuccess: changed,
  });
}

/** PATCH /api/programs/:programId/events/:eventId */
export function useUpdateEvent(programId: string) {
  const changed = useProgramChanged();
  return useMutation({
    mutationFn: ({ eventId, patch }: { eventId: string; patch: Partial<EventInput> }) =>
      api<Program>(`${programPath(programId)}/events/${encodeURIComponent(eventId)}`, { method: 'PATCH', json: patch }),
    onSuccess: changed,
  });
}

/** DELETE /api/programs/:programId/events/:eventId */
export function useDeleteEvent(programId: string) {
  const changed = useProgramChanged();
  return useMutation({
    mutationFn: (eventId: string) => api<Program>(`${programPath(programId)}/events/${encodeURIComponent(eventId)}`, { method: 'DELETE' }),
    onSuccess: changed,
  });
}

/** GET /api/programs/:programId/questions?role */
export function useQuestions(programId: string, role?: ProgramRole) {
  return useQuery({
    queryKey: programKeys.questions(programId, role),
    queryFn: () => api<Question[]>(`${programPath(programId)}/questions`, { query: { role } }),
  });
}

function useQuestionsChanged(programId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: programKeys.allQuestions(programId) });
}

/** POST /api/programs/:programId/questions */
export function useAddQuestion(programId: string) {
  const changed = useQuestionsChanged(programId);
  return useMutation({
    mutationFn: (input: QuestionInput) => api<Question>(`${programPath(programId)}/questions`, { json: input }),
    onSuccess: changed,
  });
}

/** PATCH /api/programs/:programId/questions/:questionId */
export function useUpdateQuestion(programId: string) {
  const changed = useQuestionsChanged(programId);
  return useMutation({
    mutationFn: ({ questionId, patch }: { questionId: string; patch: QuestionPatch }) =>
      api<Question>(`${programPath(programId)}/questions/${encodeURIComponent(questionId)}`, { method: 'PATCH', json: patch }),
    onSuccess: changed,
  });
}

/** DELETE /api/programs/:programId/questions/:questionId */
export function useDeleteQuestion(programId: string) {
  const changed = useQuestionsChanged(programId);
  return useMutation({
    mutationFn: (questionId: string) =>
      api<{ ok: true }>(`${programPath(programId)}/questions/${encodeURIComponent(questionId)}`, { method: 'DELETE' }),
    onSuccess: changed,
  });
}
