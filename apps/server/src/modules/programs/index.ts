import type { Module } from '../../platform/module';
import { programRoutes } from './routes';

export const programsModule: Module = { name: 'programs', routes: [programRoutes] };
export { loadProgramAccess, requireManage, requirePeopleAccess, usesSpecialCategory, type ProgramAccess } from './policy';
export { getProgram } from './service';
export { coordinatedProgramIds, listVisibleProgramIds, programRules, type ProgramRow } from './repository';
