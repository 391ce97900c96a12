// Policy first: other modules' policies build on it while this module's routes are still loading (ESM cycles).
export { contactAbilities } from './policy';
import type { Module } from '../../platform/module';
import { contactRoutes } from './routes';

export const contactsModule: Module = { name: 'contacts', routes: [contactRoutes] };
export { contactOrganisationsOf } from './repository';
