// Policy first: other modules' policies build on it while this module's routes are still loading (ESM cycles).
export { resourceAbilities } from './policy';
import type { Module } from '../../platform/module';
import { resourceRoutes } from './routes';

export const resourcesModule: Module = { name: 'resources', routes: [resourceRoutes] };
