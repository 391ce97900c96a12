/** The `evaluation` feature: the coordinator's follow-up (schedule, figures, report) and answering a survey. */
export { EvaluationPage } from './EvaluationPage';
export { AnswerSurveyPage } from './AnswerSurveyPage';
