import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Home } from '@lots/core';
import { startLots, type LotsServer } from './support/server';
import { expectAccessible, launchBrowser } from './support/browser';
import { signedIn } from './support/session';
import { apiAs } from './support/api';
import { stageEvent } from './support/events';

/** No sideways scrolling at this width: the document and every element fit the viewport. */
async function expectReflow(page: Page, label: string) {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.waitForTimeout(100);
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth, `${label} at 320 px`).toBeLessThanOrEqual(clientWidth);
  await page.setViewportSize({ width: 1280, height: 800 });
}

/**
 * Issue 14 item 11: home pages built around tasks and status, in the demo world. The coordinator
 * sees per program what needs doing, each a link with its count to the page that handles it; the
 * adept sees their mentorship, the next meeting and what is expected now.
 */
describe('the home page in the browser', () => {
  let server: LotsServer;
  let browser: Browser;
  let running: string;

  beforeAll(async () => {
    server = await startLots({ DEMO: 'on' });
    browser = await launchBrowser();
    const coordinator = await apiAs(server.url, 'samordnare@example.org');
    const programs = (await coordinator<{ items: { id: string; name: string }[] }>('GET', '/api/programs?limit=100')).items;
    running = programs.find((p) => p.name === 'Mentorprogram för chefer 2026 – myndighetssamverkan')!.id;
    // Something for the adept to answer, and a meeting planned in the pair.
    await stageEvent(coordinator, running, { title: 'Hemsidans inspirationsträff', startsInHours: 9 * 24, kind: 'inspiration' });
    const adept = await apiAs(server.url, 'adept@example.org');
    const pairId = (await adept<{ pairId: string; status: string }[]>('GET', '/api/mentorships')).find(
      (p) => p.status === 'active',
    )!.pairId;
    await adept('PUT', `/api/mentorships/${pairId}/next-meeting`, { nextMeetingAt: new Date(Date.now() + 4 * 86_400_000).toISOString() });
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('a coordinator sees each program’s tasks as links with their counts, leading to the filtered page', async () => {
    const api = await apiAs(server.url, 'samordnare@example.org');
    const home = await api<Home>('GET', '/api/me/home');
    expect(home.coordinator.length).toBeGreaterThan(0);
    const page = await signedIn(browser, server.url, 'samordnare@example.org');
    await page.goto(`${server.url}/`);
    const section = page.getByRole('region', { name: 'Dina program' });
    await section.waitFor();
    for (const p of home.coordinator) await section.getByRole('heading', { name: new RegExp(p.programName), level: 3 }).waitFor();
    // Each count in the API is a link in the page with that count in its text.
    const withApplications = home.coordinator.find((p) => p.applicationsWaiting > 0)!;
    expect(withApplications, 'the demo has a program with applications waiting').toBeDefined();
    const n = withApplications.applicationsWaiting;
    const waiting = `${n} ${n === 1 ? 'ansökan' : 'ansökningar'} väntar på beslut`;
    const withPairs = home.coordinator.find((p) => p.programId === running)!;
    expect(withPairs.nextEvents.map((e) => e.title)).toContain('Hemsidans inspirationsträff');
    const card = section.getByRole('listitem').filter({ has: page.getByRole('heading', { name: new RegExp(withPairs.programName) }) });
    await card.getByText('Hemsidans inspirationsträff').waitFor();
    await expectAccessible(page, 'coordinator home');
    await expectReflow(page, 'coordinator home');
    await section.getByRole('link', { name: waiting }).first().click();
    await page.waitForURL(/\/review\?status=submitted$/);
    await page.getByRole('heading', { level: 1 }).waitFor();
    // The queue behind the link holds as many as the home page said.
    const queue = await api<{ total: number }>('GET', `/api/programs/${withApplications.programId}/applications?status=submitted`);
    expect(queue.total).toBe(withApplications.applicationsWaiting);
    await page.context().close();
  });

  it('an adept sees the mentorship, the next meeting and what is expected now; axe and 320 px', async () => {
    const page = await signedIn(browser, server.url, 'adept@example.org');
    await page.goto(`${server.url}/`);
    const mentorship = page.getByRole('region', { name: 'Ditt mentorskap' });
    await mentorship.getByRole('link', { name: 'Mentorskap med Anders Holmgren' }).waitFor();
    expect(await page.getByTestId('home-next-meeting').innerText()).toMatch(/Anders Holmgren/);
    const expected = page.getByRole('region', { name: 'Att göra nu' });
    const invitation = expected.getByRole('link', { name: 'Svara på inbjudan till Hemsidans inspirationsträff' });
    await invitation.waitFor();
    await expect(
      page.getByRole('region', { name: 'Dina ansökningar' }).getByRole('heading', { level: 3 }).count(),
    ).resolves.toBeGreaterThan(0);
    // A coordinator's counts are not shown to someone who coordinates nothing.
    expect(await page.getByRole('region', { name: 'Dina program' }).count()).toBe(0);
    await expectAccessible(page, 'adept home');
    await expectReflow(page, 'adept home');
    // One place for one relationship: the main navigation has "Mitt mentorskap" and no "Mina matchningar".
    const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
    expect(await nav.getByRole('link', { name: 'Mina matchningar' }).count()).toBe(0);
    await nav.getByRole('link', { name: 'Mitt mentorskap' }).click();
    await page.getByRole('heading', { name: 'Mitt mentorskap', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Mentorskap med Anders Holmgren' }).waitFor();
    await invitationFromHome(page);
    await page.context().close();
  });

  /** The invitation's link leads to the program page, where it is answered. */
  async function invitationFromHome(page: Page) {
    await page.goto(`${server.url}/`);
    await page.getByRole('link', { name: 'Svara på inbjudan till Hemsidans inspirationsträff' }).click();
    await page.waitForURL(new RegExp(`/programs/${running}$`));
    await page.getByText('Hemsidans inspirationsträff').first().waitFor();
  }
});
