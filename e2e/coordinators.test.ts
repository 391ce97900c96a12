import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startLots, type LotsServer } from './support/server';
import { expectAccessible, launchBrowser } from './support/browser';
import { signedIn } from './support/session';
import { apiAs } from './support/api';

/**
 * Choosing coordinators in the program form (issue 12, decision 0121), demo world: Maria
 * (Tullverket) coordinates the network Rörlighet i staten's joint program. She edits it, searches
 * the candidates, adds Karin Lindqvist, saves, and Karin is listed; the search shows no e-mail.
 * Then she edits the cost she entered (decision 0126) and the split follows.
 */
describe('coordinators and shared costs of a network program in the browser', () => {
  let server: LotsServer;
  let browser: Browser;
  let programId: string;

  beforeAll(async () => {
    server = await startLots({ DEMO: 'on' });
    browser = await launchBrowser();
    const maria = await apiAs(server.url, 'samordnare@example.org');
    const programs = (await maria<{ items: { id: string; name: string }[] }>('GET', '/api/programs?limit=100')).items;
    programId = programs.find((p) => p.name === 'Omvänt mentorskap i staten 2026')!.id;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('searches candidates, adds one and saves; focus stays on the button pressed', async () => {
    const page = await signedIn(browser, server.url, 'samordnare@example.org');
    await page.goto(`${server.url}/programs/${programId}/edit`);
    // The edit form marks what each field needs, as the guided flow does.
    await page.getByLabel('Programmets namn (obligatoriskt)', { exact: true }).waitFor();
    await page.getByLabel('Syfte (krävs före öppning)', { exact: true }).waitFor();
    await page.getByLabel('Mål (valfritt)', { exact: true }).waitFor();
    await page.getByLabel('Sista ansökningsdag (krävs före öppning)', { exact: true }).waitFor();
    const section = page.getByRole('region', { name: 'Samordnare' });
    const chosen = section.getByRole('list', { name: 'Valda samordnare' });
    await chosen.getByText('Maria Sundberg, Tullverket').waitFor();
    await section.getByRole('searchbox', { name: 'Sök samordnare' }).fill('Karin');
    const results = section.getByRole('list', { name: 'Sökresultat' });
    await results.getByText('Karin Lindqvist, Tullverket').waitFor();
    expect(await results.textContent()).not.toContain('@');
    await expectAccessible(page, 'coordinator search');
    const add = results.getByRole('button', { name: 'Lägg till Karin Lindqvist' });
    await add.click();
    await chosen.getByText('Karin Lindqvist, Tullverket').waitFor();
    // The same button now removes her, and keeps focus.
    const toggled = results.getByRole('button', { name: 'Ta bort Karin Lindqvist' });
    await toggled.waitFor();
    expect(await toggled.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.getByRole('button', { name: 'Spara programmet' }).click();
    await page.waitForURL(`${server.url}/programs/${programId}`);
    const maria = await apiAs(server.url, 'samordnare@example.org');
    const program = await maria<{ coordinators: { name: string }[] }>('GET', `/api/programs/${programId}`);
    expect(program.coordinators.map((c) => c.name).sort()).toEqual(['Karin Lindqvist', 'Maria Sundberg']);
  });

  it('edits a shared cost and the invoice basis follows', async () => {
    const page = await signedIn(browser, server.url, 'samordnare@example.org');
    await page.goto(`${server.url}/programs/${programId}/costs`);
    await page.getByRole('button', { name: 'Ändra kostnaden Lunch och fika' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ändra kostnaden' });
    await dialog.waitFor();
    await dialog.getByLabel('Belopp exkl. moms (SEK)', { exact: true }).fill('');
    await dialog.getByRole('button', { name: 'Spara ändringen' }).click();
    // The core schema's check: the error summary names the amount.
    await dialog.getByRole('link', { name: /Belopp exkl. moms/ }).waitFor();
    await expectAccessible(page, 'edit cost with an error');
    await dialog.getByLabel('Belopp exkl. moms (SEK)', { exact: true }).fill('4500');
    await dialog.getByRole('button', { name: 'Spara ändringen' }).click();
    await page.getByText('Ändringen är sparad och fördelningen omräknad.').waitFor();
    const maria = await apiAs(server.url, 'samordnare@example.org');
    const overview = await maria<{ sharedCosts: { items: { description: string; amount: number }[] } }>(
      'GET',
      `/api/programs/${programId}/costs`,
    );
    expect(overview.sharedCosts.items.find((c) => c.description === 'Lunch och fika')!.amount).toBe(450_000);
  });
});
