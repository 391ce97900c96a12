import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startLots, type LotsServer } from './support/server';
import { expectAccessible, expectErrorSummary, launchBrowser } from './support/browser';
import { signedIn } from './support/session';
import { apiAs } from './support/api';

/**
 * Issue 13, dashboards "across their programs, for organisation administrators": the administrator's
 * page (/admin/organisations/$orgId/evaluation) in the demo world. Every figure is also a table, the
 * suppression is visible ('..' on screen, its explanation as text), an HR file is checked and shown
 * before it is saved, a period is removed only after a confirmation; axe clean and reflow at 320 px.
 */
describe('the organisation administrator’s evaluation page', () => {
  let server: LotsServer;
  let browser: Browser;
  let orgId = '';

  beforeAll(async () => {
    server = await startLots({ DEMO: 'on' });
    browser = await launchBrowser();
    const admin = await apiAs(server.url, 'admin@example.org');
    orgId = (await admin<{ person: { organisationId: string } }>('GET', '/api/me')).person.organisationId;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('shows figures by program type and HR figures with small groups as "..", checks a file before saving, removes a period after a confirmation', async () => {
    const page = await signedIn(browser, server.url, 'admin@example.org');
    await page.goto(`${server.url}/admin/organisations/${orgId}`);
    await page.getByRole('link', { name: 'Uppföljning och personalsiffror' }).click();
    await page.getByRole('heading', { name: 'Uppföljning för organisationen', level: 1 }).waitFor();
    // The programs by type: a chart and, with the same figures, a table.
    const funnel = page.getByTestId('funnel-by-type');
    await funnel.waitFor();
    expect(await funnel.getByRole('rowheader', { name: 'Ansökt' }).count()).toBe(1);
    expect(await page.getByRole('img', { name: /Deltagande efter programtyp/ }).count()).toBe(1);
    // What '..' means is written on the page, not only told to screen readers.
    const note = page.getByTestId('suppression-note');
    expect(await note.isVisible()).toBe(true);
    expect(await note.innerText()).toContain('".." betyder att gruppen är för liten');
    await page.getByText('Inga personalsiffror importerade ännu.').waitFor();
    await expectAccessible(page, 'organisation evaluation page');

    // No file chosen: the error summary names the field.
    await page.getByRole('button', { name: 'Kontrollera filen' }).click();
    await expectErrorSummary(page, 'HR file form');

    // A file with one large group and one of four people: shown first, nothing saved yet.
    await page.getByLabel('Fil (CSV eller XLSX)').setInputFiles({
      name: 'hr.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('period,group,headcount,leavers,promotions\n2026,Chefer,40,3,5\n2026,Nya chefer,4,1,0\n'),
    });
    await page.getByRole('button', { name: 'Kontrollera filen' }).click();
    const preview = page.getByTestId('hr-preview');
    await preview.getByRole('row', { name: /Nya chefer/ }).waitFor();
    expect(await page.getByTestId('hr-2026').count()).toBe(0);
    await expectAccessible(page, 'HR file checked');
    await preview.getByRole('button', { name: 'Spara 2 rader' }).click();
    await page.getByText('2 rader sparades.').waitFor();

    // Saved: the large group's figures show, the group of four is '..' with no number, on screen and for screen readers.
    const hr = page.getByTestId('hr-2026');
    await hr.waitFor();
    expect(await hr.getByRole('row', { name: /^Chefer/ }).innerText()).toMatch(/40\s+7,5\s+12,5/);
    const small = hr.getByRole('row', { name: /Nya chefer/ });
    const smallText = await small.innerText();
    expect(smallText.replace('Nya chefer', '')).not.toMatch(/\d/);
    const dots = small.getByText('..', { exact: true });
    expect(await dots.count()).toBe(3);
    expect(await dots.first().isVisible()).toBe(true);
    expect(await small.getByText('dolt: för få svar').count()).toBe(3);
    await expectAccessible(page, 'HR figures saved');
    await page.setViewportSize({ width: 320, height: 640 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.setViewportSize({ width: 1280, height: 800 });

    // Removing a period asks first, says what happens, and cancelling keeps it.
    await page.getByRole('button', { name: 'Ta bort perioden 2026' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ta bort personalsiffrorna för 2026?' });
    await dialog.getByText('Alla grupper för perioden 2026 tas bort.', { exact: false }).waitFor();
    await expectAccessible(page, 'confirm removing an HR period');
    await dialog.getByRole('button', { name: 'Avbryt' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.getByTestId('hr-2026').count()).toBe(1);
    await page.getByRole('button', { name: 'Ta bort perioden 2026' }).click();
    await dialog.getByRole('button', { name: 'Ta bort perioden' }).click();
    await page.getByText('2 rader för 2026 togs bort.').waitFor();
    await page.getByText('Inga personalsiffror importerade ännu.').waitFor();
    expect(await page.getByTestId('hr-2026').count()).toBe(0);
    await page.context().close();
  });
});
