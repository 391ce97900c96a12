import { describe, expect, it } from 'vitest';
import { applicationNextStep, expectedOfParticipant, type PairTaskFacts } from './index';

const pair = (over: Partial<PairTaskFacts>): PairTaskFacts => ({
  pairId: 'p1',
  status: 'active',
  myResponse: 'accepted',
  partnerName: 'Helena Stark',
  agreement: { signedByMe: true, signedByBoth: true },
  meetings: 1,
  nextMeetingAt: null,
  ...over,
});

describe('what happens next with an application', () => {
  const at = (status: Parameters<typeof applicationNextStep>[0]['status'], more: Partial<Parameters<typeof applicationNextStep>[0]> = {}) =>
    applicationNextStep({ status, programStatus: 'selection', confirmationPending: false, hasPair: false, ...more });
  it('follows the status, the manager’s answer and the match', () => {
    expect(at('draft')).toBe('submit');
    expect(at('submitted', { confirmationPending: true })).toBe('managerConfirmation');
    expect(at('submitted')).toBe('decision');
    expect(at('accepted')).toBe('matching');
    expect(at('accepted', { hasPair: true })).toBe('matched');
    expect(at('waitlisted')).toBe('waitlisted');
    expect(at('rejected')).toBe('rejected');
  });
  it('a closed or archived program ends the story whatever the status', () => {
    expect(at('submitted', { programStatus: 'closed' })).toBe('closed');
    expect(at('accepted', { programStatus: 'archived', hasPair: true })).toBe('closed');
  });
});

describe('what is expected of a participant now', () => {
  it('nothing for a signed pair that has met, with no survey or invitation open', () => {
    expect(expectedOfParticipant([pair({})], 0, [])).toEqual([]);
  });
  it('answering offered matches first, then the pair’s agreement and first meeting, then surveys and events', () => {
    const tasks = expectedOfParticipant(
      [
        pair({ pairId: 'run', agreement: { signedByMe: false, signedByBoth: false }, meetings: 0 }),
        pair({ pairId: 'offer', status: 'published', myResponse: 'pending', partnerName: 'Nils Ås' }),
        pair({ pairId: 'new', agreement: 'none', meetings: 0, nextMeetingAt: new Date() }),
        pair({ pairId: 'answered', status: 'published', myResponse: 'accepted' }),
      ],
      2,
      [{ programId: 'prog', title: 'Kick-off' }],
    );
    expect(tasks.map((t) => [t.kind, t.pairId ?? t.programId, t.count])).toEqual([
      ['answerMatch', 'offer', 1],
      ['signAgreement', 'run', 1],
      ['bookFirstMeeting', 'run', 1],
      ['writeAgreement', 'new', 1],
      ['answerSurvey', null, 2],
      ['answerEvent', 'prog', 1],
    ]);
  });
});
