import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { ProgramSummary } from '@lots/core';
import { startLots, type LotsServer } from './support/server';
import { launchBrowser, expectAccessible, expectErrorSummary } from './support/browser';
import { signedIn, linkWith } from './support/session';
import { apiAs } from './support/api';
import { startSmtpSink, type SmtpSink } from '../apps/server/src/testing/smtp-sink';
import { readPdf } from '../apps/server/src/testing/pdf';

const PROGRAM = 'Mentorprogram för chefer 2025';
const RUNNING = 'Mentorprogram för chefer 2026 – myndighetssamverkan';
const ADEPTS = [
  'erik.johansson@tullverket.example.se',
  'daniel.karlsson@tullverket.example.se',
  'anna.mattsson@tullverket.example.se',
  'oskar.lundgren@tullverket.example.se',
  'alexander.falk@kustbevakningen.example.se',
];

/**
 * Issue 13, done when: the coordinator schedules the end survey with the mentoring-functions
 * scale for the demo's closed cohort; four adepts answer from the mail and the page says "too
 * few answers"; with the fifth the figures show; the report's text holds no figure for a group
 * under five; axe finds nothing on the new pages.
 */
describe('evaluation in the browser', () => {
  let server: LotsServer;
  let sink: SmtpSink;
  let browser: Browser;
  let coordinator: Page;
  let programId = '';

  beforeAll(async () => {
    sink = await startSmtpSink();
    server = await startLots({ DEMO: 'on', SMTP_URL: sink.url });
    browser = await launchBrowser();
    const api = await apiAs(server.url, 'samordnare@example.org');
    const programs = (await api<{ items: ProgramSummary[] }>('GET', '/api/programs?limit=100')).items;
    programId = programs.find((p) => p.name === PROGRAM)!.id;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await sink?.close();
  });

  const answerFromMail = async (email: string, value: string) => {
    const mail = await sink.waitFor((m) => m.to.includes(email) && m.text.includes('/surveys/answer/'), 30_000);
    const page = await (await browser.newContext()).newPage();
    await page.goto(linkWith(mail.text, '/surveys/answer/'));
    await page.getByRole('heading', { name: `Enkät – ${PROGRAM}`, level: 1 }).waitFor();
    for (const question of ['1', '2', '3'])
      await page.getByTestId(`question-mentoring-functions.career${question}`).getByLabel(value, { exact: true }).check();
    return page;
  };

  it('the coordinator schedules the end survey with the mentoring-functions scale', async () => {
    coordinator = await signedIn(browser, server.url, 'samordnare@example.org');
    await coordinator.goto(`${server.url}/programs/${programId}`);
    await coordinator.getByRole('link', { name: 'Uppföljning och enkäter' }).click();
    await coordinator.getByRole('heading', { name: `Uppföljning – ${PROGRAM}`, level: 1 }).waitFor();
    await expectAccessible(coordinator, 'evaluation page');
    await coordinator.getByLabel('När', { exact: true }).selectOption('end');
    // Nothing chosen and a reminder after the survey closes: the summary names both fields (the core schema's checks).
    await coordinator.getByLabel('Påminnelser (dagar efter utskick)').fill('7, 40');
    await coordinator.getByRole('button', { name: 'Schemalägg', exact: true }).click();
    const errors = await expectErrorSummary(coordinator, 'schedule form');
    expect(errors.join(' | ')).toMatch(/Frågor.*Påminnelser/);
    await coordinator.getByText('Välj minst ett frågebatteri.', { exact: true }).waitFor();
    await coordinator.getByLabel('Påminnelser (dagar efter utskick)').fill('7, 14');
    await coordinator.getByRole('group', { name: 'Frågor' }).getByLabel('Mentorskapets funktioner').check();
    await coordinator.getByRole('button', { name: 'Schemalägg', exact: true }).click();
    await coordinator.getByText('Enkäten är schemalagd.').waitFor();
  });

  it('four adepts answer from the mail: the page says too few answers and shows no figure', async () => {
    for (const email of ADEPTS.slice(0, 4)) {
      const page = await answerFromMail(email, 'Instämmer');
      if (email === ADEPTS[0]) await expectAccessible(page, 'survey page');
      await page.getByRole('button', { name: 'Skicka svar' }).click();
      await page.getByTestId('survey-thanks').waitFor();
      await page.context().close();
    }
    await coordinator.reload();
    const row = coordinator.getByTestId('survey-waves').getByRole('row', { name: /Slutenkät/ });
    await row.getByText('4 av 5 har svarat').waitFor();
    await row.getByRole('button', { name: 'Visa resultat' }).click();
    await coordinator.getByTestId('too-few').waitFor();
    const table = coordinator.getByTestId('measure-mentoring-functions-careerSupport');
    // '..' with its reason for screen readers, and no number.
    const total = await table.getByTestId('total').innerText();
    expect(total).toContain('..');
    expect(total).toContain('för få svar');
    expect(total).not.toMatch(/\d/);
    await expectAccessible(coordinator, 'results with too few answers');
  });

  it('with a fifth answer the figures show, organisations under five stay hidden', async () => {
    const page = await answerFromMail(ADEPTS[4]!, 'Instämmer helt');
    await page.getByRole('button', { name: 'Skicka svar' }).click();
    await page.getByTestId('survey-thanks').waitFor();
    await coordinator.reload();
    await coordinator
      .getByTestId('survey-waves')
      .getByRole('row', { name: /Slutenkät/ })
      .getByRole('button', { name: 'Visa resultat' })
      .click();
    const table = coordinator.getByTestId('measure-mentoring-functions-careerSupport');
    await table.waitFor();
    // Four answered 4, one answered 5: 4.2.
    expect(await table.getByTestId('total').innerText()).toBe('4,2');
    expect(await coordinator.getByTestId('too-few').count()).toBe(0);
    const tull = await table.getByRole('row', { name: /Tullverket/ }).innerText();
    expect(tull).toContain('..');
    expect(tull).not.toContain('4');
    await expectAccessible(coordinator, 'results with five answers');
  });

  it('the report holds no figure for a group under five', async () => {
    const cookies = await coordinator.context().cookies();
    const response = await fetch(`${server.url}/api/programs/${programId}/evaluation/report.pdf?lang=sv`, {
      headers: { cookie: cookies.map((c) => `${c.name}=${c.value}`).join('; ') },
    });
    expect(response.status).toBe(200);
    const pdf = await readPdf(Buffer.from(await response.arrayBuffer()));
    const text = pdf.text.replace(/\s+/g, ' ');
    expect(text).toContain('Slutenkät – Karriärstöd: 4,2 (n = 5)');
    // Tullverket's four and Kustbevakningen's one adept: both hidden, with no count (list items are tagged, not bulleted).
    expect(text).toMatch(/Slutenkät – Karriärstöd: 4,2 \(n = 5\) Organisation – Kustbevakningen: \.\. Organisation – Tullverket: \.\. /);
    // Every count the report prints, of answers or of people followed over time, is at least five.
    const counts = [...text.matchAll(/\(n = (\d+)\)|(\d+) personer\)/g)].map((m) => Number(m[1] ?? m[2]));
    expect(counts.length).toBeGreaterThan(10);
    for (const n of counts) expect(n).toBeGreaterThanOrEqual(5);
    expect(pdf.marked).toBe(true);
  });
  it('a participant answers in the app and removes their well-being answers after a confirmation', async () => {
    const api = await apiAs(server.url, 'samordnare@example.org');
    const running = (await api<{ items: ProgramSummary[] }>('GET', '/api/programs?limit=100')).items.find((p) => p.name === RUNNING)!;
    await api('POST', `/api/programs/${running.id}/surveys`, {
      kind: 'adhoc',
      instruments: ['who5'],
      opensOn: new Date().toISOString().slice(0, 10),
    });
    const adept = await signedIn(browser, server.url, 'adept@example.org');
    await adept.getByRole('link', { name: 'Enkäter', exact: true }).click();
    await adept.getByRole('heading', { name: 'Mina enkäter', level: 1 }).waitFor();
    const item = adept.getByRole('link', { name: `Enkät på valt datum – ${RUNNING}` });
    // The survey is sent by the job queued with it: wait for it.
    for (let i = 0; i < 30 && (await item.count()) === 0; i++) {
      await adept.waitForTimeout(1000);
      await adept.reload();
    }
    await expectAccessible(adept, 'my surveys');
    await item.click();
    await adept.getByRole('heading', { name: `Enkät – ${RUNNING}`, level: 1 }).waitFor();
    await adept.getByTestId('question-who5.cheerful').getByLabel('Det mesta av tiden', { exact: true }).check();
    // Without consent: the error summary names the consent and takes focus.
    await adept.getByRole('button', { name: 'Skicka svar' }).click();
    const summary = adept.getByRole('link', { name: /Samtycke för frågorna om välbefinnande/ });
    await summary.waitFor();
    await expectAccessible(adept, 'survey in the app with an error');
    await adept.getByLabel('Jag samtycker till att mina svar om välbefinnande sparas').check();
    await adept.getByRole('button', { name: 'Skicka svar' }).click();
    await adept.getByTestId('survey-thanks').waitFor();
    await adept.getByRole('link', { name: 'Tillbaka till mina enkäter' }).click();
    await adept.getByRole('heading', { name: 'Mina enkäter', level: 1 }).waitFor();
    await item.waitFor({ state: 'detached' });
    await adept.getByRole('button', { name: 'Ta bort mina svar om välbefinnande' }).click();
    const dialog = adept.getByRole('dialog', { name: 'Ta bort dina svar om välbefinnande?' });
    await dialog.waitFor();
    await expectAccessible(adept, 'confirm removing well-being answers');
    await dialog.getByRole('button', { name: 'Ta bort svaren' }).click();
    expect(await adept.getByTestId('health-removed').innerText()).toBe('1 svar om välbefinnande har tagits bort.');
    await adept.setViewportSize({ width: 320, height: 640 });
    expect(await adept.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await adept.context().close();
  });
  it('the coordinator edits a survey’s own questions, removes it before answers and ends one with answers', async () => {
    const api = await apiAs(server.url, 'samordnare@example.org');
    const later = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    await api('POST', `/api/programs/${programId}/surveys`, {
      kind: 'adhoc',
      opensOn: later,
      customQuestions: [{ type: 'likert5', label: 'Har träffarna varit till nytta?' }],
    });
    await coordinator.reload();
    const scheduled = coordinator.getByTestId('scheduled-surveys');
    const adhoc = scheduled.getByRole('row', { name: /Enkät på valt datum/ });
    await adhoc.getByText('1 egen fråga').waitFor();
    await adhoc.getByRole('button', { name: 'Egna frågor' }).click();
    const dialog = coordinator.getByRole('dialog', { name: 'Egna frågor – Enkät på valt datum' });
    await dialog.getByLabel('Frågan på Svenska').fill('');
    await dialog.getByRole('button', { name: 'Lägg till en fråga' }).click();
    await dialog.getByRole('button', { name: 'Spara frågorna' }).click();
    // Both wordings are empty: the summary lists them and takes focus.
    await dialog
      .getByRole('link', { name: /Frågan på Svenska/ })
      .first()
      .waitFor();
    await expectAccessible(coordinator, 'own questions with errors');
    await dialog.getByRole('group', { name: 'Fråga 1' }).getByLabel('Frågan på Svenska').fill('Har träffarna hjälpt dig?');
    await dialog.getByRole('group', { name: 'Fråga 2' }).getByLabel('Svarstyp').selectOption('yesno');
    await dialog.getByRole('group', { name: 'Fråga 2' }).getByLabel('Frågan på Svenska').fill('Vill du bli mentor?');
    await dialog.getByRole('button', { name: 'Spara frågorna' }).click();
    await adhoc.getByText('2 egna frågor').waitFor();
    await adhoc.getByRole('button', { name: 'Ta bort' }).click();
    const confirm = coordinator.getByRole('dialog', { name: 'Ta bort Enkät på valt datum?' });
    await confirm.getByRole('button', { name: 'Ta bort' }).click();
    await coordinator.getByText('Enkäten är borttagen.').waitFor();
    expect(await adhoc.count()).toBe(0);
    // The end survey has answers: it ends instead, and keeps its figures.
    const end = scheduled.getByRole('row', { name: /Slutenkät/ });
    expect(await end.getByRole('button', { name: 'Egna frågor' }).count()).toBe(0);
    await end.getByRole('button', { name: 'Avsluta' }).click();
    const ending = coordinator.getByRole('dialog', { name: 'Avsluta Slutenkät?' });
    await ending.getByText(/5 personer har svarat/).waitFor();
    await expectAccessible(coordinator, 'confirm ending a survey');
    await ending.getByRole('button', { name: 'Avsluta' }).click();
    await coordinator.getByText('Enkäten är avslutad. Svaren finns kvar i resultaten.').waitFor();
    await end.getByText('Avslutad').waitFor();
    await coordinator.getByRole('heading', { name: 'Önskemål om ny matchning' }).waitFor();
    await expectAccessible(coordinator, 'evaluation page after ending');
  });
});
