import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '@lots/db';
import { createTestApp, type TestApp } from '../../testing/harness';

/** Resources per program and role (issue 11): links in sv, nb or en, each shown to the audience it is meant for. */
describe('a program’s resources per role and language', () => {
  let t: TestApp;
  let programId: string;
  const cookie: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    const org = await t.createOrganisation('Rörlighet i staten');
    const outside = await t.createOrganisation('Annan myndighet');
    await t.createMember(org, 'samordnare@ris.example', ['coordinator'], { name: 'Sam Samordnare' });
    const mentor = await t.createMember(org, 'mentor@ris.example', ['participant'], { name: 'Mona Mentor' });
    const adept = await t.createMember(org, 'adept@ris.example', ['participant'], { name: 'Adam Adept' });
    await t.createMember(org, 'applicant@ris.example', ['participant'], { name: 'Ann Sökande' });
    await t.createMember(outside, 'other@annan.example', ['participant'], { name: 'Otto Annan' });
    for (const key of ['samordnare', 'mentor', 'adept', 'applicant']) cookie[key] = await t.signIn(`${key}@ris.example`);
    cookie.other = await t.signIn('other@annan.example');
    programId = await t.createProgram(cookie.samordnare!, { name: 'Omvänt mentorskap 2027' });
    await t.database.db.insert(schema.applications).values([
      { programId, personId: mentor.personId, role: 'mentor', status: 'accepted' },
      { programId, personId: adept.personId, role: 'adept', status: 'accepted' },
    ]);
  });
  afterAll(() => t.destroy());

  const titles = async (who: string) => {
    const response = await t.as(cookie[who]!).get(`/api/programs/${programId}/resources`);
    expect(response.statusCode, response.body).toBe(200);
    return (response.json().items as { title: string }[]).map((r) => r.title).sort();
  };

  it('the coordinator adds links for everyone, for mentors (in Norwegian too) and for coordinators; bad input names the field', async () => {
    for (const body of [
      { title: 'Guide för mentorskap', url: 'https://example.org/guide.pdf', locale: 'sv' },
      { title: 'Frågebank för mentorer', url: 'https://example.org/fragebank.pdf', audience: 'mentors', locale: 'sv' },
      { title: 'Spørsmålsbank for mentorer', url: 'https://example.org/sporsmal.pdf', audience: 'mentors', locale: 'nb' },
      { title: 'Handledning för samordnare', url: 'https://example.org/samordnare.pdf', audience: 'coordinators' },
    ]) {
      const created = await t.as(cookie.samordnare!).post(`/api/programs/${programId}/resources`, body);
      expect(created.statusCode, created.body).toBe(201);
    }
    const bad = await t.as(cookie.samordnare!).post(`/api/programs/${programId}/resources`, { title: 'Fel', url: 'javascript:alert(1)' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('url');
    const audits = await t.database.db.select().from(schema.auditLog);
    expect(audits.filter((a) => a.action === 'resource.create')).toHaveLength(4);
  });

  it('each sees the resources meant for them; the coordinator sees every one', async () => {
    expect(await titles('samordnare')).toHaveLength(4);
    expect(await titles('mentor')).toEqual(['Frågebank för mentorer', 'Guide för mentorskap', 'Spørsmålsbank for mentorer']);
    expect(await titles('adept')).toEqual(['Guide för mentorskap']);
    // A member of the organisation who is not (yet) in the program sees what is for everyone.
    expect(await titles('applicant')).toEqual(['Guide för mentorskap']);
    // Outside the program's organisations: the program does not exist for them.
    expect((await t.as(cookie.other!).get(`/api/programs/${programId}/resources`)).statusCode).toBe(404);
  });

  it('only those who manage the program add or remove; a removal is audited and gone for everyone', async () => {
    const forbidden = await t
      .as(cookie.mentor!)
      .post(`/api/programs/${programId}/resources`, { title: 'Mitt', url: 'https://example.org/x' });
    expect(forbidden.statusCode).toBe(403);
    const list = (await t.as(cookie.samordnare!).get(`/api/programs/${programId}/resources?limit=2`)).json();
    expect(list).toMatchObject({ total: 4, limit: 2, offset: 0, can: { manage: true } });
    expect(list.items).toHaveLength(2);
    const guide = (await t.as(cookie.adept!).get(`/api/programs/${programId}/resources`)).json().items[0];
    expect((await t.as(cookie.mentor!).delete(`/api/programs/${programId}/resources/${guide.id}`)).statusCode).toBe(403);
    expect((await t.as(cookie.samordnare!).delete(`/api/programs/${programId}/resources/${guide.id}`)).statusCode).toBe(200);
    expect(await titles('adept')).toEqual([]);
    expect((await t.as(cookie.samordnare!).delete(`/api/programs/${programId}/resources/${guide.id}`)).statusCode).toBe(404);
  });

  describe('files (decision 0114)', () => {
    // A small PDF-looking file whose text must never reach anyone outside its audience.
    const secret = 'Frågebank-hemlig-rad-4711';
    const pdf = Buffer.from(`%PDF-1.4\n% ${secret}\n%%EOF\n`);
    let fileId: string;

    it('the coordinator uploads a file for mentors in Norwegian; it is listed with its name, type and size, never its bytes', async () => {
      const created = await t.as(cookie.samordnare!).post(`/api/programs/${programId}/resources`, {
        title: 'Spørsmålsbank (fil)',
        audience: 'mentors',
        locale: 'nb',
        file: { name: 'spørsmålsbank.pdf', contentType: 'application/pdf', data: pdf.toString('base64') },
      });
      expect(created.statusCode, created.body).toBe(201);
      expect(created.json()).toMatchObject({
        url: null,
        file: { name: 'spørsmålsbank.pdf', contentType: 'application/pdf', size: pdf.length },
      });
      fileId = created.json().id;
      const listed = await t.as(cookie.mentor!).get(`/api/programs/${programId}/resources`);
      expect(listed.json().items.find((r: { id: string }) => r.id === fileId).file).toEqual({
        name: 'spørsmålsbank.pdf',
        contentType: 'application/pdf',
        size: pdf.length,
      });
      expect(listed.body).not.toContain(pdf.toString('base64'));
      expect(listed.body).not.toContain(secret);
    });

    it('the mentor and the coordinator download it; an adept, an applicant and an outsider get a 404 without the file', async () => {
      const url = `/api/programs/${programId}/resources/${fileId}/file`;
      for (const who of ['mentor', 'samordnare']) {
        const got = await t.as(cookie[who]!).get(url);
        expect(got.statusCode, got.body).toBe(200);
        expect(got.headers['content-type']).toContain('application/pdf');
        expect(got.headers['content-disposition']).toContain("filename*=UTF-8''sp%C3%B8rsm%C3%A5lsbank.pdf");
        expect(got.rawPayload.equals(pdf)).toBe(true);
      }
      for (const who of ['adept', 'applicant', 'other']) {
        const refused = await t.as(cookie[who]!).get(url);
        expect(refused.statusCode, who).toBe(404);
        expect(refused.body).not.toContain(secret);
        expect(refused.body).not.toContain('spørsmålsbank');
      }
      const anonymous = await t.as(undefined).get(url);
      expect(anonymous.statusCode).toBe(401);
      expect(anonymous.body).not.toContain(secret);
      // A link has no file.
      const link = (await t.as(cookie.samordnare!).get(`/api/programs/${programId}/resources`))
        .json()
        .items.find((r: { url: string | null }) => r.url !== null);
      expect((await t.as(cookie.samordnare!).get(`/api/programs/${programId}/resources/${link.id}/file`)).statusCode).toBe(404);
    });

    it('a type outside the list is a 415, a file over 2 MiB a 413, a link and a file together or neither a 400, each naming the field', async () => {
      const post = (body: object) => t.as(cookie.samordnare!).post(`/api/programs/${programId}/resources`, { title: 'Fil', ...body });
      const exe = await post({ file: { name: 'a.exe', contentType: 'application/x-msdownload', data: pdf.toString('base64') } });
      expect(exe.statusCode).toBe(415);
      expect(exe.json().error).toMatchObject({ code: 'unsupported_media_type', field: 'file.contentType' });
      const justOver = Buffer.alloc(2 * 1024 * 1024 + 1, 1).toString('base64');
      const big = await post({ file: { name: 'stor.pdf', contentType: 'application/pdf', data: justOver } });
      expect(big.statusCode).toBe(413);
      expect(big.json().error).toMatchObject({ code: 'payload_too_large', field: 'file' });
      const huge = await post({
        file: { name: 'stor.pdf', contentType: 'application/pdf', data: Buffer.alloc(3 * 1024 * 1024, 1).toString('base64') },
      });
      expect(huge.statusCode).toBe(413);
      const both = await post({
        url: 'https://example.org/x',
        file: { name: 'a.pdf', contentType: 'application/pdf', data: pdf.toString('base64') },
      });
      expect(both.statusCode).toBe(400);
      expect(both.body).toContain('file');
      const neither = await post({});
      expect(neither.statusCode).toBe(400);
      expect(neither.body).toContain('url');
      const notBase64 = await post({ file: { name: 'a.pdf', contentType: 'application/pdf', data: '***' } });
      expect(notBase64.statusCode).toBe(400);
      expect(notBase64.body).toContain('file');
    });

    it('removing the resource removes its file', async () => {
      expect((await t.as(cookie.samordnare!).delete(`/api/programs/${programId}/resources/${fileId}`)).statusCode).toBe(200);
      expect((await t.as(cookie.mentor!).get(`/api/programs/${programId}/resources/${fileId}/file`)).statusCode).toBe(404);
    });
  });
});
