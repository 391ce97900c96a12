import type { Question } from '@lots/core';

export const isChoice = (kind: string) => kind === 'single_choice' || kind === 'multiple_choice';

/** One option per line, blank lines dropped. */
export const parseOptions = (text: string) =>
  text
    .split('\n')
    .map((o) => o.trim())
    .filter(Boolean);

/** The new order's positions: only the questions whose position changes are patched. */
export function reorder(questions: Question[], index: number, delta: -1 | 1): { questionId: string; position: number }[] {
  const target = index + delta;
  if (target < 0 || target >= questions.length) return [];
  const order = [...questions];
  const [moved] = order.splice(index, 1);
  order.splice(target, 0, moved!);
  return order.flatMap((q, position) => (q.position === position ? [] : [{ questionId: q.id, position }]));
}
