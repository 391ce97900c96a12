import type { Module } from '../../platform/module';
import { applicationRoutes } from './routes';
import { responseAndRegisterRoutes } from './public-routes';

export const applicationsModule: Module = { name: 'applications', routes: [applicationRoutes, responseAndRegisterRoutes] };
export { presentApplications } from './present';
export { listApplications } from './repository';
export { copyQuestions } from './questions-repository';
export { sendDigests } from './digest';
