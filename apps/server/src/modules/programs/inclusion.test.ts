import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { schema } from '@lots/db';
import { createTestApp, OPENABLE_PROGRAM, linkIn, type TestApp } from '../../testing/harness';

const NAME = 'Mentorskap för utrikes födda medarbetare';
const PURPOSE = 'För medarbetare som är födda utomlands';

/**
 * Issue 10, item 8: inclusion programs do not tell line managers. Manager confirmation is off by
 * default for an inclusion program, and a manager's mail (and the page behind its link) never
 * names the program, whose name and purpose may say whom it is for.
 */
describe('an inclusion program and line managers', () => {
  let t: TestApp;
  let coordinator: string;
  let adept: string;
  beforeAll(async () => {
    t = await createTestApp();
    const org = await t.createOrganisation('Göteborgs Stad');
    await t.createMember(org, 'samordnare@goteborg.example', ['coordinator'], { name: 'Eva Lind' });
    const manager = await t.createMember(org, 'chef@goteborg.example', ['participant'], { name: 'Per Chef' });
    const amina = await t.createMember(org, 'amina@goteborg.example', ['participant'], { name: 'Amina Said' });
    await t.database.db.update(schema.people).set({ managerId: manager.personId }).where(eq(schema.people.id, amina.personId));
    coordinator = await t.signIn('samordnare@goteborg.example');
    adept = await t.signIn('amina@goteborg.example');
  });
  afterAll(() => t.destroy());

  const create = (type: string, extra: Record<string, unknown> = {}) =>
    t.as(coordinator).post('/api/programs', {
      ...OPENABLE_PROGRAM,
      name: `${NAME} (${type})`,
      purpose: PURPOSE,
      type,
      applicationOpensOn: new Date().toISOString().slice(0, 10),
      applicationClosesOn: '2099-12-31',
      ...extra,
    });

  it('manager confirmation is off by default for an inclusion program, on for the others', async () => {
    const inclusion = await create('inclusion');
    expect(inclusion.statusCode, inclusion.body).toBe(201);
    expect(inclusion.json().requiresManagerConfirmation).toBe(false);
    expect((await create('classic')).json().requiresManagerConfirmation).toBe(true);
    // The coordinator may still ask for it.
    expect((await create('inclusion', { requiresManagerConfirmation: true })).json().requiresManagerConfirmation).toBe(true);
  });

  it('when it does ask the manager, neither the mail nor the page behind its link names the program', async () => {
    const created = await create('inclusion', {
      name: NAME,
      requiresManagerConfirmation: true,
      rules: { adept: [{ kind: 'underRepresentedGroup' }], mentor: [] },
    });
    const programId = created.json().id;
    expect((await t.as(coordinator).post(`/api/programs/${programId}/status`, { status: 'open' })).statusCode).toBe(200);
    const submitted = await t.as(adept).post(`/api/programs/${programId}/applications/mine/adept/submit`, {
      profile: { developmentGoals: 'Nätverk' },
      sensitive: { underRepresented: true, consent: true },
    });
    expect(submitted.statusCode, submitted.body).toBe(200);
    const mail = await t.lastMailTo('chef@goteborg.example');
    expect(mail?.template).toBe('managerConfirmation');
    for (const part of [mail!.subject, mail!.text, mail!.html, t.deliveredText(mail!)]) {
      expect(part).not.toContain('utrikes');
      expect(part).not.toContain(NAME);
    }
    expect(mail!.text).toContain('Amina Said har ansökt som adept till ett mentorprogram');
    const token = new URL(linkIn(t.deliveredText(mail!))).pathname.split('/').pop()!;
    const view = await t.app.inject({ url: `/api/responses/${token}` });
    expect(view.statusCode).toBe(200);
    expect(view.json()).toMatchObject({ kind: 'confirmation', applicantName: 'Amina Said', programName: null, programPurpose: null });
    expect(view.body).not.toContain('utrikes');

    // The reminder says no more.
    const applicationId = submitted.json().id;
    const reminded = await t.as(coordinator).post(`/api/programs/${programId}/applications/${applicationId}/confirmation/remind`);
    expect(reminded.statusCode, reminded.body).toBe(200);
    const reminder = await t.lastMailTo('chef@goteborg.example');
    expect(reminder?.template).toBe('confirmationReminder');
    expect(`${reminder!.subject} ${t.deliveredText(reminder!)}`).not.toContain('utrikes');
  });
});
