import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, inArray } from 'drizzle-orm';
import { schema } from '@lots/db';
import { createTestApp, linkIn, type TestApp } from '../../testing/harness';

interface App {
  id: string;
  personId: string;
  name: string;
  organisationName: string;
  status: string;
  confirmation: string;
  eligibility: {
    status: string;
    results: {
      kind: string;
      passed: boolean | null;
      reason: string;
      values: Record<string, unknown>;
      override?: Record<string, unknown>;
    }[];
  };
}

/** The coordinator's review queue: filters, sorting, eligibility with reasons, overrides and decisions. */
describe('review of applications', () => {
  let t: TestApp;
  let maria: string;
  let P: string;
  let Q: string;
  const users: Record<string, string> = {};
  const ids: Record<string, string> = {};
  let otherProgramApplication: string;

  const queue = async (query = '') => {
    const response = await t.as(maria).get(`/api/programs/${P}/applications${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return (response.json() as { items: App[] }).items;
  };
  const namesOf = (list: App[]) => list.map((a) => a.name);
  const decisionMails = () => t.database.db.select().from(schema.mailMessages).where(eq(schema.mailMessages.template, 'decision'));

  const program = (name: string, participatingOrganisationIds: string[] = []) =>
    t.createProgram(maria, {
      name,
      participatingOrganisationIds,
      requiresManagerConfirmation: true,
      rules: { adept: [{ kind: 'yearsAsManager', max: 3 }], mentor: [{ kind: 'yearsAsManager', min: 5 }] },
    });

  beforeAll(async () => {
    t = await createTestApp();
    const tull = await t.createOrganisation('Tullverket');
    const kust = await t.createOrganisation('Kustbevakningen');
    await t.createMember(tull, 'maria@tull.example', ['coordinator'], { name: 'Maria Sundberg' });
    maria = await t.signIn('maria@tull.example');
    P = await program('Chefsprogrammet', [kust]);
    Q = await program('Ett annat program');

    const people: [key: string, org: string, name: string][] = [
      ['anders', tull, 'Anders Alm'],
      ['bo', kust, 'Bo Berg'],
      ['asa', kust, 'Åsa Åberg'],
      ['cecilia', tull, 'Cecilia Ceder'],
      ['orjan', kust, 'Örjan Öst'],
      ['dan', tull, 'Dan Draft'],
      ['wera', tull, 'Wera Wall'],
    ];
    const cookies: Record<string, string> = {};
    for (const [key, org, name] of people) {
      const domain = org === tull ? 'tull' : 'kust';
      users[key] = (await t.createMember(org, `${key}@${domain}.example`, ['participant'], { name })).userId;
      cookies[key] = await t.signIn(`${key}@${domain}.example`);
    }
    const submit = async (key: string, role: 'adept' | 'mentor', profile: Record<string, unknown>, programId = P) => {
      const response = await t.as(cookies[key]!).post(`/api/programs/${programId}/applications/mine/${role}/submit`, {
        profile,
        managerEmail: `chef.${key}@example.org`,
      });
      expect(response.statusCode, response.body).toBe(200);
      return response.json().id as string;
    };
    // Submitted in this order (the default sort).
    ids.anders = await submit('anders', 'adept', { yearsAsManager: 1 });
    ids.bo = await submit('bo', 'adept', { yearsAsManager: 6 });
    ids.asa = await submit('asa', 'adept', { title: 'Enhetschef' });
    ids.cecilia = await submit('cecilia', 'mentor', { yearsAsManager: 3 });
    ids.orjan = await submit('orjan', 'mentor', { yearsAsManager: 10 });
    ids.wera = await submit('wera', 'mentor', { yearsAsManager: 8 });
    expect((await t.as(cookies.wera!).post(`/api/programs/${P}/applications/mine/mentor/withdraw`)).json().status).toBe('withdrawn');
    const draft = await t.as(cookies.dan!).put(`/api/programs/${P}/applications/mine/adept`, { profile: { yearsAsManager: 2 } });
    expect(draft.json().status).toBe('draft');
    ids.dan = draft.json().id;
    otherProgramApplication = await submit('anders', 'adept', { yearsAsManager: 1 }, Q);

    // Anders's manager confirms (for P; Anders's application to Q sent a mail to the same manager).
    const mails = await t.database.db.select().from(schema.mailMessages).where(eq(schema.mailMessages.to, 'chef.anders@example.org'));
    expect(mails).toHaveLength(2);
    let confirmed = 0;
    for (const mail of mails) {
      const token = new URL(linkIn(t.deliveredText(mail))).pathname.split('/').pop()!;
      const view = await t.app.inject({ url: `/api/responses/${token}` });
      if (view.json().programName !== 'Chefsprogrammet') continue;
      expect(
        (await t.app.inject({ method: 'POST', url: `/api/responses/${token}/confirmation`, payload: { decision: 'confirmed' } }))
          .statusCode,
      ).toBe(200);
      confirmed++;
    }
    expect(confirmed).toBe(1);
  });
  afterAll(() => t.destroy());

  describe('filters and sorting', () => {
    it('lists every application but drafts, by submission time', async () => {
      expect(namesOf(await queue())).toEqual(['Anders Alm', 'Bo Berg', 'Åsa Åberg', 'Cecilia Ceder', 'Örjan Öst', 'Wera Wall']);
      expect(namesOf(await queue('?sort=submittedAt'))).toEqual([
        'Anders Alm',
        'Bo Berg',
        'Åsa Åberg',
        'Cecilia Ceder',
        'Örjan Öst',
        'Wera Wall',
      ]);
    });

    it('a draft cannot be opened either', async () => {
      const response = await t.as(maria).get(`/api/programs/${P}/applications/${ids.dan}`);
      expect(response.statusCode).toBe(404);
      expect((await t.as(maria).get(`/api/programs/${P}/applications?status=draft`)).json()).toEqual({ items: [], total: 0 });
    });

    it('by role and status', async () => {
      expect(namesOf(await queue('?role=adept'))).toEqual(['Anders Alm', 'Bo Berg', 'Åsa Åberg']);
      expect(namesOf(await queue('?role=mentor'))).toEqual(['Cecilia Ceder', 'Örjan Öst', 'Wera Wall']);
      expect(namesOf(await queue('?status=withdrawn'))).toEqual(['Wera Wall']);
      expect(namesOf(await queue('?role=mentor&status=submitted'))).toEqual(['Cecilia Ceder', 'Örjan Öst']);
    });

    it('by eligibility', async () => {
      expect(namesOf(await queue('?eligibility=ineligible'))).toEqual(['Bo Berg', 'Cecilia Ceder']);
      expect(namesOf(await queue('?eligibility=unknown'))).toEqual(['Åsa Åberg']);
      expect(namesOf(await queue('?eligibility=eligible'))).toEqual(['Anders Alm', 'Örjan Öst', 'Wera Wall']);
      expect(namesOf(await queue('?role=adept&eligibility=ineligible'))).toEqual(['Bo Berg']);
    });

    it('by the manager’s confirmation', async () => {
      expect(namesOf(await queue('?confirmation=confirmed'))).toEqual(['Anders Alm']);
      expect(namesOf(await queue('?confirmation=pending'))).toEqual(['Bo Berg', 'Åsa Åberg']);
      expect(namesOf(await queue('?confirmation=not_required'))).toEqual(['Cecilia Ceder', 'Örjan Öst', 'Wera Wall']);
      expect(await queue('?confirmation=declined')).toEqual([]);
    });

    it('by free text: name, e-mail, organisation or title, ignoring case', async () => {
      expect(namesOf(await queue('?q=kustbev'))).toEqual(['Bo Berg', 'Åsa Åberg', 'Örjan Öst']);
      expect(namesOf(await queue(`?q=${encodeURIComponent('ÅSA')}`))).toEqual(['Åsa Åberg']);
      expect(namesOf(await queue('?q=enhetschef'))).toEqual(['Åsa Åberg']);
      expect(namesOf(await queue('?q=cecilia%40tull'))).toEqual(['Cecilia Ceder']);
      expect(namesOf(await queue('?q=kust&role=mentor'))).toEqual(['Örjan Öst']);
      expect(await queue('?q=nobody')).toEqual([]);
    });

    it('sorted by name (Swedish order: Å, Ä, Ö last) or by organisation', async () => {
      expect(namesOf(await queue('?sort=name'))).toEqual(['Anders Alm', 'Bo Berg', 'Cecilia Ceder', 'Wera Wall', 'Åsa Åberg', 'Örjan Öst']);
      expect(namesOf(await queue('?sort=organisation'))).toEqual([
        'Bo Berg',
        'Åsa Åberg',
        'Örjan Öst',
        'Anders Alm',
        'Cecilia Ceder',
        'Wera Wall',
      ]);
    });

    it('follows a renamed applicant at once, whatever renames them: sorted and found by the new name and e-mail (decision 0199)', async () => {
      const anders = (await queue('?q=anders')).find((a) => a.name === 'Anders Alm')!;
      // Straight in the table, as no route does: the application's copy is kept by the database, not by one service.
      const rename = (name: string, email: string) =>
        t.database.db.update(schema.people).set({ name, email }).where(eq(schema.people.id, anders.personId));
      await rename('Östen Alm', 'osten@tull.example');
      try {
        expect(namesOf(await queue('?sort=name'))).toEqual([
          'Bo Berg',
          'Cecilia Ceder',
          'Wera Wall',
          'Åsa Åberg',
          'Örjan Öst',
          'Östen Alm',
        ]);
        expect(namesOf(await queue('?q=osten%40tull'))).toEqual(['Östen Alm']);
        expect(await queue('?q=anders')).toEqual([]);
      } finally {
        await rename('Anders Alm', 'anders@tull.example');
      }
      expect(namesOf(await queue('?sort=name&limit=1'))).toEqual(['Anders Alm']);
      expect(namesOf(await queue('?q=anders%40tull'))).toEqual(['Anders Alm']);
    });

    it('follows an applicant moved to another organisation at once, whatever moves them: found and sorted by it (decision 0201)', async () => {
      const anders = (await queue('?q=anders')).find((a) => a.name === 'Anders Alm')!;
      const [tull] = await t.database.db.select().from(schema.organisations).where(eq(schema.organisations.name, 'Tullverket'));
      const [kust] = await t.database.db.select().from(schema.organisations).where(eq(schema.organisations.name, 'Kustbevakningen'));
      // Straight in the table, as no route moves a person: the application's copy of the organisation is kept by the database.
      const move = (to: string) =>
        t.database.db.update(schema.people).set({ organisationId: to }).where(eq(schema.people.id, anders.personId));
      await move(kust!.id);
      try {
        const [copy] = await t.database.db
          .select({ organisationId: schema.applications.applicantOrganisationId })
          .from(schema.applications)
          .where(eq(schema.applications.id, ids.anders!));
        expect(copy).toEqual({ organisationId: kust!.id });
        // His application to another program moved with him.
        const [other] = await t.database.db
          .select({ organisationId: schema.applications.applicantOrganisationId })
          .from(schema.applications)
          .where(eq(schema.applications.id, otherProgramApplication));
        expect(other).toEqual({ organisationId: kust!.id });
        expect(namesOf(await queue('?q=kustbev'))).toEqual(['Anders Alm', 'Bo Berg', 'Åsa Åberg', 'Örjan Öst']);
        expect(namesOf(await queue('?q=tullverket'))).toEqual(['Cecilia Ceder', 'Wera Wall']);
        // What the page shows is read from the person (decision 0199): the same organisation.
        expect((await queue('?q=anders%40tull')).map((a) => a.organisationName)).toEqual(['Kustbevakningen']);
        expect(namesOf(await queue('?sort=organisation'))).toEqual([
          'Anders Alm',
          'Bo Berg',
          'Åsa Åberg',
          'Örjan Öst',
          'Cecilia Ceder',
          'Wera Wall',
        ]);
      } finally {
        await move(tull!.id);
      }
      expect(namesOf(await queue('?q=kustbev'))).toEqual(['Bo Berg', 'Åsa Åberg', 'Örjan Öst']);
      expect(namesOf(await queue('?q=tullverket'))).toEqual(['Anders Alm', 'Cecilia Ceder', 'Wera Wall']);
    });

    it('pages in a stable order without repeats, in either direction, with the total', async () => {
      for (const sort of ['submittedAt', 'name', 'organisation']) {
        for (const dir of ['asc', 'desc']) {
          const whole = namesOf(await queue(`?sort=${sort}&dir=${dir}`));
          const seen: string[] = [];
          for (let offset = 0; offset < 8; offset += 2) {
            const response = await t.as(maria).get(`/api/programs/${P}/applications?sort=${sort}&dir=${dir}&limit=2&offset=${offset}`);
            const page = response.json() as { items: App[]; total: number };
            expect(page.total).toBe(6);
            expect(page.items.length).toBe(offset < 6 ? 2 : 0);
            seen.push(...namesOf(page.items));
          }
          expect(seen, `${sort} ${dir}`).toEqual(whole);
          expect(new Set(seen).size).toBe(6);
        }
      }
      expect(namesOf(await queue('?sort=name&dir=desc'))).toEqual([
        'Örjan Öst',
        'Åsa Åberg',
        'Wera Wall',
        'Cecilia Ceder',
        'Bo Berg',
        'Anders Alm',
      ]);
      // Another program's applications never show, whatever the search.
      expect(JSON.stringify(await queue('?q=a&limit=200'))).not.toContain(otherProgramApplication);
      // A filter judged in code (eligibility) pages and counts the same way.
      const eligible = await t.as(maria).get(`/api/programs/${P}/applications?eligibility=eligible&limit=2&offset=2`);
      expect(eligible.json()).toMatchObject({ total: 3, items: [{ name: 'Wera Wall' }] });
    });

    it('refuses unknown filter values with the field', async () => {
      const sort = await t.as(maria).get(`/api/programs/${P}/applications?sort=age`);
      expect(sort.statusCode).toBe(400);
      expect(sort.json().error.field).toBe('querystring.sort');
      const eligibility = await t.as(maria).get(`/api/programs/${P}/applications?eligibility=maybe`);
      expect(eligibility.statusCode).toBe(400);
      expect(eligibility.json().error.field).toBe('querystring.eligibility');
      for (const [query, field] of [
        ['limit=0', 'limit'],
        ['limit=201', 'limit'],
        ['offset=-1', 'offset'],
        ['dir=up', 'dir'],
      ]) {
        const response = await t.as(maria).get(`/api/programs/${P}/applications?${query}`);
        expect(response.statusCode, query).toBe(400);
        expect(response.json().error.field).toBe(`querystring.${field}`);
      }
    });
  });

  describe('eligibility and overrides', () => {
    it('a mentor with 3 years as manager where 5 are required is ineligible, with the reason', async () => {
      const response = await t.as(maria).get(`/api/programs/${P}/applications/${ids.cecilia}`);
      const application = response.json() as App;
      expect(application.eligibility).toEqual({
        status: 'ineligible',
        results: [{ kind: 'yearsAsManager', passed: false, reason: 'yearsAsManager.outside', values: { years: 3, min: 5, max: '' } }],
      });
      const asa = (await t.as(maria).get(`/api/programs/${P}/applications/${ids.asa}`)).json() as App;
      expect(asa.eligibility).toEqual({
        status: 'unknown',
        results: [{ kind: 'yearsAsManager', passed: null, reason: 'yearsAsManager.unknown', values: { min: '', max: 3 } }],
      });
    });

    it('an override with a written reason makes it eligible, and is kept with who and why', async () => {
      const response = await t.as(maria).post(`/api/programs/${P}/applications/${ids.cecilia}/overrides`, {
        kind: 'yearsAsManager',
        reason: 'Ledde ett stort projekt i sex år',
      });
      expect(response.statusCode, response.body).toBe(200);
      const application = response.json() as App;
      expect(application.eligibility.status).toBe('eligible');
      expect(application.eligibility.results[0]).toMatchObject({
        passed: false,
        reason: 'yearsAsManager.outside',
        override: { kind: 'yearsAsManager', reason: 'Ledde ett stort projekt i sex år', by: 'Maria Sundberg', at: expect.any(String) },
      });
      const again = (await t.as(maria).get(`/api/programs/${P}/applications/${ids.cecilia}`)).json() as App;
      expect(again.eligibility.results[0]!.override).toMatchObject({ reason: 'Ledde ett stort projekt i sex år', by: 'Maria Sundberg' });
      const [row] = await t.database.db.select().from(schema.applications).where(eq(schema.applications.id, ids.cecilia!));
      expect(row!.overrides).toEqual([
        { kind: 'yearsAsManager', reason: 'Ledde ett stort projekt i sex år', by: 'Maria Sundberg', at: expect.any(String) },
      ]);
      expect(namesOf(await queue('?eligibility=ineligible'))).toEqual(['Bo Berg']);
      const audit = await t.database.db
        .select()
        .from(schema.auditLog)
        .where(and(eq(schema.auditLog.action, 'application.override'), eq(schema.auditLog.entityId, ids.cecilia!)));
      expect(audit).toHaveLength(1);
    });

    it('a second override of the same rule replaces the first', async () => {
      const response = await t.as(maria).post(`/api/programs/${P}/applications/${ids.cecilia}/overrides`, {
        kind: 'yearsAsManager',
        reason: 'Ny motivering',
      });
      expect(response.statusCode).toBe(200);
      const [row] = await t.database.db.select().from(schema.applications).where(eq(schema.applications.id, ids.cecilia!));
      expect(row!.overrides.map((o) => o.reason)).toEqual(['Ny motivering']);
    });

    it('overriding a rule the program does not have for the role is a 400 naming kind', async () => {
      for (const kind of ['age', 'staffResponsibility', 'underRepresentedGroup']) {
        const response = await t.as(maria).post(`/api/programs/${P}/applications/${ids.bo}/overrides`, { kind, reason: 'Varför inte' });
        expect(response.statusCode, kind).toBe(400);
        expect(response.json().error.field).toBe('kind');
      }
      const unknown = await t.as(maria).post(`/api/programs/${P}/applications/${ids.bo}/overrides`, { kind: 'shoeSize', reason: 'x' });
      expect(unknown.statusCode).toBe(400);
      expect(unknown.json().error.field).toBe('kind');
      const [row] = await t.database.db.select().from(schema.applications).where(eq(schema.applications.id, ids.bo!));
      expect(row!.overrides).toEqual([]);
    });

    it('an override needs a reason', async () => {
      const response = await t.as(maria).post(`/api/programs/${P}/applications/${ids.bo}/overrides`, {
        kind: 'yearsAsManager',
        reason: '  ',
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.field).toBe('reason');
    });

    it('a draft or another program’s application cannot be overridden (404)', async () => {
      expect(
        (await t.as(maria).post(`/api/programs/${P}/applications/${ids.dan}/overrides`, { kind: 'yearsAsManager', reason: 'x' }))
          .statusCode,
      ).toBe(404);
      expect(
        (
          await t.as(maria).post(`/api/programs/${P}/applications/${otherProgramApplication}/overrides`, {
            kind: 'yearsAsManager',
            reason: 'x',
          })
        ).statusCode,
      ).toBe(404);
    });
  });

  describe('decisions', () => {
    it('deciding a draft or a withdrawn application is a 409, and nothing of the batch changes', async () => {
      for (const stuck of [ids.dan!, ids.wera!]) {
        const response = await t.as(maria).post(`/api/programs/${P}/decisions`, {
          applicationIds: [ids.bo, stuck],
          decision: 'accepted',
        });
        expect(response.statusCode).toBe(409);
        expect(response.json().error.code).toBe('conflict');
        // The refusal names whose application and why.
        const [detail] = response.json().error.details;
        expect(detail).toMatchObject({ field: 'applicationIds', code: 'decision.notDecidable' });
        expect(detail.values).toEqual(
          stuck === ids.wera ? { name: 'Wera Wall', status: 'withdrawn' } : { name: expect.any(String), status: 'draft' },
        );
        expect(response.json().error.details).toHaveLength(1);
      }
      const rows = await t.database.db
        .select()
        .from(schema.applications)
        .where(inArray(schema.applications.id, [ids.bo!, ids.dan!, ids.wera!]));
      expect(Object.fromEntries(rows.map((r) => [r.id, r.status]))).toEqual({
        [ids.bo!]: 'submitted',
        [ids.dan!]: 'draft',
        [ids.wera!]: 'withdrawn',
      });
      expect(await decisionMails()).toEqual([]);
    });

    it('an application of another program is a 400 naming applicationIds', async () => {
      const response = await t.as(maria).post(`/api/programs/${P}/decisions`, {
        applicationIds: [ids.bo, otherProgramApplication],
        decision: 'rejected',
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.field).toBe('applicationIds');
      const unknown = await t.as(maria).post(`/api/programs/${P}/decisions`, {
        applicationIds: ['00000000-0000-4000-8000-000000000000'],
        decision: 'rejected',
      });
      expect(unknown.statusCode).toBe(400);
      expect(unknown.json().error.field).toBe('applicationIds');
      const [other] = await t.database.db.select().from(schema.applications).where(eq(schema.applications.id, otherProgramApplication));
      expect(other!.status).toBe('submitted');
      expect(await decisionMails()).toEqual([]);
      const empty = await t.as(maria).post(`/api/programs/${P}/decisions`, { applicationIds: [], decision: 'rejected' });
      expect(empty.statusCode).toBe(400);
    });

    it('accepts three at once; each applicant gets one mail in their own language', async () => {
      await t.database.db.update(schema.user).set({ locale: 'nb' }).where(eq(schema.user.id, users.anders!));
      await t.database.db.update(schema.user).set({ locale: 'en' }).where(eq(schema.user.id, users.orjan!));
      const response = await t.as(maria).post(`/api/programs/${P}/decisions`, {
        applicationIds: [ids.anders, ids.orjan, ids.asa],
        decision: 'accepted',
        message: 'Välkommen!',
      });
      expect(response.statusCode, response.body).toBe(200);
      expect((response.json() as App[]).map((a) => [a.id, a.status]).sort()).toEqual(
        [
          [ids.anders, 'accepted'],
          [ids.orjan, 'accepted'],
          [ids.asa, 'accepted'],
        ].sort(),
      );
      const mails = await decisionMails();
      expect(mails).toHaveLength(3);
      const byTo = Object.fromEntries(mails.map((m) => [m.to, m]));
      expect(byTo['anders@tull.example']).toMatchObject({ locale: 'nb', subject: 'Svar på søknaden din til Chefsprogrammet' });
      expect(byTo['anders@tull.example']!.text).toContain('Du er tatt opp som adept');
      expect(byTo['orjan@kust.example']).toMatchObject({ locale: 'en', subject: 'About your application to Chefsprogrammet' });
      expect(byTo['orjan@kust.example']!.text).toContain('You have been accepted as a mentor');
      expect(byTo['asa@kust.example']).toMatchObject({ locale: 'sv', subject: 'Besked om din ansökan till Chefsprogrammet' });
      for (const mail of mails) {
        expect(mail.text).toContain('Välkommen!');
        expect(mail.text).toContain(`http://lots.test/programs/${P}`);
      }
      const rows = await t.database.db
        .select()
        .from(schema.applications)
        .where(inArray(schema.applications.id, [ids.anders!, ids.orjan!, ids.asa!]));
      for (const row of rows) expect(row).toMatchObject({ status: 'accepted', decisionMessage: 'Välkommen!', decidedAt: expect.any(Date) });
    });

    it('a decision can be changed; the applicant is told again', async () => {
      const response = await t.as(maria).post(`/api/programs/${P}/decisions`, { applicationIds: [ids.asa], decision: 'waitlisted' });
      expect(response.statusCode).toBe(200);
      expect(response.json()[0]).toMatchObject({ status: 'waitlisted', decisionMessage: null });
      const mail = await t.lastMailTo('asa@kust.example');
      expect(mail!.text).toContain('Du står på reservlistan som adept');
      expect(await decisionMails()).toHaveLength(4);
    });
  });
});
