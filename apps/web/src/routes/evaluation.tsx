import { createRoute } from '@tanstack/react-router';
import { AnswerSurveyPage, EvaluationPage } from '../features/evaluation';
import { authedRoute } from './app';
import { rootRoute } from './root';

/** /programs/$programId/evaluation: the coordinator's follow-up (surveys, figures, report); the API answers 403/404 to others. */
export const evaluationRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/programs/$programId/evaluation',
  component: function EvaluationRoute() {
    const { programId } = evaluationRoute.useParams();
    return <EvaluationPage key={programId} programId={programId} />;
  },
});

/** /surveys/answer/$token: a survey from a mailed link. Never asks to sign in. */
export const answerSurveyRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/surveys/answer/$token',
  component: function AnswerSurveyRoute() {
    const { token } = answerSurveyRoute.useParams();
    return <AnswerSurveyPage key={token} token={token} />;
  },
});

export const evaluationRoutes = [evaluationRoute] as const;
