/**
 * The people search's total is exact up to LIST_TOTAL_CAP and "more than" beyond it (decision 0203): a search
 * matching much of an organisation does not count every match, and its pages still page (next, previous).
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIST_TOTAL_CAP } from '@lots/core';
import { createTestApp, type TestApp } from '../../testing/harness';
import { insertPeople, type NewPerson } from './repository';

let t: TestApp;
let orgId: string;
let admin: string;
const MANY = LIST_TOTAL_CAP + 50;

const person = (name: string, email: string): NewPerson => ({
  id: randomUUID(),
  name,
  email,
  title: null,
  unitId: null,
  managerId: null,
  managerEmail: null,
  roles: ['participant'],
});
const massa = (i: number) => `Massa ${String(i).padStart(5, '0')}`;

beforeAll(async () => {
  t = await createTestApp();
  orgId = await t.createOrganisation('Skatteverket');
  const otherOrgId = await t.createOrganisation('Skatteetaten');
  await t.createMember(orgId, 'admin@skatt.example', ['org_admin'], { name: 'Adam Admin' });
  admin = await t.signIn('admin@skatt.example');
  await insertPeople(
    t.database.db,
    orgId,
    Array.from({ length: MANY }, (_, i) => person(massa(i), `massa${i}@skatt.example`)),
  );
  // Another organisation's matches are neither counted nor shown.
  await insertPeople(
    t.database.db,
    otherOrgId,
    Array.from({ length: 5 }, (_, i) => person(`Massa Utland ${i}`, `utland${i}@skatt.example`)),
  );
});
afterAll(() => t.destroy());

const list = async (query: string) => {
  const response = await t.app.inject({ url: `/api/organisations/${orgId}/people${query}`, headers: { cookie: admin } });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as { items: { name: string; organisationId: string }[]; total: number; totalCapped?: boolean };
};

describe('a search matching more than LIST_TOTAL_CAP people', () => {
  it('says "more than" the cap instead of counting every match, and still pages', async () => {
    const first = await list('?q=massa&limit=100');
    expect(first.total).toBe(LIST_TOTAL_CAP);
    expect(first.totalCapped).toBe(true);
    expect(first.items.map((p) => p.name)).toEqual(Array.from({ length: 100 }, (_, i) => massa(i)));
    // Next pages, also beyond the cap, are the slices of the whole order.
    const next = await list('?q=massa&limit=100&offset=100');
    expect(next.items.map((p) => p.name)).toEqual(Array.from({ length: 100 }, (_, i) => massa(100 + i)));
    expect(next.totalCapped).toBe(true);
    const beyond = await list(`?q=massa&limit=100&offset=${LIST_TOTAL_CAP}`);
    expect(beyond.items.map((p) => p.name)).toEqual(Array.from({ length: 50 }, (_, i) => massa(LIST_TOTAL_CAP + i)));
    expect(beyond.items.every((p) => p.organisationId === orgId)).toBe(true);
    // A page past the end is empty and still capped.
    const past = await list(`?q=massa&limit=100&offset=${MANY + 100}`);
    expect(past).toMatchObject({ items: [], total: LIST_TOTAL_CAP, totalCapped: true });
  });

  it('caps a search of short words (a word start) too', async () => {
    const page = await list('?q=ma&limit=10');
    expect(page).toMatchObject({ total: LIST_TOTAL_CAP, totalCapped: true });
    expect(page.items.map((p) => p.name)).toEqual(Array.from({ length: 10 }, (_, i) => massa(i)));
  });

  it('counts exactly up to the cap, and beyond it without a search', async () => {
    // "Massa 0…" is Massa 00000–09999: exactly the cap.
    const exact = await list(`?q=massa%200&limit=10&offset=${LIST_TOTAL_CAP - 10}`);
    expect(exact).toMatchObject({ total: LIST_TOTAL_CAP, totalCapped: false });
    expect(exact.items.map((p) => p.name)).toEqual(Array.from({ length: 10 }, (_, i) => massa(LIST_TOTAL_CAP - 10 + i)));
    expect(await list('?q=massa%201&limit=1')).toMatchObject({ total: 50, totalCapped: false });
    // Without a search the total is exact however large (the admin and the organisation's MANY).
    expect(await list('?limit=1')).toMatchObject({ total: MANY + 1, totalCapped: false });
    expect(await list(`?limit=1&offset=${MANY + 5}`)).toMatchObject({ items: [], total: MANY + 1, totalCapped: false });
  });
});
