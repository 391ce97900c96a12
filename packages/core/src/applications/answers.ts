/**
 * The rules for an application's answers to a program's own questions, in one place: the server checks
 * a saved or submitted application with them (`checkAnswers`), and the web app's application form with
 * `applicationFormSchema`, the application contract plus these rules (issue 8, decision 0063).
 */
import { answersSchema, applicationInputSchema, type Question } from './index';

/** Saving a draft checks what is answered; submitting also needs every required question answered. */
export type AnswerMode = 'draft' | 'submit';

/** What the rules need of a question. */
export type AnswerQuestion = Pick<Question, 'id' | 'kind' | 'options' | 'required'>;

/** `unknown`: no such question in this form; `invalid`: the wrong type or an option not in the list; `required`: not answered. */
export type AnswerProblemCode = 'unknown' | 'invalid' | 'required';

export type AnswerProblem = {
  questionId: string;
  /** The API's name of the field: `answers.<question id>`. */
  field: `answers.${string}`;
  code: AnswerProblemCode;
  /** For the API's 400 (developer-facing, English). */
  message: string;
};

/** The message of an unanswered required question, and of a missing manager's e-mail when the manager must confirm. */
export const ANSWER_REQUIRED = 'this question must be answered';
export const MANAGER_EMAIL_REQUIRED = 'your manager’s e-mail address is needed for the confirmation';

/** No answer: absent, null, an empty text or no option chosen. */
export const isEmptyAnswer = (value: unknown): boolean =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);

/** Whether one non-empty answer fits its question; the message says what it must be when it does not. */
function answerFault(question: AnswerQuestion, value: unknown): string | null {
  switch (question.kind) {
    case 'short_text':
      return typeof value !== 'string' || value.length > 500 ? 'must be a text of at most 500 characters' : null;
    case 'long_text':
      return typeof value !== 'string' ? 'must be a text' : null;
    case 'single_choice':
      return typeof value !== 'string' || !question.options.includes(value) ? 'must be one of the options' : null;
    case 'multiple_choice':
      return !Array.isArray(value) || value.some((v) => typeof v !== 'string' || !question.options.includes(v))
        ? 'must be options from the list'
        : null;
    case 'scale':
      return typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 5 ? 'must be a whole number from 1 to 5' : null;
  }
}

/**
 * Every problem of the answers to a form's questions, in the order of the answers and then of the
 * questions: answers only to known questions, of the question's type, options from its list; when
 * submitting, every required question answered. Pure.
 */
export function answerProblems(questions: readonly AnswerQuestion[], answers: Record<string, unknown>, mode: AnswerMode): AnswerProblem[] {
  const problems: AnswerProblem[] = [];
  const byId = new Map(questions.map((q) => [q.id, q]));
  for (const [id, value] of Object.entries(answers)) {
    const question = byId.get(id);
    if (!question) {
      problems.push({ questionId: id, field: `answers.${id}`, code: 'unknown', message: 'no such question in this form' });
      continue;
    }
    if (isEmptyAnswer(value)) continue;
    const fault = answerFault(question, value);
    if (fault) problems.push({ questionId: id, field: `answers.${id}`, code: 'invalid', message: fault });
  }
  if (mode === 'submit')
    for (const q of questions)
      if (q.required && isEmptyAnswer(answers[q.id]))
        problems.push({ questionId: q.id, field: `answers.${q.id}`, code: 'required', message: ANSWER_REQUIRED });
  return problems;
}

export type ApplicationFormOptions = {
  /** The program's questions for the applicant's role. */
  questions: readonly AnswerQuestion[];
  mode: AnswerMode;
  /** The program asks the adept's manager to confirm: submitting needs the manager's e-mail. */
  managerConfirms: boolean;
};

/**
 * The application as the form sends it, with the rules that depend on the program: its questions'
 * answers (`answerProblems`) and, when submitting where the manager confirms, the manager's e-mail.
 * An issue of the answers is at `answers.<question id>`; its message is one of `answerProblems`'.
 */
export function applicationFormSchema({ questions, mode, managerConfirms }: ApplicationFormOptions) {
  return applicationInputSchema
    .extend({
      // On the field, so that the answers are checked (and shown) along with every other field.
      answers: answersSchema.default({}).superRefine((answers, ctx) => {
        for (const problem of answerProblems(questions, answers, mode))
          ctx.addIssue({ code: 'custom', path: [problem.questionId], message: problem.message, input: answers[problem.questionId] });
      }),
    })
    .superRefine(
      (input, ctx) => {
        if (managerConfirms && mode === 'submit' && !input?.managerEmail)
          ctx.addIssue({ code: 'custom', path: ['managerEmail'], message: MANAGER_EMAIL_REQUIRED, input: input?.managerEmail });
      },
      // Also when other fields have issues (an absent optional field's own refinement would never run).
      { when: () => true },
    );
}
