/** The `evaluation` feature's pages: the routes load this entry lazily (its own chunk, decision 0160). */
export { EvaluationPage } from './EvaluationPage';
export { AnswerSurveyPage } from './AnswerSurveyPage';
export { MySurveysPage } from './MySurveysPage';
export { OrganisationEvaluationPage } from './OrganisationEvaluationPage';
