import { afterAll, beforeAll, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/harness';
import { schema } from '@lots/db';
let t: TestApp;
let orgId: string; let cookie: string;
beforeAll(async () => { t = await createTestApp(); orgId = await t.createOrganisation('A'); await t.createMember(orgId, 'admin@a.se', ['org_admin']); cookie = await t.signIn('admin@a.se'); });
afterAll(() => t.destroy());
it('probe', async () => {
  try { await t.database.db.insert(schema.units).values({ organisationId: orgId, name: 'a\u0000b' }); } catch (e) { const x = e as {code?: string; cause?: {code?: string; message?: string}; message: string}; console.log('ERR', x.code, x.cause?.code, x.cause?.message, x.message.slice(0, 200)); }
  const r = await t.app.inject({ method: 'POST', url: '/api/auth/sign-in/email', payload: { email: 'a\u0000@x.se', password: 'xxxxxxxxxxxx' } });
  console.log('signin nul', r.statusCode, r.body.slice(0, 300));
  const r2 = await t.app.inject({ method: 'POST', url: '/api/auth/sign-in/magic-link', payload: { email: 'a\u0000@x.se', callbackURL: '/' } });
  console.log('magic nul', r2.statusCode, r2.body.slice(0, 300));
  const r3 = await t.app.inject({ method: 'GET', url: '/api/invitations/' + 'a'.repeat(30) + '%00' });
  console.log('token nul', r3.statusCode, r3.body.slice(0, 300));
});
