import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { schema } from '@lots/db';
import { createTestApp, type TestApp } from '../../testing/harness';

/**
 * Candidate coordinators (issue 12, decision 0121): who a program's form may offer as coordinators
 * — people with the coordinator or administrator role in the owner, the partners that accepted
 * and, for a network, its members — a page at a time, names and organisations only, and nothing
 * of an organisation that has not agreed to take part.
 */
describe('candidate coordinators', () => {
  let t: TestApp;
  let ris: string; // Rörlighet i staten, a network with Tullverket and Kustbevakningen as members
  let tull: string;
  let kust: string;
  let skv: string; // no member; a partner that accepts
  let polis: string; // no member; invited, never accepts
  const c: Record<string, string> = {};
  const id: Record<string, string> = {};

  const names = (body: { items: { name: string }[] }) => body.items.map((i) => i.name);

  beforeAll(async () => {
    t = await createTestApp();
    const platform = await t.createOrganisation('Plattformen');
    await t.createMember(platform, 'root@lots.example', ['org_admin'], { platformAdmin: true, name: 'Root' });
    c.root = await t.signIn('root@lots.example');
    ris = (await t.as(c.root).post('/api/organisations', { name: 'Rörlighet i staten', kind: 'network', country: 'SE' })).json().id;
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
      ['karin', kust, ['coordinator', 'participant'], 'Karin Kust'],
      ['kjell', kust, ['coordinator'], 'Kjell Slutat'],
      ['sara', skv, ['coordinator'], 'Sara Skatt'],
      ['per', polis, ['org_admin', 'coordinator'], 'Per Polis'],
    ];
    for (const [key, org, roles, name] of people) {
      id[key] = (await t.createMember(org, `${key}@example.se`, roles, { name })).personId;
      c[key] = await t.signIn(`${key}@example.se`);
    }
    // Someone who has left is never offered.
    await t.database.db.update(schema.people).set({ active: false }).where(eq(schema.people.id, id.kjell!));
    for (const member of [tull, kust])
      expect((await t.as(c.nina).post(`/api/organisations/${ris}/members`, { organisationId: member })).statusCode).toBe(201);
  });
  afterAll(() => t.destroy());

  it("for a new program: the creator's organisation and, for a network, its members' coordinators and administrators — names and organisations only", async () => {
    const response = await t.as(c.nina).get('/api/coordinator-candidates?limit=50');
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body).toEqual({
      total: 4,
      items: [
        { personId: id.karin, name: 'Karin Kust', organisationId: kust, organisationName: 'Kustbevakningen' },
        { personId: id.maria, name: 'Maria Samordnare', organisationId: tull, organisationName: 'Tullverket' },
        { personId: id.nina, name: 'Nina Nätverk', organisationId: ris, organisationName: 'Rörlighet i staten' },
        { personId: id.tove, name: 'Tove Tullchef', organisationId: tull, organisationName: 'Tullverket' },
      ],
    });
    // No e-mail address, no one of an organisation outside the network, no participant.
    expect(response.body).not.toContain('@');
    for (const outsider of ['Per Polis', 'Sara Skatt', 'Kalle Kust', 'Nils Nätverk', 'Kjell Slutat'])
      expect(response.body).not.toContain(outsider);

    // A page at a time, searched by name (wildcards are plain characters).
    const first = (await t.as(c.nina).get('/api/coordinator-candidates?limit=2')).json();
    expect(first.total).toBe(4);
    expect(names(first)).toEqual(['Karin Kust', 'Maria Samordnare']);
    expect(names((await t.as(c.nina).get('/api/coordinator-candidates?limit=2&offset=2')).json())).toEqual([
      'Nina Nätverk',
      'Tove Tullchef',
    ]);
    expect((await t.as(c.nina).get('/api/coordinator-candidates?q=MARIA')).json()).toMatchObject({
      total: 1,
      items: [{ personId: id.maria }],
    });
    expect((await t.as(c.nina).get('/api/coordinator-candidates?q=%25')).json()).toEqual({ total: 0, items: [] });

    // An organisation that is not a network: its own staff only.
    const polisView = await t.as(c.per).get('/api/coordinator-candidates');
    expect(polisView.json()).toEqual({
      total: 1,
      items: [{ personId: id.per, name: 'Per Polis', organisationId: polis, organisationName: 'Polisen' }],
    });
    // A member's coordinator sees their own organisation, not the network's other members.
    expect(names((await t.as(c.maria).get('/api/coordinator-candidates')).json())).toEqual(['Maria Samordnare', 'Tove Tullchef']);
    // Only those who may create programs ask; bad input names the field.
    expect((await t.as(c.nils).get('/api/coordinator-candidates')).statusCode).toBe(403);
    expect((await t.as(undefined).get('/api/coordinator-candidates')).statusCode).toBe(401);
    const bad = await t.as(c.nina).get('/api/coordinator-candidates?limit=500');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('querystring.limit');
  });

  it('for an existing program: its participating organisations and the network’s members, never a partner that has not accepted', async () => {
    const programId = await t.createProgram(
      c.nina!,
      { name: 'Omvänt mentorskap i staten', type: 'reverse', participatingOrganisationIds: [tull, skv], coordinatorIds: [id.maria] },
      { open: false },
    );
    // Polis is invited and never answers: its people stay out of the list.
    const patched = await t.as(c.nina).patch(`/api/programs/${programId}`, { participatingOrganisationIds: [tull, skv, polis] });
    expect(patched.statusCode, patched.body).toBe(200);

    const response = await t.as(c.maria).get(`/api/programs/${programId}/coordinator-candidates?limit=50`);
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(names(body)).toEqual([
      'Karin Kust', // a member of the owning network, not yet in the program
      'Maria Samordnare',
      'Nina Nätverk',
      'Partner Admin', // the administrators who accepted for Tullverket and Skatteverket
      'Partner Admin',
      'Sara Skatt',
      'Tove Tullchef',
    ]);
    expect(body.total).toBe(7);
    expect(response.body).not.toContain('@');
    expect(response.body).not.toContain('Per Polis');
    expect(response.body).not.toContain(polis);

    // Outsiders do not learn the program exists; its participants may not ask.
    expect((await t.as(c.per).get(`/api/programs/${programId}/coordinator-candidates`)).statusCode).toBe(404);
    expect((await t.as(c.kalle).get(`/api/programs/${programId}/coordinator-candidates`)).statusCode).toBe(404);
    await t.database.db.update(schema.programs).set({ status: 'open' }).where(eq(schema.programs.id, programId));
    const sara = await t.as(c.sara).get(`/api/programs/${programId}/coordinator-candidates`);
    expect(sara.statusCode).toBe(403);
    expect(sara.body).not.toContain('Karin');

    // Choosing a member's coordinator: the member must be named in the program as well.
    const withoutMember = await t.as(c.maria).patch(`/api/programs/${programId}`, { coordinatorIds: [id.maria, id.karin] });
    expect(withoutMember.statusCode).toBe(400);
    expect(withoutMember.json().error.field).toBe('coordinatorIds');
    const withMember = await t.as(c.maria).patch(`/api/programs/${programId}`, {
      participatingOrganisationIds: [tull, skv, polis, kust],
      coordinatorIds: [id.maria, id.karin],
    });
    expect(withMember.statusCode, withMember.body).toBe(200);
    expect(
      withMember
        .json()
        .coordinators.map((x: { personId: string }) => x.personId)
        .sort(),
    ).toEqual([id.karin, id.maria].sort());
  });
});
