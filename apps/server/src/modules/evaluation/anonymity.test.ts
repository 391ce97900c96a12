import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '@lots/db';
import ExcelJS from 'exceljs';
import type { LightMyRequestResponse as Response } from 'fastify';
import { createTestApp, linkIn, type TestApp } from '../../testing/harness';
import { readPdf } from '../../testing/pdf';

const today = () => new Date().toISOString().slice(0, 10);

/**
 * Issue 13, "anonymity by design": every GET route of the server, as every kind of viewer
 * (coordinator, owner's administrator, platform administrator, the respondents themselves, the
 * other party of a pair, another organisation's coordinator, anonymous) and with every id we know
 * put into its parameters, answers without any individual answer: no planted free text, no
 * answer value from a group under five, no pseudonym, no response id. Mail and audit rows neither.
 */
describe('no route, mail or audit row shows an individual answer', () => {
  let t: TestApp;
  const planted = ['HEMLIGT-SVAR-ETT', 'HEMLIGT-SVAR-TVÅ', 'HEMLIGT-SVAR-TRE', 'HEMLIGT-SVAR-FYRA'];
  const customLabel = 'Hur många timmar la du på mentorskapet?';
  const cookies: Record<string, string | undefined> = { anonymous: undefined };
  const ids: Record<string, string[]> = {};
  const tokens: string[] = [];

  beforeAll(async () => {
    t = await createTestApp();
    const tull = await t.createOrganisation('Tullverket');
    const kust = await t.createOrganisation('Kustbevakningen');
    const polis = await t.createOrganisation('Polisen');
    const maria = await t.createMember(tull, 'maria@tull.example', ['coordinator'], { name: 'Maria Sundberg' });
    await t.createMember(tull, 'admin@tull.example', ['org_admin']);
    await t.createMember(polis, 'platform@lots.example', ['org_admin'], { platformAdmin: true });
    await t.createMember(polis, 'coord@polis.example', ['coordinator']);
    const [program] = await t.database.db
      .insert(schema.programs)
      .values({
        ownerOrganisationId: tull,
        name: 'Ledarprogram',
        type: 'classic',
        status: 'running',
        startsOn: '2026-01-01',
        endsOn: today(),
      })
      .returning();
    const programId = program!.id;
    await t.database.db.insert(schema.programOrganisations).values([
      { programId, organisationId: tull },
      { programId, organisationId: kust },
    ]);
    await t.database.db.insert(schema.programCoordinators).values({ programId, personId: maria.personId });
    const adepts = [];
    const pairIds = [];
    for (let i = 0; i < 4; i++) {
      const a = await t.createMember(tull, `adept${i}@tull.example`, ['participant']);
      const m = await t.createMember(kust, `mentor${i}@kust.example`, ['participant']);
      adepts.push(a);
      pairIds.push(await t.createActivePair(programId, a.personId, m.personId));
    }
    for (const [key, email] of [
      ['coordinator', 'maria@tull.example'],
      ['admin', 'admin@tull.example'],
      ['platform', 'platform@lots.example'],
      ['outsider', 'coord@polis.example'],
      ['respondent', 'adept0@tull.example'],
      ['otherParty', 'mentor0@kust.example'],
    ] as const)
      cookies[key] = await t.signIn(email);

    const created = await t.as(cookies.coordinator).post(`/api/programs/${programId}/surveys`, {
      kind: 'end',
      instruments: ['mentoring-functions', 'open-feedback', 'who5'],
      customQuestions: [{ type: 'likert5', label: customLabel }],
      audience: 'adept',
    });
    expect(created.statusCode, created.body).toBe(201);
    for (let i = 0; i < 4; i++) {
      const mail = await t.waitForMailTo(`adept${i}@tull.example`, 'surveyInvitation');
      const token = new URL(linkIn(mail.text)).pathname.split('/').pop()!;
      tokens.push(token);
      const answered = await t.as(undefined).post(`/api/survey-links/${token}/answers`, {
        answers: {
          'mentoring-functions.career1': 1 + i,
          'mentoring-functions.career2': 1 + i,
          'open-feedback.change': planted[i],
          'custom.q1': 1 + i,
          'who5.cheerful': i,
          'who5.calm': i,
          'who5.active': i,
          'who5.rested': i,
          'who5.interest': i,
        },
        healthConsent: true,
      });
      expect(answered.statusCode, answered.body).toBe(200);
    }
    const survey = (await t.as(cookies.coordinator).get(`/api/programs/${programId}/surveys`)).json();
    const invitations = await t.database.db.select().from(schema.surveyInvitations);
    Object.assign(ids, {
      programId: [programId],
      orgId: [tull, kust, polis],
      organisationId: [tull, kust, polis],
      format: ['csv', 'xlsx'],
      role: ['adept', 'mentor'],
      surveyId: [survey.surveys[0].id],
      waveId: [survey.surveys[0].waves[0].id],
      invitationId: invitations.map((i) => i.id),
      pairId: pairIds,
      personId: adepts.map((a) => a.personId),
      token: tokens,
    });
  });
  afterAll(() => t.destroy());

  /** What a reader of the response sees: a PDF's and a workbook's text read back, not their compressed bytes. */
  const decoded = new Set<string>();
  const readable = async (res: Response): Promise<string> => {
    const type = String(res.headers['content-type'] ?? '');
    if (res.statusCode !== 200) return res.body;
    if (type.includes('application/pdf')) {
      decoded.add('pdf');
      return (await readPdf(res.rawPayload)).text;
    }
    if (type.includes('spreadsheetml')) {
      decoded.add('xlsx');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      const cells: unknown[] = [];
      workbook.eachSheet((sheet) => sheet.eachRow((row) => cells.push(row.values)));
      return JSON.stringify(cells);
    }
    return res.body;
  };

  it('finds no answer in any GET route, as anyone', async () => {
    const responses = await t.database.db.select().from(schema.surveyResponses);
    expect(responses).toHaveLength(4);
    const secrets = [...planted, ...responses.map((r) => r.pseudonym), ...responses.map((r) => r.id)];
    const routes = t.routes.filter(
      (r) => r.method === 'GET' && r.url.startsWith('/api/') && !r.url.startsWith('/api/auth') && !r.url.startsWith('/api/docs'),
    );
    expect(routes.map((r) => r.url)).toContain('/api/programs/:programId/surveys/waves/:waveId/results');
    let checked = 0;
    let ok = 0;
    for (const route of routes) {
      const params = route.url.match(/:[A-Za-z]+/g) ?? [];
      // Every combination of known ids would be large; each parameter takes each known value in turn.
      const variants: string[] = [];
      const rounds = Math.max(1, ...params.map((p) => ids[p.slice(1)]?.length ?? 1));
      for (let i = 0; i < rounds; i++)
        variants.push(
          route.url.replace(/:([A-Za-z]+)/g, (_, name: string) => {
            const known = ids[name];
            return known ? known[i % known.length]! : crypto.randomUUID();
          }),
        );
      for (const url of variants) {
        for (const [who, cookie] of Object.entries(cookies)) {
          const res = await t.as(cookie).get(url);
          checked++;
          if (res.statusCode === 200) ok++;
          const body = await readable(res);
          for (const secret of secrets) expect(body, `${who} GET ${url}`).not.toContain(secret);
          if (url.includes('/results')) {
            // Four answers: every figure hidden, the custom question's and WHO-5's included.
            expect(res.statusCode === 200 ? JSON.stringify(res.json().measures.map((m: { total: unknown }) => m.total)) : '').not.toMatch(
              /"value":\d/,
            );
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(300);
    // The management report (PDF) and the tables (XLSX) were among them, read back as text.
    expect([...decoded].sort()).toEqual(['pdf', 'xlsx']);
    // The coordinator's, the respondents' and the anonymous link's own routes did answer.
    expect(ok).toBeGreaterThan(40);
    // Several hundred requests: more than the default 30 s on a busy machine.
  }, 180_000);

  it('the coordinator’s result for four answers says how many answered and nothing else', async () => {
    const res = await t.as(cookies.coordinator).get(`/api/programs/${ids.programId![0]}/surveys/waves/${ids.waveId![0]}/results`);
    const body = res.json();
    expect(body.wave).toMatchObject({ invited: 4, answered: 4 });
    expect(
      body.measures
        .filter((m: { total: { suppressed: string | null } }) => m.total.suppressed === 'primary')
        .map((m: { measure: string }) => m.measure),
    ).toEqual(['careerSupport', 'wellbeing', customLabel]);
    for (const m of body.measures) {
      // Hidden (four answers), or empty (a measure nobody scored: psychosocial support was skipped).
      expect(m.total.value).toBeNull();
      expect(m.total.n).toBe(0);
      for (const b of m.breakdowns) for (const g of b.groups) expect(g.value).toBeNull();
    }
    expect(body.texts.every((x: { answers: unknown }) => x.answers === null)).toBe(true);
  });

  it('keeps answers out of mail and the audit log', async () => {
    const mails = await t.database.db.select().from(schema.mailMessages);
    const audit = await t.database.db.select().from(schema.auditLog);
    for (const secret of planted) {
      expect(JSON.stringify(mails)).not.toContain(secret);
      expect(JSON.stringify(audit)).not.toContain(secret);
    }
    expect(JSON.stringify(audit)).not.toMatch(/career1|who5\./);
  });
});
