import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startLots, type LotsServer } from './support/server';
import { launchBrowser, expectAccessible, expectErrorSummary, expectFocusKept } from './support/browser';
import { signedIn, linkWith } from './support/session';
import { apiAs, acceptInvitation } from './support/api';
import { startSmtpSink, type SmtpSink } from '../apps/server/src/testing/smtp-sink';

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** Each step passes axe and reflows without sideways scrolling at 320 px and at 1280 px with 200 % zoom (WCAG 1.4.10). */
async function checkStep(page: Page, label: string) {
  await expectAccessible(page, label);
  for (const [width, height] of [
    [320, 800],
    [640, 400],
  ] as const) {
    await page.setViewportSize({ width, height });
    const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
    expect(scroll, `sideways scroll at ${width} px on ${label}`).toBeLessThanOrEqual(client!);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

/**
 * Issue 14 item 9: a coordinator of a new, empty organisation creates her first program step by step
 * (basics, dates and place, who may take part, costs, texts, summary), is stopped by each step's
 * check with an error summary, goes back without losing anything, saves, completes the checklist
 * on the program page and opens the program.
 */
describe('creating a program as a guided flow', () => {
  let server: LotsServer;
  let sink: SmtpSink;
  let browser: Browser;
  const email = 'karin.forst@sjofart.example.se';
  const password = 'a-long-test-password';
  beforeAll(async () => {
    sink = await startSmtpSink();
    server = await startLots({ DEMO: 'on', SMTP_URL: sink.url });
    browser = await launchBrowser();
    // An organisation with no programs and one coordinator, set up through the API as its administrator would.
    const admin = await apiAs(server.url, 'admin@example.org');
    const org = await admin<{ id: string }>('POST', '/api/organisations', { name: 'Sjöfartsverket', kind: 'agency', country: 'SE' });
    await admin('POST', `/api/organisations/${org.id}/invitations`, { name: 'Karin Först', email, roles: ['coordinator'] });
    const mail = await sink.waitFor((m) => m.to.includes(email));
    await acceptInvitation(server.url, linkWith(mail.text, '/invitation/'), 'Karin Först', password);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await sink?.close();
  });

  it('goes through the steps, saves, completes the checklist and opens the program', async () => {
    const page = await signedIn(browser, server.url, email, password);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Program', exact: true }).click();
    await page.getByRole('link', { name: 'Nytt program' }).click();
    await page.getByRole('heading', { name: 'Nytt program', level: 1 }).waitFor();

    // Step 1: basics. Nothing filled in: the error summary takes focus and names the required field.
    await page.getByRole('heading', { name: 'Steg 1 av 6: Grunduppgifter', level: 2 }).waitFor();
    const types = page.getByRole('group', { name: 'Typ av program' });
    await types.getByText('Rollerna är ombytta: en yngre eller nyare medarbetare är mentor', { exact: false }).waitFor();
    await types.getByText('Adeptens chef får inte veta programmets namn.', { exact: false }).waitFor();
    await checkStep(page, 'step 1');
    await page.getByRole('button', { name: 'Nästa' }).click();
    const summary = await expectErrorSummary(page, 'step 1');
    expect(summary).toEqual(['Programmets namn (obligatoriskt): Fyll i fältet.']);
    expect(await page.getByRole('heading', { name: /Steg 1 av 6/ }).count()).toBe(1);
    const name = 'Mentorskap för nya chefer 2027';
    await page.getByLabel('Programmets namn (obligatoriskt)').fill(name);
    await types.getByLabel('Mentorskap', { exact: true }).check();
    await page.getByRole('button', { name: 'Nästa' }).click();

    // Step 2: dates and place. A last day to apply before the opening day is refused, on this step.
    await page.getByRole('heading', { name: 'Steg 2 av 6: Datum och plats', level: 2 }).waitFor();
    expect(await expectFocusKept(page, 'the step change')).toBe('guide-step-heading');
    await checkStep(page, 'step 2');
    await page.getByLabel('Ansökan öppnar').fill(day(10));
    await page.getByLabel('Sista ansökningsdag (krävs före öppning)').fill(day(5));
    await page.getByRole('button', { name: 'Nästa' }).click();
    expect((await expectErrorSummary(page, 'step 2')).join('\n')).toContain('Sista ansökningsdag (krävs före öppning)');
    await page.getByLabel('Ansökan öppnar').fill(day(0));
    await page.getByLabel('Sista ansökningsdag (krävs före öppning)').fill(day(30));
    await page.getByLabel('Programmet startar (krävs före öppning)').fill(day(60));
    await page.getByLabel('Programmet slutar (krävs före öppning)').fill(day(400));
    await page.getByRole('group', { name: 'Mötesform' }).getByLabel('Digitalt', { exact: true }).check();
    await page.getByRole('button', { name: 'Nästa' }).click();

    // Step 3: who may take part; the organisation itself is always in.
    await page.getByRole('heading', { name: 'Steg 3 av 6: Vem kan delta', level: 2 }).waitFor();
    await page.getByText('Sjöfartsverket är ansvarig organisation och är alltid med.').waitFor();
    await checkStep(page, 'step 3');
    await page.getByRole('button', { name: 'Nästa' }).click();

    // Step 4: costs. Text where a number belongs is refused.
    await page.getByRole('heading', { name: 'Steg 4 av 6: Kostnader', level: 2 }).waitFor();
    await checkStep(page, 'step 4');
    await page.getByLabel('Avgift per adept (valfritt)').fill('sex tusen');
    await page.getByRole('button', { name: 'Nästa' }).click();
    expect((await expectErrorSummary(page, 'step 4')).join('\n')).toContain('Avgift per adept (valfritt)');
    await page.getByLabel('Avgift per adept (valfritt)').fill('6000');
    await page.getByRole('button', { name: 'Nästa' }).click();

    // Step 5: texts; Back keeps what was entered on both steps.
    await page.getByRole('heading', { name: 'Steg 5 av 6: Texter', level: 2 }).waitFor();
    await checkStep(page, 'step 5');
    const purpose = 'Att ge nya chefer en erfaren samtalspartner under det första året.';
    await page.getByLabel('Syfte (krävs före öppning)').fill(purpose);
    await page.getByRole('button', { name: 'Tillbaka' }).click();
    await page.getByRole('heading', { name: 'Steg 4 av 6: Kostnader', level: 2 }).waitFor();
    expect(await page.getByLabel('Avgift per adept (valfritt)').inputValue()).toBe('6000');
    await page.getByRole('button', { name: 'Nästa' }).click();
    expect(await page.getByLabel('Syfte (krävs före öppning)').inputValue()).toBe(purpose);
    await page.getByRole('button', { name: 'Nästa' }).click();

    // Step 6: the summary; nothing is saved before its button.
    await page.getByRole('heading', { name: 'Steg 6 av 6: Sammanfattning', level: 2 }).waitFor();
    await checkStep(page, 'summary');
    const basics = page.getByRole('region', { name: 'Grunduppgifter' });
    await basics.getByText(name).waitFor();
    expect(await basics.getByText('Inte angivet').count()).toBe(2); // no contact yet
    // Dates written for people in the user's language ("16 december 2026"), not as the field's ISO value.
    const dates = page.getByRole('region', { name: 'Datum och plats' });
    const starts = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${day(60)}T00:00:00Z`));
    expect(starts).toMatch(/^\d{1,2} [a-zåäö]+ \d{4}$/);
    await dates.getByText(starts, { exact: true }).waitFor();
    expect(await dates.textContent()).not.toContain(day(60));
    await page.getByRole('region', { name: 'Kostnader' }).getByText('6000 SEK').first().waitFor();
    await page.getByRole('region', { name: 'Texter' }).getByText(purpose).waitFor();
    const coordinator = await apiAs(server.url, email, password);
    expect(await coordinator<{ items: unknown[]; total: number }>('GET', '/api/programs')).toEqual({ items: [], total: 0 });
    // "Change" goes back to its step with everything kept.
    await page.getByRole('button', { name: 'Ändra Grunduppgifter' }).click();
    expect(await page.getByLabel('Programmets namn (obligatoriskt)').inputValue()).toBe(name);
    for (let i = 0; i < 5; i++) await page.getByRole('button', { name: 'Nästa' }).click();
    await page.getByRole('button', { name: 'Skapa program' }).click();

    // The program page: its checklist names what is missing (the contact); the rest is done.
    await page.getByRole('heading', { name, level: 1 }).waitFor();
    const checklist = page.getByRole('region', { name: 'Innan programmet kan öppna' });
    await checklist.getByText('1 sak som krävs saknas innan programmet kan öppnas.').waitFor();
    await checkStep(page, 'new program page');
    await checklist.getByRole('link', { name: 'Kontaktperson' }).click();
    await page.getByLabel('Kontaktperson (krävs före öppning)', { exact: true }).fill('Karin Först');
    await page.getByLabel('Kontaktpersonens e-post (krävs före öppning)', { exact: true }).fill(email);
    await page.getByRole('button', { name: 'Spara programmet' }).click();
    await page.getByRole('heading', { name, level: 1 }).waitFor();
    await checklist.getByText('Allt som krävs är klart. Programmet kan öppnas för ansökningar.').waitFor();

    // Open it (after the confirmation).
    await page.getByRole('button', { name: 'Öppna för ansökningar' }).click();
    const confirm = page.getByRole('dialog', { name: 'Öppna för ansökningar?' });
    await confirm.getByRole('button', { name: 'Öppna för ansökningar' }).click();
    await page.getByText('Programmet har fått status ”Öppen för ansökan”.').waitFor();
    const programs = await coordinator<{ items: { name: string; status: string }[]; total: number }>('GET', '/api/programs');
    expect(programs.items.map((p) => [p.name, p.status])).toEqual([[name, 'open']]);
    expect(programs.total).toBe(1);
    await page.context().close();
  });
});
