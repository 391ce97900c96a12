// Policy first: other modules' policies build on it while this module's routes are still loading (ESM cycles).
export { mentorshipAbilities, pairResource } from './policy';
import type { Module } from '../../platform/module';
import { mentorshipRoutes } from './routes';

export const mentorshipModule: Module = { name: 'mentorship', routes: [mentorshipRoutes] };
export { applyPairEvent, transition } from './state';
export { endPairsOfClosedProgramAndTell, leavePairsOfWithdrawnApplication, restorePairsOfReopenedProgramAndTell } from './notify';
export { sendNudges } from './nudges';
export { closingPreview, copyProgramTexts, homePairsOf, pairTaskCounts } from './repository';
