// Policy first: other modules' policies build on it while this module's routes are still loading (ESM cycles).
export { networkingAbilities } from './policy';
import type { Module } from '../../platform/module';
import { networkingRoutes } from './routes';

export const networkingModule: Module = { name: 'networking', routes: [networkingRoutes] };
export { isGroupOf } from './service';
