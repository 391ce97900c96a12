import type { Module } from '../../platform/module';
import { programRoutes } from './routes';

export const programsModule: Module = { name: 'programs', routes: [programRoutes] };
export { loadProgramAccess, requireManage, type ProgramAccess } from './policy';
export { getProgram } from './service';
export { listVisibleProgramIds, type ProgramRow } from './repository';
