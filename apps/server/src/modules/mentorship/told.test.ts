import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, inArray } from 'drizzle-orm';
import { schema } from '@lots/db';
import { formatDayForPeople } from '@lots/core';
import { createTestApp, type TestApp } from '../../testing/harness';
import { sendDigests } from '../applications';

/**
 * Who is told when a mentorship starts and ends (issue 10 items 5 and 14): the adept's manager,
 * where the program requires the manager's confirmation (Tullverket), at once, in the manager's
 * language and with no content; the coordinators once a day in their digest, not a mail per pair
 * (a cohort of pairs in three ministries starting used to send one mail per pair and coordinator).
 */
describe('a mentorship starts and ends: who is told', () => {
  let t: TestApp;
  let classic: string;
  let inclusion: string;
  let silent: string;
  const pairs: Record<string, string> = {};
  const cookies: Record<string, string> = {};
  const coordinatorEmails = ['maria@tull.example', 'kari@asd.example', 'olle@kmd.example'];

  const mailsTo = (to: string | string[]) =>
    t.database.db
      .select()
      .from(schema.mailMessages)
      .where(inArray(schema.mailMessages.to, Array.isArray(to) ? to : [to]));
  const managerMails = (to: string) =>
    t.database.db
      .select()
      .from(schema.mailMessages)
      .where(
        and(
          eq(schema.mailMessages.to, to),
          inArray(schema.mailMessages.template, ['managerMentorshipStarted', 'managerMentorshipEnded', 'managerMentorshipResumed']),
        ),
      );

  const program = async (owner: string, name: string, values: Partial<typeof schema.programs.$inferInsert>) => {
    const [row] = await t.database.db
      .insert(schema.programs)
      .values({ ownerOrganisationId: owner, name, type: 'classic', status: 'running', endsOn: '2099-01-01', ...values })
      .returning();
    return row!.id;
  };

  /** Both sign the first version of an agreement: the mentorship starts. */
  const start = async (key: string) => {
    const saved = await t.as(cookies[`${key}.adept`]!).put(`/api/mentorships/${pairs[key]}/agreement`, {
      cadenceWeeksMin: 3,
      cadenceWeeksMax: 4,
      meetingMinutes: 90,
      mode: 'digital',
      goals: ['HEMLIGT MÅL'],
    });
    expect(saved.statusCode, saved.body).toBe(200);
    for (const role of ['adept', 'mentor'])
      expect(
        (await t.as(cookies[`${key}.${role}`]!).post(`/api/mentorships/${pairs[key]}/agreement/sign`, { version: 1 })).statusCode,
      ).toBe(200);
  };

  beforeAll(async () => {
    t = await createTestApp();
    const asd = await t.createOrganisation('Arbeids- og sosialdepartementet');
    const hod = await t.createOrganisation('Helse- og omsorgsdepartementet');
    const kmd = await t.createOrganisation('Kommunal- og moderniseringsdepartementet');
    const coordinators = [
      await t.createMember(asd, coordinatorEmails[0]!, ['coordinator'], { name: 'Maria Sundberg' }),
      await t.createMember(hod, coordinatorEmails[1]!, ['coordinator'], { name: 'Kari Nordmann' }),
      await t.createMember(kmd, coordinatorEmails[2]!, ['coordinator'], { name: 'Olle Kust' }),
    ];
    await t.database.db.update(schema.user).set({ locale: 'nb' }).where(eq(schema.user.id, coordinators[1]!.userId));
    await t.database.db.update(schema.user).set({ locale: 'en' }).where(eq(schema.user.id, coordinators[2]!.userId));
    cookies.coordinator = await t.signIn(coordinatorEmails[0]!);
    // The Norwegian manager has an account in Norwegian; the other managers are known only by address.
    const eva = await t.createMember(hod, 'eva.leder@hod.example', ['participant'], { name: 'Eva Leder' });
    await t.database.db.update(schema.user).set({ locale: 'nb' }).where(eq(schema.user.id, eva.userId));

    classic = await program(asd, 'Felles mentorprogram 2027', { requiresManagerConfirmation: true });
    inclusion = await program(asd, 'Mentorprogram för personer med funktionsnedsättning', {
      type: 'inclusion',
      requiresManagerConfirmation: true,
    });
    silent = await program(asd, 'Inkluderingsprogrammet', { type: 'inclusion', requiresManagerConfirmation: false });
    for (const id of [classic, inclusion, silent]) {
      await t.database.db.insert(schema.programOrganisations).values([
        { programId: id, organisationId: asd },
        { programId: id, organisationId: hod, status: 'accepted' },
        { programId: id, organisationId: kmd, status: 'accepted' },
      ]);
      await t.database.db.insert(schema.programCoordinators).values(coordinators.map((c) => ({ programId: id, personId: c.personId })));
    }

    const pair = async (key: string, programId: string, org: string, manager: { email: string; name: string }) => {
      const adept = await t.createMember(org, `${key}.adept@example.org`, ['participant'], { name: `Adept ${key}` });
      const mentor = await t.createMember(org, `${key}.mentor@example.org`, ['participant'], { name: `Mentor ${key}` });
      pairs[key] = await t.createActivePair(programId, adept.personId, mentor.personId);
      const [row] = await t.database.db.select().from(schema.pairs).where(eq(schema.pairs.id, pairs[key]!));
      await t.database.db
        .update(schema.applications)
        .set({ managerEmail: manager.email, managerName: manager.name })
        .where(eq(schema.applications.id, row!.adeptApplicationId));
      cookies[`${key}.adept`] = await t.signIn(`${key}.adept@example.org`);
      cookies[`${key}.mentor`] = await t.signIn(`${key}.mentor@example.org`);
    };
    await pair('ola', classic, hod, { email: 'eva.leder@hod.example', name: 'Eva Leder' });
    await pair('siri', classic, asd, { email: 'per.chef@asd.example', name: 'Per Chef' });
    await pair('tor', classic, kmd, { email: 'lars.chef@kmd.example', name: 'Lars Chef' });
    await pair('never', classic, kmd, { email: 'nina.chef@kmd.example', name: 'Nina Chef' });
    await pair('incl', inclusion, asd, { email: 'ulla.chef@asd.example', name: 'Ulla Chef' });
    await pair('quiet', silent, asd, { email: 'stig.chef@asd.example', name: 'Stig Chef' });
  });
  afterAll(() => t.destroy());

  it('when both have signed, the adept’s manager is told at once, in the manager’s language, with no content', async () => {
    await start('ola');
    const [mail, ...more] = await managerMails('eva.leder@hod.example');
    expect(more).toHaveLength(0);
    expect(mail).toMatchObject({ template: 'managerMentorshipStarted', locale: 'nb' });
    expect(mail!.subject).toBe('Adept olas mentorskap i mentorprogrammet Felles mentorprogram 2027 har startet');
    const text = t.deliveredText(mail!);
    expect(text).toContain('Hei Eva Leder!');
    expect(text).toContain('Det adepten og mentoren snakker om, blir mellom dem');
    // Not the mentor, not the agreement, no link into the pair's space.
    expect(text).not.toContain('Mentor ola');
    expect(text).not.toContain('HEMLIGT');
    expect(text).not.toContain('http');
    expect(mail!.html).not.toContain('<a ');
  });

  it('the coordinators get no mail per pair', async () => {
    await start('siri');
    await start('tor');
    expect(await mailsTo(coordinatorEmails)).toEqual([]);
    expect((await managerMails('per.chef@asd.example')).map((m) => [m.template, m.locale])).toEqual([['managerMentorshipStarted', 'sv']]);
  });

  it('an inclusion program that requires the confirmation is never named to the manager; one that does not tells the manager nothing', async () => {
    await start('incl');
    const [mail] = await managerMails('ulla.chef@asd.example');
    expect(mail!.subject).toBe('Adept incls mentorskap i ett mentorprogram har startat');
    expect(t.deliveredText(mail!)).not.toContain('funktionsnedsättning');
    await start('quiet');
    expect(await managerMails('stig.chef@asd.example')).toEqual([]);
  });

  it('the next digest tells each coordinator once, in their language, which mentorships started', async () => {
    expect(await sendDigests(t.ctx)).toBe(9); // three programs with a mentorship started × three coordinators
    const digests = (await mailsTo(coordinatorEmails)).filter((m) => m.template === 'digest');
    const classicDigests = digests.filter((m) => m.subject.includes('Felles mentorprogram 2027'));
    expect(classicDigests.map((m) => m.to).sort()).toEqual([...coordinatorEmails].sort());
    const sv = classicDigests.find((m) => m.to === 'maria@tull.example')!;
    expect(sv.text).toContain('mentorskap som har startat (båda har signerat avtalet): 3');
    for (const key of ['ola', 'siri', 'tor']) expect(sv.text).toContain(`Adept ${key} (adept) och Mentor ${key} (mentor)`);
    expect(sv.text).not.toContain('Adept never');
    expect(sv.text).toContain(`http://lots.test/programs/${classic}/pairs`);
    expect(classicDigests.find((m) => m.to === 'kari@asd.example')!.text).toContain('mentorskap som har startet');
    expect(classicDigests.find((m) => m.to === 'olle@kmd.example')!.text).toContain(
      'mentorships that started (both signed the agreement): 3',
    );
    // Each day in words for its reader ("16 december 2026", "16. desember 2026"), never an ISO date.
    const [pairRow] = await t.database.db.select().from(schema.pairs).where(eq(schema.pairs.id, pairs.ola!));
    for (const [to, locale] of [
      ['maria@tull.example', 'sv'],
      ['kari@asd.example', 'nb'],
      ['olle@kmd.example', 'en'],
    ] as const) {
      const text = classicDigests.find((m) => m.to === to)!.text;
      expect(text).toContain(
        `Adept ola (adept) ${locale === 'sv' ? 'och' : locale === 'nb' ? 'og' : 'and'} Mentor ola (mentor), ${formatDayForPeople(pairRow!.startedAt!, locale)}`,
      );
      expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    }
    // Nothing new: nothing sent.
    expect(await sendDigests(t.ctx)).toBe(0);
  });

  it('an ending tells the manager, without who ended it or why; the coordinators read who and when in the digest', async () => {
    const ended = await t.as(cookies['ola.adept']!).post(`/api/mentorships/${pairs.ola}/end`, { reason: 'HEMLIG ANLEDNING' });
    expect(ended.statusCode, ended.body).toBe(200);
    const mails = await managerMails('eva.leder@hod.example');
    const end = mails.find((m) => m.template === 'managerMentorshipEnded')!;
    expect(end.subject).toBe('Adept olas mentorskap i mentorprogrammet Felles mentorprogram 2027 er avsluttet');
    expect(t.deliveredText(end)).not.toMatch(/HEMLIG|adepten avsluttet|Mentor ola/);
    expect(await mailsTo(coordinatorEmails)).toHaveLength(9); // the digests so far, no mail about the ending

    // A pair that never started ends: its manager was told nothing, and is told nothing now.
    expect((await t.as(cookies['never.mentor']!).post(`/api/mentorships/${pairs.never}/end`, {})).statusCode).toBe(200);
    expect(await managerMails('nina.chef@kmd.example')).toEqual([]);

    expect(await sendDigests(t.ctx)).toBe(3);
    const sv = (await t.lastMailTo('maria@tull.example'))!;
    expect(sv.template).toBe('digest');
    expect(sv.text).toContain('mentorskap som har avslutats: 2'); // the one that never started too
    expect(sv.text).toMatch(/Adept ola \(adept\) och Mentor ola \(mentor\), \d{1,2} [a-zé]+ \d{4}, av adepten/);
    expect(sv.text).not.toContain('HEMLIG');
  });

  it('closing the program ends the running pairs, and their managers are told', async () => {
    const closed = await t.as(cookies.coordinator).post(`/api/programs/${classic}/status`, { status: 'closed' });
    expect(closed.statusCode, closed.body).toBe(200);
    for (const manager of ['per.chef@asd.example', 'lars.chef@kmd.example'])
      expect((await managerMails(manager)).map((m) => m.template).sort()).toEqual(['managerMentorshipEnded', 'managerMentorshipStarted']);
    expect(await sendDigests(t.ctx)).toBe(3);
    expect((await t.lastMailTo('maria@tull.example'))!.text).toContain('av programmet (vid programmets slut)');
  });

  it('reopening restores the pairs the closing ended, and their managers are told the mentorship goes on', async () => {
    const reopened = await t.as(cookies.coordinator).post(`/api/programs/${classic}/status`, { status: 'running' });
    expect(reopened.statusCode, reopened.body).toBe(200);
    for (const manager of ['per.chef@asd.example', 'lars.chef@kmd.example']) {
      const mails = await managerMails(manager);
      // Exactly one more mail each: started, ended, resumed.
      expect(mails.map((m) => m.template).sort()).toEqual([
        'managerMentorshipEnded',
        'managerMentorshipResumed',
        'managerMentorshipStarted',
      ]);
    }
    const resumed = (await managerMails('per.chef@asd.example')).find((m) => m.template === 'managerMentorshipResumed')!;
    expect(resumed.locale).toBe('sv');
    expect(resumed.subject).toBe('Adept siris mentorskap i mentorprogrammet Felles mentorprogram 2027 fortsätter');
    const text = t.deliveredText(resumed);
    expect(text).not.toContain('Mentor siri');
    expect(text).not.toContain('http');
    // The managers of pairs the closing did not end (ended by a party, or never started) hear nothing.
    expect((await managerMails('eva.leder@hod.example')).map((m) => m.template)).not.toContain('managerMentorshipResumed');
    expect(await managerMails('nina.chef@kmd.example')).toEqual([]);
  });
});
