/**
 * Hostile pages and other addresses, in real Chromium against the real server: a page on
 * another port of 127.0.0.1 (same site, so the browser sends Lots' SameSite=Lax cookie)
 * tries to withdraw a signed-in adept's application; Lots opened at localhost instead of
 * 127.0.0.1; a production server opened at an address other than its PUBLIC_URL.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startLots, type LotsServer } from './support/server';
import { launchBrowser } from './support/browser';
import { apiAs } from './support/api';
import { signedIn } from './support/session';

type Mine = { role: string; status: string }[];

/** A web server on another port that serves whatever page the test puts at a path. */
async function startOtherSite(): Promise<{ url: string; pages: Map<string, string>; close(): Promise<void> }> {
  const pages = new Map<string, string>();
  const server: Server = createServer((request, response) => {
    const page = pages.get(request.url ?? '');
    response.writeHead(page ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    response.end(page ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    pages,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

describe('cross-site request forgery from a page on another port', () => {
  let server: LotsServer;
  let other: Awaited<ReturnType<typeof startOtherSite>>;
  let browser: Browser;
  let page: Page;
  let withdrawUrl: string;
  let adeptApi: Awaited<ReturnType<typeof apiAs>>;
  let programId: string;

  const adeptStatus = async () =>
    (await adeptApi<Mine>('GET', `/api/programs/${programId}/applications/mine`)).find((a) => a.role === 'adept')?.status;

  beforeAll(async () => {
    server = await startLots({ DEMO: 'on' });
    other = await startOtherSite();
    browser = await launchBrowser();
    adeptApi = await apiAs(server.url, 'adept@example.org');
    // The demo adept's submitted application (the cross-agency program).
    const list = (await adeptApi<{ items: { id: string }[] }>('GET', '/api/programs?limit=100')).items;
    for (const program of list) {
      const mine = await adeptApi<Mine>('GET', `/api/programs/${program.id}/applications/mine`).catch(() => [] as Mine);
      if (mine.some((a) => a.role === 'adept' && a.status === 'submitted')) programId = program.id;
    }
    expect(programId, 'the demo adept has a submitted application').toBeTruthy();
    withdrawUrl = `${server.url}/api/programs/${programId}/applications/mine/adept/withdraw`;
    page = await signedIn(browser, server.url, 'adept@example.org');
  });
  afterAll(async () => {
    await browser?.close();
    await other?.close();
    await server?.stop();
  });

  it('refuses a text/plain form the other page posts on load, and the application stays submitted', async () => {
    other.pages.set(
      '/form',
      `<!doctype html><html><body>
        <form method="POST" action="${withdrawUrl}" enctype="text/plain"><input type="hidden" name='{"x":"' value='"}'></form>
        <script>document.forms[0].submit()</script>
      </body></html>`,
    );
    const answer = page.waitForResponse((response) => response.url() === withdrawUrl && response.request().method() === 'POST');
    await page.goto(`${other.url}/form`);
    const response = await answer;
    // The browser did send the session cookie: the refusal is Lots' own, not the browser's.
    const sent = await response.request().allHeaders();
    expect(sent.cookie).toContain('session_token=');
    expect(sent.origin).toBe(other.url);
    expect(response.status()).toBe(403);
    expect(await response.text()).toContain(`PUBLIC_URL ${server.url}`);
    expect(await adeptStatus()).toBe('submitted');
  });

  it('refuses a fetch the other page sends with the cookie (no-cors, text/plain), and nothing changes', async () => {
    other.pages.set(
      '/fetch',
      `<!doctype html><html><body><p id="done">…</p><script>
        fetch(${JSON.stringify(withdrawUrl)}, { method: 'POST', mode: 'no-cors', credentials: 'include', headers: { 'content-type': 'text/plain' }, body: '{}' })
          .finally(() => { document.getElementById('done').textContent = 'sent'; });
      </script></body></html>`,
    );
    const answer = page.waitForResponse((response) => response.url() === withdrawUrl);
    await page.goto(`${other.url}/fetch`);
    const response = await answer;
    await page.getByText('sent').waitFor();
    // Playwright does not report a no-cors request's headers; the server's log says why it refused.
    expect(response.status()).toBe(403);
    const refusals = server
      .output()
      .split('\n')
      .filter((line) => line.includes('refused a change sent from another origin'));
    expect(refusals.filter((line) => line.includes(other.url)).length).toBeGreaterThanOrEqual(2);
    expect(await adeptStatus()).toBe('submitted');
  });

  it('the same request from Lots’ own page goes through (so the refusals above were about the origin)', async () => {
    await page.goto(`${server.url}/`);
    await page.getByRole('button', { name: 'Logga ut' }).waitFor();
    const status = await page.evaluate(async (url) => (await fetch(url, { method: 'POST', credentials: 'include' })).status, withdrawUrl);
    expect(status).toBe(200);
    expect(await adeptStatus()).toBe('withdrawn');
  });
});

describe('the Content-Security-Policy in a real browser', () => {
  let server: LotsServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startLots({ DEMO: 'on' });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('the web app and the API docs page work under it, with no violation reported', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content.Security.Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.goto(`${server.url}/sign-in`);
    await page.getByLabel('E-post', { exact: true }).fill('samordnare@example.org');
    await page.getByLabel('Lösenord', { exact: true }).fill('lots-demo');
    await page.getByRole('button', { name: 'Logga in', exact: true }).click();
    await page.getByRole('button', { name: 'Logga ut' }).waitFor();
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Program' }).first().click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForLoadState('networkidle');
    const docs = await page.goto(`${server.url}/api/docs`);
    expect(docs?.headers()['content-security-policy']).toContain("script-src 'self'");
    // Swagger UI rendered the operations: its scripts ran.
    await page.getByText('/api/programs/{programId}').first().waitFor();
    expect(violations).toEqual([]);
    await context.close();
  });
});

describe('Lots opened at another address', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('outside production, http://localhost works as well as http://127.0.0.1 (PUBLIC_URL)', async () => {
    const server = await startLots({ DEMO: 'on' });
    try {
      const localhost = server.url.replace('127.0.0.1', 'localhost');
      const page = await signedIn(browser, localhost, 'samordnare@example.org');
      expect(new URL(page.url()).hostname).toBe('localhost');
      await page.context().close();
    } finally {
      await server.stop();
    }
  });

  it('in production, first-run setup at another address than PUBLIC_URL says where Lots is, and creates nothing', async () => {
    const server = await startLots({ NODE_ENV: 'production', DEMO: 'off' }, { publicUrl: (port) => `http://localhost:${port}` });
    try {
      const publicUrl = server.url.replace('127.0.0.1', 'localhost');
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${server.url}/setup`);
      await page.getByLabel('Organisationens namn').fill('Tullverket');
      await page.getByLabel('Ditt namn').fill('Eva Berg');
      await page.getByLabel('E-post').fill('eva@tull.example');
      await page.getByLabel('Lösenord', { exact: true }).fill('a-password-123');
      await page.getByRole('button', { name: 'Skapa organisation och konto' }).click();
      const alert = page.getByRole('alert').filter({ hasText: publicUrl });
      await alert.waitFor();
      expect(await alert.innerText()).toContain(`Lots finns på ${publicUrl}`);
      // Nothing was set up: the first-run setup is still waiting.
      expect(await (await fetch(`${server.url}/api/setup/status`)).json()).toMatchObject({ needsSetup: true });
      await context.close();
    } finally {
      await server.stop();
    }
  });
});
