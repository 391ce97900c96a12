import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startLots, type LotsServer } from './support/server';
import { launchBrowser, expectAccessible } from './support/browser';
import { signedIn } from './support/session';
import { apiAs } from './support/api';

/**
 * Program contacts in the browser (the example capability, issue 10 item 15): in the demo world's
 * joint program of Tullverket and Kustbevakningen the coordinator sees one contact person per
 * participating organisation and changes one; a participant of Tullverket sees only Tullverket's.
 */
describe('program contacts', () => {
  let server: LotsServer;
  let browser: Browser;
  let programId: string;
  const program = 'Mentorprogram för chefer 2027 – myndighetssamverkan';
  beforeAll(async () => {
    server = await startLots({ DEMO: 'on' });
    browser = await launchBrowser();
    const coordinator = await apiAs(server.url, 'samordnare@example.org');
    programId = (await coordinator<{ items: { id: string; name: string }[] }>('GET', '/api/programs?limit=100')).items.find(
      (p) => p.name === program,
    )!.id;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('the coordinator keeps one contact per participating organisation', async () => {
    const page = await signedIn(browser, server.url, 'samordnare@example.org');
    await page.goto(`${server.url}/programs/${programId}`);
    const section = page.getByRole('region', { name: 'Kontaktpersoner' });
    const table = section.getByRole('table', { name: 'Kontaktperson per deltagande organisation' });
    await table.getByRole('row', { name: /Kustbevakningen.*Mats Brandt/ }).waitFor();
    await table
      .getByRole('row', { name: /Tullverket.*Maria Sundberg/ })
      .getByRole('link', { name: '+46 70 174 06 05' })
      .waitFor();
    await expectAccessible(page, 'program page with contacts');

    await section.getByRole('button', { name: 'Ändra kontaktperson för Kustbevakningen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Kontaktperson för Kustbevakningen' });
    await dialog.waitFor();
    await dialog.getByLabel('Namn').fill('Karin Kust');
    await dialog.getByLabel('E-post').fill('inte-en-adress');
    await dialog.getByLabel('Telefon').fill('+46 70 174 06 40');
    await dialog.getByRole('button', { name: 'Spara kontaktpersonen' }).click();
    // The core contract refuses the address before anything is sent; the summary names the field.
    await dialog.getByRole('link', { name: /E-post/ }).waitFor();
    await page.waitForTimeout(400);
    await expectAccessible(page, 'contact form with an error');
    await dialog.getByLabel('E-post').fill('karin.kust@kustbevakningen.example.se');
    await dialog.getByRole('button', { name: 'Spara kontaktpersonen' }).click();
    await table.getByRole('row', { name: /Kustbevakningen.*Karin Kust/ }).waitFor();
    await table.getByRole('link', { name: '+46 70 174 06 40' }).waitFor();
    expect(await table.getByText('Mats Brandt').count()).toBe(0);
    await page.context().close();
  });

  it('a participant sees their own organisation’s contact and no other', async () => {
    const page = await signedIn(browser, server.url, 'adept@example.org');
    await page.goto(`${server.url}/programs/${programId}`);
    const section = page.getByRole('region', { name: 'Kontaktpersoner' });
    await section.getByText('Maria Sundberg').waitFor();
    await section.getByRole('link', { name: '+46 70 174 06 05' }).waitFor();
    await section.getByRole('link', { name: 'samordnare@example.org' }).waitFor();
    expect(await section.getByText('Karin Kust').count()).toBe(0);
    expect(await section.getByRole('button').count()).toBe(0);
    await expectAccessible(page, 'program page with the participant’s contact');
    await page.context().close();
  });
});
