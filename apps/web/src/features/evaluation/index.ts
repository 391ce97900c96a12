/** The `evaluation` feature: the coordinator's follow-up (schedule, figures, report) answering a survey, and one's own open surveys. */
export { EvaluationPage } from './EvaluationPage';
export { AnswerSurveyPage } from './AnswerSurveyPage';
export { MySurveysPage } from './MySurveysPage';
