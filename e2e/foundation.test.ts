import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startLots, type LotsServer } from './support/server';
import { launchBrowser, expectAccessible } from './support/browser';
import { startSmtpSink, type SmtpSink } from '../apps/server/src/testing/smtp-sink';
import { apiAs } from './support/api';

const DEMO = ['admin@example.org', 'samordnare@example.org', 'mentor@example.org', 'adept@example.org'];

async function signIn(page: Page, url: string, email: string, password = 'lots-demo') {
  await page.goto(`${url}/sign-in`);
  await page.getByLabel('E-post', { exact: true }).fill(email);
  await page.getByLabel('Lösenord', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Logga in', exact: true }).click();
  await page.getByRole('button', { name: 'Logga ut' }).waitFor();
}

describe('the demo world in the browser', () => {
  let server: LotsServer;
  let sink: SmtpSink;
  let browser: Browser;
  beforeAll(async () => {
    sink = await startSmtpSink();
    server = await startLots({ DEMO: 'on', SMTP_URL: sink.url });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await sink?.close();
  });

  it('prints the demo accounts on first start and lists them on the sign-in page', async () => {
    expect(server.output()).toContain('samordnare@example.org');
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${server.url}/sign-in`);
    await page.getByRole('heading', { name: 'Demokonton' }).waitFor();
    for (const email of DEMO) expect(await page.getByRole('cell', { name: email, exact: true }).count()).toBe(1);
    await expectAccessible(page, 'sign-in');
    await page.context().close();
  });

  it('signs in as each demo role, shows the right navigation, and every page passes axe', async () => {
    for (const email of DEMO) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await signIn(page, server.url, email);
      await expectAccessible(page, `home as ${email}`);
      const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
      const links = await nav.getByRole('link').allInnerTexts();
      if (email === 'admin@example.org') {
        expect(links).toEqual(expect.arrayContaining(['Start', 'Min profil', 'Personer', 'Utkorg']));
        for (const name of ['Personer', 'Utkorg', 'Organisationer']) {
          const link = nav.getByRole('link', { name, exact: true });
          if ((await link.count()) === 0) continue;
          await link.click();
          await page.getByRole('heading', { level: 1 }).waitFor();
          await page.waitForLoadState('networkidle');
          await expectAccessible(page, `${name} as admin`);
        }
      } else {
        expect(links).not.toContain('Utkorg');
      }
      await nav.getByRole('link', { name: 'Min profil' }).click();
      await page.getByRole('heading', { level: 1 }).waitFor();
      await expectAccessible(page, `profile as ${email}`);
      await page.getByRole('button', { name: 'Logga ut' }).click();
      await page.getByRole('heading', { name: 'Logga in', exact: true }).waitFor();
      await context.close();
    }
  });

  it('refuses a wrong password with a message', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${server.url}/sign-in`);
    await page.getByLabel('E-post', { exact: true }).fill('adept@example.org');
    await page.getByLabel('Lösenord', { exact: true }).fill('not-the-password');
    await page.getByRole('button', { name: 'Logga in', exact: true }).click();
    await page.getByText('Fel e-postadress eller lösenord.').waitFor();
    await expectAccessible(page, 'sign-in with error');
    await page.context().close();
  });

  it('checks the sign-in form before sending it: error summary with focus, messages on the fields (decision 0183)', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${server.url}/sign-in`);
    await page.getByRole('button', { name: 'Logga in', exact: true }).click();
    const summary = page.getByText('Rätta följande innan du fortsätter:');
    await summary.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toContain('Rätta följande');
    const items = page.locator('.form__summary a');
    expect(await items.allTextContents()).toEqual(['E-post: Fyll i fältet.', 'Lösenord: Fyll i fältet.']);
    await expectAccessible(page, 'sign-in with error summary');
    // A summary link moves focus to its field.
    await items.first().click();
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe('email');
    await page.getByLabel('E-post', { exact: true }).fill('inte-en-adress');
    await page.getByLabel('Lösenord', { exact: true }).fill('lots-demo');
    await page.getByRole('button', { name: 'Logga in', exact: true }).click();
    await expect.poll(() => items.allTextContents()).toEqual(['E-post: Skriv en giltig e-postadress, till exempel namn@myndighet.se.']);
    // Typing in a field clears its message; a good address (any case, spaces around) signs in.
    await page.getByLabel('E-post', { exact: true }).fill('  Adept@Example.org ');
    expect(await page.getByLabel('E-post', { exact: true }).getAttribute('aria-invalid')).not.toBe('true');
    await page.getByRole('button', { name: 'Logga in', exact: true }).click();
    await page.getByRole('button', { name: 'Logga ut' }).waitFor();
    await page.context().close();
  });

  it('switches the language, and remembers it for the user', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    // The texts come in parts, one chunk per part of the app and language (decision 0188): the shell's
    // and the sign-in page's on the sign-in page, the home page's with it; a switch loads the new
    // language's texts of every part in use, and nothing else.
    const textChunks: string[] = [];
    page.on('request', (request) => {
      const chunk = /\/assets\/texts-((?:sv|nb|en)-[\w.-]+)-[\w-]{8}\.js$/.exec(new URL(request.url()).pathname);
      if (chunk) textChunks.push(chunk[1]!);
    });
    const parts = (lang: string) => [`${lang}-auth.pages-sign-in`, `${lang}-home.pages`, `${lang}-shell`];
    await signIn(page, server.url, 'mentor@example.org');
    await expect.poll(() => [...textChunks].sort()).toEqual(parts('sv'));
    await page.getByLabel('Språk', { exact: true }).selectOption('en');
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await expect.poll(() => [...textChunks].sort()).toEqual([...parts('en'), ...parts('sv')]);
    await expectAccessible(page, 'home in English');
    await page.getByLabel('Language', { exact: true }).selectOption('nb');
    await page.getByRole('button', { name: 'Logg ut' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('nb');
    await expect.poll(() => [...textChunks].sort()).toEqual([...parts('en'), ...parts('nb'), ...parts('sv')]);
    // A new browser (no local storage) signed in as the same user gets Norwegian.
    const other = await browser.newContext();
    const again = await other.newPage();
    await again.goto(`${server.url}/sign-in`);
    await again.getByLabel('E-post', { exact: true }).fill('mentor@example.org');
    await again.getByLabel('Lösenord', { exact: true }).fill('lots-demo');
    await again.getByRole('button', { name: 'Logga in', exact: true }).click();
    await again.getByRole('button', { name: 'Logg ut' }).waitFor();
    await other.close();
    await context.close();
  });

  it('invites a person, who accepts from the mail caught by the SMTP sink and signs in', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, server.url, 'admin@example.org');
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Personer' }).click();
    await page.getByRole('button', { name: 'Lägg till person' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Namn', { exact: true }).fill('Vera Ny');
    await dialog.getByLabel('E-post', { exact: true }).fill('vera.ny@example.org');
    await expectAccessible(page, 'add person dialog');
    await dialog.getByRole('button', { name: 'Lägg till och bjud in' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const mail = await sink.waitFor((m) => m.to.includes('vera.ny@example.org'));
    expect(mail.subject).toBe('Du är inbjuden till Lots av Tullverket');
    const link = /https?:\/\/\S+\/invitation\/\S+/.exec(mail.text)![0];
    await context.close();

    // A page opened with `?lang=` (as a mail's link) shows in that language, whatever the browser used before, and leaves the address clean.
    const norwegian = await browser.newContext();
    const norwegianPage = await norwegian.newPage();
    const nbLink = new URL(link);
    nbLink.searchParams.set('lang', 'nb');
    await norwegianPage.goto(nbLink.toString());
    await norwegianPage.getByRole('heading', { name: 'Velkommen til Lots' }).waitFor();
    expect(await norwegianPage.evaluate(() => document.documentElement.lang)).toBe('nb');
    expect(new URL(norwegianPage.url()).searchParams.has('lang')).toBe(false);
    await norwegian.close();

    const invitee = await browser.newContext();
    const invitePage = await invitee.newPage();
    await invitePage.goto(link);
    await invitePage.getByRole('heading', { name: 'Välkommen till Lots' }).waitFor();
    await expectAccessible(invitePage, 'invitation');
    await invitePage.getByLabel('Lösenord', { exact: true }).fill('veras-secret-password');
    await invitePage.getByRole('button', { name: 'Skapa konto' }).click();
    await invitePage.getByRole('button', { name: 'Logga ut' }).waitFor();
    await invitePage.getByRole('button', { name: 'Logga ut' }).click();
    await signIn(invitePage, server.url, 'vera.ny@example.org', 'veras-secret-password');
    await invitee.close();
  });

  it('a link from a Norwegian mail opens in Norwegian in a Swedish browser, and the account made from it stays Norwegian (issue 14 item 6)', async () => {
    const admin = await apiAs(server.url, 'admin@example.org');
    const tullverket = (await admin<{ id: string; name: string }[]>('GET', '/api/organisations')).find((o) => o.name === 'Tullverket')!;
    await admin('POST', `/api/organisations/${tullverket.id}/invitations`, {
      name: 'Nils Norsk',
      email: 'nils.norsk@example.org',
      roles: ['participant'],
      locale: 'nb',
    });
    const mail = await sink.waitFor((m) => m.to.includes('nils.norsk@example.org'));
    expect(mail.text).toContain('Hei Nils Norsk!');
    // The link exactly as the mail has it: it carries the mail's language.
    const link = /https?:\/\/\S+\/invitation\/\S+/.exec(mail.text)![0];
    expect(new URL(link).searchParams.get('lang')).toBe('nb');

    const context = await browser.newContext(); // a Swedish browser (sv-SE), as every test's
    const page = await context.newPage();
    await page.goto(link);
    await page.getByRole('heading', { name: 'Velkommen til Lots', level: 1 }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('nb');
    expect(new URL(page.url()).searchParams.has('lang')).toBe(false);
    await expectAccessible(page, 'invitation opened from a Norwegian mail');
    await page.getByLabel('Passord', { exact: true }).fill('nils-long-password');
    await page.getByRole('button', { name: 'Opprett konto' }).click();
    await page.getByRole('button', { name: 'Logg ut' }).waitFor();
    const nils = await apiAs(server.url, 'nils.norsk@example.org', 'nils-long-password');
    expect((await nils<{ user: { locale: string } }>('GET', '/api/me')).user.locale).toBe('nb');
    await context.close();
  });

  it('shows the first 100 problems of a bad import and how many there are, in Swedish and English', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, server.url, 'admin@example.org');
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Personer' }).click();
    await page.getByRole('link', { name: 'Importera från fil' }).click();
    await page.getByRole('heading', { level: 1, name: 'Importera personer' }).waitFor();
    const rows = Array.from({ length: 150 }, (_, i) => `Person ${i},inte-en-adress-${i}`).join('\n');
    await page.getByLabel('Fil (CSV eller XLSX)').setInputFiles({
      name: 'personer.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`name,email\n${rows}\n`),
    });
    await page.getByRole('button', { name: 'Importera', exact: true }).click();
    await page.getByText('Filen innehåller 150 fel. Rätta filen och försök igen.').waitFor();
    await page.getByText('Tabellen visar de första 100 av 150 fel.').waitFor();
    const table = page.getByTestId('import-errors');
    expect(await table.locator('tbody tr').count()).toBe(100);
    expect(await table.locator('tbody tr').first().locator('td').first().innerText()).toBe('2');
    expect(await table.locator('tbody tr').last().locator('td').first().innerText()).toBe('101');
    await expectAccessible(page, 'import with a capped problem list');
    await page.getByLabel('Språk', { exact: true }).selectOption('en');
    await page.getByText('The table shows the first 100 of 150 problems.').waitFor();
    await page.getByLabel('Language', { exact: true }).selectOption('sv');
    await page.getByRole('button', { name: 'Logga ut' }).waitFor();
    await context.close();
  });
});

describe('first run on an empty database', () => {
  let server: LotsServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startLots({ DEMO: 'off' });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('shows the setup, creates the first organisation and administrator, and signs in', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${server.url}/`);
    await page.getByRole('heading', { name: 'Kom igång med Lots' }).waitFor();
    await expectAccessible(page, 'setup');
    await page.getByLabel('Organisationens namn').fill('Myndigheten för arbetsmiljökunskap');
    await page.getByLabel('Typ av organisation').selectOption('agency');
    await page.getByLabel('Land').selectOption('SE');
    await page.getByLabel('Ditt namn').fill('Sara Admin');
    await page.getByLabel('E-post', { exact: true }).fill('sara@mynak.example');
    await page.getByLabel('Lösenord', { exact: true }).fill('a-long-admin-password');
    await page.getByRole('button', { name: 'Skapa organisation och konto' }).click();
    await page.getByRole('button', { name: 'Logga ut' }).waitFor();
    await expectAccessible(page, 'home after setup');
    const status = await (await fetch(`${server.url}/api/setup/status`)).json();
    expect(status).toMatchObject({ needsSetup: false, demo: false, demoAccounts: [] });
    await page.context().close();
  });
});
