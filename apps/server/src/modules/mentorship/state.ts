import { nextPairState, PairTransitionError, type PairEvent, type PairState } from '@lots/core';
import type { Tx } from '@lots/db';
import { AppError } from '../../platform/errors';
import * as repo from './repository';
import type { PairRow } from './repository';

type PairValues = Parameters<typeof repo.updatePair>[2];

/** The columns that make up a pair's state: written only by `applyPairEvent`, through the state machine. */
const STATE_COLUMNS = ['status', 'adeptResponse', 'mentorResponse', 'endedBy', 'endedAt'] as const;
type StateColumn = (typeof STATE_COLUMNS)[number];

/** What may change about a pair besides its state (dates, choices, reasons). */
export type PairDetails = Omit<PairValues, StateColumn | 'id' | 'programId' | 'adeptApplicationId' | 'mentorApplicationId'>;

/** Applies the shared state machine to a stored pair; a refused event is a 409 naming the field. */
export function transition(pair: PairRow, event: PairEvent): PairState {
  try {
    return nextPairState(
      {
        status: pair.status,
        adeptResponse: pair.adeptResponse,
        mentorResponse: pair.mentorResponse,
        endedBy: pair.endedBy ?? null,
      },
      event,
    );
  } catch (error) {
    if (error instanceof PairTransitionError) throw new AppError('conflict', error.message, error.field);
    throw error;
  }
}

/**
 * The one way a pair's state changes: the state machine decides the next state, which is
 * written only if nobody changed the pair's state meanwhile (else a 409). `details` go with it
 * (a decline's reason, an ending's reason).
 */
export async function applyPairEvent(tx: Tx, pair: PairRow, event: PairEvent, details: PairDetails = {}): Promise<PairRow> {
  const next = transition(pair, event);
  const now = new Date();
  const row = await repo.updatePairStateIfUnchanged(tx, pair, {
    ...withoutState(details),
    status: next.status,
    adeptResponse: next.adeptResponse,
    mentorResponse: next.mentorResponse,
    endedBy: next.endedBy,
    ...(next.status === 'ended' && pair.status !== 'ended' ? { endedAt: now } : {}),
    ...(next.status !== 'ended' && pair.status === 'ended' ? { endedAt: null } : {}),
    updatedAt: now,
  });
  if (!row) throw new AppError('conflict', 'The pair changed meanwhile; load it again', 'status');
  return row;
}

/** Changes what is not the pair's state (started, next meeting, continuation choices); state columns are refused. */
export async function updatePairDetails(tx: Tx, pairId: string, details: PairDetails): Promise<void> {
  await repo.updatePair(tx, pairId, withoutState(details));
}

function withoutState(details: PairDetails): PairDetails {
  const smuggled = STATE_COLUMNS.filter((column) => column in details);
  if (smuggled.length) throw new Error(`${smuggled.join(', ')} change only through applyPairEvent`);
  return details;
}

/**
 * When the program closes, a pair where both chose "we continue on our own" stays active; every
 * other running pair ends, ended by the program, with today's date — through the state machine,
 * like an ending by either party. Dates and choices are kept. Returns the pairs it ended.
 */
export async function endPairsOfClosedProgram(tx: Tx, programId: string): Promise<PairRow[]> {
  const ended: PairRow[] = [];
  for (const pair of await repo.activePairsOfProgram(tx, programId)) {
    if (pair.adeptContinuation === 'continue' && pair.mentorContinuation === 'continue') continue;
    ended.push(await applyPairEvent(tx, pair, { type: 'end', by: 'program' }));
  }
  return ended;
}

/**
 * Reopening a closed program restores what its closing did: every pair the closing ended (ended
 * by the program) is active again, through the state machine. Returns the restored pairs.
 */
export async function restorePairsOfReopenedProgram(tx: Tx, programId: string): Promise<PairRow[]> {
  const restored: PairRow[] = [];
  for (const pair of await repo.pairsEndedByProgram(tx, programId)) restored.push(await applyPairEvent(tx, pair, { type: 'reopen' }));
  return restored;
}
