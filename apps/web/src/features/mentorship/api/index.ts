import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AgreementInput,
  CheckinInput,
  ClauseInput,
  Continuation,
  HealthSort,
  Locale,
  MeetingInput,
  Mentorship,
  Note,
  SortDirection,
} from '@lots/core';
import { client, unwrap } from '../../../api/client';

export type { AgreementInput, CheckinInput, ClauseInput, Continuation, MeetingInput, Note };
export type Meeting = Mentorship['meetings'][number];
export type AgendaItem = Mentorship['agenda'][number];
export type Checkin = Mentorship['checkins'][number];
export type Goal = NonNullable<Mentorship['agreement']>['goals'][number];
export type Clause = Mentorship['defaultClauses'][number];
export type PairRole = Mentorship['myRole'];

export const mentorshipKeys = {
  mine: ['mentorships'] as const,
  one: (pairId: string) => ['mentorships', pairId] as const,
  notes: (pairId: string) => ['mentorships', pairId, 'notes'] as const,
  clauses: (programId: string) => ['programs', programId, 'clauses'] as const,
  health: (programId: string, params?: HealthParams) => ['programs', programId, 'health', ...(params ? [params] : [])] as const,
};

const pairPath = (pairId: string) => `/api/mentorships/${encodeURIComponent(pairId)}`;
const pair = (pairId: string) => ({ params: { path: { pairId } } });
const program = (programId: string) => ({ params: { path: { programId } } });

/** The agreement as a PDF, in the given language (a plain download link). */
export const agreementPdfUrl = (pairId: string, lang: Locale) => `${pairPath(pairId)}/agreement.pdf?lang=${lang}`;
/** The planned next meeting as a calendar file. */
export const nextMeetingIcsUrl = (pairId: string) => `${pairPath(pairId)}/next-meeting.ics`;

/** GET /api/mentorships: mine, active or ended. */
export const mentorshipsQuery = queryOptions({
  queryKey: mentorshipKeys.mine,
  queryFn: ({ signal }) => unwrap(client.GET('/api/mentorships', { signal })),
});

export function useMentorships() {
  return useQuery(mentorshipsQuery);
}

/** GET /api/mentorships/:pairId: the pair's shared space (404 for anyone but the two). */
export const mentorshipQuery = (pairId: string) =>
  queryOptions({
    queryKey: mentorshipKeys.one(pairId),
    queryFn: ({ signal }) => unwrap(client.GET('/api/mentorships/{pairId}', { ...pair(pairId), signal })),
  });

export function useMentorship(pairId: string) {
  return useQuery(mentorshipQuery(pairId));
}

/** Every pair mutation answers with the whole space: store it, and let the list refresh. */
function usePairMutation<V>(pairId: string, request: (vars: V) => Promise<Mentorship>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: (mentorship) => {
      queryClient.setQueryData(mentorshipKeys.one(pairId), mentorship);
      return queryClient.invalidateQueries({ queryKey: mentorshipKeys.mine, exact: true });
    },
  });
}

/** PUT /api/mentorships/:pairId/agreement: a new version, which both must sign again. */
export function useSaveAgreement(pairId: string) {
  return usePairMutation(pairId, (input: AgreementInput) =>
    unwrap(client.PUT('/api/mentorships/{pairId}/agreement', { ...pair(pairId), body: input })),
  );
}

/** POST /api/mentorships/:pairId/agreement/sign (409 when the version has changed meanwhile). */
export function useSignAgreement(pairId: string) {
  return usePairMutation(pairId, (version: number) =>
    unwrap(client.POST('/api/mentorships/{pairId}/agreement/sign', { ...pair(pairId), body: { version } })),
  );
}

/** POST /api/mentorships/:pairId/meetings */
export function useLogMeeting(pairId: string) {
  return usePairMutation(pairId, (input: MeetingInput) =>
    unwrap(client.POST('/api/mentorships/{pairId}/meetings', { ...pair(pairId), body: input })),
  );
}

/** DELETE /api/mentorships/:pairId/meetings/:meetingId */
export function useDeleteMeeting(pairId: string) {
  return usePairMutation(pairId, (meetingId: string) =>
    unwrap(client.DELETE('/api/mentorships/{pairId}/meetings/{meetingId}', { params: { path: { pairId, meetingId } } })),
  );
}

/** PUT /api/mentorships/:pairId/next-meeting (null clears it) */
export function useSetNextMeeting(pairId: string) {
  return usePairMutation(pairId, (nextMeetingAt: string | null) =>
    unwrap(client.PUT('/api/mentorships/{pairId}/next-meeting', { ...pair(pairId), body: { nextMeetingAt } })),
  );
}

/** POST /api/mentorships/:pairId/agenda */
export function useAddAgendaItem(pairId: string) {
  return usePairMutation(pairId, (text: string) =>
    unwrap(client.POST('/api/mentorships/{pairId}/agenda', { ...pair(pairId), body: { text } })),
  );
}

/** PATCH /api/mentorships/:pairId/agenda/:itemId; the tick shows at once and is undone if the request fails. */
export function useTickAgendaItem(pairId: string) {
  const queryClient = useQueryClient();
  const key = mentorshipKeys.one(pairId);
  return useMutation({
    mutationFn: ({ itemId, done }: { itemId: string; done: boolean }) =>
      unwrap(client.PATCH('/api/mentorships/{pairId}/agenda/{itemId}', { params: { path: { pairId, itemId } }, body: { done } })),
    onMutate: async ({ itemId, done }) => {
      await queryClient.cancelQueries({ queryKey: key, exact: true });
      const before = queryClient.getQueryData<Mentorship>(key);
      if (before)
        queryClient.setQueryData<Mentorship>(key, { ...before, agenda: before.agenda.map((a) => (a.id === itemId ? { ...a, done } : a)) });
      return { before };
    },
    onError: (_error, _vars, context) => {
      if (context?.before) queryClient.setQueryData(key, context.before);
    },
    onSuccess: (mentorship) => queryClient.setQueryData(key, mentorship),
  });
}

/** DELETE /api/mentorships/:pairId/agenda/:itemId */
export function useDeleteAgendaItem(pairId: string) {
  return usePairMutation(pairId, (itemId: string) =>
    unwrap(client.DELETE('/api/mentorships/{pairId}/agenda/{itemId}', { params: { path: { pairId, itemId } } })),
  );
}

/** POST /api/mentorships/:pairId/checkins */
export function useAddCheckin(pairId: string) {
  return usePairMutation(pairId, (input: CheckinInput) =>
    unwrap(client.POST('/api/mentorships/{pairId}/checkins', { ...pair(pairId), body: input })),
  );
}

/** POST /api/mentorships/:pairId/end: either party, at any time; the reason stays with the pair. */
export function useEndMentorship(pairId: string) {
  return usePairMutation(pairId, (reason: string | null) =>
    unwrap(client.POST('/api/mentorships/{pairId}/end', { ...pair(pairId), body: { reason } })),
  );
}

/** POST /api/mentorships/:pairId/continuation (near or after the program's end) */
export function useChooseContinuation(pairId: string) {
  return usePairMutation(pairId, (choice: Continuation) =>
    unwrap(client.POST('/api/mentorships/{pairId}/continuation', { ...pair(pairId), body: { choice } })),
  );
}

/** GET /api/mentorships/:pairId/notes: the reader's own private notes, nobody else's. */
export const notesQuery = (pairId: string) =>
  queryOptions({
    queryKey: mentorshipKeys.notes(pairId),
    queryFn: ({ signal }) => unwrap(client.GET('/api/mentorships/{pairId}/notes', { ...pair(pairId), signal })),
  });

export function useNotes(pairId: string) {
  return useQuery(notesQuery(pairId));
}

function useNoteMutation<V>(pairId: string, request: (vars: V) => Promise<Note[]>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: request, onSuccess: (notes) => queryClient.setQueryData(mentorshipKeys.notes(pairId), notes) });
}

/** POST /api/mentorships/:pairId/notes */
export function useAddNote(pairId: string) {
  return useNoteMutation(pairId, (text: string) =>
    unwrap(client.POST('/api/mentorships/{pairId}/notes', { ...pair(pairId), body: { text } })),
  );
}

/** PATCH /api/mentorships/:pairId/notes/:noteId */
export function useUpdateNote(pairId: string) {
  return useNoteMutation(pairId, ({ noteId, text }: { noteId: string; text: string }) =>
    unwrap(client.PATCH('/api/mentorships/{pairId}/notes/{noteId}', { params: { path: { pairId, noteId } }, body: { text } })),
  );
}

/** DELETE /api/mentorships/:pairId/notes/:noteId */
export function useDeleteNote(pairId: string) {
  return useNoteMutation(pairId, (noteId: string) =>
    unwrap(client.DELETE('/api/mentorships/{pairId}/notes/{noteId}', { params: { path: { pairId, noteId } } })),
  );
}

/** GET /api/programs/:programId/clauses (coordinators) */
export const clausesQuery = (programId: string) =>
  queryOptions({
    queryKey: mentorshipKeys.clauses(programId),
    queryFn: ({ signal }) => unwrap(client.GET('/api/programs/{programId}/clauses', { ...program(programId), signal })),
  });

export function useClauses(programId: string) {
  return useQuery(clausesQuery(programId));
}

/** PUT /api/programs/:programId/clauses: used by agreements written from now on. */
export function useSaveClauses(programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (clauses: ClauseInput[]) =>
      unwrap(client.PUT('/api/programs/{programId}/clauses', { ...program(programId), body: { clauses } })),
    onSuccess: (clauses) => queryClient.setQueryData(mentorshipKeys.clauses(programId), clauses),
  });
}

/** The health view's query (the API's list query, decision 0161). */
export type HealthParams = {
  q?: string;
  status?: 'published' | 'active' | 'ended';
  agreement?: 'signed' | 'unsigned';
  quiet?: 'true' | 'false';
  sort?: HealthSort;
  dir?: SortDirection;
  limit: number;
  offset: number;
};

/** GET /api/programs/:programId/health: one page of pairs — that they meet, never what they say. */
export const programHealthQuery = (programId: string, params: HealthParams) =>
  queryOptions({
    queryKey: mentorshipKeys.health(programId, params),
    queryFn: ({ signal }) =>
      unwrap(client.GET('/api/programs/{programId}/health', { params: { path: { programId }, query: params }, signal })),
  });

/** The page shown stays while the next one loads, so the table and the focus in it stay put. */
export function useProgramHealth(programId: string, params: HealthParams) {
  return useQuery({ ...programHealthQuery(programId, params), placeholderData: keepPreviousData });
}
