import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { schema } from '@lots/db';
import { createTestApp, OPENABLE_PROGRAM, type TestApp } from '../../testing/harness';

/**
 * Contact persons per participating organisation (issue 10 item 15): kept by the program's
 * coordinators, each organisation's participants see their own organisation's contact only.
 */
describe('program contacts', () => {
  let t: TestApp;
  let tull: string;
  let kust: string;
  let maria: string; // coordinator of P (Tullverket)
  let johan: string; // participant, Tullverket
  let lisa: string; // participant, Kustbevakningen (partner)
  let per: string; // participant, Polisen (takes no part)
  let P: string;

  beforeAll(async () => {
    t = await createTestApp();
    tull = await t.createOrganisation('Tullverket');
    kust = await t.createOrganisation('Kustbevakningen');
    const polis = await t.createOrganisation('Polisen');
    await t.createMember(tull, 'maria@tull.example', ['coordinator'], { name: 'Maria Sundberg' });
    await t.createMember(tull, 'johan@tull.example', ['participant'], { name: 'Johan Nyberg' });
    await t.createMember(kust, 'lisa@kust.example', ['participant'], { name: 'Lisa Lind' });
    await t.createMember(polis, 'per@polis.example', ['participant'], { name: 'Per Polis' });
    [maria, johan, lisa, per] = (await Promise.all(
      ['maria@tull.example', 'johan@tull.example', 'lisa@kust.example', 'per@polis.example'].map((e) => t.signIn(e)),
    )) as [string, string, string, string];
    const created = await t.as(maria).post('/api/programs', {
      ...OPENABLE_PROGRAM,
      name: 'Gemensamt program',
      type: 'classic',
      applicationClosesOn: '2099-12-31',
      startsOn: '2100-01-15',
      participatingOrganisationIds: [kust],
    });
    expect(created.statusCode, created.body).toBe(201);
    P = created.json().id;
    await t.acceptInvitation(P, kust);
    expect((await t.as(maria).post(`/api/programs/${P}/status`, { status: 'open' })).statusCode).toBe(200);
  });
  afterAll(() => t.destroy());

  it('the coordinator sets a contact per participating organisation; each organisation’s participants see only their own', async () => {
    const saved = await t.as(maria).put(`/api/programs/${P}/contacts/${kust}`, {
      name: 'Karin Kontakt',
      email: 'karin@kust.example',
      phone: '+46 8 123 45',
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toEqual({
      contacts: [
        {
          organisationId: kust,
          organisationName: 'Kustbevakningen',
          name: 'Karin Kontakt',
          email: 'karin@kust.example',
          phone: '+46 8 123 45',
        },
      ],
      can: { manage: true },
    });
    await t.as(maria).put(`/api/programs/${P}/contacts/${tull}`, { name: 'Tore Tull', email: 'tore@tull.example' });
    const forLisa = await t.as(lisa).get(`/api/programs/${P}/contacts`);
    expect(forLisa.statusCode).toBe(200);
    expect(forLisa.json()).toEqual({
      contacts: [expect.objectContaining({ name: 'Karin Kontakt', organisationId: kust })],
      can: { manage: false },
    });
    expect(forLisa.body).not.toContain('Tore');
    const forJohan = await t.as(johan).get(`/api/programs/${P}/contacts`);
    expect(forJohan.json().contacts.map((c: { name: string }) => c.name)).toEqual(['Tore Tull']);
    const [audit] = await t.database.db.select().from(schema.auditLog).where(eq(schema.auditLog.action, 'contact.save'));
    expect(audit).toMatchObject({ entity: 'program', entityId: P });
  });

  it('refuses participants (403) and an organisation that takes no part (404), changing nothing', async () => {
    const attempt = await t.as(lisa).put(`/api/programs/${P}/contacts/${kust}`, { name: 'Kapad', email: 'x@kust.example' });
    expect(attempt.statusCode).toBe(403);
    expect(attempt.json().error.code).toBe('forbidden');
    expect((await t.as(lisa).delete(`/api/programs/${P}/contacts/${kust}`)).statusCode).toBe(403);
    for (const response of [
      await t.as(per).get(`/api/programs/${P}/contacts`),
      await t.as(per).put(`/api/programs/${P}/contacts/${kust}`, { name: 'Kapad', email: 'x@polis.example' }),
    ]) {
      expect(response.statusCode).toBe(404);
      expect(response.body).not.toContain('Karin');
    }
    const rows = await t.database.db.select().from(schema.programContacts).where(eq(schema.programContacts.programId, P));
    expect(rows.map((r) => r.name).sort()).toEqual(['Karin Kontakt', 'Tore Tull']);
  });

  it('answers bad input with a 400 naming the field', async () => {
    const email = await t.as(maria).put(`/api/programs/${P}/contacts/${kust}`, { name: 'Karin', email: 'inte-en-adress' });
    expect(email.statusCode).toBe(400);
    expect(email.json().error.field).toBe('email');
    const outsider = await t
      .as(maria)
      .put(`/api/programs/${P}/contacts/${crypto.randomUUID()}`, { name: 'Ingen', email: 'ingen@example.org' });
    expect(outsider.statusCode).toBe(400);
    expect(outsider.json().error.field).toBe('organisationId');
  });

  it('removes a contact; removing a missing one is a 404', async () => {
    const removed = await t.as(maria).delete(`/api/programs/${P}/contacts/${tull}`);
    expect(removed.statusCode).toBe(200);
    expect(removed.json().contacts.map((c: { name: string }) => c.name)).toEqual(['Karin Kontakt']);
    expect((await t.as(maria).delete(`/api/programs/${P}/contacts/${tull}`)).statusCode).toBe(404);
  });
});
