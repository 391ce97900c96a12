import type { DbOrTx } from '@lots/db';
import type { Actor } from './actor';
import { AppError, forbidden, notFound } from './errors';

/**
 * One authorisation point (decision 0072).
 *
 * A capability declares in its `policy.ts` the kind of resource its abilities are about (how to
 * load it, once, and who may know it exists) and its named abilities (`program.manage`,
 * `pair.read` …). `authorize` applies one disclosure rule everywhere:
 *
 * - no such resource, or the actor may not know it exists → 404 `not_found`, the same answer, so a
 *   resource's existence is never revealed to outsiders;
 * - the actor sees the resource but the ability is not theirs → 403 `forbidden`.
 *
 * Every /api route declares its ability in its config (`config: { ability }`); the global
 * pre-handler authorises it before the handler runs, and services call `authorize` again inside
 * their transaction where they need the resource.
 */
export interface Resource<R> {
  /** Names the resource in a 404, e.g. `Program` → "Program not found". */
  label: string;
  /** The route parameter holding the resource's id, e.g. `programId`. */
  param: string;
  /** Loads the resource with everything the checks need, or returns null when there is none. */
  load(db: DbOrTx, actor: Actor, id: string): Promise<R | null | undefined>;
  /** Whether the actor may know that the resource exists; otherwise they get the 404 of a missing one. */
  visible(actor: Actor, resource: R): boolean;
  /**
   * The resource as the actor already carries it (read with the actor's session, decision 0164), so
   * that authorising needs no statement; undefined when it must be loaded.
   */
  carried?(actor: Actor, id: string): R | undefined;
}

export interface Ability<R = unknown> {
  /** `<capability>.<verb>`, e.g. `program.manage`; listed in the route table. */
  readonly name: string;
  /** The resource the ability is about, or null for abilities of the actor alone (`outbox.read`). */
  readonly resource: Resource<R> | null;
  allows(actor: Actor, resource: R): boolean;
  /** The English message of the 403. */
  readonly refusal: string;
}

/** An ability about a resource: 404 when the actor may not see it, 403 when `allows` says no. */
export function defineAbility<R>(
  name: string,
  resource: Resource<R>,
  allows: (actor: Actor, resource: R) => boolean,
  refusal = 'You may not do this',
): Ability<R> {
  return { name, resource, allows, refusal };
}

/** An ability of the actor alone, with no resource behind it (403 when it is not theirs). */
export function defineActorAbility(name: string, allows: (actor: Actor) => boolean, refusal = 'You may not do this'): Ability<void> {
  return { name, resource: null, allows: (actor) => allows(actor), refusal };
}

/** Any signed-in user; what they then see is narrowed by the service (their own data, lists filtered to them). */
export const signedIn = defineActorAbility('signedIn', () => true);

/**
 * What the pre-handler loaded for a reading request (decision 0209): the resource, its id and the handle it was
 * read through. A service of the same request authorising again through that same handle (the pool, outside any
 * transaction) gets it without reading it again; one authorising inside a transaction reads it there.
 */
const keptByActor = new WeakMap<Actor, { resource: Resource<unknown>; id: string; db: DbOrTx; value: unknown }>();

/**
 * Loads the resource once and checks the ability on it; returns the resource.
 * `id` is the value of the ability's route parameter (ignored for actor abilities). `keep`: the request only reads
 * (GET), so the loaded resource is kept for the actor's later checks through the same `db` (decision 0209).
 */
export async function authorize<R>(db: DbOrTx, actor: Actor, ability: Ability<R>, id?: string, keep = false): Promise<R> {
  if (!ability.resource) {
    if (!ability.allows(actor, undefined as R)) throw forbidden(ability.refusal);
    return undefined as R;
  }
  if (id === undefined) throw new AppError('internal', `${ability.name} needs a ${ability.resource.param}`);
  const kept = keptByActor.get(actor);
  const resource =
    ability.resource.carried?.(actor, id) ??
    (kept && kept.resource === ability.resource && kept.id === id && kept.db === db ? (kept.value as R) : undefined) ??
    (await ability.resource.load(db, actor, id));
  if (keep && resource) keptByActor.set(actor, { resource: ability.resource as Resource<unknown>, id, db, value: resource });
  if (!resource || !ability.resource.visible(actor, resource)) throw notFound(ability.resource.label);
  if (!ability.allows(actor, resource)) throw forbidden(ability.refusal);
  return resource;
}

/** The viewer's abilities on a resource they may see, for a response's `can: {…}`. */
export function can<R, K extends string>(actor: Actor, resource: R, abilities: Record<K, Ability<R>>): Record<K, boolean> {
  const out = {} as Record<K, boolean>;
  for (const key of Object.keys(abilities) as K[]) {
    const ability = abilities[key];
    out[key] = (!ability.resource || ability.resource.visible(actor, resource)) && ability.allows(actor, resource);
  }
  return out;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * What a route needs (decision 0072). Every /api route that is not `public` declares one; the
     * global pre-handler authorises it (loading the resource named by the ability's parameter)
     * before the handler runs, and the route table in the security tests lists it.
     */
    ability?: Ability<unknown>;
  }
}
