import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { schema } from '@lots/db';
import { createTestApp, type TestApp } from '../../testing/harness';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Issue 13: staff turnover imported per organisation and group as counts, from CSV or XLSX, with a preview; shown with suppression. */
describe('HR figures import', () => {
  let t: TestApp;
  let org: string;
  let admin: string;
  let coordinator: string;

  beforeAll(async () => {
    t = await createTestApp();
    org = await t.createOrganisation('Tullverket');
    await t.createMember(org, 'admin@tull.example', ['org_admin']);
    await t.createMember(org, 'samordnare@tull.example', ['coordinator']);
    admin = await t.signIn('admin@tull.example');
    coordinator = await t.signIn('samordnare@tull.example');
  });
  afterAll(() => t.destroy());

  const url = (preview = false) => `/api/organisations/${org}/evaluation/hr-figures/${preview ? 'preview/' : ''}import`;
  const stored = () => t.database.db.select().from(schema.hrFigures).where(eq(schema.hrFigures.organisationId, org));

  it('previews a CSV file without saving, then saves it whole', async () => {
    const csv = 'period,group,headcount,leavers,promotions\n2026,Chefer,40,3,5\n2026-H1,Nya chefer,4,1,\n';
    const preview = await t.as(admin).post(url(true), csv, { 'content-type': 'text/csv' });
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json()).toEqual({
      rows: [
        { period: '2026', group: 'Chefer', headcount: 40, leavers: 3, promotions: 5 },
        { period: '2026-H1', group: 'Nya chefer', headcount: 4, leavers: 1, promotions: 0 },
      ],
      count: 2,
      saved: false,
    });
    expect(await stored()).toHaveLength(0);
    const saved = await t.as(admin).post(url(), csv, { 'content-type': 'text/csv' });
    expect(saved.json()).toMatchObject({ count: 2, saved: true });
    expect(await stored()).toHaveLength(2);
    const audit = await t.database.db.select().from(schema.auditLog).where(eq(schema.auditLog.action, 'evaluation.hr.import'));
    expect(await t.database.db.select().from(schema.auditLog).where(eq(schema.auditLog.action, 'evaluation.hr.preview'))).toHaveLength(1);
    expect(audit).toHaveLength(1);
    // Figures with suppression: the group of four is hidden.
    const view = (await t.as(admin).get(`/api/organisations/${org}/evaluation`)).json();
    const small = view.hr.find((h: { group: string }) => h.group === 'Nya chefer');
    expect(small.headcount).toEqual({ n: 0, value: null, suppressed: 'primary' });
    expect(small.turnover.value).toBeNull();
    expect(view.hr.find((h: { group: string }) => h.group === 'Chefer').turnover).toEqual({ n: 40, value: 7.5, suppressed: null });
  });

  it('names the line and column of every problem and imports nothing', async () => {
    const csv = ['period,group,headcount,leavers,colour', '2026,Chefer,40,3,röd'].join('\n');
    const header = await t.as(admin).post(url(), csv, { 'content-type': 'text/csv' });
    expect(header.statusCode).toBe(422);
    expect(header.json().error.details).toEqual([expect.objectContaining({ line: 1, field: 'colour', code: 'column.unknown' })]);
    const rows = [
      'period,group,headcount,leavers,promotions',
      '2026-13x,Chefer,40,3,1',
      '2027,,40,3,1',
      '2027,Chefer,tio,3,1',
      '2027,Chefer,2,3,0',
      '2027,chefer,50,3,0',
    ].join('\n');
    const bad = await t.as(admin).post(url(true), rows, { 'content-type': 'text/csv' });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.details.map((d: { line: number; field: string; code: string }) => [d.line, d.field, d.code])).toEqual([
      [2, 'period', 'hr.period'],
      [3, 'group', 'required'],
      [4, 'headcount', 'invalid'],
      [5, 'leavers', 'hr.overHeadcount'],
      [6, 'group', 'hr.duplicate'],
    ]);
    expect(await stored()).toHaveLength(2);
  });

  it('reads XLSX; a period and group already there is replaced; only administrators may import', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('HR');
    sheet.addRow(['Period', 'Group', 'Headcount', 'Leavers', 'Promotions']);
    sheet.addRow(['2026', 'Chefer', 42, 2, 6]);
    const body = Buffer.from(await workbook.xlsx.writeBuffer());
    const saved = await t.as(admin).post(url(), body, { 'content-type': XLSX });
    expect(saved.statusCode, saved.body).toBe(200);
    const rows = await stored();
    expect(rows).toHaveLength(2);
    expect(rows.find((r) => r.group === 'Chefer')).toMatchObject({ headcount: 42, leavers: 2, promotions: 6 });
    expect((await t.as(coordinator).post(url(), body, { 'content-type': XLSX })).statusCode).toBe(403);
    expect((await t.as(admin).post(url(), 'x', { 'content-type': 'text/plain' })).statusCode).toBe(415);
  });

  it('removes an imported period, every group of it, audited; only the organisation’s administrators', async () => {
    await t
      .as(admin)
      .post(url(), 'period,group,headcount,leavers\n2025,Chefer,30,2\n2025,Handläggare,90,8\n', { 'content-type': 'text/csv' });
    expect((await stored()).filter((r) => r.period === '2025')).toHaveLength(2);
    expect((await t.as(coordinator).delete(`/api/organisations/${org}/evaluation/hr-figures/2025`)).statusCode).toBe(403);
    const bad = await t.as(admin).delete(`/api/organisations/${org}/evaluation/hr-figures/förra-året`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('params.period');
    const removed = await t.as(admin).delete(`/api/organisations/${org}/evaluation/hr-figures/2025`);
    expect(removed.statusCode, removed.body).toBe(200);
    expect(removed.json()).toEqual({ removed: 2 });
    expect((await stored()).map((r) => r.period).sort()).toEqual(['2026', '2026-H1']);
    const [audit] = await t.database.db.select().from(schema.auditLog).where(eq(schema.auditLog.action, 'evaluation.hr.remove'));
    expect(audit!.data).toEqual({ period: '2025', rows: 2 });
    expect((await t.as(admin).delete(`/api/organisations/${org}/evaluation/hr-figures/2025`)).statusCode).toBe(404);
  });
});
