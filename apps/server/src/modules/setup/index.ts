import type { Module } from '../../platform/module';
import { setupRoutes } from './routes';

export const setupModule: Module = { name: 'setup', routes: [setupRoutes] };
export { userCount } from './service';
