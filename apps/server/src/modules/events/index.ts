import type { Module } from '../../platform/module';
import { eventRoutes } from './routes';

export const eventsModule: Module = { name: 'events', routes: [eventRoutes] };
export { copyEvents, eventsOf } from './service';
