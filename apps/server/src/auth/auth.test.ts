import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, cookieOf, linkIn, TEST_PASSWORD, type TestApp } from '../testing/harness';

describe('sign-in, magic link, password reset, sign-out', () => {
  let t: TestApp;
  let orgId: string;
  beforeAll(async () => {
    t = await createTestApp({ SIGN_IN_RATE_LIMIT: '4' });
    orgId = await t.createOrganisation('Tullverket');
    await t.createMember(orgId, 'eva@example.org', ['participant'], { name: 'Eva Berg' });
    await t.createMember(orgId, 'ola@example.org', ['participant'], { name: 'Ola Nordmann' });
  });
  afterAll(() => t.destroy());

  it('signs in with e-mail and password, keeps the session in the database, and signs out', async () => {
    const cookie = await t.signIn('eva@example.org');
    const me = await t.app.inject({ url: '/api/me', headers: { cookie } });
    expect(me.statusCode).toBe(200);
    expect(me.json().user.email).toBe('eva@example.org');
    const out = await t.app.inject({ method: 'POST', url: '/api/auth/sign-out', headers: { cookie }, payload: {} });
    expect(out.statusCode).toBe(200);
    expect((await t.app.inject({ url: '/api/me', headers: { cookie } })).statusCode).toBe(401);
  });

  it('refuses a wrong password with the API error shape', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in/email',
      payload: { email: 'ola@example.org', password: 'wrong-password' },
    });
    expect(response.statusCode).toBe(401);
    expect(response.json().error.code).toBe('unauthenticated');
  });

  it('signs in with a magic link from the mail, once', async () => {
    const ask = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in/magic-link',
      payload: { email: 'ola@example.org', callbackURL: '/' },
    });
    expect(ask.statusCode).toBe(200);
    const mail = await t.waitForMailTo('ola@example.org', 'magicLink');
    expect(mail.subject).toBe('Din inloggningslänk till Lots');
    const link = new URL(linkIn(mail.text));
    const verify = await t.app.inject({ url: link.pathname + link.search });
    expect(verify.statusCode).toBe(302);
    const cookie = cookieOf(verify);
    const me = await t.app.inject({ url: '/api/me', headers: { cookie } });
    expect(me.json().user.email).toBe('ola@example.org');
    const again = await t.app.inject({ url: link.pathname + link.search });
    expect(cookieOf(again)).not.toContain('session_token=');
  });

  it('sends no magic link to an unknown address but answers the same', async () => {
    const ask = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in/magic-link',
      payload: { email: 'nobody@example.org', callbackURL: '/' },
    });
    expect(ask.statusCode).toBe(200);
    expect(await t.lastMailTo('nobody@example.org')).toBeUndefined();
  });

  it('resets a password through the e-mailed link', async () => {
    const ask = await t.app.inject({
      method: 'POST',
      url: '/api/auth/request-password-reset',
      payload: { email: 'eva@example.org', redirectTo: '/reset-password' },
    });
    expect(ask.statusCode).toBe(200);
    const mail = await t.waitForMailTo('eva@example.org', 'resetPassword');
    const link = new URL(linkIn(mail.text));
    const redirect = await t.app.inject({ url: link.pathname + link.search });
    const token = new URL(redirect.headers.location as string, 'http://lots.test').searchParams.get('token');
    expect(token).toBeTruthy();
    const reset = await t.app.inject({
      method: 'POST',
      url: '/api/auth/reset-password',
      payload: { newPassword: 'a-brand-new-password', token },
    });
    expect(reset.statusCode).toBe(200);
    await expect(t.signIn('eva@example.org', TEST_PASSWORD)).rejects.toThrow();
    expect(await t.signIn('eva@example.org', 'a-brand-new-password')).toContain('session_token');
  });

  it('rate-limits sign-in attempts per client address (per account: throttle.test.ts)', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/auth/sign-in/email',
        payload: { email: `guess${i}@example.org`, password: 'wrong-password' },
        remoteAddress: '10.9.9.9',
      });
      statuses.push(response.statusCode);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 429, 429]);
    const limited = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in/email',
      payload: { email: 'ola@example.org', password: TEST_PASSWORD },
      remoteAddress: '10.9.9.9',
    });
    expect(limited.json().error.code).toBe('rate_limited');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    // Another client is not affected.
    const other = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in/email',
      payload: { email: 'ola@example.org', password: TEST_PASSWORD },
      remoteAddress: '10.9.9.10',
    });
    expect(other.statusCode).toBe(200);
  });
});
