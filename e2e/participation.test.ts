import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startLots, type LotsServer } from './support/server';
import { launchBrowser, expectAccessible } from './support/browser';
import { signedIn } from './support/session';
import { apiAs } from './support/api';

/**
 * Issue 9.4 in the browser: Göteborgs Stad has invited Tullverket to its program (demo world).
 * Tullverket's staff do not see it; its administrator finds the invitation, accepts after a
 * confirmation, and then the program is there for its staff.
 */
describe('an invitation to take part in another organisation’s program', () => {
  let server: LotsServer;
  let browser: Browser;
  const program = 'Mentorprogram för enhetschefer 2027';
  beforeAll(async () => {
    server = await startLots({ DEMO: 'on' });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const visibleToAdept = async () => {
    const adept = await apiAs(server.url, 'adept@example.org');
    return (await adept<{ items: { name: string }[] }>('GET', '/api/programs?limit=100')).items.some((p) => p.name === program);
  };

  it('the administrator accepts it after a confirmation; only then do the staff see the program', async () => {
    expect(await visibleToAdept()).toBe(false);
    const page = await signedIn(browser, server.url, 'admin@example.org');
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Inbjudningar' }).click();
    await page.getByRole('heading', { name: 'Inbjudningar till program', level: 1 }).waitFor();
    const invitation = page.getByRole('region', { name: program });
    await invitation.getByText('Väntar på svar').waitFor();
    await expectAccessible(page, 'participation page');

    // Reflow at 320 CSS pixels: nothing wider than the viewport.
    await page.setViewportSize({ width: 320, height: 640 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.setViewportSize({ width: 1280, height: 800 });

    await invitation.getByRole('button', { name: 'Tacka ja' }).click();
    const dialog = page.getByRole('dialog', { name: `Delta i ${program}?` });
    await dialog.waitFor();
    // The dialog fades in: check it once it is fully shown.
    await page.waitForTimeout(400);
    await expectAccessible(page, 'participation confirmation');
    // Cancelling changes nothing and gives focus back to the button that opened the dialog.
    await dialog.getByRole('button', { name: 'Avbryt' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Tacka ja');
    expect(await visibleToAdept()).toBe(false);

    await invitation.getByRole('button', { name: 'Tacka ja' }).click();
    await page
      .getByRole('dialog', { name: `Delta i ${program}?` })
      .getByRole('button', { name: 'Ja, vi deltar' })
      .click();
    await page.getByText(`Ni deltar nu i ${program}. Programmet visas för er personal.`).waitFor();
    await invitation.getByText('Deltar', { exact: true }).waitFor();
    expect(await invitation.getByRole('button', { name: 'Tacka ja' }).count()).toBe(0);
    await expectAccessible(page, 'participation page after accepting');
    expect(await visibleToAdept()).toBe(true);
    await page.context().close();
  });
});
