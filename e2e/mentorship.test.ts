import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { ProgramSummary } from '@lots/core';
import { startLots, type LotsServer } from './support/server';
import { launchBrowser, expectAccessible, expectErrorSummary, expectFocusKept } from './support/browser';
import { signedIn } from './support/session';
import { apiAs } from './support/api';

const NOTE = 'Min privata tanke: jag är osäker på min chef';
const REASON = 'Jag byter tjänst och får inte tid';

/**
 * A pair's journey in the demo's running cohort (adept@ and mentor@): sign a changed
 * agreement (both), log a meeting, write a private note, check in on a goal, end early; the
 * coordinator's view shows the right health and nothing more.
 */
describe('the mentorship in the browser', () => {
  let server: LotsServer;
  let browser: Browser;
  let adept: Page;
  let mentor: Page;
  beforeAll(async () => {
    server = await startLots({ DEMO: 'on' });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function openSpace(page: Page, other: string) {
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Mitt mentorskap' }).click();
    await page.getByRole('link', { name: `Mentorskap med ${other}` }).click();
    await page.getByRole('heading', { name: `Mentorskap med ${other}`, level: 1 }).waitFor();
  }

  it('both sign a changed agreement', async () => {
    adept = await signedIn(browser, server.url, 'adept@example.org');
    await openSpace(adept, 'Anders Holmgren');
    await expectAccessible(adept, 'pair space');
    await adept.getByRole('button', { name: 'Ändra avtalet' }).click();
    expect(await expectFocusKept(adept, '“change the agreement”')).toBe('agreement-form-heading');
    await adept.getByLabel('Hur länge varje gång (minuter)').fill('75');
    await adept.getByRole('button', { name: 'Spara avtalet' }).click();
    await adept.getByRole('button', { name: 'Signera avtalet' }).click();
    mentor = await signedIn(browser, server.url, 'mentor@example.org');
    await openSpace(mentor, 'Johan Nyberg');
    await mentor.getByRole('button', { name: 'Signera avtalet' }).click();
    await mentor.getByText('Ni har båda signerat avtalet.').waitFor();
    expect(await mentor.getByTestId('agreement-signatures').innerText()).toMatch(/Johan Nyberg/);
  });

  it('logs a meeting, writes a private note only its author sees, checks in on a goal', async () => {
    const yesterday = new Date(Date.now() - 86_400_000);
    const local = new Date(yesterday.getTime() - yesterday.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
    await adept.getByLabel('Datum och tid', { exact: true }).fill(local);
    await adept.getByLabel('Längd (minuter)').fill('90');
    await adept.getByRole('group', { name: 'Hur träffades ni?' }).getByLabel('Fysiskt').check();
    await adept.getByRole('button', { name: 'Logga mötet' }).click();
    await adept.getByText('Mötet är loggat.').waitFor();
    await adept.getByLabel('Ny privat anteckning').fill(NOTE);
    await adept.getByRole('button', { name: 'Spara anteckningen' }).click();
    await adept.getByText(NOTE).waitFor();
    const goal = adept.getByRole('region', { name: 'Leda min grupp genom omorganisationen' });
    await goal.getByLabel('3 – Halvvägs').check();
    await goal.getByRole('button', { name: 'Spara avstämningen för ”Leda min grupp genom omorganisationen”' }).click();
    await adept.getByText('Avstämningen är sparad.').waitFor();
    await expectAccessible(adept, 'pair space after logging');
    await mentor.reload();
    await mentor.getByRole('heading', { name: 'Mentorskap med Johan Nyberg', level: 1 }).waitFor();
    expect(await mentor.content()).not.toContain(NOTE);
  });

  it('the adept ends the mentorship early; the reason stays with the pair', async () => {
    await adept.getByRole('button', { name: 'Avsluta mentorskapet' }).click();
    const dialog = adept.getByRole('dialog', { name: 'Avsluta mentorskapet?' });
    await dialog.getByLabel('Anledning (valfritt)').fill(REASON);
    await dialog.getByRole('button', { name: 'Ja, avsluta mentorskapet' }).click();
    await adept.getByText('Mentorskapet är avslutat').first().waitFor();
    await mentor.reload();
    await mentor.getByText(REASON).waitFor();
  });

  it('the coordinator sees the pairs’ health, and nothing of what they wrote', async () => {
    const api = await apiAs(server.url, 'samordnare@example.org');
    const program = (await api<{ items: ProgramSummary[] }>('GET', '/api/programs?limit=100')).items.find((p) => p.status === 'running')!;
    const coordinator = await signedIn(browser, server.url, 'samordnare@example.org');
    await coordinator.goto(`${server.url}/programs/${program.id}/pairs`);
    const table = coordinator.getByRole('table', { name: 'Parens status' });
    await table.waitFor();
    await expectAccessible(coordinator, 'pair health');
    const row = table.getByRole('row').filter({ hasText: 'Johan Nyberg' });
    expect(await row.innerText()).toMatch(/adepten|Adepten/);
    await table.getByTestId('quiet-flag').first().waitFor();
    const html = await coordinator.content();
    for (const secret of [NOTE, REASON, 'Leda min grupp', 'medarbetarsamtalen', 'Halvvägs']) expect(html).not.toContain(secret);
    // The list sorts on the server from its headers (aria-sort), searches, and keeps both in the URL.
    const adeptHeader = table.getByRole('columnheader', { name: 'Adept' });
    expect(await adeptHeader.getAttribute('aria-sort')).toBe('ascending');
    await table.getByRole('button', { name: 'Möten' }).click();
    await coordinator.waitForURL(/sort=meetings/);
    expect(await table.getByRole('columnheader', { name: 'Möten' }).getAttribute('aria-sort')).toBe('ascending');
    expect(await adeptHeader.getAttribute('aria-sort')).toBe('none');
    await coordinator.getByRole('searchbox', { name: 'Sök på namn eller organisation' }).fill('Johan Nyberg');
    await coordinator.getByRole('button', { name: 'Sök', exact: true }).click();
    await coordinator.waitForURL(/q=Johan/);
    await coordinator
      .getByTestId('health-count')
      .filter({ hasText: /^1 par/ })
      .waitFor();
    expect(await table.getByRole('row').count()).toBe(2);
    await expectAccessible(coordinator, 'pair health, searched');
    await coordinator.setViewportSize({ width: 320, height: 640 });
    expect(await coordinator.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    for (const page of [adept, mentor, coordinator]) await page.context().close();
  });

  it('the coordinator writes the agreement clauses in the program’s own languages only', async () => {
    const api = await apiAs(server.url, 'samordnare@example.org');
    const program = (await api<{ items: ProgramSummary[] }>('GET', '/api/programs?limit=100')).items.find((p) => p.status === 'running')!;
    const { languages } = await api<{ languages: string[] }>('GET', `/api/programs/${program.id}`);
    const names: Record<string, string> = { sv: 'Svenska', nb: 'Norsk bokmål', en: 'English' };
    const coordinator = await signedIn(browser, server.url, 'samordnare@example.org');
    const clauses = coordinator.getByRole('region', { name: 'Villkor i avtalen' });
    /** How many text fields the editor offers in each language. */
    const fieldsPerLanguage = async () => {
      await clauses.getByRole('button', { name: 'Spara villkoren' }).waitFor();
      return Object.fromEntries(
        await Promise.all(
          Object.entries(names).map(async ([l, name]) => [l, await clauses.getByRole('textbox', { name, exact: true }).count()] as const),
        ),
      );
    };
    await coordinator.goto(`${server.url}/programs/${program.id}/pairs`);
    await clauses.getByRole('button', { name: 'Spara villkoren' }).waitFor();
    const groups = await clauses.getByRole('group').count();
    expect(groups).toBeGreaterThan(0);
    expect(await fieldsPerLanguage()).toEqual(Object.fromEntries(Object.keys(names).map((l) => [l, languages.includes(l) ? groups : 0])));

    // The program takes one more language: the editor offers it (the standard texts until the clauses are
    // written there), and refuses to save with a clause left empty in it.
    const added = Object.keys(names).find((l) => !languages.includes(l))!;
    await api('PATCH', `/api/programs/${program.id}`, { languages: [...languages, added] });
    await coordinator.reload();
    expect((await fieldsPerLanguage())[added]).toBe(groups);
    const fields = clauses.getByRole('textbox', { name: names[added], exact: true });
    await fields.first().fill('');
    await clauses.getByRole('button', { name: 'Spara villkoren' }).click();
    expect(await expectErrorSummary(coordinator, 'a clause empty in a language of the program')).toHaveLength(1);
    for (let i = 0; i < groups; i++) await fields.nth(i).fill(`Villkor ${i + 1} på ${names[added]}`);
    await clauses.getByRole('button', { name: 'Spara villkoren' }).click();
    await clauses.getByText('Villkoren är sparade.').waitFor();
    await expectAccessible(coordinator, 'clause editor with a new language');
    const saved = await api<Record<string, string>[]>('GET', `/api/programs/${program.id}/clauses`);
    expect(saved.map((c) => c[added])).toEqual(Array.from({ length: groups }, (_, i) => `Villkor ${i + 1} på ${names[added]}`));

    // Without it again, the editor no longer offers that language, and the server refuses a text in it, naming the field.
    await api('PATCH', `/api/programs/${program.id}`, { languages });
    await coordinator.reload();
    expect((await fieldsPerLanguage())[added]).toBe(0);
    const refused = await api('PUT', `/api/programs/${program.id}/clauses`, {
      clauses: [
        { key: 'confidentiality', ...Object.fromEntries(languages.map((l) => [l, 'Det vi säger stannar mellan oss.'])), [added]: 'x' },
      ],
    }).catch((error: Error) => error.message);
    expect(refused).toMatch(/: 400 /);
    expect(refused).toContain(`"field":"clauses.0.${added}"`);
    await coordinator.context().close();
  });
});
