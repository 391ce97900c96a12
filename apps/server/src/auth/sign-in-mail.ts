/**
 * Asking for a sign-in link or a password reset answers in the same time for every address
 * (decision 0024): the request only checks its input and queues a job; the job looks the
 * address up, makes the single-use token and writes the mail, or does nothing for an address
 * nobody has. Nothing the asker can time depends on whether the address is known.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { eq } from 'drizzle-orm';
import { APIError } from 'better-auth/api';
import { emailSchema } from '@lots/core';
import { schema, type Db } from '@lots/db';

export const SIGN_IN_MAIL_QUEUE = 'sign-in-mail';

/** How the request reaches the job queue (pg-boss in the app). */
export interface JobQueue {
  send(queue: string, data: object, options: { id: string }): Promise<unknown>;
}

const MAGIC_LINK_PATH = '/sign-in/magic-link';
const RESET_PATH = '/request-password-reset';

export interface SignInMailJob {
  kind: 'magicLink' | 'resetPassword';
  email: string;
  /** Where the link leads after signing in / where the reset form is: a path of Lots. */
  target: string;
}

/** A path of Lots itself ("/", "/reset-password"), never another site ("//evil.example", "https://…"). */
const localPath = z
  .string()
  .max(500)
  .regex(/^\/(?![/\\])/, 'must be a path of Lots, starting with one /');

const magicLinkBody = z.strictObject({ email: emailSchema, callbackURL: localPath.default('/') });
const resetBody = z.strictObject({ email: emailSchema, redirectTo: localPath.default('/reset-password') });

function parse<T extends z.ZodType>(bodySchema: T, body: unknown): z.infer<T> {
  const parsed = bodySchema.safeParse(body ?? {});
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const keys = (issue as { keys?: string[] }).keys;
  const field = [...issue.path.map(String), ...(issue.code === 'unrecognized_keys' && keys?.length ? [keys[0]!] : [])].join('.') || 'body';
  throw new APIError('BAD_REQUEST', { message: `${field}: ${issue.message}`, code: 'VALIDATION_ERROR', field });
}

/** The part of better-auth's endpoint context a `hooks.before` handler here uses. */
export interface HookContext {
  request?: Request;
  path?: string;
  body?: unknown;
  json(data: Record<string, unknown>): unknown;
}

/**
 * In better-auth's `hooks.before`: an HTTP request to ask for a magic link or a reset is
 * answered here, after better-auth's per-address rate limit, with the job queued (undefined for
 * every other request). The job calls the same endpoints through `auth.api` (no request), which
 * this lets through.
 */
export async function deferSignInMail(queue: JobQueue, ctx: HookContext): Promise<unknown> {
  if (!ctx.request || (ctx.path !== MAGIC_LINK_PATH && ctx.path !== RESET_PATH)) return undefined;
  const job: SignInMailJob =
    ctx.path === MAGIC_LINK_PATH
      ? (({ email, callbackURL }) => ({ kind: 'magicLink' as const, email, target: callbackURL }))(parse(magicLinkBody, ctx.body))
      : (({ email, redirectTo }) => ({ kind: 'resetPassword' as const, email, target: redirectTo }))(parse(resetBody, ctx.body));
  await queue.send(SIGN_IN_MAIL_QUEUE, job, { id: randomUUID() });
  // better-auth's own answers, the same for every address.
  return ctx.json(
    job.kind === 'magicLink'
      ? { status: true }
      : { status: true, message: 'If this email exists in our system, check your email for the reset link' },
  );
}

/** Names are capped as everywhere in Lots (better-auth's own update-user took 100,000 characters). */
export const NAME_MAX = 200;

/** In `hooks.before`: any better-auth endpoint given a `name` gets the same check as Lots' own forms. */
export function checkName(ctx: HookContext): void {
  const body = ctx.body as { name?: unknown } | undefined;
  if (!body || typeof body !== 'object' || !('name' in body) || body.name === undefined) return;
  parse(z.object({ name: z.string().trim().min(1).max(NAME_MAX) }), { name: body.name });
}

/** What the job needs of better-auth: the two endpoints, called on the server. */
export interface SignInMailApi {
  signInMagicLink(input: { body: { email: string; callbackURL: string }; headers: Headers }): Promise<unknown>;
  requestPasswordReset(input: { body: { email: string; redirectTo: string } }): Promise<unknown>;
}

/** The job: a token and a mail for a known address, nothing at all for an unknown one. */
export async function sendSignInMail(api: SignInMailApi, db: Db, job: SignInMailJob): Promise<'sent' | 'unknown'> {
  const [user] = await db.select({ id: schema.user.id }).from(schema.user).where(eq(schema.user.email, job.email));
  if (!user) return 'unknown';
  if (job.kind === 'magicLink') await api.signInMagicLink({ body: { email: job.email, callbackURL: job.target }, headers: new Headers() });
  else await api.requestPasswordReset({ body: { email: job.email, redirectTo: job.target } });
  return 'sent';
}
