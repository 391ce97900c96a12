import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Program, ProgramSummary } from '@lots/core';
import { startLots, type LotsServer } from './support/server';
import { launchBrowser, expectAccessible, expectFocusKept } from './support/browser';
import { signedIn } from './support/session';
import { apiAs } from './support/api';

const PROGRAM = 'Mentorprogram för chefer 2027 – myndighetssamverkan';
/** More mentors than one page of the register (50). */
const STAGED = 60;
const mentorName = (i: number) => `Registermentor ${String(i).padStart(2, '0')}`;
/** More programs than one page of the program list (25). */
const LISTED = 27;
const listedName = (i: number) => `Listprogram ${String(i).padStart(2, '0')}`;

/** A CSV file posted with a session cookie (the imports take text/csv, not JSON). */
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

const noSidewaysScroll = async (page: Page, label: string) => {
  await page.setViewportSize({ width: 320, height: 640 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth), `${label} at 320 px`).toBeLessThanOrEqual(320);
  await page.setViewportSize({ width: 1280, height: 800 });
};

/**
 * Issue 14 item 12, issue 15 goal 2: the program list, the mentor register and the Outbox search, filter, sort and page
 * on the server, keep it all in the URL, keep focus on a page change and say why a list is empty.
 */
describe('lists in the browser', () => {
  let server: LotsServer;
  let browser: Browser;
  let programId = '';

  beforeAll(async () => {
    server = await startLots({ DEMO: 'on' });
    browser = await launchBrowser();
    // Sixty more mentors accepted in the demo's program in selection: people imported, applications imported, accepted.
    const coordinator = await apiAs(server.url, 'samordnare@example.org');
    const summary = (await coordinator<{ items: ProgramSummary[] }>('GET', '/api/programs?limit=100')).items.find(
      (p) => p.name === PROGRAM,
    )!;
    const program = await coordinator<Program>('GET', `/api/programs/${summary.id}`);
    programId = program.id;
    const indexes = Array.from({ length: STAGED }, (_, i) => i + 1);
    await postCsv(
      server.url,
      'admin@example.org',
      `/api/organisations/${program.ownerOrganisationId}/people/import`,
      ['name,email,title', ...indexes.map((i) => `${mentorName(i)},registermentor${i}@example.org,Enhetschef`)].join('\n'),
    );
    await postCsv(
      server.url,
      'samordnare@example.org',
      `/api/programs/${program.id}/applications/import`,
      ['email,role,mentor_capacity', ...indexes.map((i) => `registermentor${i}@example.org,mentor,${(i % 3) + 1}`)].join('\n'),
    );
    const submitted = await coordinator<{ items: { id: string }[] }>(
      'GET',
      `/api/programs/${program.id}/applications?role=mentor&status=submitted&q=registermentor&limit=200`,
    );
    expect(submitted.items).toHaveLength(STAGED);
    await coordinator('POST', `/api/programs/${program.id}/decisions`, {
      applicationIds: submitted.items.map((a) => a.id),
      decision: 'accepted',
    });
    // More drafts than one page of the program list (25), each coordinated by the coordinator who creates it.
    for (let i = 1; i <= LISTED; i++)
      await coordinator('POST', '/api/programs', {
        name: listedName(i),
        type: 'classic',
        startsOn: `2031-01-${String(i).padStart(2, '0')}`,
      });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('the mentor register searches, sorts and pages on the server, with the state in the URL', async () => {
    const page = await signedIn(browser, server.url, 'samordnare@example.org');
    await page.goto(`${server.url}/mentor-register`);
    const table = page.getByTestId('mentor-register');
    await table.waitFor();
    const count = page.getByTestId('register-count');
    const total = Number(/^(\d+) mentorer/.exec(await count.innerText())![1]);
    expect(total).toBeGreaterThan(STAGED);
    expect(await count.innerText()).toContain(`Visar 1–50 av ${total}`);
    expect(await table.locator('tbody tr').count()).toBe(50);
    await expectAccessible(page, 'mentor register');

    // The next page: the URL says so, the count says so, and focus is on the count, not lost.
    await page.getByRole('button', { name: 'Nästa' }).click();
    await page.waitForURL(/page=2/);
    await count.filter({ hasText: `Visar 51–${total} av ${total}` }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('register-count');
    await expectFocusKept(page, 'register page change');
    await expect.poll(() => table.locator('tbody tr').count()).toBe(total - 50);

    // Sorting by name descending from the header: back to page 1, aria-sort on the header, the last name first.
    const nameHeader = table.getByRole('columnheader', { name: 'Namn' });
    expect(await nameHeader.getAttribute('aria-sort')).toBe('ascending');
    await table.getByRole('button', { name: 'Namn' }).click();
    await page.waitForURL((url) => url.searchParams.get('dir') === 'desc' && !url.searchParams.has('page'));
    await expect.poll(() => nameHeader.getAttribute('aria-sort')).toBe('descending');
    await count.filter({ hasText: `Visar 1–50 av ${total}` }).waitFor();
    await expect.poll(() => table.locator('tbody tr').count()).toBe(50);
    const firstNames = await table.locator('tbody tr th').allInnerTexts();
    const names = firstNames.map((n) => n.split('\n')[0]!);
    expect(names.indexOf(mentorName(60))).toBeLessThan(names.indexOf(mentorName(59)));

    // Search: only the staged mentors, their count, and the search kept in the URL with the order.
    await page.getByRole('searchbox', { name: 'Sök på namn, e-post, organisation eller titel' }).fill('Registermentor');
    await page.getByRole('button', { name: 'Sök', exact: true }).click();
    await page.waitForURL(/q=Registermentor/);
    await count.filter({ hasText: `${STAGED} mentorer` }).waitFor();
    await expect.poll(async () => (await table.locator('tbody tr th').first().innerText()).split('\n')[0]).toBe(mentorName(60));
    expect((await table.locator('tbody tr th').first().innerText()).split('\n')[0]).toBe(mentorName(60));
    expect(new URL(page.url()).searchParams.get('dir')).toBe('desc');

    // Free capacity, sorted by it: every mentor has some; the largest first.
    await table.getByRole('button', { name: 'Ledig kapacitet' }).click();
    await page.waitForURL(/sort=freeCapacity/);
    await table.getByRole('button', { name: 'Ledig kapacitet' }).click();
    await page.waitForURL((url) => url.searchParams.get('sort') === 'freeCapacity' && url.searchParams.get('dir') === 'desc');
    await expect.poll(() => table.getByRole('columnheader', { name: 'Ledig kapacitet' }).getAttribute('aria-sort')).toBe('descending');
    await expect.poll(async () => (await table.locator('tbody tr').first().locator('td.num').nth(2).innerText()).trim()).toBe('3');

    // The URL alone brings the same list back.
    const url = page.url();
    await page.goto(url);
    await count.filter({ hasText: `${STAGED} mentorer` }).waitFor();
    await expectAccessible(page, 'mentor register, searched and sorted');
    await noSidewaysScroll(page, 'mentor register');

    // Nothing matches: the page says so and offers to clear the search and filters.
    await page.getByRole('searchbox', { name: 'Sök på namn, e-post, organisation eller titel' }).fill('ingen-sådan-mentor');
    await page.getByRole('button', { name: 'Sök', exact: true }).click();
    await page.getByText('Inga mentorer matchar sökningen och filtren.').waitFor();
    await expectAccessible(page, 'mentor register, no match');
    await page.getByRole('button', { name: 'Rensa sökning och filter' }).click();
    await count.filter({ hasText: `${total} mentorer` }).waitFor();
    expect(new URL(page.url()).searchParams.has('q')).toBe(false);
    await page.context().close();
  });

  it('the program list searches, filters, sorts and pages on the server, with the state in the URL', async () => {
    const page = await signedIn(browser, server.url, 'samordnare@example.org');
    await page.goto(`${server.url}/programs`);
    const table = page.getByTestId('program-table');
    await table.waitFor();
    const count = page.getByTestId('program-count');
    const total = Number(/^(\d+) program/.exec(await count.innerText())![1]);
    expect(total).toBeGreaterThan(LISTED);
    expect(await count.innerText()).toContain(`Visar 1–25 av ${total}`);
    expect(await table.locator('tbody tr').count()).toBe(25);
    // Latest start first: the last staged program (2031) heads the list.
    expect(await table.getByRole('columnheader', { name: 'Programperiod' }).getAttribute('aria-sort')).toBe('descending');
    expect(await table.locator('tbody tr').first().getByRole('link').innerText()).toBe(listedName(LISTED));
    await expectAccessible(page, 'program list');

    // The next page: the URL and the count say so, and focus is on the count.
    await page.getByRole('button', { name: 'Nästa' }).click();
    await page.waitForURL(/page=2/);
    await count.filter({ hasText: `Visar 26–${Math.min(50, total)} av ${total}` }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('program-count');
    await expectFocusKept(page, 'program list page change');

    // Sorting by name from the header: back to page 1, aria-sort on the header.
    await table.getByRole('button', { name: 'Program', exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('sort') === 'name' && !url.searchParams.has('page'));
    await expect.poll(() => table.getByRole('columnheader', { name: 'Program', exact: true }).getAttribute('aria-sort')).toBe('ascending');
    const names = async () => (await table.locator('tbody tr td:first-child').allInnerTexts()).map((n) => n.trim());
    await expect
      .poll(async () => {
        const n = await names();
        return n.length > 0 && n.every((x, i) => i === 0 || n[i - 1]!.localeCompare(x, 'sv') <= 0);
      })
      .toBe(true);

    // Search: only the staged programs, in name order, the search kept in the URL with the order.
    await page.getByRole('searchbox', { name: 'Sök på program eller organisation' }).fill('Listprogram');
    await page.getByRole('button', { name: 'Sök', exact: true }).click();
    await page.waitForURL(/q=Listprogram/);
    await count.filter({ hasText: `${LISTED} program` }).waitFor();
    await expect.poll(async () => (await names())[0]).toBe(listedName(1));
    expect(new URL(page.url()).searchParams.get('sort')).toBe('name');
    // Status filter: they are all drafts.
    await page.getByLabel('Status', { exact: true }).selectOption('draft');
    await page.waitForURL(/status=draft/);
    await count.filter({ hasText: `${LISTED} program` }).waitFor();

    // The URL alone brings the same list back.
    await page.goto(page.url());
    await count.filter({ hasText: `${LISTED} program` }).waitFor();
    await expectAccessible(page, 'program list, searched, filtered and sorted');
    await noSidewaysScroll(page, 'program list');

    // A type none of them has: the empty state says why and offers to clear.
    await page.getByLabel('Typ', { exact: true }).selectOption('reverse');
    await page.waitForURL(/type=reverse/);
    await page.getByText('Inget program matchar sökningen och filtren.').waitFor();
    await expectAccessible(page, 'program list, no match');
    await noSidewaysScroll(page, 'program list, no match');
    await page.getByRole('button', { name: 'Rensa sökning och filter' }).click();
    await count.filter({ hasText: `${total} program` }).waitFor();
    expect(new URL(page.url()).searchParams.has('q')).toBe(false);
    await page.context().close();
  });

  it('the Outbox searches, filters by status, sorts and pages over its API', async () => {
    const page = await signedIn(browser, server.url, 'admin@example.org');
    await page.goto(`${server.url}/admin/outbox`);
    const table = page.getByTestId('outbox-table');
    await table.waitFor();
    const count = page.getByTestId('outbox-count');
    const total = Number(/^(\d+) e-post/.exec(await count.innerText())![1]);
    expect(total).toBeGreaterThan(0);
    await expectAccessible(page, 'outbox');
    // Newest first by default; sorting by recipient from the header.
    expect(await table.getByRole('columnheader', { name: 'Skapad' }).getAttribute('aria-sort')).toBe('descending');
    await table.getByRole('button', { name: 'Mottagare' }).click();
    await page.waitForURL(/sort=to/);
    await expect.poll(() => table.getByRole('columnheader', { name: 'Mottagare' }).getAttribute('aria-sort')).toBe('ascending');
    expect(await table.getByRole('columnheader', { name: 'Skapad' }).getAttribute('aria-sort')).toBe('none');
    const recipients = (await table.locator('tbody tr td:nth-child(2)').allInnerTexts()).map((r) => r.toLowerCase());
    // Search for one recipient: only their mail.
    const one = recipients[0]!;
    await page.getByRole('searchbox', { name: 'Sök på mottagare eller ämne' }).fill(one);
    await page.getByRole('button', { name: 'Sök', exact: true }).click();
    await page.waitForURL(/q=/);
    await expect
      .poll(async () => (await table.locator('tbody tr td:nth-child(2)').allInnerTexts()).every((r) => r.toLowerCase().includes(one)))
      .toBe(true);
    // A status nothing has: the empty state says why, and clearing brings everything back.
    await page.getByLabel('Status', { exact: true }).selectOption('failed');
    await page.waitForURL(/status=failed/);
    await page.getByText('Ingen e-post matchar sökningen och filtret.').waitFor();
    await expectAccessible(page, 'outbox, no match');
    await page.getByRole('button', { name: 'Rensa sökning och filter' }).click();
    await count.filter({ hasText: `${total} e-post` }).waitFor();
    // More than one page: the next one keeps focus on the count.
    if (total > 50) {
      await page.getByRole('button', { name: 'Nästa' }).click();
      await page.waitForURL(/page=2/);
      await expectFocusKept(page, 'outbox page change');
    }
    await noSidewaysScroll(page, 'outbox');
    await page.context().close();
  });

  it('the review queue: the name is the row’s link and stays in view at 320 px; select all skips withdrawn; a refused decision names the application and why', async () => {
    const page = await signedIn(browser, server.url, 'samordnare@example.org');
    // The demo's adepts: one of them (Mikael Åberg) has withdrawn.
    await page.goto(`${server.url}/programs/${programId}/review?role=adept`);
    const table = page.getByRole('table', { name: 'Ansökningar' });
    await table.waitFor();
    const mikael = table.getByRole('checkbox', { name: /Markera Mikael Åberg/ });
    await mikael.waitFor();
    const rows = await table.locator('tbody tr').count();
    expect(rows).toBeGreaterThan(2);
    await table.getByRole('checkbox', { name: 'Markera alla ansökningar i listan' }).check();
    expect(await mikael.isChecked()).toBe(false);
    const checked = await table.locator('tbody input[type=checkbox]:checked').count();
    const withdrawn = await table.locator('tbody tr').filter({ hasText: 'Tillbakadragen' }).count();
    expect([withdrawn, checked]).toEqual([1, rows - 1]);
    await table.getByRole('checkbox', { name: 'Markera alla ansökningar i listan' }).uncheck();
    expect(await table.locator('tbody input[type=checkbox]:checked').count()).toBe(0);

    // At 320 px the name is the link, in view with the table scrolled to either end (a sticky column).
    await page.setViewportSize({ width: 320, height: 640 });
    const link = table.getByRole('link', { name: /Granska Mikael Åberg/ });
    expect(await link.innerText()).toBe('Mikael Åberg');
    const inView = async () => {
      const box = (await link.boundingBox())!;
      return box.x >= 0 && box.x + box.width <= 320;
    };
    expect(await inView()).toBe(true);
    await page.getByRole('region', { name: 'Ansökningar', exact: true }).evaluate((el) => (el.scrollLeft = el.scrollWidth));
    expect(await page.getByRole('region', { name: 'Ansökningar', exact: true }).evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    await expect.poll(inView).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.setViewportSize({ width: 1280, height: 800 });

    // Chosen by hand, the withdrawn application is refused by name and reason, and nothing is decided.
    await mikael.check();
    await page.getByRole('button', { name: 'Anta markerade' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Anta', exact: true }).click();
    await dialog.getByText('Mikael Åberg: ansökan är tillbakadragen och kan inte beslutas. Inget beslut har fattats.').waitFor();
    await expectAccessible(page, 'review queue, refused decision');
    await page.keyboard.press('Escape');
    expect(await table.locator('tbody tr').filter({ hasText: 'Mikael Åberg' }).innerText()).toContain('Tillbakadragen');
    await page.context().close();
  });
});
