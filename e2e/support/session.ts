import type { Browser, Page } from 'playwright-core';

/** A fresh browser context signed in through the sign-in page. */
export async function signedIn(browser: Browser, url: string, email: string, password = 'lots-demo'): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(`${url}/sign-in`);
  await page.getByLabel('E-post', { exact: true }).fill(email);
  await page.getByLabel('Lösenord', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Logga in', exact: true }).click();
  await page.getByRole('button', { name: 'Logga ut' }).waitFor();
  return page;
}

/** The first link in a mail's text that contains `part`. */
export function linkWith(text: string, part: string): string {
  const match = new RegExp(`https?://\\S*${part}\\S*`).exec(text);
  if (!match) throw new Error(`no ${part} link in: ${text}`);
  return match[0];
}
