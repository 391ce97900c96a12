import { createHmac, timingSafeEqual } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import { schema, type DbOrTx } from '@lots/db';
import { localeSchema, type Locale, type Organisation, type Role } from '@lots/core';
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
  person: { id: string; organisationId: string; organisationKind: Organisation['kind']; roles: Role[] } | null;
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

const { session, user, people, organisations } = schema;

/**
 * The session, its user, their person and their organisation's kind in one statement (decision 0164),
 * prepared once per connection. The row comes back whether or not the session has expired: an
 * expired one, or one due for its daily extension, is handed to better-auth (below).
 */
function actorStatement(db: DbOrTx) {
  return db
    .select({
      expiresAt: session.expiresAt,
      userId: user.id,
      name: user.name,
      email: user.email,
      locale: user.locale,
      platformAdmin: user.platformAdmin,
      personId: people.id,
      organisationId: people.organisationId,
      organisationKind: organisations.kind,
      roles: people.roles,
      active: people.active,
    })
    .from(session)
    .innerJoin(user, eq(user.id, session.userId))
    .leftJoin(people, eq(people.userId, user.id))
    .leftJoin(organisations, eq(organisations.id, people.organisationId))
    .where(eq(session.token, sql.placeholder('token')))
    .prepare('lots_actor');
}
type ActorStatement = ReturnType<typeof actorStatement>;
type ActorRow = Awaited<ReturnType<ActorStatement['execute']>>[number];

interface SessionReader {
  cookieName: string;
  secret: string;
  /** Seconds: better-auth extends a session once it is older than `updateAge` (of `expiresIn`). */
  expiresIn: number;
  updateAge: number;
  statement: ActorStatement;
}
const readers = new WeakMap<Auth, Promise<SessionReader>>();

function readerOf(auth: Auth, db: DbOrTx): Promise<SessionReader> {
  let reader = readers.get(auth);
  if (!reader) {
    reader = auth.$context.then((context) => ({
      cookieName: context.authCookies.sessionToken.name,
      secret: context.secret,
      expiresIn: context.sessionConfig.expiresIn,
      updateAge: context.sessionConfig.updateAge,
      statement: actorStatement(db),
    }));
    readers.set(auth, reader);
  }
  return reader;
}

/**
 * The session token of a signed session cookie (`<token>.<base64 HMAC-SHA256>`, as better-auth signs
 * it), or null when the cookie is missing or its signature is wrong.
 */
export function sessionToken(cookieHeader: string, cookieName: string, secret: string): string | null {
  let raw: string | undefined;
  for (const part of cookieHeader.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === cookieName) {
      raw = part.slice(eq + 1).trim();
      break;
    }
  }
  if (!raw) return null;
  if (raw.startsWith('"') && raw.endsWith('"')) raw = raw.slice(1, -1);
  let value: string;
  try {
    value = decodeURIComponent(raw);
  } catch {
    return null;
  }
  const dot = value.lastIndexOf('.');
  if (dot < 1) return null;
  const token = value.slice(0, dot);
  const signature = Buffer.from(value.slice(dot + 1), 'base64');
  const expected = createHmac('sha256', secret).update(token).digest();
  return signature.length === expected.length && timingSafeEqual(signature, expected) ? token : null;
}

/**
 * The request's actor. A valid session costs one SQL statement (decision 0164); nothing is cached
 * between requests, so a signed-out session or a changed role counts on the very next request, in
 * every process sharing the database. Sessions that have expired or are due for their daily
 * extension go through better-auth's own `getSession` (which deletes or extends them).
 */
export async function resolveActor(auth: Auth, db: DbOrTx, request: FastifyRequest): Promise<Actor | null> {
  const cookie = request.headers.cookie;
  if (!cookie) return null;
  const reader = await readerOf(auth, db);
  const token = sessionToken(cookie, reader.cookieName, reader.secret);
  if (!token) return null;
  const [row] = await reader.statement.execute({ token });
  if (!row) return null;
  const extendAt = row.expiresAt.getTime() - reader.expiresIn * 1000 + reader.updateAge * 1000;
  if (row.expiresAt.getTime() > Date.now() && extendAt > Date.now()) return toActor(row);
  return viaBetterAuth(auth, request, cookie, row);
}

async function viaBetterAuth(auth: Auth, request: FastifyRequest, cookie: string, row: ActorRow): Promise<Actor | null> {
  const headers = new Headers();
  headers.set('cookie', cookie);
  headers.set(CLIENT_IP_HEADER, request.ip);
  const found = await auth.api.getSession({ headers });
  return found ? toActor(row) : null;
}

function toActor(row: ActorRow): Actor {
  return {
    userId: row.userId,
    name: row.name,
    email: row.email,
    locale: localeSchema.catch('sv').parse(row.locale),
    platformAdmin: row.platformAdmin === true,
    person:
      row.personId && row.active && row.organisationId && row.organisationKind && row.roles
        ? { id: row.personId, organisationId: row.organisationId, organisationKind: row.organisationKind, roles: row.roles }
        : null,
  };
}

/** The signed-in actor; the global guard has already refused anonymous requests on non-public routes. */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new AppError('unauthenticated', 'Sign in first');
  return request.actor;
}
