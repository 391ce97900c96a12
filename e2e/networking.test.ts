import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { ProgramSummary } from '@lots/core';
import { startLots, type LotsServer } from './support/server';
import { launchBrowser, expectAccessible, expectErrorSummary } from './support/browser';
import { signedIn } from './support/session';
import { apiAs } from './support/api';
import { wallClock } from './support/events';
import { startSmtpSink, type SmtpSink } from '../apps/server/src/testing/smtp-sink';

const PROGRAM = 'Mentorprogram för chefer 2026 – myndighetssamverkan';
const GROUP = 'Nätverksgrupp gränsskydd';
const MEETING = 'Nätverksträff i gruppen';
const MEMBER = 'adept@example.org';

/**
 * Issue 11, networking within a cohort (decision 0113): the coordinator forms a networking group of
 * 3–8 (the form names a group too small), plans the group's meeting as an event, a member sees the
 * group and is invited by mail; removing the group asks first and cancels its coming meeting; axe
 * and 320 px reflow on the networking page.
 */
describe('networking groups in the browser', () => {
  let server: LotsServer;
  let sink: SmtpSink;
  let browser: Browser;
  let maria: Page;
  let programId = '';

  beforeAll(async () => {
    sink = await startSmtpSink();
    server = await startLots({ DEMO: 'on', SMTP_URL: sink.url });
    browser = await launchBrowser();
    const api = await apiAs(server.url, 'samordnare@example.org');
    programId = (await api<{ items: ProgramSummary[] }>('GET', '/api/programs?limit=100')).items.find((p) => p.name === PROGRAM)!.id;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await sink?.close();
  });

  const groupArticle = (page: Page) => page.getByRole('article', { name: new RegExp(GROUP) });

  it('the coordinator forms a group of three after the form has named two as too few', async () => {
    maria = await signedIn(browser, server.url, 'samordnare@example.org');
    await maria.goto(`${server.url}/programs/${programId}/networking`);
    await maria.getByRole('heading', { name: 'Grupper', level: 2 }).waitFor();
    await maria.getByRole('button', { name: 'Bilda en grupp' }).click();
    const dialog = maria.getByRole('dialog');
    await dialog.getByLabel('Gruppens namn').fill(GROUP);
    await dialog.getByRole('checkbox', { name: /Johan Nyberg/ }).check();
    await dialog.getByRole('checkbox', { name: /Sara Ekström/ }).check();
    await dialog.getByRole('button', { name: 'Spara gruppen' }).click();
    const problems = await expectErrorSummary(maria, 'group form with two members');
    expect(problems.join(' ')).toMatch(/Medlemmar/);
    await dialog.getByRole('checkbox', { name: /Helena Stark/ }).check();
    await expectAccessible(maria, 'group form');
    await dialog.getByRole('button', { name: 'Spara gruppen' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const members = await groupArticle(maria).getByRole('list').innerText();
    expect(members).toContain('Johan Nyberg');
    expect(members).toContain('Helena Stark');
    expect(members).not.toContain('Anders Holmgren');
  });

  it('the coordinator plans the group’s meeting; the members are invited by mail', async () => {
    await groupArticle(maria)
      .getByRole('button', { name: `Planera en träff för ${GROUP}` })
      .click();
    const dialog = maria.getByRole('dialog');
    await dialog.getByLabel('Rubrik', { exact: true }).fill(MEETING);
    await dialog.getByLabel('Datum och tid').first().fill(wallClock(21, '16:00'));
    await dialog.getByLabel('Slutar').first().fill(wallClock(21, '18:00'));
    await dialog.getByLabel('Plats').first().fill('Kafé Gränsen, Malmö');
    await dialog.getByRole('button', { name: 'Spara träffen' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await maria.getByText(`Träffen för ${GROUP} är planerad och inbjudningarna skickade.`).waitFor();
    const invitation = await sink.waitFor((m) => m.to.includes(MEMBER) && m.subject === `Inbjudan: ${MEETING}`, 30_000);
    expect(invitation.text).toContain('Kafé Gränsen');
    await expectAccessible(maria, 'networking page of the coordinator');
  });

  it('a member sees the group and its meeting; someone outside the group sees neither', async () => {
    const johan = await signedIn(browser, server.url, MEMBER);
    await johan.goto(`${server.url}/programs/${programId}/networking`);
    await groupArticle(johan).waitFor();
    expect(await groupArticle(johan).getByRole('button').count()).toBe(0);
    await expectAccessible(johan, 'networking page of a member');
    await johan.setViewportSize({ width: 320, height: 640 });
    expect(await johan.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await johan.goto(`${server.url}/programs/${programId}`);
    await johan.getByRole('article', { name: MEETING }).waitFor();
    await johan.context().close();

    // Anders Holmgren is a mentor of the cohort, not in the group: neither the group nor its meeting is his.
    const anders = await apiAs(server.url, 'mentor@example.org');
    const events = await anders<{ items: { title: string }[] }>('GET', `/api/programs/${programId}/events?limit=50`);
    expect(events.items.map((e) => e.title)).not.toContain(MEETING);
    const groups = await anders<{ items: { name: string }[] }>('GET', `/api/programs/${programId}/groups`);
    expect(groups.items.map((g) => g.name)).not.toContain(GROUP);
  });

  it('removing the group asks first; it is gone and its coming meeting is cancelled in the members’ calendars', async () => {
    await maria.goto(`${server.url}/programs/${programId}/networking`);
    await groupArticle(maria)
      .getByRole('button', { name: `Ta bort ${GROUP}` })
      .click();
    const dialog = maria.getByRole('dialog');
    await dialog.getByRole('heading', { name: 'Ta bort gruppen?' }).waitFor();
    await expectAccessible(maria, 'group removal confirmation');
    await dialog.getByRole('button', { name: 'Avbryt' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await groupArticle(maria).count()).toBe(1);
    await groupArticle(maria)
      .getByRole('button', { name: `Ta bort ${GROUP}` })
      .click();
    await dialog.getByRole('button', { name: 'Ta bort', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => groupArticle(maria).count()).toBe(0);
    const cancellation = await sink.waitFor(
      (m) => m.to.includes(MEMBER) && m.subject.includes(MEETING) && m.subject !== `Inbjudan: ${MEETING}`,
      30_000,
    );
    expect(cancellation.subject).toBe(`Inställd: ${MEETING}`);
  });
});
