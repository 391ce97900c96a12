// Policy first: other modules' policies build on it while this module's routes are still loading (ESM cycles).
export { evaluationAbilities } from './policy';
import type { Module } from '../../platform/module';
import { evaluationRoutes } from './routes';

export const evaluationModule: Module = { name: 'evaluation', routes: [evaluationRoutes] };
export { runSurveySchedule, SURVEY_QUEUE } from './schedule';
export { pseudonymOf } from './pseudonym';
export { openInvitationsOf as openSurveysOf } from './repository';
