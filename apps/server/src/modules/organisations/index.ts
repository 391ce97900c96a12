// Policy first: other modules' policies build on it while this module's routes are still loading (ESM cycles).
export { administerPlatform, organisationAbilities, organisationResource, ownOrganisationCan } from './policy';
import type { Module } from '../../platform/module';
import { organisationRoutes } from './routes';

export const organisationsModule: Module = { name: 'organisations', routes: [organisationRoutes] };
export { networkMemberIds } from './repository';
