/**
 * People: create, read, update, search, filter and page; references (unit, manager) stay
 * inside the organisation; e-mail addresses are unique. Plus the signed-in user's own
 * profile, GET/PATCH /api/me.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { schema } from '@lots/db';
import { createTestApp, type TestApp } from '../../testing/harness';
import { createAccount } from '../../auth/accounts';

let t: TestApp;
let orgId: string;
let otherOrgId: string;
let syd: string;
let nord: string;
let admin: string;
let adminPersonId: string;
let coordinator: string;
let foreignPersonId: string;

const people = () => `/api/organisations/${orgId}/people`;
const create = (payload: unknown) =>
  t.app.inject({ method: 'POST', url: people(), headers: { cookie: admin }, payload: payload as object });
const patch = (id: string, payload: unknown, cookie = admin) =>
  t.app.inject({ method: 'PATCH', url: `${people()}/${id}`, headers: { cookie }, payload: payload as object });
const list = (query = '', cookie = admin) => t.app.inject({ url: `${people()}${query}`, headers: { cookie } });

async function row(id: string) {
  const [r] = await t.database.db.select().from(schema.people).where(eq(schema.people.id, id));
  return r;
}

async function count() {
  const [r] = await t.database.db.select({ n: sql<number>`count(*)::int` }).from(schema.people);
  return r!.n;
}

beforeAll(async () => {
  t = await createTestApp();
  orgId = await t.createOrganisation('Polismyndigheten');
  otherOrgId = await t.createOrganisation('Politiet');
  syd = await t.createUnit(orgId, 'Region Syd');
  nord = await t.createUnit(orgId, 'Region Nord');
  adminPersonId = (await t.createMember(orgId, 'admin@polisen.example', ['org_admin'], { name: 'Adam Admin' })).personId;
  await t.createMember(orgId, 'samordnare@polisen.example', ['coordinator', 'participant'], { name: 'Cecilia Samordnare' });
  foreignPersonId = (await t.createMember(otherOrgId, 'utland@politiet.example', ['participant'], { name: 'Ulrik Utland' })).personId;
  admin = await t.signIn('admin@polisen.example');
  coordinator = await t.signIn('samordnare@polisen.example');
});
afterAll(() => t.destroy());

describe('creating people', () => {
  let chefId: string;

  it('creates a person with a unit and a manager from the same organisation', async () => {
    const chef = await create({
      name: 'Birgitta Chef',
      email: 'birgitta@polisen.example',
      title: 'Regionpolischef',
      unitId: syd,
      roles: ['participant', 'coordinator', 'participant'],
    });
    expect(chef.statusCode, chef.body).toBe(201);
    chefId = chef.json().id;
    // Duplicate roles are stored once.
    expect(chef.json().roles).toEqual(['participant', 'coordinator']);

    const response = await create({
      name: 'David Polis',
      email: 'david@polisen.example',
      title: 'Utredare',
      unitId: syd,
      managerId: chefId,
      managerEmail: 'ignored@polisen.example',
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toEqual({
      id: expect.any(String),
      organisationId: orgId,
      unitId: syd,
      unitName: 'Region Syd',
      name: 'David Polis',
      email: 'david@polisen.example',
      title: 'Utredare',
      managerId: chefId,
      managerName: 'Birgitta Chef',
      managerEmail: 'birgitta@polisen.example',
      roles: ['participant'],
      accountStatus: 'none',
    });
    // A linked manager wins over a typed address.
    expect(await row(response.json().id)).toMatchObject({
      organisationId: orgId,
      unitId: syd,
      managerId: chefId,
      managerEmail: null,
      userId: null,
    });
    // No mail is sent when a person is only created.
    expect(await t.lastMailTo('david@polisen.example')).toBeUndefined();
  });

  it('keeps the address of a manager who is not in Lots', async () => {
    const response = await create({ name: 'Erik Extern', email: 'erik@polisen.example', managerEmail: 'Chef@Kommun.Example' });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      managerId: null,
      managerName: null,
      managerEmail: 'chef@kommun.example',
      unitId: null,
      roles: ['participant'],
    });
  });

  it('refuses a manager from another organisation, or one that does not exist', async () => {
    const before = await count();
    for (const managerId of [foreignPersonId, crypto.randomUUID()]) {
      const response = await create({ name: 'Fredrik Fel', email: 'fredrik@polisen.example', managerId });
      expect(response.statusCode).toBe(400);
      expect(response.json().error).toMatchObject({ code: 'validation', field: 'managerId' });
      // The answer does not reveal the other organisation's person.
      expect(response.body).not.toContain('Ulrik');
    }
    expect(await count()).toBe(before);
  });

  it('refuses an e-mail address that is already in Lots with 409 naming email', async () => {
    const before = await count();
    for (const email of ['david@polisen.example', 'DAVID@Polisen.Example', 'utland@politiet.example']) {
      const response = await create({ name: 'Dubblett', email });
      expect(response.statusCode).toBe(409);
      expect(response.json().error).toMatchObject({ code: 'conflict', field: 'email' });
    }
    expect(await count()).toBe(before);
  });

  it('answers an unknown person with 404', async () => {
    const response = await t.app.inject({ url: `${people()}/${crypto.randomUUID()}`, headers: { cookie: admin } });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('not_found');
  });

  describe('updating people', () => {
    let davidId: string;
    beforeAll(async () => {
      const found = await list('?q=david');
      davidId = found.json().items[0].id;
    });

    it('updates name, title, unit, roles and address of a person without an account', async () => {
      const response = await patch(davidId, {
        name: 'David Polisson',
        title: null,
        unitId: nord,
        roles: ['coordinator'],
        email: 'david.polisson@polisen.example',
      });
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json()).toMatchObject({
        id: davidId,
        name: 'David Polisson',
        title: null,
        unitId: nord,
        unitName: 'Region Nord',
        roles: ['coordinator'],
        email: 'david.polisson@polisen.example',
      });
      expect(await row(davidId)).toMatchObject({
        name: 'David Polisson',
        title: null,
        unitId: nord,
        roles: ['coordinator'],
        email: 'david.polisson@polisen.example',
        managerId: chefId,
      });
      // An empty patch changes nothing.
      const empty = await patch(davidId, {});
      expect(empty.statusCode).toBe(200);
      expect(empty.json()).toEqual(response.json());
    });

    it('keeps the roles when a patch does not name them (no default applied to a patch)', async () => {
      const renamed = await patch(davidId, { title: 'Kriminalinspektör' });
      expect(renamed.json().roles).toEqual(['coordinator']);
      expect((await row(davidId))!.roles).toEqual(['coordinator']);
      // Also for an administrator editing themselves: no accidental self-demotion, no refusal.
      const self = await patch(adminPersonId, { title: 'Administratör' });
      expect(self.statusCode, self.body).toBe(200);
      expect(self.json().roles).toEqual(['org_admin']);
    });

    it('switches between a typed manager address and a linked manager', async () => {
      const typed = await patch(davidId, { managerId: null, managerEmail: 'extern@kommun.example' });
      expect(typed.json()).toMatchObject({ managerId: null, managerName: null, managerEmail: 'extern@kommun.example' });
      const linked = await patch(davidId, { managerId: chefId });
      expect(linked.json()).toMatchObject({ managerId: chefId, managerName: 'Birgitta Chef', managerEmail: 'birgitta@polisen.example' });
      expect((await row(davidId))!.managerEmail).toBeNull();
    });

    it('refuses the person as their own manager, and a manager from another organisation', async () => {
      const self = await patch(davidId, { managerId: davidId });
      expect(self.statusCode).toBe(400);
      expect(self.json().error).toMatchObject({ code: 'validation', field: 'managerId' });
      const foreign = await patch(davidId, { managerId: foreignPersonId });
      expect(foreign.statusCode).toBe(400);
      expect(foreign.json().error.field).toBe('managerId');
      expect((await row(davidId))!.managerId).toBe(chefId);
    });

    it('refuses an address that belongs to someone else', async () => {
      for (const email of ['birgitta@polisen.example', 'utland@politiet.example']) {
        const response = await patch(davidId, { email });
        expect(response.statusCode).toBe(409);
        expect(response.json().error).toMatchObject({ code: 'conflict', field: 'email' });
      }
      expect((await row(davidId))!.email).toBe('david.polisson@polisen.example');
    });

    it('does not let an administrator change the address of someone with an account', async () => {
      const [coord] = await t.database.db.select().from(schema.people).where(eq(schema.people.email, 'samordnare@polisen.example'));
      const response = await patch(coord!.id, { email: 'ny.adress@polisen.example' });
      expect(response.statusCode).toBe(400);
      expect(response.json().error).toMatchObject({ code: 'validation', field: 'email' });
      // The same address in another case is not a change.
      expect((await patch(coord!.id, { email: 'SAMORDNARE@polisen.example' })).statusCode).toBe(200);
      const [user] = await t.database.db.select().from(schema.user).where(eq(schema.user.id, coord!.userId!));
      expect(user!.email).toBe('samordnare@polisen.example');
    });

    it('does not let administrators remove their own administrator role', async () => {
      const response = await patch(adminPersonId, { roles: ['participant'] });
      expect(response.statusCode).toBe(400);
      expect(response.json().error).toMatchObject({ code: 'validation', field: 'roles' });
      expect((await row(adminPersonId))!.roles).toEqual(['org_admin']);
      // Adding a role is fine.
      const added = await patch(adminPersonId, { roles: ['org_admin', 'coordinator'] });
      expect(added.json().roles).toEqual(['org_admin', 'coordinator']);
    });
  });
});

describe('listing people', () => {
  beforeAll(async () => {
    for (const [name, email, title, unitId, roles] of [
      ['Gustav Gran', 'gustav@polisen.example', 'Kommissarie', syd, ['participant']],
      ['Hanna Hassel', 'hanna@polisen.example', 'Analytiker', nord, ['participant', 'coordinator']],
      ['Ivar Idegran', 'ivar.analys@polisen.example', null, nord, ['participant']],
      ['Johanna Jolin', 'johanna@polisen.example', 'Gruppchef', null, ['org_admin']],
    ] as const) {
      const response = await create({ name, email, title, unitId, roles });
      expect(response.statusCode, response.body).toBe(201);
    }
  });

  const names = (response: { json(): { items: { name: string }[] } }) =>
    response
      .json()
      .items.map((p) => p.name)
      .sort();

  it('searches name, e-mail and title, case-insensitively', async () => {
    expect(names(await list('?q=HASSEL'))).toEqual(['Hanna Hassel']);
    // "analy" is in Hanna's title and in Ivar's address.
    expect(names(await list('?q=analy'))).toEqual(['Hanna Hassel', 'Ivar Idegran']);
    expect(names(await list('?q=kommissarie'))).toEqual(['Gustav Gran']);
    expect(names(await list(`?q=${encodeURIComponent('@politiet')}`))).toEqual([]);
    const response = await list('?q=gran');
    expect(response.json().total).toBe(2);
    expect(names(response)).toEqual(['Gustav Gran', 'Ivar Idegran']);
  });

  it('filters by unit and role, also combined with search', async () => {
    expect(names(await list(`?unitId=${nord}`))).toEqual(['David Polisson', 'Hanna Hassel', 'Ivar Idegran']);
    expect(names(await list('?role=org_admin'))).toEqual(['Adam Admin', 'Johanna Jolin']);
    expect(names(await list(`?role=coordinator&unitId=${nord}`))).toEqual(['David Polisson', 'Hanna Hassel']);
    const combined = await list(`?role=participant&unitId=${nord}&q=ivar`);
    expect(combined.json().total).toBe(1);
    expect(names(combined)).toEqual(['Ivar Idegran']);
    // Only this organisation's people, never the other's.
    const all = await list('?limit=500');
    expect(all.json().items.every((p: { organisationId: string }) => p.organisationId === orgId)).toBe(true);
    expect(all.json().items.map((p: { email: string }) => p.email)).not.toContain('utland@politiet.example');
  });

  it('pages through the list with a stable order and the full total', async () => {
    const [total] = await t.database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(schema.people)
      .where(eq(schema.people.organisationId, orgId));
    const seen: string[] = [];
    for (let offset = 0; offset < total!.n + 3; offset += 3) {
      const page = await list(`?limit=3&offset=${offset}`);
      expect(page.statusCode).toBe(200);
      expect(page.json().total).toBe(total!.n);
      expect(page.json().items.length).toBe(Math.max(0, Math.min(3, total!.n - offset)));
      seen.push(...page.json().items.map((p: { id: string }) => p.id));
    }
    expect(seen).toHaveLength(total!.n);
    expect(new Set(seen).size).toBe(total!.n);
    // Default page size covers everyone here.
    expect((await list()).json().items).toHaveLength(total!.n);
  });

  it('gives every page as the slice of the whole ordered list, pages in the second half read from the end (decision 0192)', async () => {
    for (const filter of ['', '&role=participant', `&unitId=${nord}`, '&q=polisen']) {
      const whole = await list(`?limit=500${filter}`);
      const ids: string[] = whole.json().items.map((p: { id: string }) => p.id);
      expect(ids.length, filter).toBeGreaterThan(1);
      expect(whole.json().total).toBe(ids.length);
      for (const limit of [1, 2, 3]) {
        for (let offset = 0; offset <= ids.length + 1; offset++) {
          const page = await list(`?limit=${limit}&offset=${offset}${filter}`);
          expect(page.statusCode).toBe(200);
          expect(
            page.json().items.map((p: { id: string }) => p.id),
            `${filter} limit ${limit} offset ${offset}`,
          ).toEqual(ids.slice(offset, offset + limit));
          expect(page.json().total).toBe(ids.length);
        }
      }
    }
  });

  it('searches 1–2 characters as the start of a word of the name or title (decision 0191)', async () => {
    const found = async (q: string) => {
      const response = await list(`?limit=500&q=${encodeURIComponent(q)}`);
      expect(response.statusCode).toBe(200);
      expect(response.json().items.every((p: { organisationId: string }) => p.organisationId === orgId)).toBe(true);
      expect(response.json().total).toBe(response.json().items.length);
      return names(response);
    };
    // "Hanna Hassel", but not Johanna (a word that only contains "ha"), nor johanna@… (addresses are not searched by 1–2 characters).
    expect(await found('ha')).toContain('Hanna Hassel');
    expect(await found('Ha')).not.toContain('Johanna Jolin');
    // A later word (Gran) and a title (Gruppchef), but not Idegran.
    expect(await found('gr')).toEqual(expect.arrayContaining(['Gustav Gran', 'Johanna Jolin']));
    expect(await found('gr')).not.toContain('Ivar Idegran');
    // The title "Analytiker", not the address ivar.analys@.
    expect(await found('an')).toContain('Hanna Hassel');
    expect(await found('an')).not.toContain('Ivar Idegran');
    expect(await found('i')).toContain('Ivar Idegran');
    expect(await found('i')).not.toContain('Gustav Gran');
    // Every address here is …@polisen, but no name or title has a word starting "po".
    expect(await found('po')).not.toContain('Hanna Hassel');
    // The other organisation's Ulrik Utland is never found.
    expect(await found('u')).not.toContain('Ulrik Utland');
    expect(await found('ut')).toEqual([]);
    // LIKE's own characters are text.
    expect(await found('_')).toEqual([]);
    expect(await found('%')).toEqual([]);
    // Three characters or more: contained anywhere again.
    expect(await found('gra')).toEqual(['Gustav Gran', 'Ivar Idegran']);
    expect(await found('%an')).toEqual([]);
  });

  it('chooses the kind of search by its longest word: words of 1–2 characters search word starts, not the whole index', async () => {
    const response = await create({
      name: 'Lisa Saba Bo',
      email: 'lisa.saba@polisen.example',
      title: null,
      unitId: null,
      roles: ['participant'],
    });
    expect(response.statusCode, response.body).toBe(201);
    const found = async (q: string) => names(await list(`?limit=500&q=${encodeURIComponent(q)}`));
    // "a b" (3 characters, but no word of 3) is inside "Saba Bo", not at the start of a word: not found.
    expect(await found('a b')).not.toContain('Lisa Saba Bo');
    // "saba b" has a word of 4: contained anywhere, as before.
    expect(await found('saba b')).toEqual(['Lisa Saba Bo']);
    // "saba bo" (a word of 4) is contained in her name as it is written: found.
    expect(await found('saba bo')).toEqual(['Lisa Saba Bo']);
    // "sa ba" (no word of 3) searches the starts of words: "ba" starts none of hers.
    expect(await found('sa ba')).toEqual([]);
  });

  it('lets a coordinator search too', async () => {
    const response = await list('?q=hassel', coordinator);
    expect(response.statusCode).toBe(200);
    expect(names(response)).toEqual(['Hanna Hassel']);
  });
});

describe('/api/me', () => {
  it('shows the signed-in user and their place in the organisation', async () => {
    await t.app.inject({
      method: 'PATCH',
      url: `${people()}/${adminPersonId}`,
      headers: { cookie: admin },
      payload: { unitId: syd, managerEmail: 'gd@polisen.example', title: 'HR-chef' },
    });
    const response = await t.app.inject({ url: '/api/me', headers: { cookie: admin } });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      user: { id: expect.any(String), name: 'Adam Admin', email: 'admin@polisen.example', locale: 'sv', platformAdmin: false },
      person: {
        id: adminPersonId,
        organisationId: orgId,
        organisationName: 'Polismyndigheten',
        unitId: syd,
        unitName: 'Region Syd',
        title: 'HR-chef',
        managerName: null,
        managerEmail: 'gd@polisen.example',
        roles: ['org_admin', 'coordinator'],
      },
      // What the user may do, from the server's abilities (decision 0072).
      can: {
        administerPlatform: false,
        manageOrganisation: true,
        readPeople: true,
        managePeople: true,
        readOutbox: true,
        createPrograms: true,
        readMentorRegister: true,
        answerProgramInvitations: true,
      },
    });
  });

  it('answers GET /api/session with 200 for everyone: me for a session, null for an anonymous or forged cookie', async () => {
    const signed = await t.app.inject({ url: '/api/session', headers: { cookie: admin } });
    expect(signed.statusCode).toBe(200);
    const me = await t.app.inject({ url: '/api/me', headers: { cookie: admin } });
    expect(signed.json()).toEqual({ me: me.json() });
    for (const headers of [{}, { cookie: 'better-auth.session_token=forged.value' }]) {
      const anonymous = await t.app.inject({ url: '/api/session', headers });
      expect(anonymous.statusCode).toBe(200);
      expect(anonymous.json()).toEqual({ me: null });
    }
  });

  it('changes the language, and the change persists in the next GET /api/me', async () => {
    const cookie = await t.signIn('samordnare@polisen.example');
    const changed = await t.app.inject({ method: 'PATCH', url: '/api/me', headers: { cookie }, payload: { locale: 'nb' } });
    expect(changed.statusCode).toBe(200);
    expect(changed.json().user.locale).toBe('nb');
    const again = await t.app.inject({ url: '/api/me', headers: { cookie } });
    expect(again.json().user.locale).toBe('nb');
    // …and in a new session.
    const fresh = await t.signIn('samordnare@polisen.example');
    expect((await t.app.inject({ url: '/api/me', headers: { cookie: fresh } })).json().user.locale).toBe('nb');
    const [user] = await t.database.db.select().from(schema.user).where(eq(schema.user.email, 'samordnare@polisen.example'));
    expect(user!.locale).toBe('nb');
  });

  it('changes the name (account and person) and the title, and clears the title', async () => {
    const cookie = coordinator;
    const response = await t.app.inject({
      method: 'PATCH',
      url: '/api/me',
      headers: { cookie },
      payload: { name: '  Cecilia Samordnare-Lind ', title: 'Samordnare' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ user: { name: 'Cecilia Samordnare-Lind' }, person: { title: 'Samordnare' } });
    const [user] = await t.database.db.select().from(schema.user).where(eq(schema.user.email, 'samordnare@polisen.example'));
    expect(user!.name).toBe('Cecilia Samordnare-Lind');
    const [person] = await t.database.db.select().from(schema.people).where(eq(schema.people.email, 'samordnare@polisen.example'));
    expect(person).toMatchObject({ name: 'Cecilia Samordnare-Lind', title: 'Samordnare' });

    const cleared = await t.app.inject({ method: 'PATCH', url: '/api/me', headers: { cookie }, payload: { title: null } });
    expect(cleared.json().person.title).toBeNull();
    expect((await t.app.inject({ url: '/api/me', headers: { cookie } })).json()).toMatchObject({
      user: { name: 'Cecilia Samordnare-Lind' },
      person: { title: null },
    });
  });

  it('works for a user who is in no organisation', async () => {
    await createAccount(t.database.db, {
      name: 'Ensam Användare',
      email: 'ensam@lots.example',
      password: 'ett-långt-lösenord',
      locale: 'en',
    });
    const cookie = await t.signIn('ensam@lots.example', 'ett-långt-lösenord');
    const me = await t.app.inject({ url: '/api/me', headers: { cookie } });
    expect(me.json()).toEqual({
      user: { id: expect.any(String), name: 'Ensam Användare', email: 'ensam@lots.example', locale: 'en', platformAdmin: false },
      person: null,
      can: {
        administerPlatform: false,
        manageOrganisation: false,
        readPeople: false,
        managePeople: false,
        readOutbox: false,
        createPrograms: false,
        readMentorRegister: false,
        answerProgramInvitations: false,
      },
    });
    const patched = await t.app.inject({ method: 'PATCH', url: '/api/me', headers: { cookie }, payload: { locale: 'sv', title: 'Ingen' } });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({ user: { locale: 'sv' }, person: null });
    // Such a user sees no organisation and no people.
    expect((await t.app.inject({ url: '/api/organisations', headers: { cookie } })).json()).toEqual([]);
    // An organisation they are not in is answered like a missing one (decision 0072).
    expect((await t.app.inject({ url: people(), headers: { cookie } })).statusCode).toBe(404);
  });
});
