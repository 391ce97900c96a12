import type { Module } from '../../platform/module';
import { organisationRoutes } from './routes';

export const organisationsModule: Module = { name: 'organisations', routes: [organisationRoutes] };
