import { afterAll, beforeAll, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/harness';
import { schema } from '@lots/db';
let t: TestApp;
let orgId: string; let cookie: string;
beforeAll(async () => { t = await createTestApp(); orgId = await t.createOrganisation('A'); await t.createMember(orgId, 'admin@a.se', ['org_admin']); cookie = await t.signIn('admin@a.se'); });
afterAll(() => t.destroy());
it('probe', async () => {
  for (const p of [`{"name":"${'\\ud800'}"}`, '{"name":"x","roles":[null],"unitId":"","managerId":"00000000-0000-0000-0000-000000000000"}', `${'{"a":'.repeat(2000)}1${'}'.repeat(2000)}`]) {
    const r = await t.app.inject({ method: 'POST', url: `/api/organisations/${orgId}/units`, headers: { cookie, 'content-type': 'application/json' }, payload: p });
    console.log(r.statusCode, r.body.slice(0, 200));
  }
  try { await t.database.db.insert(schema.auditLog).values({ organisationId: orgId, action: 'x', entity: 'y', data: { name: 'a\ud800b' } }); console.log('inserted ok'); } catch (e) { const x = e as {code?: string; cause?: {code?: string; message?: string}; message: string}; console.log('ERR', x.code, x.cause?.code, x.cause?.message, x.message.slice(0, 200)); }
});
