import { queryOptions, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type {
  AssignInput,
  Comparison,
  Constraint,
  ConstraintInput,
  MatchingRun,
  MatchingSettings,
  MyPreferences,
  RULE_BREAKS,
  RunPair,
  RunPairWhy,
  RunSummary,
  SwapInput,
} from '@lots/core';
import { client, unwrap } from '../../../api/client';

export * from './pairs';

export type { AssignInput, Comparison, Constraint, ConstraintInput, MyPreferences, RunPairWhy, RunSummary, SwapInput };
export type Participant = RunPair['adept'];
export type RuleBreak = (typeof RULE_BREAKS)[number];
export type Candidate = MyPreferences['candidates'][number];

export const matchingKeys = {
  all: (programId: string) => ['programs', programId, 'matching'] as const,
  settings: (programId: string) => ['programs', programId, 'matching', 'settings'] as const,
  runs: (programId: string) => ['programs', programId, 'matching', 'runs'] as const,
  run: (programId: string, runId: string) => ['programs', programId, 'matching', 'runs', runId] as const,
  why: (programId: string, runId: string, adeptApplicationId: string) =>
    ['programs', programId, 'matching', 'runs', runId, 'why', adeptApplicationId] as const,
  compare: (programId: string, a: string, b: string) => ['programs', programId, 'matching', 'compare', a, b] as const,
  constraints: (programId: string) => ['programs', programId, 'matching', 'constraints'] as const,
  pairs: (programId: string) => ['programs', programId, 'pairs'] as const,
  preferences: (programId: string) => ['programs', programId, 'preferences', 'mine'] as const,
};

const program = (programId: string) => ({ params: { path: { programId } } });
const isRunning = (status: MatchingRun['status'] | undefined) => status === 'queued' || status === 'running';

/** GET /api/programs/:programId/matching/settings */
export const matchingSettingsQuery = (programId: string) =>
  queryOptions({
    queryKey: matchingKeys.settings(programId),
    queryFn: () => unwrap(client.GET('/api/programs/{programId}/matching/settings', program(programId))),
  });

export function useMatchingSettings(programId: string) {
  return useQuery(matchingSettingsQuery(programId));
}

/** PUT /api/programs/:programId/matching/settings */
export function useSaveMatchingSettings(programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (settings: MatchingSettings) =>
      unwrap(client.PUT('/api/programs/{programId}/matching/settings', { ...program(programId), body: settings })),
    onSuccess: (settings) => {
      queryClient.setQueryData(matchingKeys.settings(programId), settings);
      return queryClient.invalidateQueries({ queryKey: matchingKeys.preferences(programId) });
    },
  });
}

/** GET /api/programs/:programId/matching/runs (newest first; refreshed while one is still running) */
export const runsQuery = (programId: string) =>
  queryOptions({
    queryKey: matchingKeys.runs(programId),
    queryFn: () => unwrap(client.GET('/api/programs/{programId}/matching/runs', program(programId))),
    refetchInterval: (query) => (query.state.data?.some((r) => isRunning(r.status)) ? 2000 : false),
  });

export function useRuns(programId: string) {
  return useQuery(runsQuery(programId));
}

/** GET /api/programs/:programId/matching/runs/:runId, polled every 500 ms until done or failed. */
export const runQuery = (queryClient: QueryClient, programId: string, runId: string | undefined) =>
  queryOptions({
    queryKey: matchingKeys.run(programId, runId ?? ''),
    queryFn: async () => {
      const run = await unwrap(
        client.GET('/api/programs/{programId}/matching/runs/{runId}', { params: { path: { programId, runId: runId ?? '' } } }),
      );
      // The history still lists it as running: refresh the list now that it has finished.
      const listed = queryClient.getQueryData<RunSummary[]>(matchingKeys.runs(programId))?.find((r) => r.id === run.id);
      if (listed && listed.status !== run.status && !isRunning(run.status))
        void queryClient.invalidateQueries({ queryKey: matchingKeys.runs(programId), exact: true });
      return run;
    },
    enabled: Boolean(runId),
    refetchInterval: (query) => (isRunning(query.state.data?.status) ? 500 : false),
  });

export function useRun(programId: string, runId: string | undefined) {
  return useQuery(runQuery(useQueryClient(), programId, runId));
}

/**
 * GET /api/programs/:programId/matching/runs/:runId/pairs/:applicationId/why: one pair's breakdown,
 * asked for when its "why?" is opened (decision 0197). A run's figures never change once it is done.
 */
export const runPairWhyQuery = (programId: string, runId: string, adeptApplicationId: string) =>
  queryOptions({
    queryKey: matchingKeys.why(programId, runId, adeptApplicationId),
    queryFn: () =>
      unwrap(
        client.GET('/api/programs/{programId}/matching/runs/{runId}/pairs/{applicationId}/why', {
          params: { path: { programId, runId, applicationId: adeptApplicationId } },
        }),
      ),
    staleTime: Infinity,
  });

export function useRunPairWhy(programId: string, runId: string, adeptApplicationId: string) {
  return useQuery(runPairWhyQuery(programId, runId, adeptApplicationId));
}

/** POST /api/programs/:programId/matching/runs → 202 with the queued run (409 when the program is not in a matchable status). */
export function useStartRun(programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(client.POST('/api/programs/{programId}/matching/runs', program(programId))),
    onSuccess: (run) => {
      queryClient.setQueryData(matchingKeys.run(programId, run.id), run);
      return queryClient.invalidateQueries({ queryKey: matchingKeys.runs(programId), exact: true });
    },
  });
}

/** GET /api/programs/:programId/matching/compare?a&b */
export const compareRunsQuery = (programId: string, pair: { a: string; b: string } | null) =>
  queryOptions({
    queryKey: matchingKeys.compare(programId, pair?.a ?? '', pair?.b ?? ''),
    queryFn: () =>
      unwrap(
        client.GET('/api/programs/{programId}/matching/compare', {
          params: { path: { programId }, query: { a: pair?.a ?? '', b: pair?.b ?? '' } },
        }),
      ),
    enabled: Boolean(pair),
  });

export function useCompareRuns(programId: string, pair: { a: string; b: string } | null) {
  return useQuery(compareRunsQuery(programId, pair));
}

/** GET /api/programs/:programId/matching/constraints */
export const constraintsQuery = (programId: string) =>
  queryOptions({
    queryKey: matchingKeys.constraints(programId),
    queryFn: () => unwrap(client.GET('/api/programs/{programId}/matching/constraints', program(programId))),
  });

export function useConstraints(programId: string) {
  return useQuery(constraintsQuery(programId));
}

function useConstraintsChanged(programId: string) {
  const queryClient = useQueryClient();
  return (constraints: Constraint[]) => queryClient.setQueryData(matchingKeys.constraints(programId), constraints);
}

/** POST /api/programs/:programId/matching/constraints (a lock that breaks hard rules needs `reason`: 400 field `reason` otherwise) */
export function useAddConstraint(programId: string) {
  const changed = useConstraintsChanged(programId);
  return useMutation({
    mutationFn: (input: ConstraintInput) =>
      unwrap(client.POST('/api/programs/{programId}/matching/constraints', { ...program(programId), body: input })),
    onSuccess: changed,
  });
}

/** POST /api/programs/:programId/matching/assign: a hand assignment (a lock). */
export function useAssign(programId: string) {
  const changed = useConstraintsChanged(programId);
  return useMutation({
    mutationFn: (input: AssignInput) =>
      unwrap(client.POST('/api/programs/{programId}/matching/assign', { ...program(programId), body: input })),
    onSuccess: changed,
  });
}

/** DELETE /api/programs/:programId/matching/constraints/:constraintId (unlock / un-exclude) */
export function useRemoveConstraint(programId: string) {
  const changed = useConstraintsChanged(programId);
  return useMutation({
    mutationFn: (constraintId: string) =>
      unwrap(
        client.DELETE('/api/programs/{programId}/matching/constraints/{constraintId}', { params: { path: { programId, constraintId } } }),
      ),
    onSuccess: changed,
  });
}

/** POST /api/programs/:programId/matching/swap: two adepts of a run swap mentors; both new pairs are locked. */
export function useSwap(programId: string) {
  const changed = useConstraintsChanged(programId);
  return useMutation({
    mutationFn: (input: SwapInput) =>
      unwrap(client.POST('/api/programs/{programId}/matching/swap', { ...program(programId), body: input })),
    onSuccess: changed,
  });
}

/** POST /api/programs/:programId/matching/publish: both parties of every pair are mailed. */
export function usePublish(programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (runId: string) =>
      unwrap(client.POST('/api/programs/{programId}/matching/publish', { ...program(programId), body: { runId } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: matchingKeys.pairs(programId) }),
  });
}

/** GET /api/programs/:programId/pairs (with decline reasons, for coordinators) */
export const programPairsQuery = (programId: string) =>
  queryOptions({
    queryKey: matchingKeys.pairs(programId),
    queryFn: () => unwrap(client.GET('/api/programs/{programId}/pairs', program(programId))),
  });

export function useProgramPairs(programId: string) {
  return useQuery(programPairsQuery(programId));
}

/** GET /api/programs/:programId/preferences/mine */
export const myPreferencesQuery = (programId: string) =>
  queryOptions({
    queryKey: matchingKeys.preferences(programId),
    queryFn: () => unwrap(client.GET('/api/programs/{programId}/preferences/mine', program(programId))),
  });

export function useMyPreferences(programId: string) {
  return useQuery(myPreferencesQuery(programId));
}

/** PUT /api/programs/:programId/preferences/mine: adepts rank up to five mentors in order; mentors mark up to five adepts. */
export function useSavePreferences(programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (applicationIds: string[]) =>
      unwrap(client.PUT('/api/programs/{programId}/preferences/mine', { ...program(programId), body: { applicationIds } })),
    onSuccess: (prefs) => queryClient.setQueryData(matchingKeys.preferences(programId), prefs),
  });
}
