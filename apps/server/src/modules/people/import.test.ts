/**
 * People import (CSV and XLSX): parsing, unit and manager resolution, updates of existing
 * people, all-or-nothing validation with line numbers, and malformed files.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { and, eq, sql } from 'drizzle-orm';
import { schema } from '@lots/db';
import { createTestApp, type TestApp } from '../../testing/harness';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

let t: TestApp;
let orgId: string;
let otherOrgId: string;
let admin: string;
let adminPersonId: string;
const units: Record<string, string> = {};

async function importFile(body: string | Buffer, contentType: string, cookie = admin) {
  return t.app.inject({
    method: 'POST',
    url: `/api/organisations/${orgId}/people/import`,
    headers: { cookie, 'content-type': contentType },
    payload: body,
  });
}

async function peopleCount(organisationId = orgId) {
  const [row] = await t.database.db
    .select({ n: sql<number>`count(*)::int` })
    .from(schema.people)
    .where(eq(schema.people.organisationId, organisationId));
  return row!.n;
}

async function person(email: string) {
  const [row] = await t.database.db
    .select()
    .from(schema.people)
    .where(and(eq(schema.people.organisationId, orgId), sql`lower(${schema.people.email}) = ${email.toLowerCase()}`));
  return row;
}

async function xlsx(rows: ExcelJS.CellValue[][], build?: (sheet: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Personal');
  for (const row of rows) sheet.addRow(row);
  build?.(sheet);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

beforeAll(async () => {
  t = await createTestApp();
  orgId = await t.createOrganisation('Region Västerbotten');
  otherOrgId = await t.createOrganisation('Helsingborgs stad');
  for (const name of ['Ekonomi', 'IT-avdelningen', 'Växjö kontor']) units[name] = await t.createUnit(orgId, name);
  await t.createUnit(otherOrgId, 'Marknad');
  adminPersonId = (await t.createMember(orgId, 'admin@regionvb.example', ['org_admin'], { name: 'Ada Admin' })).personId;
  await t.createMember(otherOrgId, 'upptagen@helsingborg.example', ['participant'], { name: 'Upptagen Person' });
  admin = await t.signIn('admin@regionvb.example');
});
afterAll(() => t.destroy());

describe('valid files', () => {
  it('imports a comma-separated CSV with BOM, quotes, Swedish letters, any header order and case', async () => {
    const file =
      '\ufeffEmail,NAME,Title,Unit,Manager_Email,Roles\r\n' +
      // Managed by someone further down in the same file.
      'orjan@regionvb.example,Örjan Ångström,Utvecklare,IT-AVDELNINGEN,berg@regionvb.example,participant\r\n' +
      '"berg@regionvb.example","Berg, Eva","Chef, ""ekonomi""",Ekonomi,,"coordinator,participant"\r\n' +
      // Manager outside Lots: only the address is kept.
      'asa@regionvb.example,Åsa Ödmark,,växjö kontor,chef@extern.example,\r\n' +
      // Manager already in the organisation.
      'Nils@RegionVB.example,  Nils Holgersson  ,,,ADMIN@regionvb.example,org_admin\r\n';
    const before = await peopleCount();
    const response = await importFile(file, 'text/csv; charset=utf-8');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({ imported: 4, updated: 0, withoutAccount: expect.any(Array) });
    expect(await peopleCount()).toBe(before + 4);

    const berg = await person('berg@regionvb.example');
    expect(berg).toMatchObject({
      name: 'Berg, Eva',
      title: 'Chef, "ekonomi"',
      unitId: units.Ekonomi,
      managerId: null,
      managerEmail: null,
      roles: ['coordinator', 'participant'],
      userId: null,
    });
    const orjan = await person('orjan@regionvb.example');
    expect(orjan).toMatchObject({
      name: 'Örjan Ångström',
      title: 'Utvecklare',
      unitId: units['IT-avdelningen'],
      managerId: berg!.id,
      managerEmail: null,
      roles: ['participant'],
    });
    const asa = await person('asa@regionvb.example');
    expect(asa).toMatchObject({
      name: 'Åsa Ödmark',
      title: null,
      unitId: units['Växjö kontor'],
      managerId: null,
      managerEmail: 'chef@extern.example',
      roles: ['participant'],
    });
    const nils = await person('nils@regionvb.example');
    expect(nils).toMatchObject({
      name: 'Nils Holgersson',
      email: 'nils@regionvb.example',
      managerId: adminPersonId,
      managerEmail: null,
      roles: ['org_admin'],
    });

    // The API shows the linked manager's name and address.
    const api = await t.app.inject({ url: `/api/organisations/${orgId}/people/${orjan!.id}`, headers: { cookie: admin } });
    expect(api.json()).toMatchObject({
      unitName: 'IT-avdelningen',
      managerId: berg!.id,
      managerName: 'Berg, Eva',
      managerEmail: 'berg@regionvb.example',
      accountStatus: 'none',
    });

    // Imported without invitations: no mail.
    expect(await t.lastMailTo('orjan@regionvb.example')).toBeUndefined();
    const [audit] = await t.database.db
      .select()
      .from(schema.auditLog)
      .where(and(eq(schema.auditLog.organisationId, orgId), eq(schema.auditLog.action, 'person.import')));
    expect(audit!.data).toEqual({ imported: 4, updated: 0 });
  });

  it('imports a semicolon-separated CSV with quoted semicolons and line breaks', async () => {
    const file =
      'name;email;unit;roles;title\n' +
      'Karin Lund;karin@regionvb.example;Ekonomi;"participant;coordinator";"Handläggare; ekonomi"\n' +
      '\n' +
      'Per Svensson;per@regionvb.example;;coordinator,participant;"Enhetschef\nvikarie"\n';
    const response = await importFile(file, 'text/csv');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({ imported: 2, updated: 0, withoutAccount: expect.any(Array) });
    expect(await person('karin@regionvb.example')).toMatchObject({
      name: 'Karin Lund',
      unitId: units.Ekonomi,
      roles: ['participant', 'coordinator'],
      title: 'Handläggare; ekonomi',
    });
    expect(await person('per@regionvb.example')).toMatchObject({
      name: 'Per Svensson',
      unitId: null,
      roles: ['coordinator', 'participant'],
      title: 'Enhetschef\nvikarie',
    });
  });

  it('reads a Windows-1252 CSV as Excel saves it ("CSV (semikolonavgränsad)")', async () => {
    const file = Buffer.from(
      'name;email\nBjörn Älvdal;bjorn@regionvb.example\nÖsten Åkesson;osten@regionvb.example\nMärta Öhman;marta@regionvb.example\n',
      'latin1',
    );
    // Really not UTF-8: ö is the single byte 0xF6.
    expect(file.includes(Buffer.from('Björn', 'utf8'))).toBe(false);
    expect(file.includes(0xf6)).toBe(true);
    const response = await importFile(file, 'text/csv');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({ imported: 3, updated: 0, withoutAccount: expect.any(Array) });
    expect((await person('bjorn@regionvb.example'))!.name).toBe('Björn Älvdal');
    expect((await person('osten@regionvb.example'))!.name).toBe('Östen Åkesson');
    expect((await person('marta@regionvb.example'))!.name).toBe('Märta Öhman');
  });

  it('resolves a unit name written in Windows-1252', async () => {
    const file = Buffer.from('name;email;unit\nLars Ek;lars@regionvb.example;VÄXJÖ KONTOR\n', 'latin1');
    const response = await importFile(file, 'text/csv');
    expect(response.statusCode, response.body).toBe(200);
    expect((await person('lars@regionvb.example'))!.unitId).toBe(units['Växjö kontor']);
  });

  it('imports an XLSX workbook: any header order and case, hyperlinked addresses, rich text, numbers, empty rows', async () => {
    const body = await xlsx([
      ['Manager Email', 'ROLES', 'Name', 'Email', 'Unit', 'Title'],
      [
        null,
        'coordinator',
        'Greta Garbo',
        { text: 'greta@regionvb.example', hyperlink: 'mailto:greta@regionvb.example' },
        'Ekonomi',
        'Samordnare',
      ],
      [],
      [
        'greta@regionvb.example',
        null,
        { richText: [{ text: 'Sven ' }, { font: { bold: true }, text: 'Ödberg' }] },
        'sven@regionvb.example',
        'it-avdelningen',
        42,
      ],
    ]);
    const before = await peopleCount();
    const response = await importFile(body, XLSX);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({ imported: 2, updated: 0, withoutAccount: expect.any(Array) });
    expect(await peopleCount()).toBe(before + 2);
    const greta = await person('greta@regionvb.example');
    expect(greta).toMatchObject({ name: 'Greta Garbo', title: 'Samordnare', unitId: units.Ekonomi, roles: ['coordinator'] });
    expect(await person('sven@regionvb.example')).toMatchObject({
      name: 'Sven Ödberg',
      title: '42',
      unitId: units['IT-avdelningen'],
      managerId: greta!.id,
      managerEmail: null,
    });
  });

  it('updates people already in the organisation (same e-mail, any case) and counts them apart', async () => {
    const bergBefore = await person('berg@regionvb.example');
    const count = await peopleCount();
    const file =
      'name,email,title,unit\n' + 'Eva Berg,BERG@REGIONVB.EXAMPLE,Avdelningschef,IT-avdelningen\n' + 'Helt Ny,ny@regionvb.example,,\n';
    const response = await importFile(file, 'text/csv');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({ imported: 1, updated: 1, withoutAccount: expect.any(Array) });
    expect(await peopleCount()).toBe(count + 1);
    const berg = await person('berg@regionvb.example');
    expect(berg).toMatchObject({
      id: bergBefore!.id,
      name: 'Eva Berg',
      email: 'berg@regionvb.example',
      title: 'Avdelningschef',
      unitId: units['IT-avdelningen'],
    });
    // No roles column: the roles stay as they were.
    expect(berg!.roles).toEqual(['coordinator', 'participant']);
    // The same file again: everyone is updated, nobody added.
    const again = await importFile(file, 'text/csv');
    expect(again.json()).toEqual({ imported: 0, updated: 2, withoutAccount: expect.any(Array) });
    expect(await peopleCount()).toBe(count + 1);
  });

  it('keeps what an update leaves out: missing columns and empty cells do not erase units, titles, roles or managers', async () => {
    const orjanBefore = await person('orjan@regionvb.example');
    expect(orjanBefore!.managerId).not.toBeNull();
    const response = await importFile(
      'name,email,unit,roles,manager_email,title\nÖrjan Å. Ångström,orjan@regionvb.example,,,,\n',
      'text/csv',
    );
    expect(response.json()).toEqual({ imported: 0, updated: 1, withoutAccount: expect.any(Array) });
    const orjan = await person('orjan@regionvb.example');
    expect(orjan).toMatchObject({
      name: 'Örjan Å. Ångström',
      unitId: orjanBefore!.unitId,
      roles: orjanBefore!.roles,
      managerId: orjanBefore!.managerId,
      title: orjanBefore!.title,
    });
  });

  it('lets an administrator re-import themselves without losing their role, but not remove it', async () => {
    const kept = await importFile('name,email\nAda Admin,admin@regionvb.example\n', 'text/csv');
    expect(kept.json()).toEqual({ imported: 0, updated: 1, withoutAccount: expect.any(Array) });
    expect((await person('admin@regionvb.example'))!.roles).toEqual(['org_admin']);
    const refused = await importFile('name,email,roles\nAda Admin,admin@regionvb.example,participant\n', 'text/csv');
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.details).toEqual([{ line: 2, field: 'roles', code: 'role.ownAdmin', message: expect.any(String) }]);
    expect((await person('admin@regionvb.example'))!.roles).toEqual(['org_admin']);
  });
});

describe('large files and concurrent imports', () => {
  it('writes 2,500 rows in several statements: managers new in the file linked whether they come earlier or later, in file order', async () => {
    const email = (i: number) => `stor${i}@regionvb.example`;
    const lines = ['name,email,manager_email'];
    const managerOf: Record<number, string> = {
      0: email(2499),
      2499: email(0),
      1200: 'admin@regionvb.example',
      1500: 'chef@extern.example',
    };
    for (let i = 0; i < 2500; i++) lines.push(`Stor ${i},${email(i)},${managerOf[i] ?? ''}`);
    // A person already there gets a manager who is new in this file.
    lines.push(`Örjan Å. Ångström,orjan@regionvb.example,${email(1)}`);
    const count = await peopleCount();
    const response = await importFile(lines.join('\n'), 'text/csv');
    expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
    const result = response.json();
    expect(result).toMatchObject({ imported: 2500, updated: 1 });
    expect(await peopleCount()).toBe(count + 2500);
    const first = await person(email(0));
    const last = await person(email(2499));
    expect(first).toMatchObject({ name: 'Stor 0', managerId: last!.id, managerEmail: null, roles: ['participant'], userId: null });
    expect(last).toMatchObject({ managerId: first!.id, managerEmail: null });
    expect(await person(email(1200))).toMatchObject({ managerId: adminPersonId, managerEmail: null });
    expect(await person(email(1500))).toMatchObject({ managerId: null, managerEmail: 'chef@extern.example' });
    expect(await person(email(7))).toMatchObject({ managerId: null, managerEmail: null });
    const orjan = await person('orjan@regionvb.example');
    expect(orjan!.managerId).toBe((await person(email(1)))!.id);
    // Nobody here has an account or an invitation: every one of them, in the file's order.
    expect(result.withoutAccount).toHaveLength(2501);
    expect(result.withoutAccount[0]).toBe(first!.id);
    expect(result.withoutAccount[2499]).toBe(last!.id);
    expect(result.withoutAccount[2500]).toBe(orjan!.id);
  });

  it('checks a slice while the one before is written: a problem in a late slice imports nothing, and every problem is answered', async () => {
    const lines = ['name,email,title'];
    for (let i = 0; i < 2600; i++) lines.push(`Sen ${i},sen${i}@regionvb.example,Handläggare`);
    // Lines 2,402 and 2,502 (the third slice of 1,000): two problems after two slices were sent to the database.
    lines[2401] = 'Sen 2400,not-an-address,Handläggare';
    lines[2501] = `Sen 2500,sen0@regionvb.example,Handläggare`;
    const count = await peopleCount();
    const { result: response, statements } = await t.statementsOf(() => importFile(lines.join('\n'), 'text/csv'));
    expect(response.statusCode, response.body.slice(0, 300)).toBe(422);
    expect(response.json().error.details).toEqual([
      expect.objectContaining({ line: 2402, field: 'email', code: 'email.invalid' }),
      expect.objectContaining({ line: 2502, field: 'email', code: 'email.duplicate', values: { line: 2 } }),
    ]);
    // The first two slices were written before the problem was reached, and rolled back with the rest.
    expect(statements.filter((s) => /^insert into "people"/i.test(s))).toHaveLength(2);
    expect(await peopleCount()).toBe(count);
    expect(await person('sen0@regionvb.example')).toBeUndefined();
  });

  it('looks the file up once however many rows: one statement finds its addresses, writes are a few statements per 1,000 rows', async () => {
    const lines = ['name,email,title,manager_email'];
    for (let i = 0; i < 2200; i++)
      lines.push(`Räknad ${i},rakna${i}@regionvb.example,Handläggare,${i % 10 ? '' : 'admin@regionvb.example'}`);
    const { result: response, statements } = await t.statementsOf(() => importFile(lines.join('\n'), 'text/csv'));
    expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
    expect(response.json()).toMatchObject({ imported: 2200, updated: 0 });
    const lookups = statements.filter((s) => /lower\("people"\."email"\) = any/.test(s));
    expect(lookups).toHaveLength(1);
    expect(statements.filter((s) => /^insert into "people"/i.test(s))).toHaveLength(3);
    // Nothing per row: the whole request (session, authorisation, units, look-up, writes, audit) in a few dozen statements.
    expect(statements.length).toBeLessThan(30);
    // The same file again: every row matches a person and none changes, so nobody is written (no new row versions).
    const stamps = async () =>
      (await t.database.db
        .select({ email: schema.people.email, updatedAt: schema.people.updatedAt })
        .from(schema.people)
        .where(sql`${schema.people.email} in ('rakna0@regionvb.example', 'rakna1@regionvb.example')`)
        .orderBy(schema.people.email)) as { email: string; updatedAt: Date }[];
    const before = await stamps();
    lines[2] = 'Räknad 1,rakna1@regionvb.example,Utredare,';
    const again = await importFile(lines.join('\n'), 'text/csv');
    expect(again.json()).toMatchObject({ imported: 0, updated: 2200 });
    const after = await stamps();
    expect(after[0]!.updatedAt).toEqual(before[0]!.updatedAt);
    expect(after[1]!.updatedAt.getTime()).toBeGreaterThan(before[1]!.updatedAt.getTime());
    expect(await person('rakna1@regionvb.example')).toMatchObject({ title: 'Utredare', managerId: null });
    expect(await person('rakna0@regionvb.example')).toMatchObject({ title: 'Handläggare', managerId: adminPersonId });
  });

  it('lists as without an account the updated people with neither an account nor a pending invitation', async () => {
    const file = (title: string) =>
      'name,email,title\n' +
      `Ada Admin,admin@regionvb.example,${title}\n` +
      `Inbjuden Ännu,inbjuden@regionvb.example,${title}\n` +
      `Utgången Inbjudan,utgangen@regionvb.example,${title}\n` +
      `Återkallad Inbjudan,aterkallad@regionvb.example,${title}\n` +
      `Utan Konto,utan-konto@regionvb.example,${title}\n`;
    const first = await importFile(file('Handläggare'), 'text/csv');
    expect(first.json()).toMatchObject({ imported: 4, updated: 1 });
    const ids = Object.fromEntries(
      await Promise.all(
        ['inbjuden', 'utgangen', 'aterkallad', 'utan-konto'].map(async (n) => [n, (await person(`${n}@regionvb.example`))!.id]),
      ),
    ) as Record<string, string>;
    const invite = (personId: string, days: number, revoked = false) =>
      t.database.db.insert(schema.invitations).values({
        organisationId: orgId,
        personId,
        tokenHash: `hash-${personId}-${days}`,
        expiresAt: new Date(Date.now() + days * 86_400_000),
        ...(revoked && { revokedAt: new Date() }),
      });
    await invite(ids.inbjuden!, 7);
    await invite(ids.utgangen!, -1);
    await invite(ids.aterkallad!, 7, true);
    const again = await importFile(file('Utredare'), 'text/csv');
    expect(again.json()).toEqual({
      imported: 0,
      updated: 5,
      withoutAccount: [ids.utgangen, ids.aterkallad, ids['utan-konto']],
    });
    // A person's (and the list's) account status says the same (one definition): an expired or revoked invitation is no account.
    const status = async (id: string) =>
      (await t.app.inject({ url: `/api/organisations/${orgId}/people/${id}`, headers: { cookie: admin } })).json().accountStatus;
    const people = [ids.inbjuden!, ids.utgangen!, ids.aterkallad!, ids['utan-konto']!, adminPersonId];
    expect(await Promise.all(people.map(status))).toEqual(['invited', 'none', 'none', 'none', 'active']);
  });

  it('lets only one of two organisations importing the same new address at once have it', async () => {
    await t.createMember(otherOrgId, 'admin@helsingborg.example', ['org_admin'], { name: 'Hedda Admin' });
    const other = await t.signIn('admin@helsingborg.example');
    const file = 'name,email\nDelad Adress,delad@example.org\n';
    const answers = await Promise.all([
      importFile(file, 'text/csv'),
      t.app.inject({
        method: 'POST',
        url: `/api/organisations/${otherOrgId}/people/import`,
        headers: { cookie: other, 'content-type': 'text/csv' },
        payload: file,
      }),
    ]);
    const codes = answers.map((a) => a.statusCode).sort();
    expect(codes[0], answers.map((a) => a.body).join('\n')).toBe(200);
    // Refused as taken (checked or found taken in the transaction) or, when both wrote at once, as a conflict; never a 500.
    const refused = answers.find((a) => a.statusCode !== 200)!;
    if (refused.statusCode === 422)
      expect(refused.json().error.details).toEqual([expect.objectContaining({ line: 2, code: 'email.taken' })]);
    else expect(refused.json().error).toMatchObject({ code: 'conflict', field: 'file' });
    const [{ n }] = (await t.database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(schema.people)
      .where(sql`lower(${schema.people.email}) = 'delad@example.org'`)) as [{ n: number }];
    expect(n).toBe(1);
  });
});

describe('invalid rows: all or nothing', () => {
  it('reports every bad row with its line and column, and imports nothing', async () => {
    const file = [
      'name,email,unit,roles,manager_email',
      'Giltig Person,giltig@regionvb.example,Ekonomi,participant,', // 2: valid
      'Fel Adress,inte-en-adress,,,', // 3
      'Okänd Enhet,okand@regionvb.example,Marknad,,', // 4: Marknad is the other organisation's unit
      'Okänd Roll,roll@regionvb.example,,chef,', // 5
      'Dubblett,GILTIG@regionvb.example,,,', // 6: same as line 2
      'Upptagen,upptagen@helsingborg.example,,,', // 7: in another organisation
      ',namnlos@regionvb.example,,,', // 8
      'Dålig Chef,dalig@regionvb.example,,,inte-en-chef', // 9
      'Egen Chef,egen@regionvb.example,,,egen@regionvb.example', // 10
      '', // 11: empty, skipped
      'Utan Adress,,,,', // 12
      'Två Fel,,Marknad,,', // 13: two problems on one line
    ].join('\n');
    const before = await peopleCount();
    const othersBefore = await peopleCount(otherOrgId);
    const response = await importFile(file, 'text/csv');
    expect(response.statusCode).toBe(422);
    const error = response.json().error;
    expect(error.code).toBe('import_invalid');
    expect(error.details.map((d: { line: number; field: string }) => [d.line, d.field])).toEqual([
      [3, 'email'],
      [4, 'unit'],
      [5, 'roles'],
      [6, 'email'],
      [7, 'email'],
      [8, 'name'],
      [9, 'manager_email'],
      [10, 'manager_email'],
      [12, 'email'],
      [13, 'email'],
      [13, 'unit'],
    ]);
    for (const detail of error.details) expect(detail.message).toEqual(expect.any(String));
    // The taken address is named as taken, never as belonging to another organisation (or which one).
    expect(response.body).not.toMatch(/Helsingborg|another organisation/i);
    expect(error.details[1].message).toContain('Marknad');
    expect(error.details[3].message).toContain('line 2');
    // Each problem has a stable code (and the values its text needs), for the web app to translate.
    expect(error.details.map((d: { line: number; code: string; values?: unknown }) => [d.line, d.code, d.values])).toEqual([
      [3, 'email.invalid', undefined],
      [4, 'unit.unknown', { unit: 'Marknad' }],
      [5, 'role.unknown', { role: 'chef', allowed: 'org_admin, coordinator, participant' }],
      [6, 'email.duplicate', { line: 2 }],
      [7, 'email.taken', undefined],
      [8, 'required', undefined],
      [9, 'email.invalid', undefined],
      [10, 'manager.self', undefined],
      [12, 'required', undefined],
      [13, 'required', undefined],
      [13, 'unit.unknown', { unit: 'Marknad' }],
    ]);
    // Nothing was imported, not even the valid row, and the other organisation is untouched.
    expect(await peopleCount()).toBe(before);
    expect(await person('giltig@regionvb.example')).toBeUndefined();
    expect(await peopleCount(otherOrgId)).toBe(othersBefore);
  });

  it('reports an address taken by another organisation in an otherwise valid file, found where the file is written', async () => {
    const before = await peopleCount();
    const file = 'name,email\nNy Person,ny-men-ensam@regionvb.example\nUpptagen,UPPTAGEN@helsingborg.example\n';
    const response = await importFile(file, 'text/csv');
    expect(response.statusCode).toBe(422);
    const error = response.json().error;
    expect(error).toMatchObject({ code: 'import_invalid', message: '1 problem(s) in the file; nothing was imported', field: 'file' });
    expect(error.details).toEqual([{ line: 3, field: 'email', code: 'email.taken', message: 'this address is already in use in Lots' }]);
    expect(response.body).not.toMatch(/Helsingborg|another organisation/i);
    expect(await peopleCount()).toBe(before);
    expect(await person('ny-men-ensam@regionvb.example')).toBeUndefined();
  });

  it('reports the line where a record starts, also after multi-line quoted fields and CRLF', async () => {
    const file = 'name,email,title\r\n' + 'Anna Ek,anna@regionvb.example,"Rad ett\r\nrad två"\r\n' + 'Bo Ek,bo-utan-snabel-a,\r\n';
    const response = await importFile(file, 'text/csv');
    expect(response.statusCode).toBe(422);
    expect(response.json().error.details).toEqual([{ line: 4, field: 'email', code: 'email.invalid', message: expect.any(String) }]);
  });

  it('reports XLSX problems with their row numbers', async () => {
    const body = await xlsx([
      ['name', 'email', 'roles'],
      ['Ok Person', 'ok@regionvb.example', 'participant'],
      [],
      ['Fel Person', 'fel@', 'participant'],
      ['Roll Fel', 'roll2@regionvb.example', 'boss'],
    ]);
    const before = await peopleCount();
    const response = await importFile(body, XLSX);
    expect(response.statusCode).toBe(422);
    expect(response.json().error.details.map((d: { line: number; field: string }) => [d.line, d.field])).toEqual([
      [4, 'email'],
      [5, 'roles'],
    ]);
    expect(await peopleCount()).toBe(before);
  });

  it('codes too long texts with their limit', async () => {
    const long = 'x'.repeat(201);
    const response = await importFile(`name,email,title\n${long},lang@regionvb.example,${long}\n`, 'text/csv');
    expect(response.statusCode).toBe(422);
    expect(response.json().error.details).toEqual([
      { line: 2, field: 'name', code: 'tooLong', values: { max: 200 }, message: expect.any(String) },
      { line: 2, field: 'title', code: 'tooLong', values: { max: 200 }, message: expect.any(String) },
    ]);
  });

  it('refuses a header with a missing required column or an unknown column', async () => {
    const before = await peopleCount();
    const missing = await importFile('name,title\nNamn Namnsson,Chef\n', 'text/csv');
    expect(missing.statusCode).toBe(422);
    expect(missing.json().error).toMatchObject({
      code: 'import_invalid',
      details: [
        { line: 1, field: 'email', code: 'column.missing', values: { column: 'email' }, message: expect.stringContaining('email') },
      ],
    });

    const unknown = await importFile('name,email,telefon\nNamn Namnsson,namn@regionvb.example,070-123\n', 'text/csv');
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().error.details).toEqual([
      { line: 1, field: 'telefon', code: 'column.unknown', values: { column: 'telefon' }, message: expect.stringContaining('telefon') },
    ]);

    const swedish = await importFile('namn;e-post\nNamn Namnsson;namn@regionvb.example\n', 'text/csv');
    expect(swedish.statusCode).toBe(422);
    expect(swedish.json().error.details.map((d: { field: string; code: string }) => `${d.field}:${d.code}`)).toEqual([
      'name:column.missing',
      'email:column.missing',
      'namn:column.unknown',
      'e-post:column.unknown',
    ]);
    expect(await peopleCount()).toBe(before);
  });
});

describe('malformed files', () => {
  /** A 400 naming `file`, whose one detail carries the problem's code (and values) for the web app to translate. */
  const expectFileError = (
    response: Awaited<ReturnType<typeof importFile>>,
    message?: RegExp,
    code?: string,
    values?: Record<string, unknown>,
  ) => {
    expect(response.statusCode, response.body).toBe(400);
    const error = response.json().error;
    expect(error).toMatchObject({ code: 'validation', field: 'file' });
    if (message) expect(error.message).toMatch(message);
    expect(error.details).toEqual([expect.objectContaining({ field: 'file', code: expect.any(String), message: expect.any(String) })]);
    expect(error.message).toBe(
      `file: ${error.details[0].line === undefined ? '' : `line ${error.details[0].line}: `}${error.details[0].message}`,
    );
    if (code) expect(error.details[0].code).toBe(code);
    if (values) expect(error.details[0].values).toEqual(values);
  };

  it('refuses garbage sent as XLSX', async () => {
    const before = await peopleCount();
    expectFileError(await importFile(Buffer.from('this is not a workbook at all'), XLSX), undefined, 'file.notXlsx');
    expectFileError(
      await importFile(Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(2000, 7)]), XLSX),
      undefined,
      'file.notXlsx',
    );
    expectFileError(await importFile('name,email\nA,a@regionvb.example\n', XLSX), undefined, 'file.notXlsx');
    expect(await peopleCount()).toBe(before);
  });

  it('refuses an empty body and a file with only a header', async () => {
    expectFileError(await importFile('', 'text/csv'), /empty/, 'file.empty');
    expectFileError(await importFile(Buffer.alloc(0), XLSX), /empty/, 'file.empty');
    expectFileError(await importFile('name,email\n', 'text/csv'), /no rows/, 'file.noRows');
    expectFileError(await importFile(await xlsx([['name', 'email']]), XLSX), /no rows/, 'file.noRows');
    expectFileError(await importFile(await xlsx([]), XLSX), /no header/, 'file.noHeader');
  });

  it('refuses a CSV with an unclosed quote, naming the line where it opens', async () => {
    const before = await peopleCount();
    const response = await importFile(
      'name,email\nAnna Ek,anna2@regionvb.example\n"Bo Ek,bo@regionvb.example\nCecilia Ek,cecilia@regionvb.example\n',
      'text/csv',
    );
    expectFileError(response, /line 3\b/, 'file.quoteNotClosed', { line: 3 });
    expect(response.json().error.details[0].line).toBe(3);
    expect(await peopleCount()).toBe(before);
  });

  it('refuses a CSV that csv-parse cannot read, naming the line', async () => {
    const response = await importFile('name,email\n"Anna" Ek,anna3@regionvb.example\n', 'text/csv');
    expectFileError(response, /^file: line 2: Invalid Closing Quote/, 'file.unreadableLine', { line: 2 });
  });

  it('refuses binary data sent as CSV', async () => {
    expectFileError(await importFile(Buffer.from([0x00, 0x01, 0x02, 0x6e, 0x61, 0x6d, 0x65]), 'text/csv'), undefined, 'file.notCsv');
  });

  it('refuses more rows than the limit', async () => {
    const rows = Array.from({ length: 5001 }, (_, i) => `Person ${i},p${i}@regionvb.example`);
    expectFileError(await importFile(`name,email\n${rows.join('\n')}\n`, 'text/csv'), /5000/, 'file.tooManyRows', { max: 5000 });
  });

  it('refuses unsupported content types with 415', async () => {
    const pdf = await importFile(Buffer.from('%PDF-1.7'), 'application/pdf');
    expect(pdf.statusCode).toBe(415);
    expect(pdf.json().error.code).toBe('unsupported_media_type');
    const json = await t.app.inject({
      method: 'POST',
      url: `/api/organisations/${orgId}/people/import`,
      headers: { cookie: admin },
      payload: { name: 'A', email: 'a@regionvb.example' },
    });
    expect(json.statusCode).toBe(415);
    expect(json.json().error).toMatchObject({ code: 'unsupported_media_type', field: 'file' });
  });
});
