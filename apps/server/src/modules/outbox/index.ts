// Policy first: other modules' policies build on it while this module's routes are still loading (ESM cycles).
export { readOutbox } from './policy';
import type { Module } from '../../platform/module';
import { outboxRoutes } from './routes';

export const outboxModule: Module = { name: 'outbox', routes: [outboxRoutes] };
