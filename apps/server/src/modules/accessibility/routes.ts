import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { accessibilityStatementSchema } from '@lots/core';
import type { AppContext } from '../../context';
import * as service from './service';

export const accessibilityRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  // Public: the statement must be readable without an account (DIGG, Uutilsynet).
  app.get(
    '/api/accessibility-statement',
    { config: { public: true }, schema: { tags: ['accessibility'], response: { 200: accessibilityStatementSchema } } },
    async () => service.statement(ctx.db, ctx.config),
  );
};
