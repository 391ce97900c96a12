import type { Module } from '../../platform/module';
import { outboxRoutes } from './routes';

export const outboxModule: Module = { name: 'outbox', routes: [outboxRoutes] };
