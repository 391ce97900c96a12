import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { withTexts } from '../i18n';
import { authedRoute } from './app';
import { rootRoute } from './root';

/** One loader per feature's pages: one dynamic import, with its list of chunks, for all its routes, and its texts (decision 0188). */
const evaluationPages = withTexts('evaluation/pages', () => import('../features/evaluation/pages'));

/** Each page is its own chunk, loaded when its route is first shown (issue 15, decision 0160). */
const AnswerSurveyPage = lazyRouteComponent(evaluationPages, 'AnswerSurveyPage');
const MySurveysPage = lazyRouteComponent(evaluationPages, 'MySurveysPage');
const EvaluationPage = lazyRouteComponent(evaluationPages, 'EvaluationPage');
const OrganisationEvaluationPage = lazyRouteComponent(evaluationPages, 'OrganisationEvaluationPage');

/** /programs/$programId/evaluation: the coordinator's follow-up (surveys, figures, report); the API answers 403/404 to others. */
export const evaluationRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/programs/$programId/evaluation',
  component: function EvaluationRoute() {
    const { programId } = evaluationRoute.useParams();
    return <EvaluationPage key={programId} programId={programId} />;
  },
});

/** /admin/organisations/$orgId/evaluation: the administrator's figures across the organisation's programs and its HR figures. */
export const organisationEvaluationRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/admin/organisations/$orgId/evaluation',
  component: function OrganisationEvaluationRoute() {
    const { orgId } = organisationEvaluationRoute.useParams();
    return <OrganisationEvaluationPage key={orgId} orgId={orgId} />;
  },
});

/** /surveys/answer/$token: a survey from a mailed link. Never asks to sign in. */
export const answerSurveyRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/surveys/answer/$token',
  component: function AnswerSurveyRoute() {
    const { token } = answerSurveyRoute.useParams();
    return <AnswerSurveyPage key={token} source={{ token }} />;
  },
});

/** /surveys: the signed-in person's open surveys, and removing their well-being answers. */
export const mySurveysRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/surveys',
  component: MySurveysPage,
});

/** /surveys/$invitationId: one of one's own surveys, answered in the app (the API answers 404 to anyone else). */
export const mySurveyRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/surveys/$invitationId',
  component: function MySurveyRoute() {
    const { invitationId } = mySurveyRoute.useParams();
    return <AnswerSurveyPage key={invitationId} source={{ invitationId }} />;
  },
});

export const evaluationRoutes = [evaluationRoute, organisationEvaluationRoute, mySurveysRoute, mySurveyRoute] as const;
