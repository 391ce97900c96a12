import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { schema } from '@lots/db';
import { createTestApp, type TestApp } from '../../testing/harness';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const HEADER =
  'email;role;title;years_as_manager;staff_responsibility;competence_areas;development_goals;wishes;interests;languages;location;meeting_preference;availability;manager_email;mentor_capacity';

/** Applications imported from CSV/XLSX, and the coordinators' register of mentors with its exports. */
describe('application import and mentor register', () => {
  let t: TestApp;
  let maria: string;
  let olle: string;
  let kirsti: string;
  let johan: string;
  let tull: string;
  let kust: string;
  let P: string;
  let K: string;
  const person: Record<string, string> = {};

  const upload = (cookie: string, programId: string, body: string | Buffer, contentType = 'text/csv') =>
    t.as(cookie).post(`/api/programs/${programId}/applications/import`, body, { 'content-type': contentType });
  const applicationOf = async (programId: string, key: string, role: 'adept' | 'mentor') => {
    const [row] = await t.database.db
      .select()
      .from(schema.applications)
      .where(
        and(
          eq(schema.applications.programId, programId),
          eq(schema.applications.personId, person[key]!),
          eq(schema.applications.role, role),
        ),
      );
    return row;
  };
  const countApplications = async () => (await t.database.db.select().from(schema.applications)).length;
  const registerPage = async (cookie: string, query = '') => {
    const response = await t.as(cookie).get(`/api/mentor-register${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as { items: RegisterEntry[]; total: number; organisations: { id: string; name: string }[] };
  };
  const register = async (cookie: string, query = '') => (await registerPage(cookie, query)).items;
  type RegisterEntry = {
    personId: string;
    name: string;
    capacity: number;
    freeCapacity: number;
    activePairs: number;
    trainings: unknown[];
    programs: { id: string }[];
    email: string;
  };

  beforeAll(async () => {
    t = await createTestApp();
    tull = await t.createOrganisation('Tullverket');
    kust = await t.createOrganisation('Kustbevakningen');
    const polis = await t.createOrganisation('Polisen');
    await t.createMember(tull, 'maria@tull.example', ['coordinator'], { name: 'Maria Sundberg' });
    await t.createMember(kust, 'olle@kust.example', ['coordinator'], { name: 'Olle Kust' });
    await t.createMember(kust, 'kirsti@kust.example', ['org_admin'], { name: 'Kirsti Admin' });
    await t.createMember(tull, 'johan@tull.example', ['participant'], { name: 'Johan Nyberg' });
    [maria, olle, kirsti, johan] = (await Promise.all(
      ['maria@tull', 'olle@kust', 'kirsti@kust', 'johan@tull'].map((a) => t.signIn(`${a}.example`)),
    )) as [string, string, string, string];
    // People in Lots without accounts (applications collected on paper).
    for (const [key, organisationId, name, email] of [
      ['anna', tull, 'Anna Mentor', 'anna.m@tull.example'],
      ['bertil', kust, 'Bertil Adept', 'bertil@kust.example'],
      ['cecilia', kust, 'Cecilia Mentor', 'cecilia@kust.example'],
      ['david', tull, 'David Adept', 'david@tull.example'],
      ['erik', kust, 'Erik Kustmentor', 'erik@kust.example'],
      ['fia', polis, 'Fia Polis', 'fia@polis.example'],
    ] as const) {
      const [row] = await t.database.db.insert(schema.people).values({ organisationId, name, email }).returning({ id: schema.people.id });
      person[key] = row!.id;
    }
    P = await t.createProgram(maria, { name: 'Mentorprogram 2027', participatingOrganisationIds: [kust] });
    K = await t.createProgram(olle, { name: 'Kustens program' });
  });
  afterAll(() => t.destroy());

  describe('import', () => {
    it('imports a semicolon CSV as submitted applications', async () => {
      const csv = [
        HEADER,
        'anna.m@tull.example;mentor;Avdelningschef;12;ja;"Ledarskap;Förändring";;Bara för adepter;Segling;svenska|engelska;Stockholm;digital;Tisdagar;;3',
        'BERTIL@kust.example;Adept;Handläggare;1,5;nej;Kommunikation;"Leda, utan att styra";En chef från en annan myndighet;;svenska;Karlskrona;either;;chef@kust.example;',
      ].join('\r\n');
      const response = await upload(maria, P, '\uFEFF' + csv);
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json()).toEqual({ imported: 2, updated: 0 });
      const anna = await applicationOf(P, 'anna', 'mentor');
      expect(anna).toMatchObject({ status: 'submitted', submittedAt: expect.any(Date) });
      expect(anna!.profile).toMatchObject({
        title: 'Avdelningschef',
        yearsAsManager: 12,
        staffResponsibility: true,
        competenceAreas: ['Ledarskap', 'Förändring'],
        interests: ['Segling'],
        languages: ['svenska', 'engelska'],
        location: 'Stockholm',
        meetingPreference: 'digital',
        availability: 'Tisdagar',
        mentorCapacity: 3,
        wishes: null,
      });
      const bertil = await applicationOf(P, 'bertil', 'adept');
      expect(bertil).toMatchObject({ status: 'submitted', managerEmail: 'chef@kust.example' });
      expect(bertil!.profile).toMatchObject({
        yearsAsManager: 1.5,
        staffResponsibility: false,
        developmentGoals: 'Leda, utan att styra',
        // The adept's wishes for a mentor, which matching scores (issue 10 item 10).
        wishes: 'En chef från en annan myndighet',
        meetingPreference: 'either',
      });
      const queue = await t.as(maria).get(`/api/programs/${P}/applications`);
      expect(
        queue
          .json()
          .items.map((a: { name: string }) => a.name)
          .sort(),
      ).toEqual(['Anna Mentor', 'Bertil Adept']);
    });

    it('imports an XLSX workbook (headers in any case and order); an existing application is updated', async () => {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('Ansökningar');
      sheet.addRow(['Mentor capacity', 'Role', 'Email', 'Years as manager']);
      sheet.addRow([1, 'mentor', 'cecilia@kust.example', 7]);
      sheet.addRow([null, 'adept', 'david@tull.example', 0]);
      sheet.addRow([2, 'mentor', 'anna.m@tull.example', 15]);
      const body = Buffer.from(await workbook.xlsx.writeBuffer());
      const response = await upload(maria, P, body, XLSX);
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json()).toEqual({ imported: 2, updated: 1 });
      expect((await applicationOf(P, 'cecilia', 'mentor'))!.profile).toMatchObject({ yearsAsManager: 7, mentorCapacity: 1 });
      expect(await applicationOf(P, 'david', 'adept')).toMatchObject({ status: 'submitted' });
      expect((await applicationOf(P, 'david', 'adept'))!.profile).toMatchObject({ yearsAsManager: 0 });
      expect((await applicationOf(P, 'anna', 'mentor'))!.profile).toMatchObject({ yearsAsManager: 15, mentorCapacity: 2 });
    });

    it('reports every bad row (422) and imports nothing', async () => {
      const before = await countApplications();
      const csv = [
        HEADER,
        'nobody@tull.example;mentor;;;;;;;;;;;;', // 2: unknown e-mail
        'fia@polis.example;adept;;;;;;;;;;;;', // 3: not in a participating organisation
        'cecilia@kust.example;coach;;;;;;;;;;;;', // 4: bad role
        'david@tull.example;mentor;;many;;;;;;;;;;', // 5: bad years
        'erik@kust.example;mentor;;10;;;;;;;;;;', // 6: fine
        'erik@kust.example;mentor;;11;;;;;;;;;;', // 7: duplicate of line 6
        'bertil@kust.example;mentor;;;kanske;;;;;;;;;', // 8: bad yes/no
        'anna.m@tull.example;adept;;;;;;;;;;telepathy;;;', // 9: bad meeting preference
        'david@tull.example;adept;;-2;;;;;;;;;;inte-en-adress;', // 10: bad years and manager e-mail
        'not-an-address;mentor;;;;;;;;;;;;', // 11: malformed e-mail
      ].join('\n');
      const response = await upload(maria, P, csv);
      expect(response.statusCode, response.body).toBe(422);
      const error = response.json().error;
      expect(error.code).toBe('import_invalid');
      const details = (error.details as { line: number; field: string }[]).map((d) => `${d.line}:${d.field}`);
      expect(details).toEqual([
        '2:email',
        '3:email',
        '4:role',
        '5:years_as_manager',
        '7:email',
        '8:staff_responsibility',
        '9:meeting_preference',
        '10:years_as_manager',
        '10:manager_email',
        '11:email',
      ]);
      // Each problem has a stable code (and the values its text needs), for the web app to translate.
      expect((error.details as { line: number; code: string; values?: unknown }[]).map((d) => [d.line, d.code, d.values])).toEqual([
        // The same for nobody in Lots and someone in another organisation: no way to tell them apart.
        [2, 'person.notFound', undefined],
        [3, 'person.notFound', undefined],
        [4, 'role.invalid', undefined],
        [5, 'number.range', { min: 0, max: 60 }],
        [7, 'application.duplicate', { line: 6 }],
        [8, 'yesNo', undefined],
        [9, 'meetingPreference.invalid', { allowed: 'digital, physical, either' }],
        [10, 'number.range', { min: 0, max: 60 }],
        [10, 'email.invalid', undefined],
        [11, 'email.invalid', undefined],
      ]);
      const withoutLine = (line: number) => {
        const { line: _, ...rest } = (error.details as { line: number }[]).find((d) => d.line === line)!;
        return rest;
      };
      expect(withoutLine(2)).toEqual(withoutLine(3));
      expect(await countApplications()).toBe(before);
      expect(await applicationOf(P, 'erik', 'mentor')).toBeUndefined();
    });

    it('a missing or unknown column is reported on line 1', async () => {
      const response = await upload(maria, P, 'email;shoe_size\nerik@kust.example;44\n');
      expect(response.statusCode).toBe(422);
      expect(response.json().error.details).toEqual([
        { line: 1, field: 'role', code: 'column.missing', values: { column: 'role' }, message: expect.any(String) },
        { line: 1, field: 'shoe_size', code: 'column.unknown', values: { column: 'shoe_size' }, message: expect.any(String) },
      ]);
    });

    it('codes a missing address, a bad capacity, too long texts and too long lists', async () => {
      const before = await countApplications();
      const row = (cells: Record<string, string>) =>
        HEADER.split(';')
          .map((column) => cells[column] ?? '')
          .join(';');
      const csv = [
        HEADER,
        row({ email: 'erik@kust.example', role: 'mentor', title: 'x'.repeat(201), development_goals: 'y'.repeat(3001) }), // 2
        row({ email: 'erik@kust.example', role: 'adept', competence_areas: Array.from({ length: 21 }, (_, i) => `Område ${i}`).join('|') }), // 3
        row({ email: 'cecilia@kust.example', role: 'mentor', mentor_capacity: '9' }), // 4
        row({ email: 'cecilia@kust.example', role: 'adept', mentor_capacity: '2,5' }), // 5
        row({ role: 'mentor' }), // 6
      ].join('\n');
      const response = await upload(maria, P, csv);
      expect(response.statusCode, response.body).toBe(422);
      expect(response.json().error.details).toEqual([
        { line: 2, field: 'title', code: 'tooLong', values: { max: 200 }, message: expect.any(String) },
        { line: 3, field: 'competence_areas', code: 'tooMany', values: { max: 20 }, message: expect.any(String) },
        { line: 4, field: 'mentor_capacity', code: 'number.wholeRange', values: { min: 1, max: 5 }, message: expect.any(String) },
        { line: 5, field: 'mentor_capacity', code: 'number.wholeRange', values: { min: 1, max: 5 }, message: expect.any(String) },
        { line: 6, field: 'email', code: 'required', message: 'is required' },
      ]);
      expect(await countApplications()).toBe(before);
    });

    it('only those who manage the program may import', async () => {
      const before = await countApplications();
      expect((await upload(johan, P, 'email;role\nerik@kust.example;mentor\n')).statusCode).toBe(403);
      expect((await upload(olle, P, 'email;role\nerik@kust.example;mentor\n')).statusCode).toBe(403);
      expect(await countApplications()).toBe(before);
    });
  });

  describe('mentor register', () => {
    beforeAll(async () => {
      // Olle imports and accepts Erik as mentor of K.
      expect((await upload(olle, K, 'email;role;mentor_capacity\nerik@kust.example;mentor;2\n')).statusCode).toBe(200);
      const erik = await applicationOf(K, 'erik', 'mentor');
      expect((await t.as(olle).post(`/api/programs/${K}/decisions`, { applicationIds: [erik!.id], decision: 'accepted' })).statusCode).toBe(
        200,
      );
      // Maria accepts Anna and Cecilia as mentors and Bertil as adept; David (adept) is not a mentor.
      const ids = await Promise.all([
        applicationOf(P, 'anna', 'mentor'),
        applicationOf(P, 'cecilia', 'mentor'),
        applicationOf(P, 'bertil', 'adept'),
      ]);
      const decided = await t.as(maria).post(`/api/programs/${P}/decisions`, {
        applicationIds: ids.map((a) => a!.id),
        decision: 'accepted',
      });
      expect(decided.statusCode, decided.body).toBe(200);
      for (const [cookie, id] of [
        [maria, P],
        [olle, K],
      ] as const) {
        expect((await t.as(cookie).post(`/api/programs/${id}/status`, { status: 'selection' })).statusCode).toBe(200);
      }
      await t.database.db
        .update(schema.people)
        .set({ title: '=HYPERLINK("http://evil.example","klicka")' })
        .where(eq(schema.people.id, person.anna!));
      await t.database.db.update(schema.people).set({ title: '@SUM(A1)' }).where(eq(schema.people.id, person.cecilia!));
    });

    it('lists the accepted mentors of my programs, with capacity from the application', async () => {
      const entries = await register(maria);
      expect(entries).toEqual([
        {
          personId: person.anna,
          name: 'Anna Mentor',
          email: 'anna.m@tull.example',
          organisationName: 'Tullverket',
          title: '=HYPERLINK("http://evil.example","klicka")',
          programs: [{ id: P, name: 'Mentorprogram 2027', status: 'selection' }],
          activePairs: 0,
          capacity: 2,
          freeCapacity: 2,
          trainings: [],
        },
        {
          personId: person.cecilia,
          name: 'Cecilia Mentor',
          email: 'cecilia@kust.example',
          organisationName: 'Kustbevakningen',
          title: '@SUM(A1)',
          programs: [{ id: P, name: 'Mentorprogram 2027', status: 'selection' }],
          activePairs: 0,
          capacity: 1,
          freeCapacity: 1,
          trainings: [],
        },
      ]);
    });

    it('a coordinator sees their programs’ mentors and those of joint programs their organisation takes part in; the owner’s administrator sees theirs', async () => {
      // Olle (Kustbevakningen) coordinates K, and Kustbevakningen takes part in Maria's joint program P (issue 9.5).
      expect((await register(olle)).map((e) => [e.name, e.capacity])).toEqual([
        ['Anna Mentor', 2],
        ['Cecilia Mentor', 1],
        ['Erik Kustmentor', 2],
      ]);
      expect((await register(olle, `?programId=${P}`)).map((e) => e.name)).toEqual(['Anna Mentor', 'Cecilia Mentor']);
      // Kirsti administers Kustbevakningen, not P: only K's mentors. Maria's organisation does not take part in K.
      expect((await register(kirsti)).map((e) => e.name)).toEqual(['Erik Kustmentor']);
      expect(await register(maria, `?programId=${K}`)).toEqual([]);
      const exported = await t.as(olle).get(`/api/mentor-register/export?format=csv&programId=${P}`);
      expect(exported.statusCode).toBe(200);
      expect(exported.body).toContain('cecilia@kust.example');
    });

    it('participants may not see it (403)', async () => {
      expect((await t.as(johan).get('/api/mentor-register')).statusCode).toBe(403);
      expect((await t.as(johan).get('/api/mentor-register/export?format=csv')).statusCode).toBe(403);
      expect(
        (await t.as(johan).post(`/api/mentor-register/${person.anna}/trainings`, { name: 'Kurs', completedOn: '2026-01-01' })).statusCode,
      ).toBe(403);
    });

    it('trainings are added to a mentor of my programs only', async () => {
      const response = await t.as(maria).post(`/api/mentor-register/${person.anna}/trainings`, {
        name: 'Mentorutbildning',
        completedOn: '2026-03-01',
      });
      expect(response.statusCode, response.body).toBe(201);
      expect(response.json()).toMatchObject({
        personId: person.anna,
        trainings: [{ name: 'Mentorutbildning', completedOn: '2026-03-01' }],
      });
      // Olle takes part in Anna's program from a partner organisation: he records his own organisation's
      // mentors' trainings (Cecilia), not Tullverket's (Anna). Bertil is an adept, not a mentor.
      expect(
        (await t.as(olle).post(`/api/mentor-register/${person.anna}/trainings`, { name: 'Falsk kurs', completedOn: '2026-03-01' }))
          .statusCode,
      ).toBe(403);
      const cecilia = await t.as(olle).post(`/api/mentor-register/${person.cecilia}/trainings`, {
        name: 'Kustens mentorkurs',
        completedOn: '2026-02-01',
      });
      expect(cecilia.statusCode, cecilia.body).toBe(201);
      expect(
        (await t.as(maria).post(`/api/mentor-register/${person.bertil}/trainings`, { name: 'Kurs', completedOn: '2026-03-01' })).statusCode,
      ).toBe(404);
      const bad = await t.as(maria).post(`/api/mentor-register/${person.anna}/trainings`, { name: 'Kurs', completedOn: '1 mars' });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.field).toBe('completedOn');
      const rows = await t.database.db.select().from(schema.mentorTrainings);
      expect(rows.map((r) => [r.personId, r.name])).toEqual([
        [person.anna, 'Mentorutbildning'],
        [person.cecilia, 'Kustens mentorkurs'],
      ]);
      expect((await register(maria, '?q=anna'))[0]!.trainings).toEqual([
        { name: 'Mentorutbildning', completedOn: '2026-03-01', provider: null, validUntil: null },
      ]);
    });

    it('filters by text, program, organisation and free capacity', async () => {
      expect((await register(maria, '?q=CECILIA')).map((e) => e.name)).toEqual(['Cecilia Mentor']);
      expect((await register(maria, '?q=tullverket')).map((e) => e.name)).toEqual(['Anna Mentor']);
      expect((await register(maria, `?programId=${P}`)).map((e) => e.name)).toEqual(['Anna Mentor', 'Cecilia Mentor']);
      expect((await register(maria, `?organisationId=${kust}`)).map((e) => e.name)).toEqual(['Cecilia Mentor']);
      // Cecilia (capacity 1) gets an active pair with Bertil: no free capacity left. Anna's pair with
      // him was only published (not active): it takes none of her capacity.
      const [bertil, cecilia, anna] = await Promise.all([
        applicationOf(P, 'bertil', 'adept'),
        applicationOf(P, 'cecilia', 'mentor'),
        applicationOf(P, 'anna', 'mentor'),
      ]);
      // Only the columns the register needs (the table is shared with the matching module).
      await t.database.db.execute(
        sql`insert into pairs (program_id, adept_application_id, mentor_application_id, status) values (${P}, ${bertil!.id}, ${cecilia!.id}, 'active'), (${P}, ${bertil!.id}, ${anna!.id}, 'published')`,
      );
      const all = await register(maria);
      expect(all.map((e) => [e.name, e.activePairs, e.capacity, e.freeCapacity])).toEqual([
        ['Anna Mentor', 0, 2, 2],
        ['Cecilia Mentor', 1, 1, 0],
      ]);
      expect((await register(maria, '?freeCapacity=true')).map((e) => e.name)).toEqual(['Anna Mentor']);
      expect((await register(maria, '?freeCapacity=false')).map((e) => e.name)).toEqual(['Anna Mentor', 'Cecilia Mentor']);
    });

    it('sorts, pages and counts in the database; the organisation filter offers the whole register’s organisations', async () => {
      // Olle's register: Anna (Tullverket, 2 free), Cecilia (Kustbevakningen, 0 free, one pair), Erik (Kustbevakningen, 2 free).
      const first = await registerPage(olle, '?limit=2');
      expect([first.total, first.items.map((e) => e.name)]).toEqual([3, ['Anna Mentor', 'Cecilia Mentor']]);
      const second = await registerPage(olle, '?limit=2&offset=2');
      expect([second.total, second.items.map((e) => e.name)]).toEqual([3, ['Erik Kustmentor']]);
      const beyond = await registerPage(olle, '?limit=2&offset=4');
      expect([beyond.total, beyond.items]).toEqual([3, []]);
      expect(first.organisations.map((o) => o.name)).toEqual(['Kustbevakningen', 'Tullverket']);
      expect((await register(olle, '?sort=name&dir=desc')).map((e) => e.name)).toEqual([
        'Erik Kustmentor',
        'Cecilia Mentor',
        'Anna Mentor',
      ]);
      expect((await register(olle, '?sort=organisation')).map((e) => e.name)).toEqual(['Cecilia Mentor', 'Erik Kustmentor', 'Anna Mentor']);
      expect((await register(olle, '?sort=freeCapacity')).map((e) => [e.name, e.freeCapacity])).toEqual([
        ['Cecilia Mentor', 0],
        ['Anna Mentor', 2],
        ['Erik Kustmentor', 2],
      ]);
      expect((await register(olle, '?sort=activePairs&dir=desc')).map((e) => e.name)).toEqual([
        'Cecilia Mentor',
        'Erik Kustmentor',
        'Anna Mentor',
      ]);
      // Search, filter and page together: the total counts what matches, not the page.
      const kustFree = await registerPage(olle, `?organisationId=${kust}&freeCapacity=true&limit=1`);
      expect([kustFree.total, kustFree.items.map((e) => e.name)]).toEqual([1, ['Erik Kustmentor']]);
      const searched = await registerPage(olle, '?q=mentor&sort=name&dir=desc&limit=1&offset=1');
      expect([searched.total, searched.items.map((e) => e.name)]).toEqual([3, ['Cecilia Mentor']]);
      // LIKE's own characters are searched for, not used as wildcards.
      expect((await registerPage(olle, '?q=%25')).total).toBe(0);
      // Bad list parameters are a 400 naming the field.
      for (const [query, field] of [
        ['?sort=email', 'querystring.sort'],
        ['?limit=0', 'querystring.limit'],
        ['?limit=201', 'querystring.limit'],
        ['?offset=-1', 'querystring.offset'],
        ['?dir=up', 'querystring.dir'],
        ['?organisationId=nope', 'querystring.organisationId'],
      ]) {
        const response = await t.as(olle).get(`/api/mentor-register${query}`);
        expect([query, response.statusCode, response.json().error.field]).toEqual([query, 400, field]);
      }
    });

    it('looks the page’s mentors up by one array parameter: a page of one and a page of three run statements of the same text', async () => {
      const page = (query: string) => t.statementsOf(() => t.as(olle).get(`/api/mentor-register${query}`));
      const one = await page('?limit=1');
      const three = await page('?limit=3');
      expect(one.result.statusCode, one.result.body).toBe(200);
      expect((three.result.json() as { items: unknown[] }).items).toHaveLength(3);
      // Their programs and trainings included: a list of people is one parameter, never one each.
      expect(three.statements.some((s) => /"mentor_trainings"/.test(s))).toBe(true);
      expect(three.statements).toEqual(one.statements);
    });

    it('another organisation’s coordinator or administrator finds nothing of a register they do not serve, whatever they ask', async () => {
      // Kirsti administers Kustbevakningen and no program of P's: neither Anna's nor Cecilia's data, by search, filter or page.
      for (const query of ['', `?programId=${P}`, '?q=anna', `?organisationId=${tull}`, '?limit=200', '?sort=organisation&dir=desc']) {
        const response = await t.as(kirsti).get(`/api/mentor-register${query}`);
        expect(response.statusCode).toBe(200);
        for (const secret of [
          'Anna Mentor',
          'anna.m@tull.example',
          'Cecilia Mentor',
          'cecilia@kust.example',
          'Mentorprogram 2027',
          'Tullverket',
        ])
          expect(response.body, `${query}: ${secret}`).not.toContain(secret);
      }
      // Maria's organisation does not take part in K: Erik is nowhere in her register, nor among its organisations' mentors.
      for (const query of ['', `?programId=${K}`, '?q=erik', `?organisationId=${kust}`]) {
        const response = await t.as(maria).get(`/api/mentor-register${query}`);
        expect(response.body).not.toContain('Erik Kustmentor');
        expect(response.body).not.toContain('erik@kust.example');
        expect(response.body).not.toContain('Kustens program');
      }
      const exported = await t.as(kirsti).get(`/api/mentor-register/export?format=csv&q=anna`);
      expect(exported.body).not.toContain('anna.m@tull.example');
    });

    it('exports CSV with a header, one row per mentor, and spreadsheet formulas defused', async () => {
      const response = await t.as(maria).get('/api/mentor-register/export?format=csv');
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toMatch(/^text\/csv/);
      expect(response.headers['content-disposition']).toBe('attachment; filename="mentors.csv"');
      const text = response.rawPayload.toString('utf8');
      expect(text.startsWith('\uFEFF')).toBe(true);
      const lines = text.slice(1).split('\r\n');
      expect(lines[0]).toBe('name,email,organisation,title,programs,active_pairs,capacity,free_capacity,trainings');
      expect(lines[1]).toBe(
        `Anna Mentor,anna.m@tull.example,Tullverket,"'=HYPERLINK(""http://evil.example"",""klicka"")",Mentorprogram 2027,0,2,2,Mentorutbildning (2026-03-01)`,
      );
      expect(lines[2]).toBe(
        `Cecilia Mentor,cecilia@kust.example,Kustbevakningen,'@SUM(A1),Mentorprogram 2027,1,1,0,Kustens mentorkurs (2026-02-01)`,
      );
      expect(lines.slice(3)).toEqual(['']);
      // No cell starts with a formula character.
      for (const line of lines.slice(1, 3)) expect(line.split(',').some((cell) => /^"?[=+\-@]/.test(cell))).toBe(false);
      const filtered = await t.as(maria).get('/api/mentor-register/export?format=csv&q=cecilia');
      expect(filtered.rawPayload.toString('utf8').trim().split('\r\n')).toHaveLength(2);
    });

    it('exports XLSX that reads back with the same data', async () => {
      const response = await t.as(maria).get('/api/mentor-register/export?format=xlsx');
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe(XLSX);
      expect(response.headers['content-disposition']).toBe('attachment; filename="mentors.xlsx"');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
      const sheet = workbook.worksheets[0]!;
      const rows: unknown[][] = [];
      sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
      expect(rows).toEqual([
        ['name', 'email', 'organisation', 'title', 'programs', 'active_pairs', 'capacity', 'free_capacity', 'trainings'],
        [
          'Anna Mentor',
          'anna.m@tull.example',
          'Tullverket',
          '=HYPERLINK("http://evil.example","klicka")',
          'Mentorprogram 2027',
          0,
          2,
          2,
          'Mentorutbildning (2026-03-01)',
        ],
        [
          'Cecilia Mentor',
          'cecilia@kust.example',
          'Kustbevakningen',
          '@SUM(A1)',
          'Mentorprogram 2027',
          1,
          1,
          0,
          'Kustens mentorkurs (2026-02-01)',
        ],
      ]);
      // Text, not a formula.
      expect(sheet.getCell('D2').type).toBe(ExcelJS.ValueType.String);
      expect(sheet.getCell('D2').formula).toBeUndefined();
    });

    it('olle’s export holds his mentors and those of the joint program his organisation takes part in', async () => {
      const response = await t.as(olle).get('/api/mentor-register/export?format=csv');
      const lines = response.rawPayload.toString('utf8').trim().split('\r\n');
      expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(['Anna Mentor', 'Cecilia Mentor', 'Erik Kustmentor']);
      const own = await t.as(olle).get(`/api/mentor-register/export?format=csv&programId=${K}`);
      expect(own.rawPayload.toString('utf8').trim().split('\r\n').slice(1)).toEqual([
        expect.stringMatching(/^Erik Kustmentor,erik@kust\.example,/),
      ]);
    });

    it('a mentor of two of its programs is one row, pairs and capacity summed; found by title; renamed, listed by the new name at once (decision 0205)', async () => {
      // Cecilia (capacity 1 and one active pair in P) becomes a mentor of K as well, with capacity 2 and a pair with Bertil there.
      expect(
        (await upload(olle, K, 'email;role;mentor_capacity\ncecilia@kust.example;mentor;2\nbertil@kust.example;adept;\n')).statusCode,
      ).toBe(200);
      const [mentor, adept] = await Promise.all([applicationOf(K, 'cecilia', 'mentor'), applicationOf(K, 'bertil', 'adept')]);
      const decided = await t
        .as(olle)
        .post(`/api/programs/${K}/decisions`, { applicationIds: [mentor!.id, adept!.id], decision: 'accepted' });
      expect(decided.statusCode, decided.body).toBe(200);
      await t.database.db.execute(
        sql`insert into pairs (program_id, adept_application_id, mentor_application_id, status) values (${K}, ${adept!.id}, ${mentor!.id}, 'active')`,
      );
      const entries = await registerPage(olle);
      expect(entries.total).toBe(3);
      const cecilia = entries.items.find((e) => e.personId === person.cecilia);
      expect([cecilia?.activePairs, cecilia?.capacity, cecilia?.freeCapacity, cecilia?.programs.map((p) => p.id).sort()]).toEqual([
        2,
        3,
        1,
        [P, K].sort(),
      ]);
      // Only by her title ('@SUM(A1)'), which the register reads from the person.
      expect((await register(olle, '?q=sum(a')).map((e) => e.name)).toEqual(['Cecilia Mentor']);
      // Renamed straight in the table: the applications' copies follow (decision 0199), and so does the register.
      await t.database.db.update(schema.people).set({ name: 'Ärla Mentor' }).where(eq(schema.people.id, person.cecilia!));
      expect((await register(olle)).map((e) => e.name)).toEqual(['Anna Mentor', 'Erik Kustmentor', 'Ärla Mentor']);
      expect((await register(olle, '?q=%C3%A4rla')).map((e) => [e.name, e.activePairs])).toEqual([['Ärla Mentor', 2]]);
    });
  });
});
