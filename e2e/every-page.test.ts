import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, ConsoleMessage, Page } from 'playwright-core';
import { startLots, repoRoot, type LotsServer } from './support/server';
import { expectAccessible, launchBrowser } from './support/browser';
import { linkWith } from './support/session';
import { apiAs } from './support/api';
import { stageEvent } from './support/events';
import { startSmtpSink, type SmtpSink } from '../apps/server/src/testing/smtp-sink';

/**
 * Every page of the web app, as each role that can see it (issue 14 items 1 and 8), in the demo world:
 *
 * - reflow (WCAG 1.4.10): at 1280 px, at 320 px, and at 1280 px with 200 % zoom (640 CSS px) the page
 *   never scrolls sideways, and no element is wider than the viewport unless it sits inside a named
 *   scroll container (a table's `TableScroll` region);
 * - a clean console: no console error, no uncaught exception, no failed or refused request (4xx/5xx);
 * - axe: no serious or critical violation at 1280 px;
 * - no text key shown instead of its text, not even for a moment while the page loads (i18next shows
 *   the key of a text it does not have; each page loads its own part of the texts, decision 0188).
 *
 * The router's routes are read from `apps/web/src/routes/`: a route that is not visited here fails the test.
 */

type Role = 'anonymous' | 'participant' | 'manager' | 'coordinator' | 'administrator';

const WIDTHS = [
  { label: '1280 px', width: 1280, height: 800 },
  { label: '320 px', width: 320, height: 640 },
  // 1280 × 800 at 200 % zoom is a 640 × 400 CSS-pixel viewport.
  { label: '1280 px at 200 %', width: 640, height: 400 },
];

/** The paths of every route the router declares (`path: '/…'` in apps/web/src/routes/*.tsx). */
function routerPaths(): string[] {
  const dir = join(repoRoot, 'apps/web/src/routes');
  const paths = new Set<string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.tsx') || f.endsWith('.ts'))) {
    for (const match of readFileSync(join(dir, file), 'utf8').matchAll(/\bpath:\s*'([^']+)'/g)) paths.add(match[1]!);
  }
  return [...paths].sort();
}

interface Visit {
  /** The router path the visit covers, e.g. `/programs/$programId/review`. */
  route: string;
  /** The address visited. */
  url: string;
  role: Role;
}

/** What went wrong on a page: console errors, uncaught exceptions, failed requests. */
function watch(page: Page) {
  const problems: string[] = [];
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => problems.push(`exception: ${error.message}`));
  page.on('requestfailed', (request) => {
    // A navigation away aborts the previous page's pending requests: not the page's fault.
    if (request.failure()?.errorText !== 'net::ERR_ABORTED')
      problems.push(`failed: ${request.method()} ${request.url()} ${request.failure()?.errorText}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()}: ${response.request().method()} ${response.url()}`);
  });
  return problems;
}

/** A key as i18next shows it when its text is missing: `namespace:key.path`, for any namespace of the catalogs. */
const KEY_PATTERN = `\\b(?:${readdirSync(join(repoRoot, 'packages/core/locales/sv'))
  .map((f) => f.replace(/\.json$/, ''))
  .join('|')}):[A-Za-z][\\w.]*`;

/**
 * Records every key shown in the page's text or its labels (aria-label, title, placeholder, alt), from
 * the first render on: `window.__keysShown`.
 */
async function recordShownKeys(context: BrowserContext): Promise<void> {
  await context.addInitScript((pattern: string) => {
    const re = new RegExp(pattern, 'g');
    const seen = new Set<string>();
    (window as unknown as { __keysShown: Set<string> }).__keysShown = seen;
    const LABELS = ['aria-label', 'title', 'placeholder', 'alt'];
    const check = (text: string | null | undefined) => {
      for (const m of text?.match(re) ?? []) seen.add(m);
    };
    const checkNode = (node: Node) => {
      check(node.textContent);
      if (!(node instanceof Element)) return;
      for (const el of [node, ...Array.from(node.querySelectorAll(LABELS.map((a) => `[${a}]`).join(',')))])
        for (const a of LABELS) check(el.getAttribute(a));
    };
    new MutationObserver((records) => {
      for (const r of records) {
        if (r.type === 'characterData') check(r.target.textContent);
        else if (r.type === 'attributes') check((r.target as Element).getAttribute(r.attributeName!));
        else r.addedNodes.forEach(checkNode);
      }
    }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: LABELS });
  }, KEY_PATTERN);
}

/** The keys shown since the last call, and forgets them. */
async function keysShown(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const seen = (window as unknown as { __keysShown?: Set<string> }).__keysShown;
    const keys = [...(seen ?? [])];
    seen?.clear();
    return keys;
  });
}

/** Elements wider than the viewport that are not inside a named scroll container, and the document's own overflow. */
async function overflow(page: Page) {
  return page.evaluate(() => {
    const root = document.documentElement;
    const width = root.clientWidth;
    const inNamedScroller = (el: Element) => {
      for (let p = el.parentElement; p; p = p.parentElement) {
        const style = getComputedStyle(p);
        if (
          (style.overflowX === 'auto' || style.overflowX === 'scroll') &&
          (p.getAttribute('aria-label') || p.getAttribute('aria-labelledby'))
        )
          return true;
      }
      return false;
    };
    const wide: string[] = [];
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) continue;
      if (rect.right > width + 1 || rect.left < -1) {
        if (inNamedScroller(el)) continue;
        // Visually hidden text (sr-only) is clipped to 1 px and never seen.
        const style = getComputedStyle(el);
        if (style.clip === 'rect(0px, 0px, 0px, 0px)' || style.clipPath === 'inset(50%)') continue;
        const id = el.id ? `#${el.id}` : '';
        const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
        wide.push(
          `${el.tagName.toLowerCase()}${id}${cls} [${Math.round(rect.left)}–${Math.round(rect.right)}] "${(el.textContent ?? '').trim().slice(0, 40)}"`,
        );
      }
    }
    // Report the outermost offenders only: their children follow them out.
    const outermost = wide.slice(0, 8);
    return { scrollWidth: root.scrollWidth, clientWidth: width, wide: outermost, total: wide.length };
  });
}

describe('every page: reflow at 320 px, 1280 px and 200 % zoom, a clean console, axe', () => {
  let server: LotsServer;
  let fresh: LotsServer;
  let sink: SmtpSink;
  let browser: Browser;
  const visits: Visit[] = [];

  beforeAll(async () => {
    sink = await startSmtpSink();
    [server, fresh] = await Promise.all([startLots({ DEMO: 'on', SMTP_URL: sink.url }), startLots({ DEMO: 'off' })]);
    browser = await launchBrowser();
    const url = server.url;

    const coordinator = await apiAs(url, 'samordnare@example.org');
    const admin = await apiAs(url, 'admin@example.org');
    const adept = await apiAs(url, 'adept@example.org');
    const programs = (await coordinator<{ items: { id: string; name: string }[] }>('GET', '/api/programs?limit=100')).items;
    const program = (name: string) => programs.find((p) => p.name === name)?.id ?? `(no program ${name})`;
    const selection = program('Mentorprogram för chefer 2027 – myndighetssamverkan');
    const running = program('Mentorprogram för chefer 2026 – myndighetssamverkan');
    const joint = program('Omvänt mentorskap i staten 2026');
    const closed = program('Mentorprogram för chefer 2025');
    const adeptPrograms = (await adept<{ items: { id: string; name: string; status: string }[] }>('GET', '/api/programs?limit=100')).items;
    const open = adeptPrograms.find((p) => p.status === 'open')!.id;
    const me = await admin<{ person: { organisationId: string } }>('GET', '/api/me');
    const orgId = me.person.organisationId;
    const applications = (
      await coordinator<{ items: { id: string; confirmation: string }[] }>('GET', `/api/programs/${selection}/applications?limit=100`)
    ).items;
    const pairs = await adept<{ pairId: string }[]>('GET', '/api/mentorships');
    const pairId = pairs[0]!.pairId;

    // The links mailed to people without a session: an invitation, a manager's confirmation, a survey, a new password.
    await admin('POST', `/api/organisations/${orgId}/invitations`, { name: 'Vera Sidvy', email: 'vera.sidvy@example.org' });
    const invitation = linkWith((await sink.waitFor((m) => m.to.includes('vera.sidvy@example.org'))).text, '/invitation/');
    const pending = applications.find((a) => a.confirmation === 'pending')!.id;
    await coordinator('POST', `/api/programs/${selection}/applications/${pending}/confirmation/remind`);
    const respond = linkWith((await sink.waitFor((m) => m.text.includes('/respond/'))).text, '/respond/');
    await coordinator('POST', `/api/programs/${closed}/surveys`, { kind: 'end', instruments: ['mentoring-functions'] });
    const survey = linkWith((await sink.waitFor((m) => m.text.includes('/surveys/answer/'), 60_000)).text, '/surveys/answer/');
    // A survey of the adept's own running program, answered in the app (/surveys/$invitationId).
    await coordinator('POST', `/api/programs/${running}/surveys`, {
      kind: 'adhoc',
      opensOn: new Date().toISOString().slice(0, 10),
      instruments: ['mentoring-functions'],
    });
    // An event of the running program: its invitation mail carries the answer link (/event-answer/$token).
    await stageEvent(coordinator, running, { title: 'Sidvyträff', startsInHours: 10 * 24 });
    const eventAnswer = linkWith((await sink.waitFor((m) => m.text.includes('/event-answer/'), 60_000)).text, '/event-answer/');
    let invitationId: string | undefined;
    for (let i = 0; i < 120 && !invitationId; i++) {
      invitationId = (await adept<{ open: { id: string }[] }>('GET', '/api/me/surveys')).open[0]?.id;
      if (!invitationId) await new Promise((r) => setTimeout(r, 500));
    }
    const reset = await fetch(`${url}/api/auth/request-password-reset`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: url },
      body: JSON.stringify({ email: 'mentor@example.org', redirectTo: '/reset-password' }),
    });
    expect(reset.status).toBe(200);
    const resetMail = await sink.waitFor((m) => m.to.includes('mentor@example.org') && m.text.includes('/reset-password/'), 30_000);
    // better-auth's link checks the token and redirects to the page /reset-password?token=…
    const resetLink = linkWith(resetMail.text, '/reset-password/');

    const add = (role: Role, route: string, path: string) =>
      visits.push({ role, route, url: path.startsWith('http') ? path : `${url}${path}` });
    add('anonymous', '/sign-in', '/sign-in');
    add('anonymous', '/forgot-password', '/forgot-password');
    add('anonymous', '/reset-password', resetLink);
    add('anonymous', '/setup', `${fresh.url}/setup`);
    add('anonymous', '/invitation/$token', invitation);
    add('manager', '/respond/$token', respond);
    add('anonymous', '/surveys/answer/$token', survey);
    add('anonymous', '/event-answer/$token', eventAnswer);
    add('anonymous', '/accessibility', '/accessibility');

    add('participant', '/', '/');
    add('participant', '/profile', '/profile');
    add('participant', '/programs', '/programs');
    add('participant', '/programs/$programId', `/programs/${open}`);
    add('participant', '/programs/$programId/apply/$role', `/programs/${open}/apply/adept`);
    // Preferences are the accepted participants' own page.
    add('participant', '/programs/$programId/preferences', `/programs/${running}/preferences`);
    // The old "My matches" address redirects to "My mentorship" (issue 14 item 11).
    add('participant', '/pairs', '/pairs');
    add('participant', '/surveys', '/surveys');
    add('participant', '/surveys/$invitationId', `/surveys/${invitationId}`);
    add('participant', '/mentorships', '/mentorships');
    add('participant', '/mentorships/$pairId', `/mentorships/${pairId}`);
    add('participant', '/accessibility', '/accessibility');

    add('manager', '/', '/');
    add('manager', '/programs/$programId', `/programs/${open}`);
    add('manager', '/mentorships', '/mentorships');

    add('coordinator', '/', '/');
    add('coordinator', '/programs', '/programs');
    add('coordinator', '/programs/new', '/programs/new');
    add('coordinator', '/programs/$programId', `/programs/${selection}`);
    add('coordinator', '/programs/$programId/edit', `/programs/${selection}/edit`);
    add('coordinator', '/programs/$programId/review', `/programs/${selection}/review`);
    add('coordinator', '/programs/$programId/review/$applicationId', `/programs/${selection}/review/${pending}`);
    add('coordinator', '/programs/$programId/matching', `/programs/${selection}/matching`);
    add('coordinator', '/programs/$programId/pairs', `/programs/${running}/pairs`);
    add('coordinator', '/programs/$programId/networking', `/programs/${running}/networking`);
    add('coordinator', '/programs/$programId/evaluation', `/programs/${closed}/evaluation`);
    add('coordinator', '/programs/$programId/costs', `/programs/${joint}/costs`);
    add('coordinator', '/mentor-register', '/mentor-register');

    add('administrator', '/', '/');
    add('administrator', '/admin/organisations', '/admin/organisations');
    add('administrator', '/admin/organisations/$orgId', `/admin/organisations/${orgId}`);
    add('administrator', '/admin/organisations/$orgId/people', `/admin/organisations/${orgId}/people`);
    add('administrator', '/admin/organisations/$orgId/people/import', `/admin/organisations/${orgId}/people/import`);
    add('administrator', '/admin/organisations/$orgId/evaluation', `/admin/organisations/${orgId}/evaluation`);
    add('administrator', '/admin/outbox', '/admin/outbox');
    add('administrator', '/participation', '/participation');
  }, 400_000);

  afterAll(async () => {
    await browser?.close();
    await Promise.all([server?.stop(), fresh?.stop()]);
    await sink?.close();
  });

  it('visits every route the router declares', () => {
    const visited = new Set(visits.map((v) => v.route));
    const declared = routerPaths();
    expect(declared.length).toBeGreaterThan(25);
    expect(declared.filter((p) => !visited.has(p))).toEqual([]);
    expect([...visited].filter((p) => !declared.includes(p))).toEqual([]);
  });

  it('a first visit follows the browser’s language (issue 14 item 6); a mail link’s language wins over it', async () => {
    for (const [locale, lang, heading] of [
      ['nb-NO', 'nb', 'Logg inn'],
      ['en-GB', 'en', 'Sign in'],
      ['sv-SE', 'sv', 'Logga in'],
    ] as const) {
      const context = await browser.newContext({ locale });
      const page = await context.newPage();
      const problems = watch(page);
      await page.goto(`${server.url}/sign-in`);
      await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
      expect(problems, `console of a first visit in ${locale}`).toEqual([]);
      await context.close();
    }
    const norwegian = await browser.newContext({ locale: 'en-GB' });
    const page = await norwegian.newPage();
    await page.goto(`${server.url}/sign-in?lang=nb`);
    await page.getByRole('heading', { name: 'Logg inn', level: 1 }).waitFor();
    await norwegian.close();
  });

  it('program texts carry their language when the UI has another (WCAG 3.1.2, issue 14 item 4)', async () => {
    const adept = await apiAs(server.url, 'adept@example.org');
    const programs = (await adept<{ items: { id: string; status: string }[] }>('GET', '/api/programs?limit=100')).items;
    const program = await adept<{ id: string; name: string; purpose: string | null; languages: string[] }>(
      'GET',
      `/api/programs/${programs.find((p) => p.status === 'open')!.id}`,
    );
    expect(program.languages[0]).toBe('sv');
    expect(program.purpose).toBeTruthy();
    const context = await browser.newContext();
    await signIn(context, 'adept@example.org');
    const page = await context.newPage();
    try {
      await page.goto(`${server.url}/programs/${program.id}`);
      const purpose = page.getByText(program.purpose!, { exact: true });
      await purpose.waitFor();
      // In Swedish, the Swedish texts need no lang of their own.
      expect(await purpose.getAttribute('lang')).toBeNull();
      await page.getByLabel('Språk', { exact: true }).selectOption('en');
      await page.getByRole('heading', { name: 'Purpose', level: 3 }).waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
      expect(await purpose.getAttribute('lang')).toBe('sv');
      expect(await page.locator('main h1').getAttribute('lang')).toBe('sv');
      // The English headings around them do not.
      expect(await page.getByRole('heading', { name: 'Purpose', level: 3 }).getAttribute('lang')).toBeNull();
      await expectAccessible(page, 'program page in English with Swedish texts');
    } finally {
      // The adept's saved language back to Swedish for the pages below.
      await adept('PATCH', '/api/me', { locale: 'sv' });
      await context.close();
    }
  });

  async function signIn(context: BrowserContext, email: string): Promise<void> {
    const response = await context.request.post(`${server.url}/api/auth/sign-in/email`, {
      data: { email, password: 'lots-demo' },
      headers: { origin: server.url },
    });
    expect(response.status(), `sign-in ${email}`).toBe(200);
  }

  const ACCOUNTS: Record<Role, string | null> = {
    anonymous: null,
    // The anonymous manager's confirmation link is under `manager` too; a signed-in manager is Anders, who has staff.
    manager: 'mentor@example.org',
    participant: 'adept@example.org',
    coordinator: 'samordnare@example.org',
    administrator: 'admin@example.org',
  };

  it.each(['anonymous', 'participant', 'manager', 'coordinator', 'administrator'] as Role[])(
    'as %s: no sideways scrolling, a clean console and axe at 0 on each page',
    async (role) => {
      const failures: string[] = [];
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const anonymousContext = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      await Promise.all([recordShownKeys(context), recordShownKeys(anonymousContext)]);
      try {
        const email = ACCOUNTS[role];
        if (email) await signIn(context, email);
        const page = await context.newPage();
        const anonymousPage = await anonymousContext.newPage();
        const problems = watch(page);
        const anonymousProblems = watch(anonymousPage);
        for (const visit of visits.filter((v) => v.role === role)) {
          // Token links are opened without a session, as from a mail.
          const tokenLink = /\/(respond|invitation|surveys\/answer|event-answer|reset-password)/.test(visit.url);
          const p = tokenLink ? anonymousPage : page;
          const log = tokenLink ? anonymousProblems : problems;
          const label = `${visit.route} as ${role}`;
          log.length = 0;
          await p.setViewportSize({ width: 1280, height: 800 });
          await p.goto(visit.url);
          await p.locator('main h1').first().waitFor({ timeout: 30_000 });
          await p.waitForLoadState('networkidle');
          await p
            .locator('.loading')
            .first()
            .waitFor({ state: 'detached', timeout: 30_000 })
            .catch(() => undefined);
          try {
            await expectAccessible(p, label);
          } catch (error) {
            failures.push(String(error instanceof Error ? error.message : error).slice(0, 800));
          }
          for (const size of WIDTHS) {
            await p.setViewportSize({ width: size.width, height: size.height });
            await p.waitForTimeout(50);
            const result = await overflow(p);
            if (result.scrollWidth > result.clientWidth || result.wide.length > 0)
              failures.push(
                `${label} at ${size.label}: scrollWidth ${result.scrollWidth} > ${result.clientWidth}; ${result.total} wide: ${result.wide.join('; ')}`,
              );
          }
          if (log.length > 0) failures.push(`${label}: ${[...new Set(log)].join(' | ')}`);
          const keys = await keysShown(p);
          if (keys.length > 0) failures.push(`${label}: text keys shown: ${keys.join(', ')}`);
        }
      } finally {
        await context.close();
        await anonymousContext.close();
      }
      expect(failures).toEqual([]);
    },
    300_000,
  );
});
