import { answerProblems, type AnswerQuestion } from '@lots/core';
import { invalid } from '../../platform/errors';

/**
 * Checks answers against the form with the core's rules (`answerProblems`, the same the web app's form
 * uses): the first problem is the 400, naming its `answers.<question id>`.
 */
export function checkAnswers(questions: readonly AnswerQuestion[], answers: Record<string, unknown>, submitting: boolean): void {
  const [problem] = answerProblems(questions, answers, submitting ? 'submit' : 'draft');
  if (problem) throw invalid(problem.field, problem.message);
}
