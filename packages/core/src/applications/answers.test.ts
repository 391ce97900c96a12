import { describe, expect, it } from 'vitest';
import { answerProblems, applicationFormSchema, type AnswerQuestion } from './answers';

const id = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;
const questions: AnswerQuestion[] = [
  { id: id(1), kind: 'short_text', options: [], required: true },
  { id: id(2), kind: 'single_choice', options: ['a', 'b'], required: false },
  { id: id(3), kind: 'multiple_choice', options: ['a', 'b'], required: false },
  { id: id(4), kind: 'scale', options: [], required: true },
  { id: id(5), kind: 'long_text', options: [], required: false },
];

describe('answers to a program’s questions', () => {
  it('accepts answers of the right kind, and empty answers to a draft', () => {
    expect(answerProblems(questions, { [id(1)]: 'x', [id(2)]: 'b', [id(3)]: ['a', 'b'], [id(4)]: 5, [id(5)]: 'y' }, 'submit')).toEqual([]);
    expect(answerProblems(questions, { [id(1)]: '', [id(3)]: [], [id(4)]: null }, 'draft')).toEqual([]);
  });

  it('names each wrong answer by its field, in the order given, then the unanswered required questions', () => {
    const problems = answerProblems(
      questions,
      { [id(9)]: 'x', [id(1)]: 'x'.repeat(501), [id(2)]: 'c', [id(3)]: ['a', 'z'], [id(5)]: 3 },
      'submit',
    );
    expect(problems.map((p) => [p.field, p.code])).toEqual([
      [`answers.${id(9)}`, 'unknown'],
      [`answers.${id(1)}`, 'invalid'],
      [`answers.${id(2)}`, 'invalid'],
      [`answers.${id(3)}`, 'invalid'],
      [`answers.${id(5)}`, 'invalid'],
      [`answers.${id(4)}`, 'required'],
    ]);
    for (const scale of [0, 6, 2.5, '3']) expect(answerProblems(questions, { [id(4)]: scale }, 'draft')[0]?.code).toBe('invalid');
  });

  it('the form schema adds the rules to the contract: answers, and the manager’s e-mail when submitting where the manager confirms', () => {
    const paths = (mode: 'draft' | 'submit', managerConfirms: boolean, body: object) => {
      const result = applicationFormSchema({ questions, mode, managerConfirms }).safeParse(body);
      return result.success ? [] : result.error.issues.map((i) => i.path.join('.')).sort();
    };
    const body = { profile: { yearsAsManager: 61 }, answers: { [id(2)]: 'c' } };
    expect(paths('draft', true, body)).toEqual([`answers.${id(2)}`, 'profile.yearsAsManager']);
    expect(paths('submit', true, body)).toEqual([
      `answers.${id(1)}`,
      `answers.${id(2)}`,
      `answers.${id(4)}`,
      'managerEmail',
      'profile.yearsAsManager',
    ]);
    expect(paths('submit', false, { answers: { [id(1)]: 'x', [id(4)]: 3 } })).toEqual([]);
    expect(paths('submit', true, { answers: { [id(1)]: 'x', [id(4)]: 3 }, managerEmail: 'chef@tull.se' })).toEqual([]);
  });
});
