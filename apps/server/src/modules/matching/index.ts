import type { Module } from '../../platform/module';
import { matchingRoutes } from './routes';

export const matchingModule: Module = { name: 'matching', routes: [matchingRoutes] };
export { failInterruptedRuns } from './run-service';
export { pairsOfPerson } from './repository';
