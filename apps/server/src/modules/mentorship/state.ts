import { nextPairState, PairTransitionError, type PairEvent, type PairState } from '@lots/core';
import type { PairRow } from './repository';
import { AppError } from '../../platform/errors';

/** Applies the shared state machine to a stored pair; a refused event is a 409 naming the field. */
export function transition(pair: PairRow, event: PairEvent): PairState {
  try {
    return nextPairState(
      {
        status: pair.status,
        adeptResponse: pair.adeptResponse,
        mentorResponse: pair.mentorResponse,
        endedBy: pair.endedBy,
      },
      event,
    );
  } catch (error) {
    if (error instanceof PairTransitionError) throw new AppError('conflict', error.message, error.field);
    throw error;
  }
}
