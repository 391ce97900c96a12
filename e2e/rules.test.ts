import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { ProgramSummary } from '@lots/core';
import { startLots, type LotsServer } from './support/server';
import { launchBrowser, expectAccessible, expectErrorSummary, expectFocusKept } from './support/browser';
import { signedIn } from './support/session';
import { apiAs } from './support/api';
import { startSmtpSink, type SmtpSink } from '../apps/server/src/testing/smtp-sink';

const SELECTION = 'Mentorprogram för chefer 2027 – myndighetssamverkan';
const RUNNING = 'Mentorprogram för chefer 2026 – myndighetssamverkan';

/**
 * The coordinator's side of issue 10 in the demo world, where a coordinator would notice a break:
 * one recommender asked about two applicants in one mail (item 13), the cohort's capacity putting
 * adepts beyond it on the waiting list with one mail each (item 3), and closing a running program
 * only after seeing what happens to each pair (item 11).
 */
describe('the source programs’ rules in the browser', () => {
  let server: LotsServer;
  let sink: SmtpSink;
  let browser: Browser;
  let programs: ProgramSummary[];
  const idOf = (name: string) => programs.find((p) => p.name === name)!.id;
  beforeAll(async () => {
    sink = await startSmtpSink();
    server = await startLots({ DEMO: 'on', SMTP_URL: sink.url });
    browser = await launchBrowser();
    programs = (await (await apiAs(server.url, 'samordnare@example.org'))<{ items: ProgramSummary[] }>('GET', '/api/programs?limit=100'))
      .items;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await sink?.close();
  });

  it('asks one recommender about two applicants: one dialog, one mail, a link for each', async () => {
    const page = await signedIn(browser, server.url, 'samordnare@example.org');
    await page.goto(`${server.url}/programs/${idOf(SELECTION)}/review`);
    await page.getByRole('heading', { name: 'Granska ansökningar', level: 1 }).waitFor();
    await page.getByLabel('Markera Anna Mattsson').check();
    await page.getByLabel('Markera Alexander Falk').check();
    await page.getByRole('button', { name: 'Be om rekommendation för markerade' }).click();
    const dialog = page.getByRole('dialog', { name: 'Be om en rekommendation om 2 sökande' });
    await dialog.getByText('Personen får ett enda mejl som listar de 2 markerade sökande').waitFor();
    await expectAccessible(page, 'the recommendation dialog');

    // Sent empty: the error summary names both fields, and nobody is asked.
    await dialog.getByRole('button', { name: 'Be om rekommendation', exact: true }).click();
    expect((await expectErrorSummary(page, 'the recommendation dialog')).length).toBe(2);

    await dialog.getByLabel('Namn').fill('Gunilla Processägare');
    await dialog.getByLabel('E-post').fill('gunilla.processagare@tullverket.example.se');
    await dialog.getByRole('button', { name: 'Be om rekommendation', exact: true }).click();
    await page.getByText('Ett mejl om 2 sökande har skickats till gunilla.processagare@tullverket.example.se.').waitFor();
    expect(await dialog.count()).toBe(0);
    await expectFocusKept(page, 'the recommendation dialog');

    const mail = await sink.waitFor((m) => m.to.includes('gunilla.processagare@tullverket.example.se'));
    expect(mail.subject).toBe(`Din rekommendation om 2 sökande till ${SELECTION}`);
    const lines = mail.text.split('\n');
    const linkBeside = (name: string) => /https?:\/\/\S+\/respond\/\S+/.exec(lines.find((l) => l.startsWith(`${name} (adept)`)) ?? '')?.[0];
    const anna = linkBeside('Anna Mattsson');
    const alexander = linkBeside('Alexander Falk');
    expect(anna).toBeDefined();
    expect(alexander).toBeDefined();
    expect(anna).not.toBe(alexander);
    // One mail, not one per applicant.
    await new Promise((r) => setTimeout(r, 1000));
    expect(sink.received.filter((m) => m.to.includes('gunilla.processagare@tullverket.example.se'))).toHaveLength(1);

    // The link answers for its own applicant, without an account.
    const respond = await (await browser.newContext()).newPage();
    await respond.goto(alexander!);
    await respond
      .getByText(/Alexander Falk/)
      .first()
      .waitFor();
    expect(await respond.getByText(/Anna Mattsson/).count()).toBe(0);
    await respond.context().close();
    await page.context().close();
  });

  it('accepting three adepts into a cohort with one place left: one is accepted, two wait, one mail each', async () => {
    const page = await signedIn(browser, server.url, 'samordnare@example.org');
    await page.goto(`${server.url}/programs/${idOf(SELECTION)}`);
    // The program shows its capacity (the demo world's full cohort, item 3).
    const places = page.locator('dt', { hasText: 'Antal platser' }).locator('xpath=following-sibling::dd[1]');
    await expect.poll(() => places.textContent()).toBe('2 par');
    await page.goto(`${server.url}/programs/${idOf(SELECTION)}/review`);
    await page.getByRole('heading', { name: 'Granska ansökningar', level: 1 }).waitFor();
    for (const name of ['Johan Nyberg', 'Anna Mattsson', 'Alexander Falk']) await page.getByLabel(`Markera ${name}`).check();
    await page.getByRole('button', { name: 'Anta markerade' }).click();
    const dialog = page.getByRole('dialog', { name: 'Anta 3 ansökningar' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Anta', exact: true }).click();
    await page.getByText('1 ansökan är antagen.').waitFor();
    await page
      .getByText('2 adepter fick ingen plats eftersom programmet är fullt och står nu på reservlistan.', { exact: false })
      .waitFor();
    await expectFocusKept(page, 'the decision on a full cohort');
    await expectAccessible(page, 'review queue after filling the cohort');

    const subject = `Besked om din ansökan till ${SELECTION}`;
    await expect.poll(() => sink.received.filter((m) => m.subject === subject).length, { timeout: 30_000 }).toBe(3);
    await new Promise((r) => setTimeout(r, 1000));
    const decisions = sink.received.filter((m) => m.subject === subject);
    expect(decisions).toHaveLength(3);
    // Each of the three got exactly one mail: the accepted one says so, the two others only that they wait.
    expect(new Set(decisions.map((m) => m.to.join()))).toHaveProperty('size', 3);
    expect(decisions.filter((m) => m.text.includes('Du är antagen'))).toHaveLength(1);
    const waiting = decisions.filter((m) => m.text.includes('Du står på reservlistan'));
    expect(waiting).toHaveLength(2);
    for (const m of waiting) expect(m.text).not.toContain('antagen');
    await page.context().close();
  });

  it('closing a running program shows what happens to each pair first; cancelling changes nothing', async () => {
    const programId = idOf(RUNNING);
    const page = await signedIn(browser, server.url, 'samordnare@example.org');
    await page.goto(`${server.url}/programs/${programId}`);
    await page.getByRole('heading', { name: RUNNING, level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Avsluta programmet' }).click();
    const dialog = page.getByRole('dialog', { name: 'Avsluta programmet?' });
    const preview = dialog.getByRole('table', { name: 'Vad som händer med varje par när programmet avslutas' });
    await preview.waitFor();
    await dialog.getByText('3 par avslutas.', { exact: false }).waitFor();
    for (const [adept, mentor] of [
      ['Johan Nyberg', 'Anders Holmgren'],
      ['Sara Ekström', 'Helena Stark'],
      ['Fredrik Hedlund', 'Nora Ekman'],
    ]) {
      const row = preview.getByRole('row').filter({ hasText: adept });
      await expect.poll(() => row.textContent()).toContain(mentor);
      expect(await row.textContent()).toContain('Avslutas');
    }
    await expectAccessible(page, 'the closing preview');
    // Reflow at 320 px: the dialog and its table fit.
    await page.setViewportSize({ width: 320, height: 640 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await expectAccessible(page, 'the closing preview at 320 px');
    await page.setViewportSize({ width: 1280, height: 800 });

    // Cancelling closes nothing.
    await dialog.getByRole('button', { name: 'Avbryt' }).click();
    expect(await dialog.count()).toBe(0);
    const coordinator = await apiAs(server.url, 'samordnare@example.org');
    expect((await coordinator<{ status: string }>('GET', `/api/programs/${programId}`)).status).toBe('running');

    // Confirming closes it and ends the three pairs.
    await page.getByRole('button', { name: 'Avsluta programmet' }).click();
    await dialog.getByRole('table').waitFor();
    await dialog.getByRole('button', { name: 'Avsluta programmet' }).click();
    await page.getByText('Programmet har fått status ”Avslutad”.').waitFor();
    await expectFocusKept(page, 'closing the program');
    expect((await coordinator<{ status: string }>('GET', `/api/programs/${programId}`)).status).toBe('closed');
    const after = await coordinator<{ total: number }>('GET', `/api/programs/${programId}/closing-preview`);
    expect(after.total).toBe(0);
    await page.context().close();
  });
});
