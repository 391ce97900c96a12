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
});
