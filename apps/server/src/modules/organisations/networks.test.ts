import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { schema } from '@lots/db';
import { createTestApp, type TestApp } from '../../testing/harness';

/**
 * A network owns programs (issue 12, decision 0125): its administrator keeps the member
 * organisations, members' staff see their networks, the network's programs are coordinated by
 * people of member organisations, and nothing of an organisation reaches those outside it.
 */
describe('networks and their members', () => {
  let t: TestApp;
  let ris: string; // Rörlighet i staten, a network
  let other: string; // another network
  let tull: string;
  let kust: string;
  let skv: string;
  let polis: string; // no member
  const c: Record<string, string> = {};
  const id: Record<string, string> = {};

  const members = (who: string, network = ris, query = '') => t.as(c[who]).get(`/api/organisations/${network}/members${query}`);
  const add = (who: string, organisationId: string, network = ris) =>
    t.as(c[who]).post(`/api/organisations/${network}/members`, { organisationId });
  const remove = (who: string, organisationId: string, network = ris) =>
    t.as(c[who]).delete(`/api/organisations/${network}/members/${organisationId}`);

  beforeAll(async () => {
    t = await createTestApp();
    const platform = await t.createOrganisation('Plattformen');
    await t.createMember(platform, 'root@lots.example', ['org_admin'], { platformAdmin: true, name: 'Root' });
    c.root = await t.signIn('root@lots.example');
    // The platform administrator sets the network up as an organisation of kind network.
    const created = await t.as(c.root).post('/api/organisations', { name: 'Rörlighet i staten', kind: 'network', country: 'SE' });
    expect(created.statusCode, created.body).toBe(201);
    ris = created.json().id;
    const second = await t.as(c.root).post('/api/organisations', { name: 'Annat nätverk', kind: 'network', country: 'SE' });
    other = second.json().id;
    tull = await t.createOrganisation('Tullverket');
    kust = await t.createOrganisation('Kustbevakningen');
    skv = await t.createOrganisation('Skatteverket');
    polis = await t.createOrganisation('Polisen');
    const people: [string, string, ('org_admin' | 'coordinator' | 'participant')[], string][] = [
      ['nina', ris, ['org_admin'], 'Nina Nätverk'],
      ['nils', ris, ['participant'], 'Nils Nätverk'],
      ['maria', tull, ['coordinator'], 'Maria Samordnare'],
      ['tove', tull, ['org_admin'], 'Tove Tullchef'],
      ['kalle', kust, ['participant'], 'Kalle Kust'],
      ['per', polis, ['org_admin', 'coordinator'], 'Per Polis'],
    ];
    for (const [key, org, roles, name] of people) {
      id[key] = (await t.createMember(org, `${key}@example.se`, roles, { name })).personId;
      c[key] = await t.signIn(`${key}@example.se`);
    }
  });
  afterAll(() => t.destroy());

  it("the network's administrator adds members (audited) and lists them a page at a time", async () => {
    const added = await add('nina', tull);
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json()).toEqual({ organisationId: tull, name: 'Tullverket', kind: 'agency', country: 'SE' });
    expect((await add('root', kust)).statusCode).toBe(201);
    const audit = await t.database.db
      .select()
      .from(schema.auditLog)
      .where(and(eq(schema.auditLog.action, 'organisation.member.add'), eq(schema.auditLog.entityId, kust)));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ organisationId: ris, entity: 'organisation' });

    const first = await members('nina', ris, '?limit=1');
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toEqual({ total: 2, items: [{ organisationId: kust, name: 'Kustbevakningen', kind: 'agency', country: 'SE' }] });
    const second = await members('nina', ris, '?limit=1&offset=1');
    expect(second.json()).toEqual({ total: 2, items: [{ organisationId: tull, name: 'Tullverket', kind: 'agency', country: 'SE' }] });
    // Every member of the network's staff reads the list; a platform administrator too.
    expect((await members('nils')).json().total).toBe(2);
    expect((await members('root')).json().total).toBe(2);
  });

  it("members' staff see their networks; nobody else learns of them", async () => {
    const mine = await t.as(c.maria).get(`/api/organisations/${tull}/networks`);
    expect(mine.statusCode, mine.body).toBe(200);
    expect(mine.json()).toEqual([{ id: ris, name: 'Rörlighet i staten' }]);
    expect((await t.as(c.per).get(`/api/organisations/${polis}/networks`)).json()).toEqual([]);
    expect((await t.as(c.per).get(`/api/organisations/${tull}/networks`)).statusCode).toBe(404);
  });

  it('refuses others: 404 outside the network, 403 for its staff without the administrator role', async () => {
    expect((await add('nils', skv)).statusCode).toBe(403);
    expect((await remove('nils', tull)).statusCode).toBe(403);
    for (const who of ['tove', 'per', 'maria']) {
      // Being a member of the network does not open the network's own pages.
      for (const response of [await members(who), await add(who, skv), await remove(who, tull)]) {
        expect(response.statusCode, `${who} ${response.body}`).toBe(404);
        expect(response.body).not.toContain('Tullverket');
        expect(response.body).not.toContain('Kustbevakningen');
      }
    }
    expect((await members('nina', tull)).statusCode).toBe(404);
  });

  it('refuses what a network cannot be: not a network (409), a network as member or an unknown organisation (400)', async () => {
    const notNetwork = await add('tove', kust, tull);
    expect(notNetwork.statusCode, notNetwork.body).toBe(409);
    expect(notNetwork.json().error).toMatchObject({ code: 'conflict', field: 'orgId' });
    expect((await t.as(c.tove).get(`/api/organisations/${tull}/members`)).statusCode).toBe(409);

    for (const organisationId of [other, ris, '00000000-0000-4000-8000-000000000000', 'nope']) {
      const response = await add('nina', organisationId);
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json().error.field ?? response.body).toContain('organisationId');
    }
    const twice = await add('nina', tull);
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.field).toBe('organisationId');
    expect((await members('nina', ris, '?limit=0')).statusCode).toBe(400);
    // The kinds stay consistent: a member cannot become a network, a network with members cannot stop being one.
    const tullAsNetwork = await t.as(c.tove).patch(`/api/organisations/${tull}`, { kind: 'network' });
    expect(tullAsNetwork.statusCode).toBe(409);
    expect(tullAsNetwork.json().error.field).toBe('kind');
    expect((await t.as(c.nina).patch(`/api/organisations/${ris}`, { kind: 'agency' })).statusCode).toBe(409);
  });

  it("the network's administrator creates a program coordinated by a member's staff; participants see the network as organiser", async () => {
    // A coordinator of an organisation that takes no part is refused (tenant isolation stays).
    const outsider = await t.as(c.nina).post('/api/programs', {
      name: 'Fel samordnare',
      type: 'reverse',
      applicationClosesOn: '2099-12-31',
      participatingOrganisationIds: [tull, kust],
      coordinatorIds: [id.per],
    });
    expect(outsider.statusCode).toBe(400);
    expect(outsider.json().error.field).toBe('coordinatorIds');

    const programId = await t.createProgram(c.nina!, {
      name: 'Omvänt mentorskap i staten',
      type: 'reverse',
      participatingOrganisationIds: [tull, kust],
      coordinatorIds: [id.maria],
    });
    const asMaria = await t.as(c.maria).get(`/api/programs/${programId}`);
    expect(asMaria.statusCode, asMaria.body).toBe(200);
    expect(asMaria.json()).toMatchObject({ ownerOrganisationId: ris, can: { manage: true } });
    const edited = await t.as(c.maria).patch(`/api/programs/${programId}`, { name: 'Omvänt mentorskap i staten 2027' });
    expect(edited.statusCode, edited.body).toBe(200);

    const asKalle = await t.as(c.kalle).get(`/api/programs/${programId}`);
    expect(asKalle.statusCode).toBe(200);
    expect(asKalle.json()).toMatchObject({ ownerOrganisationName: 'Rörlighet i staten', can: { manage: false } });
    expect((await t.as(c.per).get(`/api/programs/${programId}`)).statusCode).toBe(404);

    // A member that takes part in the running program stays; one that does not may go.
    const refused = await remove('nina', tull);
    expect(refused.statusCode, refused.body).toBe(409);
    expect(refused.json().error).toMatchObject({ code: 'conflict', field: 'memberId' });
    expect((await remove('nina', polis)).statusCode).toBe(404);
    expect((await add('nina', skv)).statusCode).toBe(201);
    const removed = await remove('nina', skv);
    expect(removed.statusCode, removed.body).toBe(200);
    const audit = await t.database.db.select().from(schema.auditLog).where(eq(schema.auditLog.action, 'organisation.member.remove'));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ organisationId: ris, entityId: skv });
    expect((await members('nina')).json().total).toBe(2);

    // Once the program is closed its members may leave the network.
    const closed = await t.database.db
      .update(schema.programs)
      .set({ status: 'closed' })
      .where(eq(schema.programs.id, programId))
      .returning();
    expect(closed).toHaveLength(1);
    expect((await remove('nina', tull)).statusCode).toBe(200);
    expect((await t.as(c.maria).get(`/api/organisations/${tull}/networks`)).json()).toEqual([]);
  });
});
