import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import ExcelJS from 'exceljs';
import { startLots, type LotsServer } from './support/server';
import { expectAccessible, expectErrorSummary, launchBrowser } from './support/browser';
import { signedIn } from './support/session';
import { apiAs } from './support/api';

/**
 * Issue 12 in the browser (demo world): Rörlighet i staten, a network, owns a joint cohort with
 * Tullverket and Kustbevakningen. Its coordinator Maria (Tullverket) enters two shared costs and
 * chooses to split them per adept (Tullverket has two adepts, Kustbevakningen one); each agency's
 * contact person then downloads its own invoice basis, which the test reads back.
 */
describe('shared costs of a joint program and each agency’s invoice basis', () => {
  let server: LotsServer;
  let browser: Browser;
  const program = 'Omvänt mentorskap i staten 2026';
  let programId: string;

  beforeAll(async () => {
    server = await startLots({ DEMO: 'on' });
    browser = await launchBrowser();
    // The stage: the demo's costs removed and the split set to equal shares, so the steps below decide everything.
    const maria = await apiAs(server.url, 'samordnare@example.org');
    const programs = (await maria<{ items: { id: string; name: string }[] }>('GET', '/api/programs?limit=100')).items;
    programId = programs.find((p) => p.name === program)!.id;
    const overview = await maria<{ sharedCosts: { items: { id: string }[] } }>('GET', `/api/programs/${programId}/costs`);
    for (const cost of overview.sharedCosts.items) await maria('DELETE', `/api/programs/${programId}/costs/shared/${cost.id}`);
    await maria('PUT', `/api/programs/${programId}/costs/settings`, { splitRule: 'equal' });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function addCost(page: Page, values: { description: string; amount: string; vat: string; date: string; category?: string }) {
    await page.getByRole('button', { name: 'Lägg till en gemensam kostnad' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ny gemensam kostnad' });
    await dialog.waitFor();
    if (values.category) await dialog.getByLabel('Typ av kostnad').selectOption({ label: values.category });
    await dialog.getByLabel('Beskrivning').fill(values.description);
    await dialog.getByLabel('Belopp exkl. moms (SEK)', { exact: true }).fill(values.amount);
    await dialog.getByLabel('Moms (SEK)', { exact: true }).fill(values.vat);
    await dialog.getByLabel('Datum', { exact: true }).fill(values.date);
    await dialog.getByRole('button', { name: 'Lägg till kostnaden' }).click();
    await page.getByText('Kostnaden är tillagd och fördelad.').waitFor();
  }

  async function downloadXlsx(page: Page, organisation: string) {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: `Ladda ned fakturaunderlaget för ${organisation} som XLSX` }).click(),
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile((await download.path())!)) as unknown as ArrayBuffer);
    const rows: unknown[][] = [];
    workbook.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    return rows;
  }

  it('the network’s coordinator enters two costs and splits them per adept; each agency’s contact downloads its own basis', async () => {
    const maria = await signedIn(browser, server.url, 'samordnare@example.org');
    await maria.goto(`${server.url}/programs/${programId}`);
    await maria.getByRole('link', { name: 'Kostnader och fakturaunderlag' }).click();
    await maria.getByRole('heading', { name: `Kostnader – ${program}`, level: 1 }).waitFor();
    await maria.getByText('Arrangör: Rörlighet i staten.', { exact: false }).waitFor();
    await expectAccessible(maria, 'costs page (coordinator)');

    // An empty cost is refused with an error summary that names the fields.
    await maria.getByRole('button', { name: 'Lägg till en gemensam kostnad' }).click();
    const dialog = maria.getByRole('dialog', { name: 'Ny gemensam kostnad' });
    await dialog.getByRole('button', { name: 'Lägg till kostnaden' }).click();
    await expectErrorSummary(maria, 'shared cost form');
    await dialog.getByRole('button', { name: 'Avbryt' }).click();

    await addCost(maria, { description: 'Konferenslokal för uppstarten', amount: '20 000', vat: '5 000', date: '2026-02-01' });
    await addCost(maria, {
      category: 'Föreläsare',
      description: 'Föreläsare, inspirationsträff',
      amount: '9 000,01',
      vat: '0',
      date: '2026-04-10',
    });

    await maria.getByRole('radio', { name: /Per adept/ }).check();
    await maria.getByRole('button', { name: 'Spara fördelningen' }).click();
    await maria.getByText('Fördelningen är sparad och allt är omräknat.').waitFor();
    // 12 000 kr fees + 29 000,01 kr shared + 5 000 kr VAT: 1 800 000 + 2 900 001 + 500 000 öre
    await expect.poll(() => maria.getByTestId('program-total').innerText()).toMatch(/52\s000,01\skr/);
    await expectAccessible(maria, 'costs page after the split');
    await maria.setViewportSize({ width: 320, height: 640 });
    expect(await maria.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await maria.context().close();

    // Kustbevakningen's contact person: one adept → a third of each cost.
    const mats = await signedIn(browser, server.url, 'mats.brandt@kustbevakningen.example.se');
    await mats.goto(`${server.url}/programs/${programId}/costs`);
    await mats.getByRole('heading', { name: 'Fakturaunderlag för Kustbevakningen', level: 2 }).waitFor();
    expect(await mats.getByText('Tullverket', { exact: false }).count()).toBe(0);
    expect(await mats.getByText('Ingrid Wallin').count()).toBe(0);
    await mats.getByText('Jessica Lundin').waitFor();
    await expectAccessible(mats, 'costs page (agency contact)');
    const kust = await downloadXlsx(mats, 'Kustbevakningen');
    expect(kust.find((r) => r[0] === 'Organisation')?.[1]).toBe('Kustbevakningen');
    expect(JSON.stringify(kust)).toContain('Jessica Lundin');
    expect(JSON.stringify(kust)).not.toContain('Ingrid Wallin');
    // 6 000 kr fee + 6 666,67 + 3 000,00 shared; VAT 1 666,67
    expect(kust.find((r) => r[0] === 'Totalt')?.slice(3)).toEqual([15_666.67, 1_666.67, 17_333.34]);
    await mats.context().close();

    // Tullverket's contact person: two adepts → two thirds, the leftover öre of the lecturer included.
    const sofia = await signedIn(browser, server.url, 'sofia.noren@tullverket.example.se');
    await sofia.goto(`${server.url}/programs/${programId}/costs`);
    await sofia.getByRole('heading', { name: 'Fakturaunderlag för Tullverket', level: 2 }).waitFor();
    const tull = await downloadXlsx(sofia, 'Tullverket');
    expect(JSON.stringify(tull)).toContain('Ingrid Wallin');
    expect(JSON.stringify(tull)).not.toContain('Jessica Lundin');
    expect(tull.find((r) => r[0] === 'Totalt')?.slice(3)).toEqual([31_333.34, 3_333.33, 34_666.67]);
    await sofia.context().close();
  });
});
