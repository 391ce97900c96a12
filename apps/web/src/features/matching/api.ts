import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  comparisonSchema,
  constraintSchema,
  matchingRunSummarySchema,
  MatchingRun,
  MatchingSettings,
  myPreferencesSchema,
  Pair,
  RULE_BREAKS,
  RunPair,
} from '@lots/core';
import { api } from '../../lib/api';
import { programPath } from '../programs/api';

export type Participant = RunPair['adept'];
export type RuleBreak = (typeof RULE_BREAKS)[number];
export type RunSummary = ReturnType<(typeof matchingRunSummarySchema)['parse']>;
export type Constraint = ReturnType<(typeof constraintSchema)['parse']>;
export type Comparison = ReturnType<(typeof comparisonSchema)['parse']>;
export type MyPreferences = ReturnType<(typeof myPreferencesSchema)['parse']>;
export type Candidate = MyPreferences['candidates'][number];
export type ConstraintInput = { kind: 'lock' | 'exclude'; adeptApplicationId: string; mentorApplicationId: string; reason?: string | null };
export type AssignInput = { adeptApplicationId: string; mentorApplicationId: string; reason?: string | null };
export type SwapInput = { runId: string; adeptApplicationIds: [string, string]; reason?: string | null };

export const matchingKeys = {
  all: (programId: string) => ['programs', programId, 'matching'] as const,
  settings: (programId: string) => ['programs', programId, 'matching', 'settings'] as const,
  runs: (programId: string) => ['programs', programId, 'matching', 'runs'] as const,
  run: (programId: string, runId: string) => ['programs', programId, 'matching', 'runs', runId] as const,
  compare: (programId: string, a: string, b: string) => ['programs', programId, 'matching', 'compare', a, b] as const,
  constraints: (programId: string) => ['programs', programId, 'matching', 'constraints'] as const,
  pairs: (programId: string) => ['programs', programId, 'pairs'] as const,
  preferences: (programId: string) => ['programs', programId, 'preferences', 'mine'] as const,
};

const matchingPath = (programId: string) => `${programPath(programId)}/matching`;
const isRunning = (status: MatchingRun['status'] | undefined) => status === 'queued' || status === 'running';

/** GET /api/programs/:programId/matching/settings */
export function useMatchingSettings(programId: string) {
  return useQuery({
    queryKey: matchingKeys.settings(programId),
    queryFn: () => api<MatchingSettings>(`${matchingPath(programId)}/settings`),
  });
}

/** PUT /api/programs/:programId/matching/settings */
export function useSaveMatchingSettings(programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (settings: MatchingSettings) =>
      api<MatchingSettings>(`${matchingPath(programId)}/settings`, { method: 'PUT', json: settings }),
    onSuccess: (settings) => {
      queryClient.setQueryData(matchingKeys.settings(programId), settings);
      return queryClient.invalidateQueries({ queryKey: matchingKeys.preferences(programId) });
    },
  });
}

/** GET /api/programs/:programId/matching/runs (newest first; refreshed while one is still running) */
export function useRuns(programId: string) {
  return useQuery({
    queryKey: matchingKeys.runs(programId),
    queryFn: () => api<RunSummary[]>(`${matchingPath(programId)}/runs`),
    refetchInterval: (query) => (query.state.data?.some((r) => isRunning(r.status)) ? 2000 : false),
  });
}

/** GET /api/programs/:programId/matching/runs/:runId, polled every 500 ms until done or failed. */
export function useRun(programId: string, runId: string | undefined) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: matchingKeys.run(programId, runId ?? ''),
    queryFn: async () => {
      const run = await api<MatchingRun>(`${matchingPath(programId)}/runs/${encodeURIComponent(runId ?? '')}`);
      // The history still lists it as running: refresh the list now that it has finished.
      const listed = queryClient.getQueryData<RunSummary[]>(matchingKeys.runs(programId))?.find((r) => r.id === run.id);
      if (listed && listed.status !== run.status && !isRunning(run.status))
        void queryClient.invalidateQueries({ queryKey: matchingKeys.runs(programId), exact: true });
      return run;
    },
    enabled: Boolean(runId),
    refetchInterval: (query) => (isRunning(query.state.data?.status) ? 500 : false),
  });
}

/** POST /api/programs/:programId/matching/runs → 202 with the queued run (409 when the program is not in a matchable status). */
export function useStartRun(programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api<MatchingRun>(`${matchingPath(programId)}/runs`, { method: 'POST' }),
    onSuccess: (run) => {
      queryClient.setQueryData(matchingKeys.run(programId, run.id), run);
      return queryClient.invalidateQueries({ queryKey: matchingKeys.runs(programId), exact: true });
    },
  });
}

/** GET /api/programs/:programId/matching/compare?a&b */
export function useCompareRuns(programId: string, pair: { a: string; b: string } | null) {
  return useQuery({
    queryKey: matchingKeys.compare(programId, pair?.a ?? '', pair?.b ?? ''),
    queryFn: () => api<Comparison>(`${matchingPath(programId)}/compare`, { query: { a: pair?.a, b: pair?.b } }),
    enabled: Boolean(pair),
  });
}

/** GET /api/programs/:programId/matching/constraints */
export function useConstraints(programId: string) {
  return useQuery({
    queryKey: matchingKeys.constraints(programId),
    queryFn: () => api<Constraint[]>(`${matchingPath(programId)}/constraints`),
  });
}

function useConstraintsChanged(programId: string) {
  const queryClient = useQueryClient();
  return (constraints: Constraint[]) => queryClient.setQueryData(matchingKeys.constraints(programId), constraints);
}

/** POST /api/programs/:programId/matching/constraints (a lock that breaks hard rules needs `reason`: 400 field `reason` otherwise) */
export function useAddConstraint(programId: string) {
  const changed = useConstraintsChanged(programId);
  return useMutation({
    mutationFn: (input: ConstraintInput) => api<Constraint[]>(`${matchingPath(programId)}/constraints`, { json: input }),
    onSuccess: changed,
  });
}

/** POST /api/programs/:programId/matching/assign: a hand assignment (a lock). */
export function useAssign(programId: string) {
  const changed = useConstraintsChanged(programId);
  return useMutation({
    mutationFn: (input: AssignInput) => api<Constraint[]>(`${matchingPath(programId)}/assign`, { json: input }),
    onSuccess: changed,
  });
}

/** DELETE /api/programs/:programId/matching/constraints/:constraintId (unlock / un-exclude) */
export function useRemoveConstraint(programId: string) {
  const changed = useConstraintsChanged(programId);
  return useMutation({
    mutationFn: (constraintId: string) =>
      api<Constraint[]>(`${matchingPath(programId)}/constraints/${encodeURIComponent(constraintId)}`, { method: 'DELETE' }),
    onSuccess: changed,
  });
}

/** POST /api/programs/:programId/matching/swap: two adepts of a run swap mentors; both new pairs are locked. */
export function useSwap(programId: string) {
  const changed = useConstraintsChanged(programId);
  return useMutation({
    mutationFn: (input: SwapInput) => api<Constraint[]>(`${matchingPath(programId)}/swap`, { json: input }),
    onSuccess: changed,
  });
}

/** POST /api/programs/:programId/matching/publish: both parties of every pair are mailed. */
export function usePublish(programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (runId: string) => api<Pair[]>(`${matchingPath(programId)}/publish`, { json: { runId } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: matchingKeys.pairs(programId) }),
  });
}

/** GET /api/programs/:programId/pairs (with decline reasons, for coordinators) */
export function useProgramPairs(programId: string) {
  return useQuery({ queryKey: matchingKeys.pairs(programId), queryFn: () => api<Pair[]>(`${programPath(programId)}/pairs`) });
}

/** GET /api/programs/:programId/preferences/mine */
export function useMyPreferences(programId: string) {
  return useQuery({
    queryKey: matchingKeys.preferences(programId),
    queryFn: () => api<MyPreferences>(`${programPath(programId)}/preferences/mine`),
  });
}

/** PUT /api/programs/:programId/preferences/mine: adepts rank up to five mentors in order; mentors mark up to five adepts. */
export function useSavePreferences(programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (applicationIds: string[]) =>
      api<MyPreferences>(`${programPath(programId)}/preferences/mine`, { method: 'PUT', json: { applicationIds } }),
    onSuccess: (prefs) => queryClient.setQueryData(matchingKeys.preferences(programId), prefs),
  });
}
