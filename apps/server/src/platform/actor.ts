import { eq } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import { schema, type DbOrTx } from '@lots/db';
import { localeSchema, type Locale, type Role } from '@lots/core';
import type { Auth } from '../auth/auth';
import { CLIENT_IP_HEADER } from '../auth/auth';
import { AppError } from './errors';

/** Who is making a request: the signed-in user and their place in an organisation. */
export interface Actor {
  userId: string;
  name: string;
  email: string;
  locale: Locale;
  platformAdmin: boolean;
  person: { id: string; organisationId: string; roles: Role[] } | null;
}

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
  interface FastifyContextConfig {
    /** Routes open to anonymous requests. Every other /api route needs a session. */
    public?: boolean;
  }
}

export async function resolveActor(auth: Auth, db: DbOrTx, request: FastifyRequest): Promise<Actor | null> {
  if (!request.headers.cookie) return null;
  const headers = new Headers();
  headers.set('cookie', request.headers.cookie);
  headers.set(CLIENT_IP_HEADER, request.ip);
  const session = await auth.api.getSession({ headers });
  if (!session) return null;
  const [person] = await db
    .select({
      id: schema.people.id,
      organisationId: schema.people.organisationId,
      roles: schema.people.roles,
      active: schema.people.active,
    })
    .from(schema.people)
    .where(eq(schema.people.userId, session.user.id));
  const user = session.user as typeof session.user & { locale?: string; platformAdmin?: boolean };
  return {
    userId: user.id,
    name: user.name,
    email: user.email,
    locale: localeSchema.catch('sv').parse(user.locale),
    platformAdmin: user.platformAdmin === true,
    person: person && person.active ? { id: person.id, organisationId: person.organisationId, roles: person.roles } : null,
  };
}

/** The signed-in actor; the global guard has already refused anonymous requests on non-public routes. */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new AppError('unauthenticated', 'Sign in first');
  return request.actor;
}
