import { describe, expect, it } from 'vitest';
import type { Question } from '@lots/core';
import { parseOptions, reorder } from './questions';

describe('form builder', () => {
  const q = (id: string, position: number) => ({ id, position }) as Question;
  it('moves a question and patches only the positions that change', () => {
    const list = [q('a', 0), q('b', 1), q('c', 2)];
    expect(reorder(list, 2, -1)).toEqual([
      { questionId: 'c', position: 1 },
      { questionId: 'b', position: 2 },
    ]);
    expect(reorder(list, 0, -1)).toEqual([]);
    expect(reorder([q('a', 0), q('b', 5)], 0, 1)).toEqual([
      { questionId: 'b', position: 0 },
      { questionId: 'a', position: 1 },
    ]);
  });

  it('reads options one per line', () => {
    expect(parseOptions(' Ja \n\nNej\n  ')).toEqual(['Ja', 'Nej']);
  });
});
