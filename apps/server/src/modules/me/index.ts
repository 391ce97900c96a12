import type { Module } from '../../platform/module';
import { meRoutes } from './routes';

export const meModule: Module = { name: 'me', routes: [meRoutes] };
