/** Debian's Chromium driven by playwright-core, and the axe check every visited page must pass. */
import { chromium, type Browser, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { expect } from 'vitest';

/**
 * The browser of a Swedish civil servant: every context's browser language (navigator.languages,
 * Accept-Language) is Swedish unless a test asks for another `locale`. A first visit follows the
 * browser's language (issue 14 item 6); Chromium's own default would be en-US.
 */
export async function launchBrowser(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
  const newContext = browser.newContext.bind(browser);
  browser.newContext = (options = {}) => newContext({ locale: 'sv-SE', ...options });
  const newPage = browser.newPage.bind(browser);
  browser.newPage = (options = {}) => newPage({ locale: 'sv-SE', ...options });
  return browser;
}

/** No serious or critical WCAG 2.1 A/AA violations on the page as it is now. */
export async function expectAccessible(page: Page, label = page.url()): Promise<void> {
  // A dialog fades in: contrast measured mid-transition is not what anyone reads. Wait (at most 2 s) for the page's
  // finite animations and transitions to end; endless ones (a spinner) are left running.
  await page.evaluate(() =>
    Promise.race([
      Promise.all(
        document
          .getAnimations()
          .filter((a) => Number.isFinite(Number(a.effect?.getComputedTiming().endTime)))
          .map((a) => a.finished.catch(() => undefined)),
      ),
      new Promise((resolve) => setTimeout(resolve, 2000)),
    ]),
  );
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const summary = bad.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
  expect(summary, `axe on ${label}`).toEqual([]);
}

/** Focus is on an element of the page, never on <body> (WCAG 2.4.3). Returns the focused element's id or tag. */
export async function expectFocusKept(page: Page, label: string): Promise<string> {
  const focused = await page.evaluate(() => {
    const el = document.activeElement;
    return !el || el === document.body ? 'BODY' : el.id || el.tagName;
  });
  expect(focused, `focus after ${label}`).not.toBe('BODY');
  return focused;
}

/**
 * After an invalid submit: the form's error summary has focus and names each invalid field; each of
 * its links moves focus to its field. Returns the summary's link texts.
 */
export async function expectErrorSummary(page: Page, label: string): Promise<string[]> {
  const summary = page.locator('ds-error-summary');
  await summary.waitFor();
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.tagName), { message: `summary focused on ${label}` })
    .toBe('DS-ERROR-SUMMARY');
  const links = summary.getByRole('link');
  const texts = await links.allInnerTexts();
  expect(texts.length, `summary links on ${label}`).toBeGreaterThan(0);
  await expectAccessible(page, `${label} with its error summary`);
  for (let i = 0; i < texts.length; i++) {
    const target = (await links.nth(i).getAttribute('href'))!.slice(1);
    await links.nth(i).click();
    const focused = await page.evaluate(() => ({
      id: document.activeElement?.id,
      invalid: document.activeElement?.getAttribute('aria-invalid'),
    }));
    expect(focused, `link ${texts[i]} on ${label}`).toEqual({ id: target, invalid: 'true' });
  }
  return texts;
}
