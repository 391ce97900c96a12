import type { Module } from '../../platform/module';
import { homeRoutes } from './routes';

/** The `home` capability: the signed-in person's home page, built around tasks and status (decision 0170). */
export const homeModule: Module = { name: 'home', routes: [homeRoutes] };
