import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ProgramRole, QuestionInput, QuestionPatch } from '@lots/core';
import { client, unwrap } from '../../../api/client';

export type { QuestionInput, QuestionPatch };

export const questionKeys = {
  list: (programId: string, role?: ProgramRole) => ['programs', programId, 'questions', role ?? 'all'] as const,
  all: (programId: string) => ['programs', programId, 'questions'] as const,
};

/** GET /api/programs/:programId/questions?role */
export const questionsQuery = (programId: string, role?: ProgramRole) =>
  queryOptions({
    queryKey: questionKeys.list(programId, role),
    queryFn: () => unwrap(client.GET('/api/programs/{programId}/questions', { params: { path: { programId }, query: { role } } })),
  });

export function useQuestions(programId: string, role?: ProgramRole) {
  return useQuery(questionsQuery(programId, role));
}

function useQuestionsChanged(programId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: questionKeys.all(programId) });
}

/** POST /api/programs/:programId/questions */
export function useAddQuestion(programId: string) {
  const changed = useQuestionsChanged(programId);
  return useMutation({
    mutationFn: (input: QuestionInput) =>
      unwrap(client.POST('/api/programs/{programId}/questions', { params: { path: { programId } }, body: input })),
    onSuccess: changed,
  });
}

/** PATCH /api/programs/:programId/questions/:questionId */
export function useUpdateQuestion(programId: string) {
  const changed = useQuestionsChanged(programId);
  return useMutation({
    mutationFn: ({ questionId, patch }: { questionId: string; patch: QuestionPatch }) =>
      unwrap(
        client.PATCH('/api/programs/{programId}/questions/{questionId}', { params: { path: { programId, questionId } }, body: patch }),
      ),
    onSuccess: changed,
  });
}

/** DELETE /api/programs/:programId/questions/:questionId */
export function useDeleteQuestion(programId: string) {
  const changed = useQuestionsChanged(programId);
  return useMutation({
    mutationFn: (questionId: string) =>
      unwrap(client.DELETE('/api/programs/{programId}/questions/{questionId}', { params: { path: { programId, questionId } } })),
    onSuccess: changed,
  });
}
