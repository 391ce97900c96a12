import type { Module } from '../../platform/module';
import { mentorshipRoutes } from './routes';

export const mentorshipModule: Module = { name: 'mentorship', routes: [mentorshipRoutes] };
export { transition } from './state';
export { sendNudges } from './nudges';
