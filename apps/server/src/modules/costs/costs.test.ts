import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { schema } from '@lots/db';
import type { CostOverview, SplitRule } from '@lots/core';
import { createTestApp, type TestApp } from '../../testing/harness';
import { readPdf } from '../../testing/pdf';
import { defuse } from './export';

/**
 * Joint programs share and split their costs (issue 12): a network owns the program, its
 * coordinators come from the member agencies, each agency sees its own part only.
 *
 * Organisations by name (the order of every split): Kustbevakningen, Rörlighet i staten (the
 * network, owner), Tullverket. Staff taking part in each program: Tullverket 2 adepts and 1
 * mentor, Kustbevakningen 1 adept and 2 mentors.
 */
describe('costs of a joint program', () => {
  let t: TestApp;
  let network: string;
  let tull: string;
  let kust: string;
  let polis: string;
  const person: Record<string, string> = {};
  const cookie: Record<string, string> = {};

  async function member(org: string, key: string, roles: ('org_admin' | 'coordinator' | 'participant')[], name: string) {
    const email = `${key}@${org === tull ? 'tull' : org === kust ? 'kust' : 'polis'}.example`;
    person[key] = (await t.createMember(org, email, roles, { name })).personId;
    cookie[key] = await t.signIn(email);
  }

  /** A running program owned by the network, Tullverket and Kustbevakningen taking part, Maria (Tullverket) its coordinator. */
  async function program(name: string, options: { startsOn?: string; currency?: 'SEK' | 'NOK' } = {}) {
    const [row] = await t.database.db
      .insert(schema.programs)
      .values({
        ownerOrganisationId: network,
        name,
        type: 'reverse',
        status: 'running',
        feePerAdept: 6000,
        feePerMentor: 0,
        currency: options.currency ?? 'SEK',
        startsOn: options.startsOn ?? '2026-01-15',
      })
      .returning({ id: schema.programs.id });
    const id = row!.id;
    await t.database.db.insert(schema.programOrganisations).values([
      { programId: id, organisationId: network, status: 'accepted' },
      { programId: id, organisationId: tull, status: 'accepted' },
      { programId: id, organisationId: kust, status: 'accepted' },
    ]);
    await t.database.db.insert(schema.programCoordinators).values({ programId: id, personId: person.maria! });
    const pairs = {
      t1: await t.createActivePair(id, person.tAdept1!, person.kMentor1!),
      t2: await t.createActivePair(id, person.tAdept2!, person.kMentor2!),
      k1: await t.createActivePair(id, person.kAdept1!, person.tMentor1!),
    };
    return { id, pairs };
  }

  const overview = async (who: string, programId: string) => {
    const response = await t.as(cookie[who]).get(`/api/programs/${programId}/costs`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as CostOverview;
  };
  const part = (o: CostOverview, organisationId: string) => o.organisations.find((x) => x.organisationId === organisationId)!;
  const addCost = (programId: string, body: Record<string, unknown>) =>
    t.as(cookie.maria).post(`/api/programs/${programId}/costs/shared`, {
      category: 'venue',
      description: 'Konferenslokal',
      currency: 'SEK',
      incurredOn: '2026-02-01',
      ...body,
    });
  const split = (programId: string, splitRule: SplitRule, extra: Record<string, unknown> = {}) =>
    t.as(cookie.maria).put(`/api/programs/${programId}/costs/settings`, { splitRule, ...extra });

  beforeAll(async () => {
    t = await createTestApp();
    network = await t.createOrganisation('Rörlighet i staten');
    await t.database.db.update(schema.organisations).set({ kind: 'network' }).where(eq(schema.organisations.id, network));
    tull = await t.createOrganisation('Tullverket');
    kust = await t.createOrganisation('Kustbevakningen');
    polis = await t.createOrganisation('Polisen');
    await t.database.db.insert(schema.networkMembers).values([
      { networkId: network, organisationId: tull },
      { networkId: network, organisationId: kust },
    ]);
    await member(tull, 'maria', ['coordinator'], 'Maria Samordnare');
    await member(tull, 'tove', ['org_admin'], 'Tove Tullchef');
    await member(tull, 'tAdept1', ['participant'], 'Tindra Adeptsson');
    await member(tull, 'tAdept2', ['participant'], 'Tage Adeptsson');
    await member(tull, 'tMentor1', ['participant'], 'Tyra Mentorsson');
    await member(kust, 'karin', ['coordinator'], 'Karin Kustkontakt');
    await member(kust, 'kAdept1', ['participant'], 'Kalle Adeptsson');
    await member(kust, 'kAdept2', ['participant'], 'Klara Väntande');
    await member(kust, 'kMentor1', ['participant'], 'Kerstin Mentorsson');
    await member(kust, 'kMentor2', ['participant'], 'Kjell Mentorsson');
    await member(polis, 'per', ['coordinator'], 'Per Polis');
  });
  afterAll(() => t.destroy());

  it('a network coordinator enters shared costs and splits them per adept: shares add up, each agency pays its own', async () => {
    const { id } = await program('Omvänt mentorskap 2026');
    expect((await split(id, 'per_adept')).statusCode).toBe(200);
    const venue = await addCost(id, { amount: 2_000_000, vat: 500_000, note: 'Två dagar' });
    expect(venue.statusCode, venue.body).toBe(201);
    expect((await addCost(id, { category: 'lecturers', description: 'Föreläsare', amount: 1_000_001, vat: 0 })).statusCode).toBe(201);

    const whole = await overview('maria', id);
    expect(whole.organiserName).toBe('Rörlighet i staten');
    expect(whole.can).toEqual({ manage: true });
    expect(whole.organisations.map((o) => o.organisationName)).toEqual(['Kustbevakningen', 'Rörlighet i staten', 'Tullverket']);
    expect(part(whole, kust)).toMatchObject({
      adepts: 1,
      mentors: 2,
      fees: 600_000,
      sharedAmount: 1_000_001,
      sharedVat: 166_667,
      total: 1_766_668,
    });
    expect(part(whole, tull)).toMatchObject({
      adepts: 2,
      mentors: 1,
      fees: 1_200_000,
      sharedAmount: 2_000_000,
      sharedVat: 333_333,
      total: 3_533_333,
    });
    expect(part(whole, network)).toMatchObject({ owner: true, fees: 0, sharedAmount: 0, total: 0 });
    expect(whole.programTotals).toEqual({ fees: 1_800_000, sharedAmount: 3_000_001, sharedVat: 500_000, total: 5_300_001 });
    expect(whole.organisations.reduce((a, o) => a + o.total, 0)).toBe(whole.programTotals!.total);
    expect(whole.sharedCosts.total).toBe(2);
    expect(whole.sharedCosts.items.find((c) => c.description === 'Konferenslokal')).toMatchObject({
      amount: 2_000_000,
      vat: 500_000,
      share: null,
    });

    // Kustbevakningen's coordinator sees Kustbevakningen's part only: its staff by name, its shares, no program totals.
    const own = await overview('karin', id);
    expect(own.can).toEqual({ manage: false });
    expect(own.organisations.map((o) => o.organisationId)).toEqual([kust]);
    expect(own.programTotals).toBeNull();
    expect(own.outcome).toBeNull();
    expect(own.sharedCosts.items.map((c) => [c.description, c.amount, c.vat, c.share])).toEqual([
      ['Föreläsare', null, null, { amount: 333_334, vat: 0 }],
      ['Konferenslokal', null, null, { amount: 666_667, vat: 166_667 }],
    ]);
    expect(own.organisations[0]!.participants.map((p) => p.name).sort()).toEqual([
      'Kalle Adeptsson',
      'Kerstin Mentorsson',
      'Kjell Mentorsson',
    ]);
    const body = JSON.stringify(own);
    for (const secret of ['Tindra', 'Tage', 'Tyra', 'Tullverket', '2000000', '5300001', '3533333']) expect(body).not.toContain(secret);

    const audits = await t.database.db.select().from(schema.auditLog).where(eq(schema.auditLog.action, 'cost.create'));
    expect(audits.map((a) => a.entity)).toEqual(['shared_cost', 'shared_cost']);
  });

  it('participants see the network as the organiser; its coordinator from a member agency manages the program', async () => {
    const { id } = await program('Nätverkets program');
    const seen = await t.as(cookie.kAdept1).get(`/api/programs/${id}`);
    expect(seen.statusCode).toBe(200);
    expect(seen.json()).toMatchObject({ ownerOrganisationName: 'Rörlighet i staten', can: { manage: false } });
    expect((await t.as(cookie.maria).get(`/api/programs/${id}`)).json()).toMatchObject({ can: { manage: true } });
    // Tullverket's administrator is not the network's: she sees Tullverket's part, and manages nothing.
    expect((await t.as(cookie.tove).get(`/api/programs/${id}`)).json()).toMatchObject({ can: { manage: false } });
  });

  it('splits by every rule, always adding up to the cost', async () => {
    const { id } = await program('Regler');
    expect((await addCost(id, { amount: 1_000_000 })).statusCode).toBe(201);
    const shares = async () => {
      const o = await overview('maria', id);
      return [kust, network, tull].map((org) => part(o, org).sharedAmount);
    };
    expect((await split(id, 'per_participant')).statusCode).toBe(200);
    expect(await shares()).toEqual([500_000, 0, 500_000]);
    await split(id, 'per_adept');
    expect(await shares()).toEqual([333_333, 0, 666_667]);
    // Equal shares between the agencies whose staff take part: the network organises.
    await split(id, 'equal');
    expect(await shares()).toEqual([500_000, 0, 500_000]);
    const percentages = await split(id, 'percentages', {
      percentages: [
        { organisationId: kust, basisPoints: 3000 },
        { organisationId: network, basisPoints: 1000 },
        { organisationId: tull, basisPoints: 6000 },
      ],
    });
    expect(percentages.statusCode, percentages.body).toBe(200);
    expect(await shares()).toEqual([300_000, 100_000, 600_000]);
    await split(id, 'owner');
    expect(await shares()).toEqual([0, 1_000_000, 0]);
    const audit = await t.database.db
      .select()
      .from(schema.auditLog)
      .where(and(eq(schema.auditLog.action, 'cost.settings'), eq(schema.auditLog.entityId, id)));
    expect(audit).toHaveLength(5);
  });

  it('refuses percentages that do not add up to 100 and organisations that take no part, naming the field', async () => {
    const { id } = await program('Procent');
    const short = await split(id, 'percentages', { percentages: [{ organisationId: kust, basisPoints: 5000 }] });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.field).toBe('percentages');
    const stranger = await split(id, 'percentages', { percentages: [{ organisationId: polis, basisPoints: 10_000 }] });
    expect(stranger.statusCode).toBe(400);
    expect(stranger.json().error.field).toBe('percentages');
    const rule = await split(id, 'by_mood' as SplitRule);
    expect(rule.statusCode).toBe(400);
    expect(rule.json().error.field).toBe('splitRule');
  });

  it('refuses a second currency in one program, and bad amounts, naming the field', async () => {
    const { id } = await program('Valuta');
    const nok = await addCost(id, { amount: 100_000, currency: 'NOK' });
    expect(nok.statusCode).toBe(400);
    expect(nok.json().error.field).toBe('currency');
    for (const [amount, field] of [
      [-1, 'amount'],
      [10.5, 'amount'],
      ['100', 'amount'],
    ] as const) {
      const bad = await addCost(id, { amount });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.field).toBe(field);
    }
    const date = await addCost(id, { amount: 1, incurredOn: '2026-13-01' });
    expect(date.json().error.field).toBe('incurredOn');
    expect((await overview('maria', id)).sharedCosts.total).toBe(0);
    // Without costs the currency may still change.
    expect((await t.as(cookie.maria).patch(`/api/programs/${id}`, { currency: 'NOK' })).statusCode).toBe(200);
    expect((await t.as(cookie.maria).patch(`/api/programs/${id}`, { currency: 'SEK' })).statusCode).toBe(200);
    // Once a cost is entered, the program's currency stays.
    expect((await addCost(id, { amount: 100 })).statusCode).toBe(201);
    const switched = await t.as(cookie.maria).patch(`/api/programs/${id}`, { currency: 'NOK' });
    expect(switched.statusCode).toBe(400);
    expect(switched.json().error.field).toBe('currency');
    expect((await overview('maria', id)).currency).toBe('SEK');
    // A program in Norwegian kroner takes costs in kroner.
    const oslo = await program('Departementene', { currency: 'NOK' });
    expect((await addCost(oslo.id, { amount: 100_000, currency: 'NOK' })).statusCode).toBe(201);
    expect((await overview('maria', oslo.id)).organisations[0]!.currency).toBe('NOK');
  });

  it('withdrawals: under `free_within 2` someone who leaves in month 2 costs nothing; under `full` they are paid for', async () => {
    const { id, pairs } = await program('Avhopp', { startsOn: '2026-01-15' });
    await addCost(id, { amount: 900_000 });
    // Tindra (Tullverket adept) ends her mentorship herself on 20 February: month 2.
    await t.database.db
      .update(schema.pairs)
      .set({ status: 'ended', endedBy: 'adept', endedAt: new Date('2026-02-20T10:00:00Z') })
      .where(eq(schema.pairs.id, pairs.t1));
    await split(id, 'per_adept', { withdrawalRule: 'full' });
    let o = await overview('maria', id);
    expect(part(o, tull)).toMatchObject({ adepts: 2, fees: 1_200_000, sharedAmount: 600_000 });
    expect(part(o, tull).participants.find((p) => p.name === 'Tindra Adeptsson')).toMatchObject({
      leftOn: '2026-02-20',
      counts: true,
      fee: 600_000,
    });

    expect((await split(id, 'per_adept', { withdrawalRule: 'free_within', graceMonths: 2 })).statusCode).toBe(200);
    o = await overview('maria', id);
    expect(part(o, tull)).toMatchObject({ adepts: 1, fees: 600_000, sharedAmount: 450_000 });
    expect(part(o, kust)).toMatchObject({ adepts: 1, fees: 600_000, sharedAmount: 450_000 });
    expect(part(o, tull).participants.find((p) => p.name === 'Tindra Adeptsson')).toMatchObject({ counts: false, fee: 0 });

    // A mentor who withdraws after being matched, in month 4, is past the grace months: still counted.
    const [mentorApplication] = await t.database.db
      .select({ id: schema.applications.id })
      .from(schema.applications)
      .where(and(eq(schema.applications.programId, id), eq(schema.applications.personId, person.tMentor1!)));
    await t.database.db
      .update(schema.applications)
      .set({ status: 'withdrawn', updatedAt: new Date('2026-05-02T08:00:00Z') })
      .where(eq(schema.applications.id, mentorApplication!.id));
    o = await overview('maria', id);
    expect(part(o, tull).participants.find((p) => p.name === 'Tyra Mentorsson')).toMatchObject({ leftOn: '2026-05-02', counts: true });
    expect(o.organisations.reduce((a, x) => a + x.sharedAmount, 0)).toBe(900_000);
  });

  it('visibility: participants 403, an organisation that takes no part 404, another agency’s basis 403', async () => {
    const { id } = await program('Synlighet');
    await addCost(id, { amount: 123_456 });
    const participant = await t.as(cookie.kAdept1).get(`/api/programs/${id}/costs`);
    expect(participant.statusCode).toBe(403);
    expect(participant.body).not.toContain('123456');
    // Asking first is a 200 for whoever sees the program (the program page asks, so its console stays clean).
    const access = (who: string) => t.as(cookie[who]).get(`/api/programs/${id}/costs/access`);
    expect((await access('kAdept1')).json()).toEqual({ read: false, manage: false });
    expect((await access('tove')).json()).toEqual({ read: true, manage: false });
    expect((await access('maria')).json()).toEqual({ read: true, manage: true });
    expect((await access('per')).statusCode).toBe(404);
    for (const response of [
      await t.as(cookie.per).get(`/api/programs/${id}/costs`),
      await t.as(cookie.per).get(`/api/programs/${id}/costs/organisations/${kust}/basis?format=csv`),
    ]) {
      expect(response.statusCode).toBe(404);
      expect(response.body).not.toContain('Synlighet');
    }
    const other = await t.as(cookie.karin).get(`/api/programs/${id}/costs/organisations/${tull}/basis?format=xlsx`);
    expect(other.statusCode).toBe(403);
    expect(other.body).not.toContain('Tindra');
    // Tullverket's administrator (not a coordinator of the program) sees Tullverket's part only.
    const tove = await overview('tove', id);
    expect(tove.organisations.map((o) => o.organisationId)).toEqual([tull]);
    expect(tove.programTotals).toBeNull();
    expect(JSON.stringify(tove)).not.toContain('Kerstin');
    // The program's contact person of an agency (modules/contacts) sees that agency's part, even as a participant.
    expect((await t.as(cookie.kMentor2).get(`/api/programs/${id}/costs`)).statusCode).toBe(403);
    await t.as(cookie.maria).put(`/api/programs/${id}/contacts/${kust}`, { name: 'Kjell Mentorsson', email: 'kMentor2@kust.example' });
    // Named as another agency's contact, they get nothing of that agency.
    await t.as(cookie.maria).put(`/api/programs/${id}/contacts/${tull}`, { name: 'Kjell Mentorsson', email: 'kMentor2@kust.example' });
    const contact = await overview('kMentor2', id);
    expect(contact.organisations.map((o) => o.organisationId)).toEqual([kust]);
    expect((await t.as(cookie.kMentor2).get(`/api/programs/${id}/costs/organisations/${tull}/basis?format=csv`)).statusCode).toBe(403);
    // Only those who manage the program change its costs.
    for (const response of [
      await t.as(cookie.karin).post(`/api/programs/${id}/costs/shared`, {
        category: 'venue',
        description: 'X',
        amount: 1,
        currency: 'SEK',
        incurredOn: '2026-02-01',
      }),
      await t.as(cookie.karin).put(`/api/programs/${id}/costs/settings`, { splitRule: 'owner' }),
      await t.as(cookie.karin).put(`/api/programs/${id}/costs/organisations/${kust}/invoice`, { invoicedOn: '2026-03-01', reference: 'X' }),
    ])
      expect(response.statusCode).toBe(403);
  });

  it('each agency downloads its own invoice basis as XLSX, CSV and PDF in its reader’s language', async () => {
    const { id } = await program('Underlag');
    await split(id, 'per_adept');
    await addCost(id, { amount: 2_000_000, vat: 500_000 });
    await addCost(id, { category: 'catering', description: '=HYPERLINK("http://evil")', amount: 300_000, vat: 36_000 });

    const xlsx = await t.as(cookie.karin).get(`/api/programs/${id}/costs/organisations/${kust}/basis?format=xlsx`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('Fakturaunderlag');
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const text = JSON.stringify(rows);
    expect(text).toContain('Kalle Adeptsson');
    expect(text).not.toContain('Tindra');
    // Formulas are defused: no text cell starts with = + - @.
    expect(rows.flat().filter((v) => typeof v === 'string' && /^[=+\-@]/.test(v))).toEqual([]);
    expect(defuse('=HYPERLINK("x")')).toBe(`'=HYPERLINK("x")`);
    expect(defuse('@SUM(A1)')).toBe(`'@SUM(A1)`);
    expect(defuse('Lokal')).toBe('Lokal');
    const total = rows.find((r) => r[0] === 'Totalt')!;
    // Kustbevakningen: fee 6 000 kr; shares of 20 000 + 5 000 VAT and 3 000 + 360 VAT, a third each.
    expect(total.slice(3)).toEqual([13_666.67, 1_786.67, 15_453.34]);

    const csv = await t.as(cookie.tove).get(`/api/programs/${id}/costs/organisations/${tull}/basis?format=csv`);
    expect(csv.statusCode).toBe(200);
    const records = parse(csv.body.replace(/^\uFEFF/, ''), { delimiter: ';' }) as string[][];
    expect(records[0]).toEqual(['Typ', 'Datum', 'Beskrivning', 'Belopp exkl. moms', 'Moms', 'Summa', 'Valuta']);
    expect(records.some((r) => r[2]!.startsWith('Tindra Adeptsson'))).toBe(true);
    expect(records.flat().filter((v) => /^[=+\-@]/.test(v))).toEqual([]);
    expect(records.at(-1)).toEqual(['Totalt', '', 'Tullverket', '27333,33', '3573,33', '30906,66', 'SEK']);

    const english = await t.as(cookie.tove).get(`/api/programs/${id}/costs/organisations/${tull}/basis?format=csv&lang=en`);
    expect(english.body).toContain('Mentee');
    expect(english.body.split('\r\n')[0]).toContain('Type,Date,Description');

    const pdf = await t.as(cookie.karin).get(`/api/programs/${id}/costs/organisations/${kust}/basis?format=pdf`);
    expect(pdf.statusCode).toBe(200);
    // A tagged PDF in the reader's language, amounts in their locale, named in their language.
    const read = await readPdf(pdf.rawPayload);
    expect(read.marked).toBe(true);
    expect(read.lang).toBe('sv-SE');
    expect(read.title).toMatch(/^Fakturaunderlag – /);
    for (const role of ['H1', 'H2', 'P', 'L', 'LI', 'Table', 'TH', 'TD']) expect(read.roles).toContain(role);
    expect(read.text.replace(/\s+/g, ' ')).toContain('Totalt 15 453,34 kr');
    expect(decodeURIComponent(pdf.headers['content-disposition'] as string)).toMatch(
      /filename\*=UTF-8''Fakturaunderlag – .* – Kustbevakningen\.pdf$/,
    );

    const bad = await t.as(cookie.karin).get(`/api/programs/${id}/costs/organisations/${kust}/basis?format=docx`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('querystring.format');
  });

  it('the program-wide summary as XLSX, CSV and PDF: every organisation for its coordinator, its own row only for an agency', async () => {
    const { id } = await program('Sammanställning');
    await split(id, 'per_adept');
    await addCost(id, { amount: 300_000, vat: 75_000, description: '=Lokal' });
    const file = (who: string, format: string, lang = '') =>
      t.as(cookie[who]).get(`/api/programs/${id}/costs/summary?format=${format}${lang ? `&lang=${lang}` : ''}`);

    const xlsx = await file('maria', 'xlsx');
    expect(xlsx.statusCode, xlsx.body).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    const rows = (sheet.getSheetValues() as unknown[][]).filter(Boolean).map((r) => r.slice(1));
    const row = (name: string) => rows.find((r) => r[0] === name)!;
    // Tullverket: 2 adepts × 6 000 kr + 2/3 of 3 000 kr; Kustbevakningen: 1 adept + 1/3; the network none.
    expect(row('Tullverket').slice(0, 7)).toEqual(['Tullverket', 2, 1, 12_000, 2_000, 500, 14_500]);
    expect(row('Kustbevakningen').slice(0, 7)).toEqual(['Kustbevakningen', 1, 2, 6_000, 1_000, 250, 7_250]);
    expect(row('Hela programmet').slice(3, 7)).toEqual([18_000, 3_000, 750, 21_750]);
    expect(rows.some((r) => r[0] === 'Kostnad per resultat')).toBe(true);
    const costs = (book.worksheets[1]!.getSheetValues() as unknown[][]).filter(Boolean).map((r) => r.slice(1));
    expect(costs[1]!.slice(1, 5)).toEqual(['Lokal · =Lokal', 3_000, 750, 3_750]);

    // An agency's contact sees its own row and its own shares only, never another agency or the program's totals.
    const own = await file('karin', 'csv', 'en');
    expect(own.statusCode, own.body).toBe(200);
    const lines = parse(own.body.replace(/^\uFEFF/, ''), { relax_column_count: true }) as string[][];
    expect(lines[0]![0]).toBe('Organisation');
    expect(lines[1]!.slice(0, 7)).toEqual(['Kustbevakningen', '1', '2', '6000.00', '1000.00', '250.00', '7250.00']);
    expect(own.body).not.toContain('Tullverket');
    expect(own.body).not.toContain('The whole program');
    expect(own.body).not.toContain('Cost per outcome');
    expect(own.body).toContain('1000.00'); // Kustbevakningen's share of the 3 000 kr cost, not the cost itself
    expect(own.body).not.toContain('3000.00');
    expect(decodeURIComponent(own.headers['content-disposition'] as string)).toContain(
      "UTF-8''Cost summary – Sammanställning – Kustbevakningen.csv",
    );

    const pdf = await file('maria', 'pdf', 'nb');
    expect(pdf.statusCode).toBe(200);
    const read = await readPdf(pdf.rawPayload);
    expect(read.marked).toBe(true);
    expect(read.lang).toBe('nb-NO');
    expect(read.title).toBe('Kostnadsoversikt – Sammanställning');
    for (const role of ['H1', 'H2', 'P', 'Table', 'TH', 'TD']) expect(read.roles).toContain(role);
    expect(read.text.replace(/\s+/g, ' ')).toContain('Tullverket');
    expect(decodeURIComponent(pdf.headers['content-disposition'] as string)).toContain(
      "filename*=UTF-8''Kostnadsoversikt – Sammanställning.pdf",
    );
    // Participants 403, an organisation that takes no part 404, bad format 400 naming the field.
    expect((await file('tAdept1', 'csv')).statusCode).toBe(403);
    expect((await file('per', 'csv')).statusCode).toBe(404);
    expect((await file('maria', 'docx')).json().error.field).toBe('querystring.format');
  });

  it('marks an organisation’s basis invoiced with a date and a reference; the agency sees it', async () => {
    const { id } = await program('Fakturerat');
    const marked = await t.as(cookie.maria).put(`/api/programs/${id}/costs/organisations/${kust}/invoice`, {
      invoicedOn: '2026-06-30',
      reference: 'RIS-2026-014',
    });
    expect(marked.statusCode, marked.body).toBe(200);
    expect((await overview('karin', id)).organisations[0]!.invoice).toEqual({ invoicedOn: '2026-06-30', reference: 'RIS-2026-014' });
    const outsider = await t.as(cookie.maria).put(`/api/programs/${id}/costs/organisations/${polis}/invoice`, {
      invoicedOn: '2026-06-30',
      reference: 'X',
    });
    expect(outsider.statusCode).toBe(400);
    expect(outsider.json().error.field).toBe('organisationId');
    expect((await t.as(cookie.maria).delete(`/api/programs/${id}/costs/organisations/${kust}/invoice`)).statusCode).toBe(200);
    expect((await t.as(cookie.maria).delete(`/api/programs/${id}/costs/organisations/${kust}/invoice`)).statusCode).toBe(404);
    const [audit] = await t.database.db.select().from(schema.auditLog).where(eq(schema.auditLog.action, 'cost.invoiced'));
    expect(audit).toMatchObject({ entityId: id, data: { organisationId: kust, invoicedOn: '2026-06-30' } });
  });

  it('an agency caps its adepts; accepting past the cap is refused and changes nothing', async () => {
    const { id } = await program('Tak');
    const capped = await t.as(cookie.karin).put(`/api/programs/${id}/costs/organisations/${kust}/cap`, { adeptCap: 1 });
    expect(capped.statusCode, capped.body).toBe(200);
    expect(capped.json().organisations[0].adeptCap).toBe(1);
    expect((await t.as(cookie.karin).put(`/api/programs/${id}/costs/organisations/${tull}/cap`, { adeptCap: 1 })).statusCode).toBe(403);
    const [application] = await t.database.db
      .insert(schema.applications)
      .values({ programId: id, personId: person.kAdept2!, role: 'adept', status: 'submitted', submittedAt: new Date() })
      .returning({ id: schema.applications.id });
    const refused = await t
      .as(cookie.maria)
      .post(`/api/programs/${id}/decisions`, { applicationIds: [application!.id], decision: 'accepted' });
    expect(refused.statusCode).toBe(409);
    const [row] = await t.database.db.select().from(schema.applications).where(eq(schema.applications.id, application!.id));
    expect(row!.status).toBe('submitted');
    const lowered = await t.as(cookie.maria).put(`/api/programs/${id}/costs/organisations/${tull}/cap`, { adeptCap: 1 });
    expect(lowered.statusCode).toBe(409);
    expect(lowered.json().error.field).toBe('adeptCap');
    await t.as(cookie.karin).put(`/api/programs/${id}/costs/organisations/${kust}/cap`, { adeptCap: null });
    expect(
      (await t.as(cookie.maria).post(`/api/programs/${id}/decisions`, { applicationIds: [application!.id], decision: 'accepted' }))
        .statusCode,
    ).toBe(200);
  });

  it('cost per outcome: per participant, per completed pair, per logged hour', async () => {
    const { id, pairs } = await program('Utfall');
    await addCost(id, { amount: 1_200_000 });
    await t.database.db
      .update(schema.pairs)
      .set({ status: 'ended', endedBy: 'program', endedAt: new Date('2026-12-01T00:00:00Z') })
      .where(eq(schema.pairs.id, pairs.t1));
    await t.database.db.insert(schema.meetings).values([
      { pairId: pairs.t1, heldOn: new Date('2026-02-01T10:00:00Z'), durationMinutes: 90, mode: 'physical' },
      { pairId: pairs.k1, heldOn: new Date('2026-02-02T10:00:00Z'), durationMinutes: 150, mode: 'digital' },
    ]);
    const o = await overview('maria', id);
    // fees 3 adepts × 6 000 kr + 12 000 kr shared = 30 000 kr; 6 participants; 1 completed pair; 4 hours
    expect(o.outcome).toEqual({
      total: 3_000_000,
      participants: 6,
      completedPairs: 1,
      hours: 4,
      perParticipant: 500_000,
      perCompletedPair: 3_000_000,
      perHour: 750_000,
    });
  });

  it('deletes a shared cost; a missing one is a 404', async () => {
    const { id } = await program('Radera');
    const created = await addCost(id, { amount: 5 });
    const costId = created.json().sharedCosts.items[0].id;
    expect((await t.as(cookie.maria).delete(`/api/programs/${id}/costs/shared/${costId}`)).json().sharedCosts.total).toBe(0);
    expect((await t.as(cookie.maria).delete(`/api/programs/${id}/costs/shared/${costId}`)).statusCode).toBe(404);
  });

  it('edits a shared cost: the new amount is split again; amounts, the split and the list of costs are locked while a share is invoiced', async () => {
    const { id } = await program('Ändra');
    expect((await split(id, 'per_adept')).statusCode).toBe(200);
    const data = Buffer.from('%PDF-1.4 kvitto').toString('base64');
    const created = await addCost(id, { amount: 300_000, attachment: { name: 'kvitto.pdf', contentType: 'application/pdf', data } });
    const costId = created.json().sharedCosts.items[0].id as string;
    const edit = (who: string, body: Record<string, unknown>, cost = costId) =>
      t.as(cookie[who]).patch(`/api/programs/${id}/costs/shared/${cost}`, body);

    const edited = await edit('maria', { amount: 600_001, vat: 150_000, description: 'Större lokal' });
    expect(edited.statusCode, edited.body).toBe(200);
    const after = edited.json() as CostOverview;
    expect(after.sharedCosts.items[0]).toMatchObject({ description: 'Större lokal', amount: 600_001, vat: 150_000, category: 'venue' });
    // Split per adept again (Tullverket 2, Kustbevakningen 1): the shares still add up to the cost.
    expect(part(after, tull).sharedAmount).toBe(400_001);
    expect(part(after, kust).sharedAmount).toBe(200_000);
    expect(after.organisations.reduce((a, o) => a + o.sharedAmount, 0)).toBe(600_001);
    expect(after.organisations.reduce((a, o) => a + o.sharedVat, 0)).toBe(150_000);
    const [audit] = await t.database.db
      .select()
      .from(schema.auditLog)
      .where(and(eq(schema.auditLog.action, 'cost.update'), eq(schema.auditLog.entityId, costId)));
    expect(audit).toMatchObject({ entity: 'shared_cost', organisationId: network });
    expect(audit!.data).toEqual({ programId: id, fields: ['description', 'amount', 'vat'], amount: [300_000, 600_001], vat: [0, 150_000] });

    // Bad input names the field; one currency per program; others may not edit.
    expect((await edit('maria', { currency: 'NOK' })).json().error.field).toBe('currency');
    expect((await edit('maria', { amount: -1 })).json().error.field).toBe('amount');
    expect((await edit('maria', {})).statusCode).toBe(400);
    expect((await edit('maria', { colour: 'red' })).statusCode).toBe(400);
    expect((await edit('karin', { amount: 1 })).statusCode).toBe(403);
    expect((await edit('per', { amount: 1 })).statusCode).toBe(404);
    expect((await edit('maria', { amount: 1 }, '00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    // The attachment can be removed.
    const removed = await edit('maria', { attachment: null });
    expect((removed.json() as CostOverview).sharedCosts.items[0]!.attachment).toBeNull();

    // Kustbevakningen's share is invoiced: amounts, new costs, deletions and the split are locked (409 naming the field) …
    const mark = await t.as(cookie.maria).put(`/api/programs/${id}/costs/organisations/${kust}/invoice`, {
      invoicedOn: '2026-06-30',
      reference: 'RIS-1',
    });
    expect(mark.statusCode, mark.body).toBe(200);
    const locked = await edit('maria', { amount: 700_000 });
    expect(locked.statusCode).toBe(409);
    expect(locked.json().error.field).toBe('amount');
    expect((await addCost(id, { amount: 5 })).statusCode).toBe(409);
    const deleted = await t.as(cookie.maria).delete(`/api/programs/${id}/costs/shared/${costId}`);
    expect(deleted.statusCode).toBe(409);
    expect(deleted.json().error.field).toBe('costId');
    const resplit = await split(id, 'equal');
    expect(resplit.statusCode).toBe(409);
    expect(resplit.json().error.field).toBe('splitRule');
    // … while what changes no share may still change (the same amount, the same split, the text).
    expect((await edit('maria', { amount: 600_001, note: 'Faktura 12 från hotellet' })).statusCode).toBe(200);
    expect((await split(id, 'per_adept')).statusCode).toBe(200);
    const still = await overview('maria', id);
    expect(still.sharedCosts.items[0]).toMatchObject({ amount: 600_001, note: 'Faktura 12 från hotellet' });
    expect(part(still, kust).sharedAmount).toBe(200_000);

    // Removing the mark opens the costs again.
    expect((await t.as(cookie.maria).delete(`/api/programs/${id}/costs/organisations/${kust}/invoice`)).statusCode).toBe(200);
    expect((await edit('maria', { amount: 700_000 })).statusCode).toBe(200);
  });

  it('keeps an attachment with a cost, for those who manage the program', async () => {
    const { id } = await program('Bilaga');
    const data = Buffer.from('%PDF-1.4 kvitto').toString('base64');
    const created = await addCost(id, { amount: 5, attachment: { name: 'kvitto.pdf', contentType: 'application/pdf', data } });
    expect(created.statusCode, created.body).toBe(201);
    const cost = created.json().sharedCosts.items[0];
    expect(cost.attachment).toEqual({ name: 'kvitto.pdf', contentType: 'application/pdf', size: 15 });
    const file = await t.as(cookie.maria).get(`/api/programs/${id}/costs/shared/${cost.id}/attachment`);
    expect(file.body).toBe('%PDF-1.4 kvitto');
    expect((await t.as(cookie.karin).get(`/api/programs/${id}/costs/shared/${cost.id}/attachment`)).statusCode).toBe(403);
    const exe = await addCost(id, { amount: 5, attachment: { name: 'x.exe', contentType: 'application/x-msdownload', data } });
    expect(exe.json().error.field).toBe('attachment.contentType');
  });
});
