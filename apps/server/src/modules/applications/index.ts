// Policy first: other modules' policies build on it while this module's routes are still loading (ESM cycles).
export { applicationAbilities, readMentorRegister } from './policy';
import type { Module } from '../../platform/module';
import { applicationRoutes } from './routes';
import { responseAndRegisterRoutes } from './public-routes';

export const applicationsModule: Module = { name: 'applications', routes: [applicationRoutes, responseAndRegisterRoutes] };
export { eligibilityJudge, presentApplications } from './present';
export { homeApplicationsOf, listApplications, reviewTaskCounts } from './repository';
export { copyQuestions, countQuestions } from './questions-repository';
export { sendDigests } from './digest';
export { applyRetention, startRetentionOfProgram, stopRetentionOfProgram } from './retention';
