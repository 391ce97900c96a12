import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startLots, type LotsServer } from './support/server';
import { launchBrowser, expectAccessible } from './support/browser';
import { signedIn } from './support/session';
import { apiAs } from './support/api';
import { OPENABLE_PROGRAM } from '../apps/server/src/testing/program-fields';

/**
 * My profile (issue 10 item 7): an adept who answered the special-category question in an
 * inclusion program that has since been archived still finds the application and the answer
 * under "Min profil" (reached from the main menu), and deletes the answer after a confirmation.
 */
describe('my profile', () => {
  let server: LotsServer;
  let browser: Browser;
  const program = 'Mentorskap för inkludering – arkiverat';
  beforeAll(async () => {
    server = await startLots({ DEMO: 'on' });
    browser = await launchBrowser();
    const coordinator = await apiAs(server.url, 'samordnare@example.org');
    const adept = await apiAs(server.url, 'adept@example.org');
    const { id } = await coordinator<{ id: string }>('POST', '/api/programs', {
      ...OPENABLE_PROGRAM,
      name: program,
      type: 'inclusion',
      applicationClosesOn: '2099-12-31',
      rules: { adept: [{ kind: 'underRepresentedGroup' }], mentor: [] },
    });
    await coordinator('POST', `/api/programs/${id}/status`, { status: 'open' });
    await adept('POST', `/api/programs/${id}/applications/mine/adept/submit`, {
      profile: { developmentGoals: 'Bygga ett nätverk utanför min egen enhet' },
      sensitive: { underRepresented: true, consent: true },
    });
    for (const status of ['selection', 'matching', 'running', 'closed', 'archived'])
      await coordinator('POST', `/api/programs/${id}/status`, { status });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('the adept sees the archived program’s application and deletes the answer after a confirmation', async () => {
    const page = await signedIn(browser, server.url, 'adept@example.org');
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Min profil' }).click();
    await page.getByRole('heading', { name: 'Min profil', level: 1 }).waitFor();
    const application = page.getByRole('article', { name: program });
    await application.waitFor();
    await application.getByText('Bygga ett nätverk utanför min egen enhet').waitFor();
    await application.getByText('Arkiverad', { exact: true }).waitFor();
    await application.getByText('Ja, jag tillhör en underrepresenterad grupp').waitFor();
    await application.getByText(/Svaret raderas automatiskt/).waitFor();
    await page.waitForLoadState('networkidle');
    await expectAccessible(page, 'my profile with applications');

    // Reflow at 320 CSS pixels: nothing wider than the viewport.
    await page.setViewportSize({ width: 320, height: 640 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await expectAccessible(page, 'my profile at 320 px');
    await page.setViewportSize({ width: 1280, height: 800 });

    // Confirmation first; cancelling deletes nothing.
    await application.getByRole('button', { name: 'Ta bort mitt svar' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ta bort ditt svar?' });
    await dialog.waitFor();
    await expectAccessible(page, 'delete confirmation');
    await dialog.getByRole('button', { name: 'Avbryt' }).click();
    await application.getByText('Ja, jag tillhör en underrepresenterad grupp').waitFor();

    await application.getByRole('button', { name: 'Ta bort mitt svar' }).click();
    await dialog.getByRole('button', { name: 'Ja, ta bort svaret' }).click();
    await page.getByText('Ditt svar är borttaget.').waitFor();
    expect(await application.getByText('Ja, jag tillhör en underrepresenterad grupp').count()).toBe(0);
    expect(await application.getByRole('button', { name: 'Ta bort mitt svar' }).count()).toBe(0);
    // Focus is not lost with the button: it is on the notice.
    expect(await page.evaluate(() => document.activeElement?.textContent ?? '')).toContain('Ditt svar är borttaget.');
    await expectAccessible(page, 'my profile after deleting the answer');

    // The server no longer has it.
    const adept = await apiAs(server.url, 'adept@example.org');
    const mine = await adept<{ items: { programName: string; sensitive: unknown }[] }>('GET', '/api/me/applications');
    expect(mine.items.find((a) => a.programName === program)?.sensitive).toBeNull();
    await page.context().close();
  });
});
