/**
 * The mentorship's state machine, shared by server and web.
 *
 *   published ──(both accept)──▶ active ──(either ends)──▶ ended
 *       │
 *       └──(either declines)──▶ declined   (both return to the pool)
 *
 * A party who withdraws their application leaves the pair (decision 0208): an offered pair is declined on their
 * behalf (even if they had accepted), a running one ends, ended by them.
 * Each party answers once; the pair becomes active only when both have accepted. A pair that the
 * program's closing ended becomes active again when the program is reopened (and only such a pair).
 */
export type PairStatus = 'published' | 'active' | 'declined' | 'ended';
export type PairRole = 'adept' | 'mentor';
export type Response = 'pending' | 'accepted' | 'declined';

export interface PairState {
  status: PairStatus;
  adeptResponse: Response;
  mentorResponse: Response;
  endedBy: PairRole | 'program' | null;
}

export type PairEvent =
  | { type: 'respond'; role: PairRole; decision: 'accepted' | 'declined' }
  | { type: 'end'; by: PairRole | 'program' }
  | { type: 'reopen' }
  | { type: 'withdraw'; role: PairRole };

export class PairTransitionError extends Error {
  constructor(
    message: string,
    readonly field: string,
  ) {
    super(message);
  }
}

/** The next state, or a PairTransitionError saying why the event is not allowed now. */
export function nextPairState(state: PairState, event: PairEvent): PairState {
  if (event.type === 'respond') {
    if (state.status !== 'published') throw new PairTransitionError(`The pair is ${state.status}`, 'decision');
    const key = event.role === 'adept' ? 'adeptResponse' : 'mentorResponse';
    if (state[key] !== 'pending') throw new PairTransitionError('You have already answered', 'decision');
    const next: PairState = { ...state, [key]: event.decision };
    if (event.decision === 'declined') return { ...next, status: 'declined' };
    return next.adeptResponse === 'accepted' && next.mentorResponse === 'accepted' ? { ...next, status: 'active' } : next;
  }
  if (event.type === 'withdraw') {
    if (state.status === 'published')
      return { ...state, status: 'declined', [event.role === 'adept' ? 'adeptResponse' : 'mentorResponse']: 'declined' };
    if (state.status === 'active') return { ...state, status: 'ended', endedBy: event.role };
    throw new PairTransitionError(`The pair is ${state.status}`, 'status');
  }
  if (event.type === 'reopen') {
    if (state.status !== 'ended' || state.endedBy !== 'program')
      throw new PairTransitionError('Only a pair that the program’s closing ended is restored', 'status');
    return { ...state, status: 'active', endedBy: null };
  }
  if (state.status !== 'active')
    throw new PairTransitionError(state.status === 'ended' ? 'The mentorship has ended' : 'Both must accept the match first', 'status');
  return { ...state, status: 'ended', endedBy: event.by };
}
