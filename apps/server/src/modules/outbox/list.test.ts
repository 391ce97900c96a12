import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '@lots/db';
import { createTestApp, type TestApp } from '../../testing/harness';

/**
 * The Outbox is one list (decision 0161): searched in recipient and subject, filtered by status,
 * sorted and paged in SQL — and an organisation administrator still sees only their organisation's mail.
 */
describe('the Outbox is searched, filtered, sorted and paged on the server', () => {
  let t: TestApp;
  let admin: string;
  let participant: string;
  type Page = { items: { to: string; subject: string; status: string }[]; total: number };
  const list = async (query = '') => {
    const res = await t.as(admin).get(`/api/outbox${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as Page;
  };

  beforeAll(async () => {
    t = await createTestApp();
    const org = await t.createOrganisation('Tullverket');
    const other = await t.createOrganisation('Skatteverket');
    await t.createMember(org, 'admin@tull.example', ['org_admin'], { name: 'Anna Admin' });
    await t.createMember(org, 'deltagare@tull.example', ['participant'], { name: 'Dag Deltagare' });
    const mail = (organisationId: string, i: number, to: string, subject: string, status: 'outbox' | 'failed' | 'sent') => ({
      organisationId,
      to,
      subject,
      text: `Hej ${i}`,
      html: `<p>Hej ${i}</p>`,
      template: 'decision.accepted',
      locale: 'sv',
      status,
      messageId: `<bench-${organisationId}-${i}@lots.test>`,
      createdAt: new Date(Date.UTC(2026, 10, 1, 8, i)),
    });
    await t.database.db
      .insert(schema.mailMessages)
      .values([
        mail(org, 1, 'bertil@tull.example', 'Du är antagen', 'sent'),
        mail(org, 2, 'Cecilia@tull.example', 'Du är antagen', 'outbox'),
        mail(org, 3, 'anna@tull.example', 'Påminnelse om möte', 'failed'),
        mail(org, 4, 'david@tull.example', 'Påminnelse om möte', 'outbox'),
        mail(other, 5, 'hemlig@skatt.example', 'Skatteverkets brev', 'outbox'),
      ]);
    admin = await t.signIn('admin@tull.example');
    participant = await t.signIn('deltagare@tull.example');
  });
  afterAll(() => t.destroy());

  it('pages newest first with the total, sorts by recipient and status, searches and filters', async () => {
    const own = (p: Page) => p.items.filter((m) => m.to.endsWith('@tull.example'));
    const first = await list('?limit=2');
    expect(own(first).map((m) => m.to)).toEqual(['david@tull.example', 'anna@tull.example']);
    const all = await list();
    const total = all.total;
    expect(total).toBeGreaterThanOrEqual(4);
    expect((await list(`?limit=2&offset=${total - 1}`)).items).toHaveLength(1);
    const byRecipient = own(await list('?sort=to&dir=asc')).map((m) => m.to);
    expect(byRecipient).toEqual(['anna@tull.example', 'bertil@tull.example', 'Cecilia@tull.example', 'david@tull.example']);
    expect((await list('?q=p%C3%A5minnelse')).items.map((m) => m.to)).toEqual(['david@tull.example', 'anna@tull.example']);
    expect((await list('?q=cecilia')).items.map((m) => m.to)).toEqual(['Cecilia@tull.example']);
    expect((await list('?status=failed')).items.map((m) => m.to)).toEqual(['anna@tull.example']);
    expect((await list('?q=%25')).total).toBe(0);
  });

  it('keeps to the organisation, refuses participants and names a bad field', async () => {
    const body = (await t.as(admin).get('/api/outbox?q=skatt&limit=200')).body;
    expect(body).not.toContain('hemlig@skatt.example');
    expect(body).not.toContain('Skatteverkets brev');
    const refused = await t.as(participant).get('/api/outbox?q=tull');
    expect(refused.statusCode).toBe(403);
    expect(refused.body).not.toContain('@tull.example');
    for (const [query, field] of [
      ['?sort=subject', 'sort'],
      ['?status=lost', 'status'],
      ['?limit=500', 'limit'],
    ] as const) {
      const res = await t.as(admin).get(`/api/outbox${query}`);
      expect(res.statusCode, query).toBe(400);
      expect(res.body).toContain(field);
    }
  });
});
