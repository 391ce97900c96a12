import type { Module } from '../../platform/module';
import { unitRoutes } from './routes';

export const unitsModule: Module = { name: 'units', routes: [unitRoutes] };
