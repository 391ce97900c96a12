import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../context';

/** A module's routes: a Fastify plugin given the application context. */
export type ModuleRoutes = FastifyPluginAsyncZod<{ ctx: AppContext }>;

/**
 * One capability of the server (docs/architecture.md, "The capability shape"). Its folder
 * `modules/<name>/` holds routes, policy, repository, services, present and tests; other code
 * reaches it only through its `index.ts`, which exports this descriptor and the few functions
 * other capabilities may call. `modules/index.ts` lists every module once.
 */
export interface Module {
  name: string;
  routes: ModuleRoutes[];
}
