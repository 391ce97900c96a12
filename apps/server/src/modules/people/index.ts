import type { Module } from '../../platform/module';
import { peopleRoutes } from './routes';

export const peopleModule: Module = { name: 'people', routes: [peopleRoutes] };
export { checkReferences, loadPerson, toValues } from './service';
export { findByEmail, idsInOrganisation, idsWithoutAccount, insertPerson, peopleByEmails } from './repository';
export { CSV_TYPES, XLSX_TYPE, fileError, importBodyParser, importInvalid, issueProblem, problem, readImportFile } from './import-file';
export type { ImportErrorCode, ImportErrorValues } from './import-file';
