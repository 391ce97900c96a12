import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startLots, type LotsServer } from './support/server';
import { launchBrowser, expectAccessible } from './support/browser';
import { signedIn } from './support/session';
import { apiAs } from './support/api';

/**
 * A network's members in the browser (issue 12, decision 0125): in the demo world Rörlighet i
 * staten has Tullverket and Kustbevakningen as members and owns a running program both take part
 * in. Its administrator (here the platform administrator) adds Göteborgs Stad, cannot remove
 * Tullverket (the running program, 409), removes Göteborgs Stad after confirming; Tullverket's
 * coordinator sees the network her organisation belongs to.
 */
describe('network members', () => {
  let server: LotsServer;
  let browser: Browser;
  let ris: string;
  let tull: string;
  beforeAll(async () => {
    server = await startLots({ DEMO: 'on' });
    browser = await launchBrowser();
    const admin = await apiAs(server.url, 'admin@example.org');
    const organisations = await admin<{ id: string; name: string }[]>('GET', '/api/organisations');
    ris = organisations.find((o) => o.name === 'Rörlighet i staten')!.id;
    tull = organisations.find((o) => o.name === 'Tullverket')!.id;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("the network's administrator adds, is refused and removes members, confirming first", async () => {
    const page = await signedIn(browser, server.url, 'admin@example.org');
    await page.goto(`${server.url}/admin/organisations/${ris}`);
    const section = page.getByRole('region', { name: 'Medlemsorganisationer' });
    const table = section.getByRole('table', { name: 'Nätverkets medlemsorganisationer' });
    await table.getByRole('row', { name: /Kustbevakningen/ }).waitFor();
    await table.getByRole('row', { name: /Tullverket/ }).waitFor();
    await expectAccessible(page, 'network members');

    // Nothing chosen: the error summary names the field.
    await section.getByRole('button', { name: 'Lägg till i nätverket' }).click();
    await section.getByRole('link', { name: /Organisation/ }).waitFor();
    await page.waitForTimeout(400);
    await expectAccessible(page, 'add member with an error');
    // Networks are not offered as members.
    expect(await section.getByRole('option', { name: 'Rörlighet i staten' }).count()).toBe(0);
    await section.getByRole('combobox', { name: 'Organisation' }).selectOption({ label: 'Göteborgs Stad' });
    await section.getByRole('button', { name: 'Lägg till i nätverket' }).click();
    await section.getByText('Göteborgs Stad lades till i nätverket.').waitFor();
    await table.getByRole('row', { name: /Göteborgs Stad/ }).waitFor();

    // Tullverket takes part in the network's running program: refused after confirming, nothing removed.
    await section.getByRole('button', { name: 'Ta bort Tullverket' }).click();
    let dialog = page.getByRole('dialog', { name: 'Ta bort medlem' });
    await dialog.getByText('Ta bort Tullverket ur nätverket?').waitFor();
    await dialog.getByRole('button', { name: 'Ta bort ur nätverket' }).click();
    await dialog
      .getByRole('alert')
      .getByText(/deltar fortfarande i ett pågående program/)
      .waitFor();
    await expectAccessible(page, 'removal refused');
    await dialog.getByRole('button', { name: 'Avbryt' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await table.getByRole('row', { name: /Tullverket/ }).waitFor();

    await section.getByRole('button', { name: 'Ta bort Göteborgs Stad' }).click();
    dialog = page.getByRole('dialog', { name: 'Ta bort medlem' });
    await dialog.getByRole('button', { name: 'Ta bort ur nätverket' }).click();
    await section.getByText('Göteborgs Stad togs bort ur nätverket.').waitFor();
    expect(await table.getByRole('row', { name: /Göteborgs Stad/ }).count()).toBe(0);

    // Reflow at 320 CSS pixels: nothing wider than the viewport.
    await page.setViewportSize({ width: 320, height: 640 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await expectAccessible(page, 'network members at 320 px');
    await page.context().close();
  });

  it("a member's staff see the networks their organisation belongs to", async () => {
    const page = await signedIn(browser, server.url, 'samordnare@example.org');
    await page.goto(`${server.url}/admin/organisations/${tull}`);
    const section = page.getByRole('region', { name: 'Nätverk som organisationen är medlem i' });
    await section.getByText('Rörlighet i staten').waitFor();
    await expectAccessible(page, 'member of networks');
    // The network's own page is not hers.
    const other = await page.request.get(`${server.url}/api/organisations/${ris}/members`);
    expect(other.status()).toBe(404);
    await page.context().close();
  });
});
