import { describe, expect, it } from 'vitest';
import { nextPairState, PairTransitionError, type PairState } from './pair-state';

const published: PairState = { status: 'published', adeptResponse: 'pending', mentorResponse: 'pending', endedBy: null };

describe('the mentorship state machine', () => {
  it('becomes active only when both accept, in either order', () => {
    const one = nextPairState(published, { type: 'respond', role: 'mentor', decision: 'accepted' });
    expect(one).toMatchObject({ status: 'published', mentorResponse: 'accepted', adeptResponse: 'pending' });
    expect(nextPairState(one, { type: 'respond', role: 'adept', decision: 'accepted' }).status).toBe('active');
    const other = nextPairState(published, { type: 'respond', role: 'adept', decision: 'accepted' });
    expect(nextPairState(other, { type: 'respond', role: 'mentor', decision: 'accepted' }).status).toBe('active');
  });

  it('a decline by either party ends the offer at once', () => {
    expect(nextPairState(published, { type: 'respond', role: 'adept', decision: 'declined' }).status).toBe('declined');
    const accepted = nextPairState(published, { type: 'respond', role: 'adept', decision: 'accepted' });
    expect(nextPairState(accepted, { type: 'respond', role: 'mentor', decision: 'declined' })).toMatchObject({
      status: 'declined',
      adeptResponse: 'accepted',
    });
  });

  it('each party answers once, and nobody answers a pair that is no longer on offer', () => {
    const accepted = nextPairState(published, { type: 'respond', role: 'adept', decision: 'accepted' });
    expect(() => nextPairState(accepted, { type: 'respond', role: 'adept', decision: 'declined' })).toThrow(PairTransitionError);
    const declined = nextPairState(published, { type: 'respond', role: 'mentor', decision: 'declined' });
    expect(() => nextPairState(declined, { type: 'respond', role: 'adept', decision: 'accepted' })).toThrow(/declined/);
  });

  it('either party (or the program) may end an active mentorship, once; a pair on offer cannot be ended', () => {
    const active: PairState = { status: 'active', adeptResponse: 'accepted', mentorResponse: 'accepted', endedBy: null };
    expect(nextPairState(active, { type: 'end', by: 'adept' })).toMatchObject({ status: 'ended', endedBy: 'adept' });
    expect(nextPairState(active, { type: 'end', by: 'program' }).endedBy).toBe('program');
    const ended = nextPairState(active, { type: 'end', by: 'mentor' });
    expect(() => nextPairState(ended, { type: 'end', by: 'adept' })).toThrow('The mentorship has ended');
    expect(() => nextPairState(published, { type: 'end', by: 'adept' })).toThrow('Both must accept the match first');
  });

  it('a party who withdraws declines a pair on offer (even one they had accepted) and ends a running one (decision 0208)', () => {
    const accepted = nextPairState(published, { type: 'respond', role: 'adept', decision: 'accepted' });
    expect(nextPairState(accepted, { type: 'withdraw', role: 'adept' })).toMatchObject({
      status: 'declined',
      adeptResponse: 'declined',
      mentorResponse: 'pending',
    });
    const active = nextPairState(accepted, { type: 'respond', role: 'mentor', decision: 'accepted' });
    expect(nextPairState(active, { type: 'withdraw', role: 'mentor' })).toMatchObject({ status: 'ended', endedBy: 'mentor' });
    const declined = nextPairState(published, { type: 'respond', role: 'mentor', decision: 'declined' });
    expect(() => nextPairState(declined, { type: 'withdraw', role: 'adept' })).toThrow(PairTransitionError);
  });

  it('reopening the program restores only a pair that its closing ended', () => {
    const active: PairState = { status: 'active', adeptResponse: 'accepted', mentorResponse: 'accepted', endedBy: null };
    const closed = nextPairState(active, { type: 'end', by: 'program' });
    expect(nextPairState(closed, { type: 'reopen' })).toEqual(active);
    expect(() => nextPairState(nextPairState(active, { type: 'end', by: 'adept' }), { type: 'reopen' })).toThrow(PairTransitionError);
    expect(() => nextPairState(active, { type: 'reopen' })).toThrow(PairTransitionError);
  });
});
