import type { Question } from '@lots/core';
import { invalid } from '../../platform/errors';

type Answers = Record<string, unknown>;

/** Checks answers against the form: known questions only, the right type, options from the list. */
export function checkAnswers(
  questions: Pick<Question, 'id' | 'kind' | 'options' | 'required'>[],
  answers: Answers,
  submitting: boolean,
): void {
  const byId = new Map(questions.map((q) => [q.id, q]));
  for (const [id, value] of Object.entries(answers)) {
    const question = byId.get(id);
    const field = `answers.${id}`;
    if (!question) throw invalid(field, 'no such question in this form');
    if (value === null || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    switch (question.kind) {
      case 'short_text':
        if (typeof value !== 'string' || value.length > 500) throw invalid(field, 'must be a text of at most 500 characters');
        break;
      case 'long_text':
        if (typeof value !== 'string') throw invalid(field, 'must be a text');
        break;
      case 'single_choice':
        if (typeof value !== 'string' || !question.options.includes(value)) throw invalid(field, 'must be one of the options');
        break;
      case 'multiple_choice':
        if (!Array.isArray(value) || value.some((v) => !question.options.includes(v as string)))
          throw invalid(field, 'must be options from the list');
        break;
      case 'scale':
        if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 5)
          throw invalid(field, 'must be a whole number from 1 to 5');
        break;
    }
  }
  if (submitting) {
    for (const q of questions) {
      const value = answers[q.id];
      const empty = value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
      if (q.required && empty) throw invalid(`answers.${q.id}`, 'this question must be answered');
    }
  }
}
