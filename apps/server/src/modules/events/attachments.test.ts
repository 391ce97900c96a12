import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '@lots/db';
import { createTestApp, type TestApp } from '../../testing/harness';

/** Files on events per language (issue 11, decision 0114): uploaded by coordinators, downloaded by the event's audience only. */
describe('an event’s files', () => {
  let t: TestApp;
  let programId: string;
  let eventId: string;
  let attachmentId: string;
  const cookie: Record<string, string> = {};
  // Text inside the file that must never reach anyone outside the event's audience.
  const secret = 'Mentorutbildning-passord-9931';
  const pdf = Buffer.from(`%PDF-1.4\n% ${secret}\n%%EOF\n`);

  beforeAll(async () => {
    t = await createTestApp();
    const org = await t.createOrganisation('Tullverket');
    const outside = await t.createOrganisation('Skatteverket');
    await t.createMember(org, 'samordnare@tull.example', ['coordinator'], { name: 'Sara Samordnare' });
    const mentor = await t.createMember(org, 'mentor@tull.example', ['participant'], { name: 'Maja Mentor' });
    const adept = await t.createMember(org, 'adept@tull.example', ['participant'], { name: 'Arvid Adept' });
    await t.createMember(org, 'kollega@tull.example', ['participant'], { name: 'Kim Kollega' });
    await t.createMember(outside, 'annan@skatt.example', ['participant'], { name: 'Anna Annan' });
    for (const key of ['samordnare', 'mentor', 'adept', 'kollega']) cookie[key] = await t.signIn(`${key}@tull.example`);
    cookie.annan = await t.signIn('annan@skatt.example');
    programId = await t.createProgram(cookie.samordnare!, { name: 'Mentorprogram 2027' });
    await t.createActivePair(programId, adept.personId, mentor.personId);
    const created = await t.as(cookie.samordnare!).post(`/api/programs/${programId}/events`, {
      kind: 'training',
      title: 'Mentorutbildning',
      startsAt: '2027-02-10T09:00',
      endsAt: '2027-02-10T12:30',
      timeZone: 'Europe/Stockholm',
      audience: 'mentors',
    });
    expect(created.statusCode, created.body).toBe(201);
    eventId = created.json().events[0].id;
  });
  afterAll(() => t.destroy());

  const url = () => `/api/programs/${programId}/events/${eventId}/attachments`;

  it('the coordinator attaches a Swedish PDF; the event lists its name, language, type and size, never its bytes; audited', async () => {
    const added = await t.as(cookie.samordnare!).post(url(), {
      locale: 'sv',
      file: { name: 'Kursmaterial – dag 1.pdf', contentType: 'application/pdf', data: pdf.toString('base64') },
    });
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json().attachments).toEqual([
      { id: expect.any(String), locale: 'sv', name: 'Kursmaterial – dag 1.pdf', contentType: 'application/pdf', size: pdf.length },
    ]);
    attachmentId = added.json().attachments[0].id;
    const seen = await t.as(cookie.mentor!).get(`/api/programs/${programId}/events/${eventId}`);
    expect(seen.json().attachments).toHaveLength(1);
    const list = await t.as(cookie.mentor!).get(`/api/programs/${programId}/events`);
    expect(list.json().items[0].attachments[0]).toMatchObject({ id: attachmentId, locale: 'sv' });
    for (const body of [added.body, seen.body, list.body]) {
      expect(body).not.toContain(secret);
      expect(body).not.toContain(pdf.toString('base64'));
    }
    const audits = await t.database.db.select().from(schema.auditLog);
    const audit = audits.find((a) => a.action === 'event.attachment.create');
    expect(audit?.data).toMatchObject({ attachmentId, locale: 'sv', contentType: 'application/pdf', size: pdf.length });
    expect(JSON.stringify(audit?.data)).not.toContain('Kursmaterial');
  });

  it('the event’s audience and the coordinator download it; others get the 404 of a missing event without the file', async () => {
    for (const who of ['mentor', 'samordnare']) {
      const got = await t.as(cookie[who]!).get(`${url()}/${attachmentId}`);
      expect(got.statusCode, got.body).toBe(200);
      expect(got.headers['content-type']).toContain('application/pdf');
      expect(got.headers['content-disposition']).toContain('attachment;');
      expect(got.rawPayload.equals(pdf)).toBe(true);
    }
    // The adept is in the program but the training is for mentors; the colleague sees the program, not the event;
    // the outsider does not see the program; the anonymous are not signed in.
    for (const who of ['adept', 'kollega', 'annan']) {
      const refused = await t.as(cookie[who]!).get(`${url()}/${attachmentId}`);
      expect(refused.statusCode, who).toBe(404);
      expect(refused.body).not.toContain(secret);
      expect(refused.body).not.toContain('Kursmaterial');
    }
    const anonymous = await t.as(undefined).get(`${url()}/${attachmentId}`);
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.body).not.toContain(secret);
  });

  it('only the coordinator attaches and removes; bad files are 415, 413 and 400 naming the field', async () => {
    const file = { name: 'a.pdf', contentType: 'application/pdf', data: pdf.toString('base64') };
    expect((await t.as(cookie.mentor!).post(url(), { file })).statusCode).toBe(403);
    expect((await t.as(cookie.adept!).post(url(), { file })).statusCode).toBe(404);
    expect((await t.as(cookie.mentor!).delete(`${url()}/${attachmentId}`)).statusCode).toBe(403);
    const html = await t.as(cookie.samordnare!).post(url(), { file: { ...file, name: 'x.html', contentType: 'text/html' } });
    expect(html.statusCode).toBe(415);
    expect(html.json().error).toMatchObject({ code: 'unsupported_media_type', field: 'file.contentType' });
    const big = await t
      .as(cookie.samordnare!)
      .post(url(), { file: { ...file, data: Buffer.alloc(2 * 1024 * 1024 + 3, 7).toString('base64') } });
    expect(big.statusCode).toBe(413);
    expect(big.json().error).toMatchObject({ code: 'payload_too_large', field: 'file' });
    const badLocale = await t.as(cookie.samordnare!).post(url(), { file, locale: 'de' });
    expect(badLocale.statusCode).toBe(400);
    expect(badLocale.body).toContain('locale');
    const noFile = await t.as(cookie.samordnare!).post(url(), { locale: 'sv' });
    expect(noFile.statusCode).toBe(400);
    expect(noFile.body).toContain('file');
  });

  it('the coordinator removes the file: gone from the event and from download, audited; a second removal is a 404', async () => {
    const removed = await t.as(cookie.samordnare!).delete(`${url()}/${attachmentId}`);
    expect(removed.statusCode, removed.body).toBe(200);
    expect(removed.json().attachments).toEqual([]);
    expect((await t.as(cookie.mentor!).get(`${url()}/${attachmentId}`)).statusCode).toBe(404);
    expect((await t.as(cookie.samordnare!).delete(`${url()}/${attachmentId}`)).statusCode).toBe(404);
    const audits = await t.database.db.select().from(schema.auditLog);
    expect(audits.filter((a) => a.action === 'event.attachment.delete')).toHaveLength(1);
  });

  it('a cancelled event takes no new file', async () => {
    expect((await t.as(cookie.samordnare!).post(`/api/programs/${programId}/events/${eventId}/cancel`)).statusCode).toBe(200);
    const late = await t.as(cookie.samordnare!).post(url(), {
      file: { name: 'sent.pdf', contentType: 'application/pdf', data: pdf.toString('base64') },
    });
    expect(late.statusCode).toBe(409);
  });
});
