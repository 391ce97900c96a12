import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { eq, sql } from 'drizzle-orm';
import { schema } from '@lots/db';
import { buildApp, type BuiltApp } from '../app';
import { createTestApp, cookieOf, linkIn, TEST_PASSWORD, type TestApp } from '../testing/harness';
import { loadConfig } from '../config';
import { FREE_ATTEMPTS } from './throttle';

const signInWith = (app: FastifyInstance, email: string, password: string, remoteAddress = '192.0.2.10', headers = {}) =>
  app.inject({ method: 'POST', url: '/api/auth/sign-in/email', payload: { email, password }, remoteAddress, headers });

describe('per-address rate limit and TRUST_PROXY', () => {
  describe('without TRUST_PROXY (in production)', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp({ NODE_ENV: 'production', PUBLIC_URL: 'https://lots.example.org', SIGN_IN_RATE_LIMIT: '3' });
    });
    afterAll(() => t.destroy());

    it('a spoofed X-Forwarded-For does not give a client fresh attempts', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 6; i++) {
        // Another account each time, so only the per-address limit is at work.
        const response = await signInWith(t.app, `nobody${i}@example.org`, 'wrong-password', '198.51.100.7', {
          'x-forwarded-for': `203.0.113.${i}`,
        });
        statuses.push(response.statusCode);
      }
      expect(statuses).toEqual([401, 401, 401, 429, 429, 429]);
    });
  });

  describe('with TRUST_PROXY', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp({
        NODE_ENV: 'production',
        PUBLIC_URL: 'https://lots.example.org',
        SIGN_IN_RATE_LIMIT: '3',
        TRUST_PROXY: '10.0.0.1',
      });
    });
    afterAll(() => t.destroy());

    it('believes X-Forwarded-For from the listed proxy: each client behind it has its own limit', async () => {
      const viaProxy = (client: string, i: number) =>
        signInWith(t.app, `a${client}${i}@example.org`, 'wrong-password', '10.0.0.1', { 'x-forwarded-for': client });
      const a: number[] = [];
      for (let i = 0; i < 4; i++) a.push((await viaProxy('203.0.113.1', i)).statusCode);
      expect(a).toEqual([401, 401, 401, 429]);
      expect((await viaProxy('203.0.113.2', 0)).statusCode).toBe(401);
    });

    it('a client behind the proxy cannot prepend addresses to escape its limit', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) {
        const response = await signInWith(t.app, `b${i}@example.org`, 'wrong-password', '10.0.0.1', {
          // The proxy appends the address it saw; what the client wrote before it is not believed.
          'x-forwarded-for': `198.18.0.${i}, 203.0.113.3`,
        });
        statuses.push(response.statusCode);
      }
      expect(statuses).toEqual([401, 401, 401, 429]);
    });

    it('ignores X-Forwarded-For from anyone else', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) {
        const response = await signInWith(t.app, `c${i}@example.org`, 'wrong-password', '198.51.100.8', {
          'x-forwarded-for': `203.0.113.${50 + i}`,
        });
        statuses.push(response.statusCode);
      }
      expect(statuses).toEqual([401, 401, 401, 429]);
    });
  });

  describe('with the default limit', () => {
    let t: TestApp;
    const colleagues = Array.from({ length: 30 }, (_, i) => `kollega${i}@tull.example`);
    beforeAll(async () => {
      // The documented default (the harness otherwise sets a high limit for other tests).
      expect(loadConfig({}).signInRateLimit).toBe(100);
      t = await createTestApp({ SIGN_IN_RATE_LIMIT: '100' });
      const org = await t.createOrganisation('Tullverket');
      for (const email of colleagues) await t.createMember(org, email, ['participant']);
    }, 120_000);
    afterAll(() => t.destroy());

    it('thirty colleagues behind one NAT address sign in within a minute, a third of them after a typo', async () => {
      const outcomes: string[] = [];
      for (const [i, email] of colleagues.entries()) {
        if (i % 3 === 0) expect((await signInWith(t.app, email, 'a-typo-in-it', '192.0.2.200')).statusCode).toBe(401);
        const response = await signInWith(t.app, email, TEST_PASSWORD, '192.0.2.200');
        outcomes.push(`${email}: ${response.statusCode}`);
      }
      expect(outcomes).toEqual(colleagues.map((email) => `${email}: 200`));
    }, 120_000);
  });
});

describe('per-account back-off on wrong passwords', () => {
  let t: TestApp;
  const throttleRow = async (email: string) =>
    (
      await t.database.db
        .select()
        .from(schema.signInThrottle)
        .where(eq(schema.signInThrottle.key, `account:${email}`))
    )[0];
  /** Lets the current pause of an account run out, as time would. */
  const endPause = (email: string) =>
    t.database.db
      .update(schema.signInThrottle)
      .set({ blockedUntil: sql`now() - interval '1 second'` })
      .where(eq(schema.signInThrottle.key, `account:${email}`));

  beforeAll(async () => {
    t = await createTestApp();
    const org = await t.createOrganisation('Tullverket');
    for (const name of ['eva', 'ola', 'kim', 'siv']) await t.createMember(org, `${name}@tull.example`, ['participant']);
  });
  afterAll(() => t.destroy());

  it('after the free attempts even the right password is refused for a while, from any address', async () => {
    for (let i = 0; i < FREE_ATTEMPTS; i++) {
      // A new address each time: rotating addresses does not help.
      expect((await signInWith(t.app, 'eva@tull.example', `guess-${i}-wrong`, `198.51.100.${i}`)).statusCode).toBe(401);
    }
    const refused = await signInWith(t.app, 'EVA@tull.example ', TEST_PASSWORD, '198.51.100.99');
    expect(refused.statusCode).toBe(429);
    expect(refused.json().error).toMatchObject({ code: 'rate_limited', field: 'email' });
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(50);
    expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(60);
    expect(cookieOf(refused)).not.toContain('session_token');

    await endPause('eva@tull.example');
    const allowed = await signInWith(t.app, 'eva@tull.example', TEST_PASSWORD);
    expect(allowed.statusCode).toBe(200);
    expect(await throttleRow('eva@tull.example')).toBeUndefined();
  });

  it('each further failure doubles the pause', async () => {
    for (let i = 0; i < FREE_ATTEMPTS; i++) await signInWith(t.app, 'ola@tull.example', 'wrong-password');
    const pauses: number[] = [];
    for (let round = 0; round < 3; round++) {
      const row = await throttleRow('ola@tull.example');
      pauses.push(Math.round((row!.blockedUntil!.getTime() - row!.lastAttemptAt.getTime()) / 1000));
      expect((await signInWith(t.app, 'ola@tull.example', 'wrong-password')).statusCode).toBe(429);
      await endPause('ola@tull.example');
      expect((await signInWith(t.app, 'ola@tull.example', 'wrong-password')).statusCode).toBe(401);
    }
    expect(pauses).toEqual([60, 120, 240]);
  });

  it('parallel guesses cannot slip past the count: at most the free attempts reach the password check', async () => {
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) => signInWith(t.app, 'kim@tull.example', `parallel-guess-${i}`, `198.51.100.${100 + i}`)),
    );
    const statuses = responses.map((r) => r.statusCode);
    expect(statuses.filter((s) => s === 401)).toHaveLength(FREE_ATTEMPTS);
    expect(statuses.filter((s) => s === 429)).toHaveLength(20 - FREE_ATTEMPTS);
  });

  it('an address nobody has answers exactly the same (no way to tell who has an account)', async () => {
    const statuses: number[] = [];
    const bodies: string[] = [];
    for (let i = 0; i <= FREE_ATTEMPTS; i++) {
      const response = await signInWith(t.app, 'nobody@tull.example', 'wrong-password');
      statuses.push(response.statusCode);
      bodies.push(response.body.replace(/\d+ seconds/, 'N seconds'));
    }
    expect(statuses).toEqual([...Array(FREE_ATTEMPTS).fill(401), 429]);
    const known = await signInWith(t.app, 'kim@tull.example', 'wrong-password');
    expect(known.body.replace(/\d+ seconds/, 'N seconds')).toBe(bodies[FREE_ATTEMPTS]);
  });

  it('a password reset ends the pause: the new password works at once', async () => {
    for (let i = 0; i < FREE_ATTEMPTS; i++) await signInWith(t.app, 'siv@tull.example', 'wrong-password');
    expect((await signInWith(t.app, 'siv@tull.example', TEST_PASSWORD)).statusCode).toBe(429);
    await t.app.inject({
      method: 'POST',
      url: '/api/auth/request-password-reset',
      payload: { email: 'siv@tull.example', redirectTo: '/reset-password' },
    });
    const mail = await t.waitForMailTo('siv@tull.example', 'resetPassword');
    const link = new URL(linkIn(mail.text));
    const redirect = await t.app.inject({ url: link.pathname + link.search });
    const token = new URL(redirect.headers.location as string, 'http://lots.test').searchParams.get('token');
    const reset = await t.app.inject({
      method: 'POST',
      url: '/api/auth/reset-password',
      payload: { newPassword: 'a-brand-new-password', token },
    });
    expect(reset.statusCode, reset.body).toBe(200);
    expect((await signInWith(t.app, 'siv@tull.example', 'a-brand-new-password')).statusCode).toBe(200);
  });

  it('holds across Lots instances on one database (the count is in the database, not in a process)', async () => {
    const second: BuiltApp = await buildApp(t.config, t.database, false);
    try {
      await second.app.ready();
      const instances = [t.app, second.app];
      for (let i = 0; i < FREE_ATTEMPTS; i++) {
        const app = instances[i % 2]!;
        expect((await signInWith(app, 'eva@tull.example', 'wrong-password')).statusCode).toBe(401);
      }
      for (const app of instances) expect((await signInWith(app, 'eva@tull.example', TEST_PASSWORD)).statusCode).toBe(429);
    } finally {
      await second.close();
    }
  });
});
