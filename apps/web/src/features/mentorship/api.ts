import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CLAUSE_KEYS, Locale, MEETING_MODES, Mentorship, noteSchema, PairHealth } from '@lots/core';
import { api } from '../../lib/api';

export type Meeting = Mentorship['meetings'][number];
export type AgendaItem = Mentorship['agenda'][number];
export type Checkin = Mentorship['checkins'][number];
export type Goal = NonNullable<Mentorship['agreement']>['goals'][number];
export type Clause = Mentorship['defaultClauses'][number];
export type Note = ReturnType<(typeof noteSchema)['parse']>;
export type PairRole = Mentorship['myRole'];
export type Continuation = 'continue' | 'end';

export type AgreementInput = {
  cadenceWeeksMin: number;
  cadenceWeeksMax: number;
  meetingMinutes: number;
  mode: (typeof MEETING_MODES)[number];
  place?: string | null;
  goals: string[];
};
export type MeetingInput = { heldOn: string; durationMinutes: number; mode: 'digital' | 'physical' };
export type CheckinInput = { goalId: string; progress: number; comment?: string | null };
export type ClauseInput = { key: (typeof CLAUSE_KEYS)[number]; sv: string; nb: string; en: string };

export const mentorshipKeys = {
  mine: ['mentorships'] as const,
  one: (pairId: string) => ['mentorships', pairId] as const,
  notes: (pairId: string) => ['mentorships', pairId, 'notes'] as const,
  clauses: (programId: string) => ['programs', programId, 'clauses'] as const,
  health: (programId: string) => ['programs', programId, 'health'] as const,
};

const pairPath = (pairId: string) => `/api/mentorships/${encodeURIComponent(pairId)}`;
const programPath = (programId: string) => `/api/programs/${encodeURIComponent(programId)}`;

/** The agreement as a PDF, in the given language (a plain download link). */
export const agreementPdfUrl = (pairId: string, lang: Locale) => `${pairPath(pairId)}/agreement.pdf?lang=${lang}`;
/** The planned next meeting as a calendar file. */
export const nextMeetingIcsUrl = (pairId: string) => `${pairPath(pairId)}/next-meeting.ics`;

/** GET /api/mentorships: mine, active or ended. */
export function useMentorships() {
  return useQuery({ queryKey: mentorshipKeys.mine, queryFn: ({ signal }) => api<Mentorship[]>('/api/mentorships', { signal }) });
}

/** GET /api/mentorships/:pairId: the pair's shared space (404 for anyone but the two). */
export function useMentorship(pairId: string) {
  return useQuery({ queryKey: mentorshipKeys.one(pairId), queryFn: ({ signal }) => api<Mentorship>(pairPath(pairId), { signal }) });
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
    api<Mentorship>(`${pairPath(pairId)}/agreement`, { method: 'PUT', json: input }),
  );
}

/** POST /api/mentorships/:pairId/agreement/sign (409 when the version has changed meanwhile). */
export function useSignAgreement(pairId: string) {
  return usePairMutation(pairId, (version: number) => api<Mentorship>(`${pairPath(pairId)}/agreement/sign`, { json: { version } }));
}

/** POST /api/mentorships/:pairId/meetings */
export function useLogMeeting(pairId: string) {
  return usePairMutation(pairId, (input: MeetingInput) => api<Mentorship>(`${pairPath(pairId)}/meetings`, { json: input }));
}

/** DELETE /api/mentorships/:pairId/meetings/:meetingId */
export function useDeleteMeeting(pairId: string) {
  return usePairMutation(pairId, (meetingId: string) =>
    api<Mentorship>(`${pairPath(pairId)}/meetings/${encodeURIComponent(meetingId)}`, { method: 'DELETE' }),
  );
}

/** PUT /api/mentorships/:pairId/next-meeting (null clears it) */
export function useSetNextMeeting(pairId: string) {
  return usePairMutation(pairId, (nextMeetingAt: string | null) =>
    api<Mentorship>(`${pairPath(pairId)}/next-meeting`, { method: 'PUT', json: { nextMeetingAt } }),
  );
}

/** POST /api/mentorships/:pairId/agenda */
export function useAddAgendaItem(pairId: string) {
  return usePairMutation(pairId, (text: string) => api<Mentorship>(`${pairPath(pairId)}/agenda`, { json: { text } }));
}

/** PATCH /api/mentorships/:pairId/agenda/:itemId; the tick shows at once and is undone if the request fails. */
export function useTickAgendaItem(pairId: string) {
  const queryClient = useQueryClient();
  const key = mentorshipKeys.one(pairId);
  return useMutation({
    mutationFn: ({ itemId, done }: { itemId: string; done: boolean }) =>
      api<Mentorship>(`${pairPath(pairId)}/agenda/${encodeURIComponent(itemId)}`, { method: 'PATCH', json: { done } }),
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
    api<Mentorship>(`${pairPath(pairId)}/agenda/${encodeURIComponent(itemId)}`, { method: 'DELETE' }),
  );
}

/** POST /api/mentorships/:pairId/checkins */
export function useAddCheckin(pairId: string) {
  return usePairMutation(pairId, (input: CheckinInput) => api<Mentorship>(`${pairPath(pairId)}/checkins`, { json: input }));
}

/** POST /api/mentorships/:pairId/end: either party, at any time; the reason stays with the pair. */
export function useEndMentorship(pairId: string) {
  return usePairMutation(pairId, (reason: string | null) => api<Mentorship>(`${pairPath(pairId)}/end`, { json: { reason } }));
}

/** POST /api/mentorships/:pairId/continuation (near or after the program's end) */
export function useChooseContinuation(pairId: string) {
  return usePairMutation(pairId, (choice: Continuation) => api<Mentorship>(`${pairPath(pairId)}/continuation`, { json: { choice } }));
}

/** GET /api/mentorships/:pairId/notes: the reader's own private notes, nobody else's. */
export function useNotes(pairId: string) {
  return useQuery({
    queryKey: mentorshipKeys.notes(pairId),
    queryFn: ({ signal }) => api<Note[]>(`${pairPath(pairId)}/notes`, { signal }),
  });
}

function useNoteMutation<V>(pairId: string, request: (vars: V) => Promise<Note[]>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: request, onSuccess: (notes) => queryClient.setQueryData(mentorshipKeys.notes(pairId), notes) });
}

/** POST /api/mentorships/:pairId/notes */
export function useAddNote(pairId: string) {
  return useNoteMutation(pairId, (text: string) => api<Note[]>(`${pairPath(pairId)}/notes`, { json: { text } }));
}

/** PATCH /api/mentorships/:pairId/notes/:noteId */
export function useUpdateNote(pairId: string) {
  return useNoteMutation(pairId, ({ noteId, text }: { noteId: string; text: string }) =>
    api<Note[]>(`${pairPath(pairId)}/notes/${encodeURIComponent(noteId)}`, { method: 'PATCH', json: { text } }),
  );
}

/** DELETE /api/mentorships/:pairId/notes/:noteId */
export function useDeleteNote(pairId: string) {
  return useNoteMutation(pairId, (noteId: string) =>
    api<Note[]>(`${pairPath(pairId)}/notes/${encodeURIComponent(noteId)}`, { method: 'DELETE' }),
  );
}

/** GET /api/programs/:programId/clauses (coordinators) */
export function useClauses(programId: string) {
  return useQuery({
    queryKey: mentorshipKeys.clauses(programId),
    queryFn: ({ signal }) => api<Clause[]>(`${programPath(programId)}/clauses`, { signal }),
  });
}

/** PUT /api/programs/:programId/clauses: used by agreements written from now on. */
export function useSaveClauses(programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (clauses: ClauseInput[]) => api<Clause[]>(`${programPath(programId)}/clauses`, { method: 'PUT', json: { clauses } }),
    onSuccess: (clauses) => queryClient.setQueryData(mentorshipKeys.clauses(programId), clauses),
  });
}

/** GET /api/programs/:programId/health: that pairs meet, never what they say. */
export function useProgramHealth(programId: string) {
  return useQuery({
    queryKey: mentorshipKeys.health(programId),
    queryFn: ({ signal }) => api<PairHealth[]>(`${programPath(programId)}/health`, { signal }),
  });
}
