/**
 * Units: a tree per organisation. Create, rename, move (never under itself or a descendant,
 * never under another organisation's unit), delete only when empty.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, asc, eq } from 'drizzle-orm';
import { schema } from '@lots/db';
import { createTestApp, type TestApp } from '../../testing/harness';

let t: TestApp;
let orgId: string;
let otherOrgId: string;
let foreignUnit: string;
let admin: string;
let participant: string;

const base = () => `/api/organisations/${orgId}/units`;
const create = (payload: unknown) => t.app.inject({ method: 'POST', url: base(), headers: { cookie: admin }, payload: payload as object });
const patch = (id: string, payload: unknown) =>
  t.app.inject({ method: 'PATCH', url: `${base()}/${id}`, headers: { cookie: admin }, payload: payload as object });
const remove = (id: string) => t.app.inject({ method: 'DELETE', url: `${base()}/${id}`, headers: { cookie: admin } });

async function unitRow(id: string) {
  const [row] = await t.database.db.select().from(schema.units).where(eq(schema.units.id, id));
  return row;
}

async function allUnits() {
  return t.database.db
    .select({ id: schema.units.id, name: schema.units.name, parentId: schema.units.parentId })
    .from(schema.units)
    .where(eq(schema.units.organisationId, orgId))
    .orderBy(asc(schema.units.name));
}

beforeAll(async () => {
  t = await createTestApp();
  orgId = await t.createOrganisation('Lunds kommun');
  otherOrgId = await t.createOrganisation('Malmö stad');
  foreignUnit = await t.createUnit(otherOrgId, 'Stadskontoret');
  await t.createMember(orgId, 'admin@lund.example', ['org_admin'], { name: 'Linnea Admin' });
  await t.createMember(orgId, 'deltagare@lund.example', ['participant'], { name: 'Dan Deltagare' });
  admin = await t.signIn('admin@lund.example');
  participant = await t.signIn('deltagare@lund.example');
});
afterAll(() => t.destroy());

describe('units', () => {
  let forvaltning: string;
  let skola: string;
  let grundskola: string;
  let klass: string;

  it('creates root units and sub-units, and lists them flat with parentId', async () => {
    const a = await create({ name: 'Barn- och skolförvaltningen' });
    expect(a.statusCode, a.body).toBe(201);
    forvaltning = a.json().id;
    expect(a.json()).toEqual({
      id: forvaltning,
      organisationId: orgId,
      parentId: null,
      name: 'Barn- och skolförvaltningen',
      peopleCount: 0,
    });
    skola = (await create({ name: 'Skolor', parentId: forvaltning })).json().id;
    grundskola = (await create({ name: 'Grundskolor', parentId: skola })).json().id;
    klass = (await create({ name: 'Årskurs 1', parentId: grundskola })).json().id;

    expect(await unitRow(grundskola)).toMatchObject({ organisationId: orgId, parentId: skola, name: 'Grundskolor' });
    const list = await t.app.inject({ url: base(), headers: { cookie: participant } });
    expect(list.statusCode).toBe(200);
    // (The order is the database's collation; compare as a set.)
    const pairs = list.json().map((u: { name: string; parentId: string | null }) => `${u.name} < ${u.parentId}`);
    expect(pairs.sort()).toEqual(
      [`Barn- och skolförvaltningen < null`, `Grundskolor < ${skola}`, `Skolor < ${forvaltning}`, `Årskurs 1 < ${grundskola}`].sort(),
    );
    expect(list.json().every((u: { organisationId: string }) => u.organisationId === orgId)).toBe(true);
    const audits = await t.database.db
      .select()
      .from(schema.auditLog)
      .where(and(eq(schema.auditLog.entity, 'unit'), eq(schema.auditLog.action, 'unit.create')));
    expect(audits).toHaveLength(4);
  });

  it('renames a unit', async () => {
    const response = await patch(skola, { name: 'Skolenheter' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ id: skola, name: 'Skolenheter', parentId: forvaltning });
    expect((await unitRow(skola))!.name).toBe('Skolenheter');
  });

  it('moves a unit to another parent and to the top level', async () => {
    const moved = await patch(klass, { parentId: skola });
    expect(moved.statusCode).toBe(200);
    expect(moved.json().parentId).toBe(skola);
    expect((await unitRow(klass))!.parentId).toBe(skola);
    const top = await patch(klass, { parentId: null });
    expect(top.statusCode).toBe(200);
    expect((await unitRow(klass))!.parentId).toBeNull();
    // Back where it was.
    expect((await patch(klass, { parentId: grundskola })).statusCode).toBe(200);
  });

  it('refuses cycles: a unit under itself or under one of its descendants', async () => {
    const before = await allUnits();
    for (const [id, parentId] of [
      [forvaltning, forvaltning],
      [forvaltning, skola],
      [forvaltning, klass],
      [skola, klass],
    ] as const) {
      const response = await patch(id, { parentId });
      expect(response.statusCode).toBe(400);
      expect(response.json().error).toMatchObject({ code: 'validation', field: 'parentId' });
    }
    expect(await allUnits()).toEqual(before);
  });

  it('refuses a parent from another organisation or one that does not exist', async () => {
    const before = await allUnits();
    for (const parentId of [foreignUnit, crypto.randomUUID()]) {
      const created = await create({ name: 'Smugglad', parentId });
      expect(created.statusCode).toBe(400);
      expect(created.json().error).toMatchObject({ code: 'validation', field: 'parentId' });
      const moved = await patch(skola, { parentId });
      expect(moved.statusCode).toBe(400);
      expect(moved.json().error.field).toBe('parentId');
    }
    expect(await allUnits()).toEqual(before);
    expect((await unitRow(foreignUnit))!.organisationId).toBe(otherOrgId);
  });

  it('refuses to delete a unit with sub-units or people; deletes an empty one', async () => {
    const withChildren = await remove(skola);
    expect(withChildren.statusCode).toBe(409);
    expect(withChildren.json().error.code).toBe('conflict');
    expect(await unitRow(skola)).toBeDefined();

    const person = await t.app.inject({
      method: 'POST',
      url: `/api/organisations/${orgId}/people`,
      headers: { cookie: admin },
      payload: { name: 'Lärare Larsson', email: 'larare@lund.example', unitId: klass },
    });
    expect(person.statusCode).toBe(201);
    const listed = await t.app.inject({ url: base(), headers: { cookie: admin } });
    expect(listed.json().find((u: { id: string }) => u.id === klass).peopleCount).toBe(1);
    const withPeople = await remove(klass);
    expect(withPeople.statusCode).toBe(409);
    expect(withPeople.json().error.code).toBe('conflict');
    expect(await unitRow(klass)).toBeDefined();

    // Once the person has moved, the unit can go.
    await t.app.inject({
      method: 'PATCH',
      url: `/api/organisations/${orgId}/people/${person.json().id}`,
      headers: { cookie: admin },
      payload: { unitId: grundskola },
    });
    const deleted = await remove(klass);
    expect(deleted.statusCode).toBe(200);
    expect(deleted.json()).toEqual({ ok: true });
    expect(await unitRow(klass)).toBeUndefined();
    const [audit] = await t.database.db
      .select()
      .from(schema.auditLog)
      .where(and(eq(schema.auditLog.action, 'unit.delete'), eq(schema.auditLog.entityId, klass)));
    expect(audit!.data).toEqual({ name: 'Årskurs 1' });

    // Gone is gone.
    expect((await remove(klass)).statusCode).toBe(404);
    expect((await patch(klass, { name: 'Åter' })).statusCode).toBe(404);
  });

  it('counts units and people in the organisation', async () => {
    const organisation = await t.app.inject({ url: `/api/organisations/${orgId}`, headers: { cookie: admin } });
    expect(organisation.json()).toMatchObject({ unitCount: 3, peopleCount: 3 });
  });
});
