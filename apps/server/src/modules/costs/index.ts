// Policy first: other modules' policies build on it while this module's routes are still loading (ESM cycles).
export { costAbilities } from './policy';
import type { Module } from '../../platform/module';
import { costRoutes } from './routes';

export const costsModule: Module = { name: 'costs', routes: [costRoutes] };
export { adeptRoom, checkAdeptCaps, getOverview } from './service';
