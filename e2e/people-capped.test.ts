import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { LIST_TOTAL_CAP } from '@lots/core';
import { startLots, type LotsServer } from './support/server';
import { launchBrowser, expectAccessible, expectFocusKept } from './support/browser';
import { signedIn } from './support/session';
import { apiAs } from './support/api';

/** More people matching one search than the exact total's cap (decision 0203), imported in files of at most 5,000 rows. */
const FILES = 3;
/** The count as Swedish readers write it: "fler än 10 000 personer" (a no-break space groups the thousands). */
const capText = new Intl.NumberFormat('sv-SE').format(LIST_TOTAL_CAP).replace(/\s/g, '\\s');
const capped = new RegExp(`fler än ${capText} personer`);
const PER_FILE = Math.ceil((LIST_TOTAL_CAP + 200) / FILES);
const name = (i: number) => `Kapad Person ${String(i).padStart(5, '0')}`;

async function postCsv(url: string, email: string, path: string, csv: string) {
  const signIn = await fetch(`${url}/api/auth/sign-in/email`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'lots-demo' }),
  });
  const cookie = signIn.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const response = await fetch(`${url}${path}`, { method: 'POST', headers: { cookie, 'content-type': 'text/csv' }, body: csv });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
}

/** Issue 15: a search matching more people than the cap says "more than", and pages with previous and next only. */
describe('the people list with a capped total', () => {
  let server: LotsServer;
  let browser: Browser;
  let orgId = '';

  beforeAll(async () => {
    server = await startLots({ DEMO: 'on' });
    browser = await launchBrowser();
    const admin = await apiAs(server.url, 'admin@example.org');
    orgId = (await admin<{ person: { organisationId: string } }>('GET', '/api/me')).person.organisationId;
    for (let f = 0; f < FILES; f++) {
      const rows = Array.from({ length: PER_FILE }, (_, j) => f * PER_FILE + j);
      await postCsv(
        server.url,
        'admin@example.org',
        `/api/organisations/${orgId}/people/import`,
        ['name,email', ...rows.map((i) => `${name(i)},kapad${i}@example.org`)].join('\n'),
      );
    }
  }, 600_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('says "more than" the cap, offers next and previous but no last page, keeps focus, and is accessible at 320 px', async () => {
    const page = await signedIn(browser, server.url, 'admin@example.org');
    await page.goto(`${server.url}/admin/organisations/${orgId}/people?q=kapad`);
    const count = page.getByTestId('people-count');
    await count.filter({ hasText: capped }).waitFor();
    expect(await count.innerText()).toMatch(new RegExp(`av fler än ${capText}$`));
    const pager = page.getByRole('navigation', { name: /sid/i });
    // No page numbers (no last page to offer), only previous and next.
    expect(await pager.getByRole('button', { name: /^Sida \d+$/ }).count()).toBe(0);
    await expect.poll(() => page.getByRole('cell').first().isVisible()).toBe(true);
    await expectAccessible(page, 'people list, capped total');

    await pager.getByRole('button', { name: 'Nästa' }).click();
    await page.waitForURL(/page=2/);
    await count.filter({ hasText: capped }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('people-count');
    await expectFocusKept(page, 'people list page change, capped');
    await pager.getByRole('button', { name: 'Föregående' }).click();
    await page.waitForURL((url) => url.searchParams.get('page') !== '2');

    await page.setViewportSize({ width: 320, height: 640 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.setViewportSize({ width: 1280, height: 800 });

    // A narrower search is counted exactly, with its page numbers back.
    await page.goto(`${server.url}/admin/organisations/${orgId}/people?q=${encodeURIComponent('Kapad Person 0000')}`);
    await count.filter({ hasText: '10 personer' }).waitFor();
    expect(await count.innerText()).not.toContain('fler än');
    await page.context().close();
  });
});
