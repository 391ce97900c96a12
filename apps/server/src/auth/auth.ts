import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { magicLink } from 'better-auth/plugins';
import { APIError, createAuthMiddleware } from 'better-auth/api';
import { eq } from 'drizzle-orm';
import { schema, type Db } from '@lots/db';
import { localeSchema, type Locale } from '@lots/core';
import type { Config } from '../config';
import type { Mailer } from '../mail/mailer';
import type { FastifyBaseLogger } from 'fastify';
import { allowedOrigins } from '../platform/web-security';
import { accountKey, succeeded } from './throttle';
import { checkName, deferSignInMail, NAME_MAX, type JobQueue } from './sign-in-mail';

/**
 * better-auth's links go through its own endpoint and then on to `callbackURL`: the mail's language
 * rides on that page (`/reset-password?lang=nb`), which the web app reads as from any other mail's
 * link (decisions 0082, 0175). better-auth adds its token to the same query.
 */
export function landingIn(url: string, locale: Locale): string {
  const link = new URL(url);
  const callback = link.searchParams.get('callbackURL');
  if (!callback || !callback.startsWith('/') || callback.startsWith('//')) return url;
  const landing = new URL(callback, link.origin);
  landing.searchParams.set('lang', locale);
  link.searchParams.set('callbackURL', `${landing.pathname}${landing.search}${landing.hash}`);
  return link.toString();
}

export const MAGIC_LINK_MINUTES = 15;
/** The header our Fastify bridge sets from the socket's address (never from the client). */
export const CLIENT_IP_HEADER = 'x-lots-client-ip';

export function createAuth(db: Db, config: Config, mailer: Mailer, log: FastifyBaseLogger, queue: JobQueue) {
  const localeOf = async (email: string): Promise<Locale> => {
    const [row] = await db.select({ locale: schema.user.locale }).from(schema.user).where(eq(schema.user.email, email.toLowerCase()));
    return localeSchema.catch('sv').parse(row?.locale);
  };
  return betterAuth({
    appName: 'Lots',
    baseURL: config.publicUrl,
    basePath: '/api/auth',
    secret: config.authSecret,
    telemetry: { enabled: false },
    logger: {
      // better-auth's messages go to the app's structured log.
      log: (level, message, ...args) => log[level]({ args }, `auth: ${message}`),
    },
    // PUBLIC_URL, and outside production its loopback aliases (the same list as the CSRF check).
    trustedOrigins: allowedOrigins(config),
    database: drizzleAdapter(db, {
      provider: 'pg',
      schema: {
        user: schema.user,
        session: schema.session,
        account: schema.account,
        verification: schema.verification,
        rateLimit: schema.rateLimit,
      },
    }),
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        checkName(ctx);
        return deferSignInMail(queue, ctx);
      }),
    },
    databaseHooks: {
      // Whatever path writes a user, its name stays within Lots' limit.
      user: {
        create: { before: async (user) => void capName(user.name) },
        update: { before: async (user) => void capName(user.name) },
      },
    },
    user: {
      additionalFields: {
        locale: { type: 'string', required: false, defaultValue: 'sv', input: false },
        platformAdmin: { type: 'boolean', required: false, defaultValue: false, input: false },
      },
    },
    session: {
      expiresIn: 60 * 60 * 24 * 7,
      updateAge: 60 * 60 * 24,
    },
    emailAndPassword: {
      enabled: true,
      // Accounts are made by first-run setup and invitations only.
      disableSignUp: true,
      minPasswordLength: 10,
      maxPasswordLength: 128,
      resetPasswordTokenExpiresIn: 60 * 60,
      revokeSessionsOnPasswordReset: true,
      // Whoever reset the password proved they hold the mailbox: their sign-in pause ends.
      onPasswordReset: async ({ user }) => succeeded(db, accountKey(user.email)),
      sendResetPassword: async ({ user, url }) => {
        const locale = await localeOf(user.email);
        await mailer.send({
          to: user.email,
          template: 'resetPassword',
          locale,
          vars: { name: user.name, url: landingIn(url, locale) },
        });
      },
    },
    plugins: [
      magicLink({
        disableSignUp: true,
        expiresIn: MAGIC_LINK_MINUTES * 60,
        sendMagicLink: async ({ email, url }) => {
          const [known] = await db.select({ name: schema.user.name }).from(schema.user).where(eq(schema.user.email, email.toLowerCase()));
          // Unknown addresses get no mail, and the answer is the same: nothing is revealed.
          if (!known) return;
          const locale = await localeOf(email);
          await mailer.send({
            to: email,
            template: 'magicLink',
            locale,
            vars: { name: known.name, url: landingIn(url, locale), minutes: MAGIC_LINK_MINUTES },
          });
        },
      }),
    ],
    rateLimit: {
      enabled: true,
      storage: 'database',
      window: 60,
      max: 300,
      // Per client address (an agency behind one NAT shares it): SIGN_IN_RATE_LIMIT a minute on
      // every sign-in path, the magic link's own 5 a minute included. Guessing one account's
      // password is stopped per account (throttle.ts), whatever the address.
      customRules: Object.fromEntries(
        [
          '/sign-in/email',
          '/sign-in/magic-link',
          '/magic-link/verify',
          '/request-password-reset',
          '/reset-password',
          '/reset-password/*',
        ].map((path) => [path, { window: 60, max: config.signInRateLimit }]),
      ),
    },
    advanced: {
      useSecureCookies: config.production,
      ipAddress: { ipAddressHeaders: [CLIENT_IP_HEADER] },
      database: { generateId: () => crypto.randomUUID() },
    },
  });
}

function capName(name: unknown): void {
  if (typeof name === 'string' && name.length > NAME_MAX)
    throw new APIError('BAD_REQUEST', { message: `name: at most ${NAME_MAX} characters`, code: 'VALIDATION_ERROR', field: 'name' });
}

export type Auth = ReturnType<typeof createAuth>;
