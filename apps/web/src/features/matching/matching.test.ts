import { describe, expect, it } from 'vitest';
import type { MatchingRun, Pair } from '@lots/core';
import { ApiError } from '../../api/errors';
import { isOutdatedRun, publishablePairs } from './publishable';

const person = (applicationId: string) => ({ applicationId, personId: `p-${applicationId}`, name: applicationId, organisationName: 'Org' });
const runPair = (adept: string, mentor: string) =>
  ({ adept: person(adept), mentor: person(mentor) }) as unknown as MatchingRun['pairs'][number];
const run = (pairs: MatchingRun['pairs'], status: MatchingRun['status'] = 'done') =>
  ({ id: 'r1', status, pairs }) as unknown as MatchingRun;
const pair = (adept: string, mentor: string, status: Pair['status']) =>
  ({ id: `${adept}-${mentor}`, status, adept: person(adept), mentor: person(mentor) }) as unknown as Pair;

describe('the publish button (issue 10, item 16)', () => {
  const shown = run([runPair('a1', 'm1'), runPair('a2', 'm2'), runPair('a3', 'm3')]);

  it('offers every pair of a finished run before anything is published, nothing of an unfinished one', () => {
    expect(publishablePairs(shown, [])).toHaveLength(3);
    expect(publishablePairs(run(shown.pairs, 'running'), [])).toEqual([]);
    expect(publishablePairs(undefined, [])).toEqual([]);
  });

  it('has nothing left once the run is published, also after one pair was declined', () => {
    const published = [pair('a1', 'm1', 'active'), pair('a2', 'm2', 'declined'), pair('a3', 'm3', 'published')];
    expect(publishablePairs(shown, published)).toEqual([]);
  });

  it('leaves what is new: an adept whose earlier pair ended or was declined, with another mentor', () => {
    const earlier = [pair('a1', 'm9', 'declined'), pair('a2', 'm2', 'active'), pair('a3', 'm8', 'published')];
    expect(publishablePairs(shown, earlier).map((p) => p.adept.applicationId)).toEqual(['a1']);
  });
});

describe('a refused publish (decision 0200)', () => {
  const refused = (details: { field: string; code?: string; message: string }[]) =>
    new ApiError({ status: 409, code: 'conflict', message: 'refused', field: 'runId', details });

  it('says the run no longer fits the program when the server says so, else that nothing is left', () => {
    expect(isOutdatedRun(refused([{ field: 'runId', code: 'publish.outdated', message: 'run matching again' }]))).toBe(true);
    expect(isOutdatedRun(refused([]))).toBe(false);
    expect(isOutdatedRun(new Error('network'))).toBe(false);
    expect(isOutdatedRun(null)).toBe(false);
  });
});
