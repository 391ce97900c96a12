/**
 * The program list (issue 14 item 12, decision 0161): visibility, search, filters, order and paging
 * in SQL, `{ items, total }`; another organisation's program never appears, on any page or search.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROGRAM_STATUSES, PROGRAM_TYPES, type ProgramStatus, type ProgramSummary } from '@lots/core';
import { schema } from '@lots/db';
import { createTestApp, type TestApp } from '../../testing/harness';

type Page = { items: ProgramSummary[]; total: number };

describe('GET /api/programs: one page of the programs a viewer sees', () => {
  let t: TestApp;
  let maria: string; // coordinator of Tullverket, coordinates its 30 programs
  let johan: string; // participant of Tullverket
  let root: string; // platform administrator
  const own: { id: string; name: string; status: ProgramStatus; type: string; startsOn: string | null }[] = [];
  let shared: string; // Kustbevakningen's running program, Tullverket has accepted to take part
  const hidden = new Map<string, string>(); // id → name: programs no one at Tullverket may see

  beforeAll(async () => {
    t = await createTestApp();
    const tull = await t.createOrganisation('Tullverket');
    const kust = await t.createOrganisation('Kustbevakningen');
    const lots = await t.createOrganisation('Lots plattform');
    const { personId: mariaId } = await t.createMember(tull, 'maria@tull.example', ['coordinator'], { name: 'Maria' });
    await t.createMember(tull, 'johan@tull.example', ['participant'], { name: 'Johan' });
    await t.createMember(lots, 'root@lots.example', ['participant'], { name: 'Root', platformAdmin: true });
    maria = await t.signIn('maria@tull.example');
    johan = await t.signIn('johan@tull.example');
    root = await t.signIn('root@lots.example');

    const db = t.database.db;
    const insert = async (
      owner: string,
      name: string,
      status: ProgramStatus,
      type: 'classic' | 'reverse' | 'inclusion',
      startsOn: string | null,
    ) => {
      const [row] = await db
        .insert(schema.programs)
        .values({ ownerOrganisationId: owner, name, status, type, startsOn, applicationClosesOn: startsOn })
        .returning({ id: schema.programs.id });
      await db.insert(schema.programOrganisations).values({ programId: row!.id, organisationId: owner, status: 'accepted' });
      return row!.id;
    };
    for (let i = 1; i <= 30; i++) {
      const status = PROGRAM_STATUSES[i % PROGRAM_STATUSES.length]!;
      const type = PROGRAM_TYPES[i % PROGRAM_TYPES.length]!;
      // Every fifth program has no start date yet; the others start on distinct days, some on the same day.
      const startsOn = i % 5 === 0 ? null : `2027-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 7) + 1).padStart(2, '0')}`;
      const name = `Alfa ${String(i).padStart(2, '0')}`;
      const id = await insert(tull, name, status, type, startsOn);
      await db.insert(schema.programCoordinators).values({ programId: id, personId: mariaId });
      own.push({ id, name, status, type, startsOn });
    }
    shared = await insert(kust, 'Kust delat', 'running', 'classic', '2027-03-01');
    await db.insert(schema.programOrganisations).values({ programId: shared, organisationId: tull, status: 'accepted' });
    // Kustbevakningen's programs Tullverket may not see: its own, one it is only invited to, one still a draft.
    hidden.set(await insert(kust, 'Alfa hemlig', 'open', 'classic', '2027-01-01'), 'Alfa hemlig');
    const invited = await insert(kust, 'Alfa inbjuden', 'open', 'classic', '2027-01-02');
    await db.insert(schema.programOrganisations).values({ programId: invited, organisationId: tull, status: 'invited' });
    hidden.set(invited, 'Alfa inbjuden');
    const draft = await insert(kust, 'Alfa utkast', 'draft', 'classic', '2027-01-03');
    await db.insert(schema.programOrganisations).values({ programId: draft, organisationId: tull, status: 'accepted' });
    hidden.set(draft, 'Alfa utkast');
  });
  afterAll(async () => {
    await t?.destroy();
  });

  const list = async (cookie: string, query = '') => {
    const response = await t.as(cookie).get(`/api/programs${query}`);
    expect(response.statusCode, response.body).toBe(200);
    for (const [id, name] of hidden) {
      if (cookie === root) continue;
      expect(response.body).not.toContain(id);
      expect(response.body).not.toContain(name);
    }
    return response.json() as Page;
  };
  /** Every page of a query, `limit` at a time. */
  const walk = async (cookie: string, query: string, limit: number) => {
    const first = await list(cookie, `?${query}&limit=${limit}`);
    const items = [...first.items];
    for (let offset = limit; offset < first.total; offset += limit) {
      const page = await list(cookie, `?${query}&limit=${limit}&offset=${offset}`);
      expect(page.total).toBe(first.total);
      items.push(...page.items);
    }
    return { items, total: first.total };
  };

  it('answers a page and the total; the pages together hold each visible program once, in the default order', async () => {
    const first = await list(maria);
    expect(first.total).toBe(31);
    expect(first.items).toHaveLength(25);
    const { items } = await walk(maria, 'q=', 7);
    expect(items).toHaveLength(31);
    expect(new Set(items.map((p) => p.id)).size).toBe(31);
    expect(new Set(items.map((p) => p.id))).toEqual(new Set([...own.map((p) => p.id), shared]));
    // Latest start first, programs without a start last; a tie by name.
    const starts = items.map((p) => p.startsOn);
    const dated = starts.filter((s) => s !== null);
    expect(starts.slice(dated.length).every((s) => s === null)).toBe(true);
    expect(dated).toEqual([...dated].sort().reverse());
    for (let i = 1; i < items.length; i++)
      if (items[i]!.startsOn === items[i - 1]!.startsOn) expect(items[i - 1]!.name < items[i]!.name).toBe(true);
    // A page beyond the last is empty but still counts.
    expect(await list(maria, '?offset=200')).toEqual({ items: [], total: 31 });
  });

  it('sorts by name, status and application deadline in either direction', async () => {
    const byName = await walk(maria, 'sort=name&dir=desc', 10);
    expect(byName.items.map((p) => p.name)).toEqual([...own.map((p) => p.name), 'Kust delat'].sort().reverse());
    const byStatus = await walk(maria, 'sort=status&dir=asc', 10);
    const ranks = byStatus.items.map((p) => PROGRAM_STATUSES.indexOf(p.status));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    const closes = (await walk(maria, 'sort=applicationClosesOn&dir=asc', 10)).items.map((p) => p.applicationClosesOn);
    const dated = closes.filter((c) => c !== null);
    expect(dated).toEqual([...dated].sort());
    expect(closes.slice(dated.length).every((c) => c === null)).toBe(true);
  });

  it('searches program and owner organisation names, filters by status, type and what I manage', async () => {
    const alfa = await walk(maria, 'q=alfa', 10);
    expect(alfa.total).toBe(30);
    expect(alfa.items.every((p) => p.name.startsWith('Alfa '))).toBe(true);
    // The owner's name: only the shared program of Kustbevakningen, never its hidden ones.
    expect((await list(maria, '?q=kustbevak')).items.map((p) => p.name)).toEqual(['Kust delat']);
    expect((await list(maria, '?q=hemlig')).total).toBe(0);
    // LIKE's own characters are text.
    expect((await list(maria, '?q=%25')).total).toBe(0);

    const running = await walk(maria, 'status=running&type=reverse', 5);
    const expected = own.filter((p) => p.status === 'running' && p.type === 'reverse').map((p) => p.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(running.items.map((p) => p.id).sort()).toEqual(expected.sort());
    expect(running.total).toBe(expected.length);

    const managed = await walk(maria, 'managed=true', 10);
    expect(managed.total).toBe(30);
    expect(managed.items.every((p) => p.can.manage)).toBe(true);
    expect(managed.items.map((p) => p.id)).not.toContain(shared);
  });

  it('a participant sees only the announced programs of their organisation; the platform administrator sees all', async () => {
    const visible = own.filter((p) => !['draft', 'archived'].includes(p.status)).map((p) => p.id);
    const johans = await walk(johan, 'sort=name', 6);
    expect(johans.items.map((p) => p.id).sort()).toEqual([...visible, shared].sort());
    expect(johans.items.every((p) => !p.can.manage)).toBe(true);
    expect((await list(johan, '?managed=true')).total).toBe(0);
    const everything = await list(root, '?limit=100');
    expect(everything.total).toBe(34);
    expect(everything.items.every((p) => p.can.manage)).toBe(true);
  });

  it("computes each program's abilities as its own page does, in as many statements for 25 programs as for one", async () => {
    // The page's accesses are read for the whole page at once (issue 15 goal 2), not per program.
    const statementsOf = async (cookie: string, query: string) => {
      const { result: page, statements } = await t.statementsOf(() => list(cookie, query));
      return { page, statements: statements.length };
    };
    for (const cookie of [maria, johan, root]) {
      const one = await statementsOf(cookie, '?sort=name&limit=1');
      const many = await statementsOf(cookie, '?sort=name&limit=25');
      expect(one.page.items).toHaveLength(1);
      expect(many.page.items.length).toBe(Math.min(25, many.page.total));
      expect(many.page.items.length).toBeGreaterThan(20);
      expect(many.statements).toBe(one.statements);
      for (const item of many.page.items.slice(0, 8)) {
        const response = await t.as(cookie).get(`/api/programs/${item.id}`);
        expect(response.statusCode, response.body).toBe(200);
        expect(item.can, item.name).toEqual(response.json().can);
      }
    }
  });

  it('a bad parameter is a 400 naming it', async () => {
    for (const [query, field] of [
      ['?sort=owner', 'sort'],
      ['?dir=up', 'dir'],
      ['?limit=101', 'limit'],
      ['?offset=-1', 'offset'],
      ['?status=finished', 'status'],
      ['?type=other', 'type'],
      ['?managed=yes', 'managed'],
      ['?unknown=1', 'unknown'],
    ] as const) {
      const response = await t.as(maria).get(`/api/programs${query}`);
      expect(response.statusCode, query).toBe(400);
      expect(response.body, query).toContain(field);
    }
  });
});
