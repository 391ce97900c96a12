import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { ProgramSummary } from '@lots/core';
import { startLots, type LotsServer } from './support/server';
import { launchBrowser, expectAccessible, expectErrorSummary } from './support/browser';
import { signedIn, linkWith } from './support/session';
import { apiAs } from './support/api';
import { stageEvent, wallClock } from './support/events';
import { startSmtpSink, type SmtpSink } from '../apps/server/src/testing/smtp-sink';

const PROGRAM = 'Mentorprogram för chefer 2026 – myndighetssamverkan';
const KICKOFF = 'Uppstart – mentorer och adepter';
const GROUP = 'Gruppträff för adepter';
const TRAINING = 'Coachande förhållningssätt för mentorer';
const MENTOR = 'mentor@example.org';

/**
 * Issue 11, done when: a coordinator creates the Göteborg kick-off (mentors and adepts together, then
 * in two parallel sessions) and a series of group meetings; a participant answers from the invitation
 * mail read from the SMTP sink; the coordinator marks attendance at the mentors' training and the
 * mentor register shows it; the participant's personal feed contains the event; axe finds no serious
 * or critical violation on the new pages.
 */
describe('events in the browser', () => {
  let server: LotsServer;
  let sink: SmtpSink;
  let browser: Browser;
  let maria: Page;
  let programId = '';

  beforeAll(async () => {
    sink = await startSmtpSink();
    server = await startLots({ DEMO: 'on', SMTP_URL: sink.url });
    browser = await launchBrowser();
    const api = await apiAs(server.url, 'samordnare@example.org');
    const programs = (await api<{ items: ProgramSummary[] }>('GET', '/api/programs?limit=100')).items;
    programId = programs.find((p) => p.name === PROGRAM)!.id;
    // The mentors' training began an hour ago (attendance is marked once an event has started).
    await stageEvent(api, programId, { title: TRAINING, startsInHours: -1, hours: 3, audience: 'mentors', required: true });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await sink?.close();
  });

  const openEventForm = async () => {
    await maria.goto(`${server.url}/programs/${programId}`);
    await maria.getByRole('heading', { name: PROGRAM, level: 1 }).waitFor();
    await maria.getByRole('button', { name: 'Lägg till träff' }).click();
    return maria.getByRole('dialog');
  };

  it('the coordinator creates the kick-off with two parallel sessions, after the form has named a missing title', async () => {
    maria = await signedIn(browser, server.url, 'samordnare@example.org');
    const dialog = await openEventForm();
    await dialog.getByRole('button', { name: 'Lägg till parallellt pass' }).click();
    await dialog.getByRole('button', { name: 'Lägg till parallellt pass' }).click();
    await dialog.getByRole('button', { name: 'Spara träffen' }).click();
    const missing = await expectErrorSummary(maria, 'event form');
    expect(missing.join(' ')).toContain('Rubrik');

    await dialog.getByLabel('Typ av träff').selectOption('kickoff');
    await dialog.getByLabel('Rubrik', { exact: true }).fill(KICKOFF);
    await dialog.getByLabel('Datum och tid').first().fill(wallClock(30, '09:00'));
    await dialog.getByLabel('Slutar').first().fill(wallClock(30, '12:30'));
    await dialog.getByLabel('Tidszon').selectOption('Europe/Stockholm');
    await dialog.getByLabel('Plats').first().fill('Tullverket, Stockholm');
    const first = dialog.getByRole('group', { name: 'Parallellt pass 1' });
    await first.getByLabel('Passets rubrik').fill('Mentorernas pass');
    await first.getByLabel('För vilka').selectOption('mentors');
    await first.getByLabel('Plats').fill('Sal A');
    const second = dialog.getByRole('group', { name: 'Parallellt pass 2' });
    await second.getByLabel('Passets rubrik').fill('Adepternas pass');
    await second.getByLabel('För vilka').selectOption('adepts');
    await second.getByLabel('Plats').fill('Sal B');
    await expectAccessible(maria, 'event form with two sessions');
    await dialog.getByRole('button', { name: 'Spara träffen' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const kickoff = maria.getByRole('article', { name: KICKOFF });
    await kickoff.getByRole('article', { name: 'Mentorernas pass' }).waitFor();
    await kickoff.getByRole('article', { name: 'Adepternas pass' }).waitFor();
    await expectAccessible(maria, 'program page with events');
  });

  it('the coordinator creates a series of group meetings, every six weeks six times', async () => {
    // The program also speaks English: the form asks for the meeting's English title beside the Swedish one.
    const coordinatorApi = await apiAs(server.url, 'samordnare@example.org');
    await coordinatorApi('PATCH', `/api/programs/${programId}`, { languages: ['sv', 'en'] });
    const dialog = await openEventForm();
    await dialog.getByRole('group', { name: 'English (valfritt)' }).getByLabel('Rubrik – English').fill('Group meeting');
    await dialog.getByLabel('Typ av träff').selectOption('group_meeting');
    await dialog.getByLabel('Rubrik', { exact: true }).fill(GROUP);
    await dialog.getByLabel('Datum och tid').fill(wallClock(40, '15:00'));
    await dialog.getByLabel('Slutar').fill(wallClock(40, '16:30'));
    await dialog.getByLabel('Tidszon').selectOption('Europe/Stockholm');
    await dialog.getByLabel('För vilka').selectOption('adepts');
    await dialog.getByLabel('Länk till digitalt möte').fill('https://meet.example.org/grupp');
    await dialog.getByLabel('Form', { exact: true }).selectOption('digital');
    // Material in one language: the English guide, marked as English.
    await dialog.getByRole('button', { name: 'Lägg till länk' }).click();
    const link = dialog.getByRole('group', { name: 'Länk 1' });
    await link.getByLabel('Länkens text').fill('Conversation guide');
    await link.getByLabel('Adress').fill('not a link');
    await dialog.getByRole('button', { name: 'Spara träffen' }).click();
    expect((await expectErrorSummary(maria, 'event form with a bad link')).join(' ')).toContain('Adress');
    await link.getByLabel('Adress').fill('https://example.org/guide-en.pdf');
    await link.getByLabel('Materialets språk').selectOption('en');
    await expectAccessible(maria, 'event form with an English title and a link');
    await dialog.getByRole('button', { name: 'Gör till återkommande träff' }).click();
    await dialog.getByLabel('Var n:e vecka').fill('6');
    await dialog.getByLabel('Antal tillfällen').fill('6');
    await dialog.getByRole('button', { name: 'Spara träffen' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const api = await apiAs(server.url, 'samordnare@example.org');
    const events = await api<{
      items: {
        title: string;
        seriesIndex: number | null;
        startsAt: string;
        links: { label: string; url: string; locale: string | null }[];
        translations: Record<string, { title?: string | null }>;
      }[];
    }>('GET', `/api/programs/${programId}/events?limit=50`);
    const series = events.items.filter((e) => e.title === GROUP);
    expect(series.map((e) => e.seriesIndex)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(series.map((e) => e.translations.en?.title)).toEqual(Array(6).fill('Group meeting'));
    expect(series[0]!.links).toEqual([{ label: 'Conversation guide', url: 'https://example.org/guide-en.pdf', locale: 'en' }]);
    // Six weeks apart at the same Stockholm wall-clock time (the UTC hour moves with daylight saving).
    const stockholm = (iso: string) =>
      new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
    expect(new Set(series.map((e) => stockholm(e.startsAt)))).toEqual(new Set(['15:00']));
  });

  it('the mentor answers from the invitation mail without signing in, in the mail’s language', async () => {
    const mail = await sink.waitFor((m) => m.to.includes(MENTOR) && m.subject === `Inbjudan: ${KICKOFF}`, 30_000);
    const link = linkWith(mail.text, '/event-answer/');
    const page = await (await browser.newContext()).newPage();
    await page.goto(link);
    await page.getByRole('heading', { name: KICKOFF, level: 1 }).waitFor();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('sv');
    await expect.poll(() => page.getByTestId('answer-state').innerText()).toBe('Inte svarat');
    await page.getByRole('button', { name: 'Skicka svar' }).click();
    await expectErrorSummary(page, 'answer page');
    await page.getByLabel('Ja, jag kommer').check();
    await page.getByRole('button', { name: 'Skicka svar' }).click();
    await page.getByText('Tack, ditt svar är sparat.').waitFor();
    await expect.poll(() => page.getByTestId('answer-state').innerText()).toBe('Ja · på plats');
    await expectAccessible(page, 'event answer page');
    await page.setViewportSize({ width: 320, height: 640 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.context().close();

    await maria.reload();
    const kickoff = maria.getByRole('article', { name: KICKOFF }).first();
    await expect.poll(() => kickoff.innerText()).toMatch(/1 ja/);
  });

  it('the coordinator marks the mentor present at the training; the mentor register shows the training', async () => {
    await maria.goto(`${server.url}/programs/${programId}`);
    await maria.getByRole('button', { name: `Närvaro för ${TRAINING}` }).click();
    const dialog = maria.getByRole('dialog');
    await dialog.getByRole('heading', { name: 'Inbjudna' }).waitFor();
    // The dialog fades in: axe measures contrast at full opacity only after its opening transition.
    await dialog.evaluate((element) => Promise.all(element.getAnimations({ subtree: true }).map((a) => a.finished)));
    await expectAccessible(maria, 'attendance panel');
    await dialog.getByRole('button', { name: 'Skapa incheckningskod' }).click();
    await expect.poll(() => dialog.getByTestId('check-in-code').innerText()).toMatch(/^\d{6}$/);
    await dialog.getByRole('button', { name: 'Markera närvaro för Anders Holmgren' }).click();
    await dialog.getByLabel('Närvarade').check();
    await dialog.getByRole('button', { name: 'Spara närvaron' }).click();
    await dialog.getByText('Närvaron för Anders Holmgren är sparad.').waitFor();
    await dialog
      .getByRole('row', { name: /Anders Holmgren/ })
      .getByText('närvarade')
      .waitFor();
    await maria.keyboard.press('Escape');

    await maria.goto(`${server.url}/mentor-register`);
    const row = maria.getByRole('row', { name: /Anders Holmgren/ });
    await row.getByText(TRAINING, { exact: false }).waitFor();
    await expectAccessible(maria, 'mentor register');
  });

  it('the mentor makes a personal calendar feed; it holds the kick-off; a new address replaces it after a confirmation', async () => {
    const mentor = await signedIn(browser, server.url, MENTOR);
    await mentor.goto(`${server.url}/profile`);
    await mentor.getByRole('heading', { name: 'Min kalender' }).waitFor();
    await mentor.getByRole('button', { name: 'Skapa kalenderadress' }).click();
    const address = mentor.getByLabel('Din kalenderadress');
    await address.waitFor();
    const url = await address.inputValue();
    expect(url).toMatch(/\/api\/calendar-feeds\//);
    await expectAccessible(mentor, 'profile with the calendar feed');
    const feed = await fetch(url);
    expect(feed.status).toBe(200);
    const calendar = await feed.text();
    expect(calendar).toContain('BEGIN:VCALENDAR');
    expect(calendar).toContain(`SUMMARY:${KICKOFF}`);
    expect(calendar).toContain('SUMMARY:Mentorernas pass');
    expect(calendar).not.toContain('SUMMARY:Adepternas pass');

    await mentor.getByRole('button', { name: 'Byt adress' }).click();
    await mentor.getByRole('dialog').getByRole('button', { name: 'Byt adress' }).click();
    await expect.poll(() => address.inputValue()).not.toBe(url);
    expect((await fetch(url)).status).toBe(404);

    await mentor.getByRole('button', { name: 'Stäng av adressen' }).click();
    await mentor.getByRole('dialog').getByRole('button', { name: 'Stäng av adressen' }).click();
    await mentor.getByTestId('feed-status').getByText('Du har ingen kalenderadress.').waitFor();
    await mentor.context().close();
  });

  it('the mentor sees their own attendance and time; the coordinator sees totals only', async () => {
    const mentor = await signedIn(browser, server.url, MENTOR);
    await mentor.goto(`${server.url}/programs/${programId}`);
    await mentor.getByRole('heading', { name: 'Min närvaro och tid' }).waitFor();
    // The demo's training of the cohort and the one marked above, both required.
    await mentor.getByText('Närvarat på 2 av 2 (Utbildning)').waitFor();
    await expectAccessible(mentor, 'program page of a participant');
    await mentor.context().close();

    await maria.goto(`${server.url}/programs/${programId}`);
    await maria.getByRole('heading', { name: 'Närvaro och tid i programmet' }).waitFor();
    // Six participants in the demo cohort: no one's hours, only the cohort's.
    const summary = await maria.getByTestId('time-summary').innerText();
    expect(summary).toMatch(/deltagare/);
    await expectAccessible(maria, 'program page with the cohort’s progress');
  });

  it('the coordinator attaches a Swedish file to the kick-off after a refused type; the mentor downloads it; removal asks first', async () => {
    const pdf = Buffer.from('%PDF-1.4\n% Program för uppstarten\n%%EOF\n');
    await maria.goto(`${server.url}/programs/${programId}`);
    const kickoff = maria.getByRole('article', { name: KICKOFF }).first();
    await kickoff
      .getByRole('button', { name: `Lägg till en fil till ${KICKOFF}` })
      .first()
      .click();
    const dialog = maria.getByRole('dialog');
    await dialog
      .getByLabel('Fil', { exact: true })
      .setInputFiles({ name: 'program.html', mimeType: 'text/html', buffer: Buffer.from('<p>x</p>') });
    await dialog.getByRole('button', { name: 'Lägg till filen' }).click();
    const problems = await expectErrorSummary(maria, 'attachment form with a refused type');
    expect(problems.join(' ')).toContain('Den här filtypen tas inte emot');
    await dialog
      .getByLabel('Fil', { exact: true })
      .setInputFiles({ name: 'Program för uppstarten.pdf', mimeType: 'application/pdf', buffer: pdf });
    await dialog.getByLabel('Språk').selectOption('sv');
    await expectAccessible(maria, 'attachment form');
    await dialog.getByRole('button', { name: 'Lägg till filen' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await kickoff.getByRole('link', { name: 'Program för uppstarten.pdf' }).first().waitFor();

    // The mentor is in the kick-off's audience: the event lists the file and its bytes come back as sent.
    const mentor = await apiAs(server.url, MENTOR);
    const events = await mentor<{ items: { id: string; title: string; attachments: { id: string; name: string; locale: string }[] }[] }>(
      'GET',
      `/api/programs/${programId}/events?limit=50`,
    );
    const event = events.items.find((e) => e.title === KICKOFF)!;
    expect(event.attachments).toMatchObject([{ name: 'Program för uppstarten.pdf', locale: 'sv' }]);
    const signIn = await fetch(`${server.url}/api/auth/sign-in/email`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: MENTOR, password: 'lots-demo' }),
    });
    const cookie = signIn.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const file = await fetch(`${server.url}/api/programs/${programId}/events/${event.id}/attachments/${event.attachments[0]!.id}`, {
      headers: { cookie },
    });
    expect(file.status).toBe(200);
    expect(Buffer.from(await file.arrayBuffer()).equals(pdf)).toBe(true);

    await kickoff.getByRole('button', { name: 'Ta bort Program för uppstarten.pdf' }).first().click();
    await dialog.getByRole('heading', { name: 'Ta bort filen?' }).waitFor();
    await dialog.getByRole('button', { name: 'Ta bort', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => kickoff.getByRole('link', { name: 'Program för uppstarten.pdf' }).count()).toBe(0);
  });
});
