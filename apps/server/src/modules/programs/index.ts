// Policy first: other modules' policies build on it while this module's routes are still loading (ESM cycles).
export {
  answerProgramInvitations,
  createPrograms,
  loadProgramAccess,
  loadProgramForSystem,
  mayNominate,
  programAbilities,
  programResource,
  requireManage,
  requirePeopleAccess,
  usesSpecialCategory,
  type ProgramAccess,
} from './policy';
import type { Module } from '../../platform/module';
import { programRoutes } from './routes';

export const programsModule: Module = { name: 'programs', routes: [programRoutes] };
export { getProgram, programViewer, requireDecisionsOpen } from './service';
export { coordinatorsOf, lockPlaces, visibleProgramsOf, type ProgramRow, type ProgramViewer } from './repository';
