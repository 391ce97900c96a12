/**
 * The people search's and filters' total is exact up to LIST_TOTAL_CAP and "more than" beyond it (decisions 0203,
 * 0171): a search or role matching much of an organisation does not count every match, and its pages still page (next,
 * previous); a role or unit that few have, among many who do not, is found and paged exactly.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIST_TOTAL_CAP } from '@lots/core';
import { createTestApp, type TestApp } from '../../testing/harness';
import { insertPeople, type NewPerson } from './repository';

let t: TestApp;
let orgId: string;
let admin: string;
let unitId: string;
const MANY = LIST_TOTAL_CAP + 50;

const person = (name: string, email: string, more: Partial<NewPerson> = {}): NewPerson => ({
  id: randomUUID(),
  name,
  email,
  title: null,
  unitId: null,
  managerId: null,
  managerEmail: null,
  roles: ['participant'],
  ...more,
});
const massa = (i: number) => `Massa ${String(i).padStart(5, '0')}`;

beforeAll(async () => {
  t = await createTestApp();
  orgId = await t.createOrganisation('Skatteverket');
  const otherOrgId = await t.createOrganisation('Skatteetaten');
  await t.createMember(orgId, 'admin@skatt.example', ['org_admin'], { name: 'Adam Admin' });
  admin = await t.signIn('admin@skatt.example');
  unitId = await t.createUnit(orgId, 'Enheten');
  await insertPeople(
    t.database.db,
    orgId,
    Array.from({ length: MANY }, (_, i) => person(massa(i), `massa${i}@skatt.example`)),
  );
  // Few of a role and of a unit among the many, sorted last ("Ö…"): found without being walked to.
  await insertPeople(t.database.db, orgId, [
    person('Östen Samordnare', 'osten@skatt.example', { roles: ['coordinator', 'participant'], unitId }),
    person('Örjan Samordnare', 'orjan@skatt.example', { roles: ['coordinator'] }),
    person('Östra Enheten', 'ostra@skatt.example', { unitId }),
  ]);
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
    // Without a search or filter the total is exact however large (the admin, the organisation's MANY and three more).
    expect(await list('?limit=1')).toMatchObject({ total: MANY + 4, totalCapped: false });
    expect(await list(`?limit=1&offset=${MANY + 5}`)).toMatchObject({ items: [], total: MANY + 4, totalCapped: false });
  });
});

describe('a role or unit filter (decision 0171)', () => {
  const names = (page: { items: { name: string }[] }) => page.items.map((p) => p.name);

  it('counts a role most people have up to the cap, and pages through it in name order', async () => {
    const first = await list('?role=participant&limit=100');
    expect(first).toMatchObject({ total: LIST_TOTAL_CAP, totalCapped: true });
    expect(names(first)).toEqual(Array.from({ length: 100 }, (_, i) => massa(i)));
    const beyond = await list(`?role=participant&limit=100&offset=${LIST_TOTAL_CAP}`);
    // MANY participants named Massa, then Östen and Östra (Örjan is no participant), in name order.
    expect(names(beyond)).toEqual([
      ...Array.from({ length: 50 }, (_, i) => massa(LIST_TOTAL_CAP + i)),
      'Östen Samordnare',
      'Östra Enheten',
    ]);
    expect(await list(`?role=participant&limit=100&offset=${MANY + 10}`)).toMatchObject({
      items: [],
      total: LIST_TOTAL_CAP,
      totalCapped: true,
    });
  });

  it('finds the few of a role or unit exactly, however many others there are', async () => {
    expect(await list('?role=coordinator')).toMatchObject({ total: 2, totalCapped: false });
    expect(names(await list('?role=coordinator'))).toEqual(['Örjan Samordnare', 'Östen Samordnare']);
    expect(names(await list('?role=coordinator&limit=1&offset=1'))).toEqual(['Östen Samordnare']);
    expect(await list('?role=coordinator&limit=1&offset=2')).toMatchObject({ items: [], total: 2, totalCapped: false });
    expect(names(await list('?role=org_admin'))).toEqual(['Adam Admin']);
    expect(names(await list(`?unitId=${unitId}`))).toEqual(['Östen Samordnare', 'Östra Enheten']);
    expect(await list(`?unitId=${unitId}&role=coordinator`)).toMatchObject({ total: 1, totalCapped: false });
    expect(names(await list(`?unitId=${unitId}&role=participant&q=enhet`))).toEqual(['Östra Enheten']);
    // A role within a broad search: the search's matches beyond the cap, the role walked as a filter.
    expect(await list('?role=coordinator&q=samordnare')).toMatchObject({ total: 2, totalCapped: false });
    expect(names(await list('?role=participant&q=massa&limit=2'))).toEqual([massa(0), massa(1)]);
    expect(await list('?role=participant&q=massa&limit=2')).toMatchObject({ total: LIST_TOTAL_CAP, totalCapped: true });
  });
});
