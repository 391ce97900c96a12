// Policy first: other modules' policies build on it while this module's routes are still loading (ESM cycles).
export { matchingAbilities, respondToPair } from './policy';
import type { Module } from '../../platform/module';
import { matchingRoutes } from './routes';

export const matchingModule: Module = { name: 'matching', routes: [matchingRoutes] };
export { failInterruptedRuns } from './run-service';
export { computeRun } from './compute-run';
export { MATCHING_RUN_QUEUE } from './start-run';
export { copySettings as copyMatchingSettings, pairsOfPerson } from './repository';
