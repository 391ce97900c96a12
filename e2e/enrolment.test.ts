import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startLots, type LotsServer } from './support/server';
import { launchBrowser, expectAccessible, expectErrorSummary, expectFocusKept } from './support/browser';
import { signedIn, linkWith } from './support/session';
import { startSmtpSink, type SmtpSink } from '../apps/server/src/testing/smtp-sink';

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/**
 * A coordinator creates a joint program of two organisations with a custom question; an
 * adept applies; the manager confirms through the link in the mail caught by the SMTP sink;
 * the coordinator accepts; the adept is told. A manager (someone with staff responsibility) nominates a mentor, who applies;
 * the adept, with no one reporting to him, sees no nomination form.
 */
describe('programs and enrolment in the browser', () => {
  let server: LotsServer;
  let sink: SmtpSink;
  let browser: Browser;
  let programUrl = '';
  const name = 'Mentorprogram för chefer 2028';
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

  it('a coordinator creates a joint program with a custom question and opens it', async () => {
    const page = await signedIn(browser, server.url, 'samordnare@example.org');
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Program', exact: true }).click();
    await page.getByRole('heading', { name: 'Program', level: 1 }).waitFor();
    await expectAccessible(page, 'program list');
    await page.getByRole('link', { name: 'Nytt program' }).click();
    await page.getByRole('heading', { name: 'Nytt program', level: 1 }).waitFor();
    // The guided flow (issue 14 item 9): basics, dates and place, who may take part, costs, texts, summary.
    const next = () => page.getByRole('button', { name: 'Nästa' }).click();
    await page.getByLabel('Programmets namn (obligatoriskt)').fill(name);
    await page.getByLabel('Kontaktperson (krävs före öppning)', { exact: true }).fill('Maria Sundberg');
    await page.getByLabel('Kontaktpersonens e-post (krävs före öppning)').fill('maria.sundberg@tullverket.example.se');
    await next();
    await page.getByLabel('Ansökan öppnar').fill(day(0));
    await page.getByLabel('Sista ansökningsdag').fill(day(30));
    await page.getByLabel('Programmet startar').fill(day(60));
    await page.getByLabel('Programmet slutar').fill(day(400));
    await next();
    await page.getByRole('group', { name: 'Deltagande organisationer' }).getByLabel('Kustbevakningen').check();
    await expectAccessible(page, 'program form');
    await next();
    await page.getByLabel('Avgift per adept').fill('6000');
    await next();
    await page.getByLabel('Syfte').fill('Att ge nya chefer en erfaren samtalspartner');
    await next();
    await page.getByRole('heading', { name: 'Steg 6 av 6: Sammanfattning' }).waitFor();
    await page.getByRole('button', { name: 'Skapa program' }).click();
    await page.getByRole('heading', { name, level: 1 }).waitFor();
    programUrl = page.url();
    await page.getByLabel('Frågan gäller').selectOption('adept');
    await page.getByLabel('Frågetyp').selectOption('single_choice');
    await page.getByLabel('Frågetext').fill('Vilken mötesform passar dig bäst?');
    await page.getByLabel('Svarsalternativ').fill('Digitalt\nFysiskt');
    await page.getByLabel('Obligatorisk fråga').check();
    await page.getByRole('button', { name: 'Lägg till fråga' }).click();
    await page.getByText('Frågan Vilken mötesform passar dig bäst? är tillagd.').waitFor();
    // A status change says what will happen and asks first (WCAG 3.3.4); a double click changes it once.
    await page.getByRole('button', { name: 'Öppna för ansökningar' }).dblclick();
    const confirm = page.getByRole('dialog', { name: 'Öppna för ansökningar?' });
    await confirm.getByText('Programmet blir synligt för medarbetarna i de deltagande organisationerna.').waitFor();
    await page.waitForTimeout(300);
    await expectAccessible(page, 'status change confirmation');
    await confirm.getByRole('button', { name: 'Öppna för ansökningar' }).dblclick();
    await page.getByText('Programmet har fått status ”Öppen för ansökan”.').waitFor();
    await page.getByRole('button', { name: 'Gå till urval' }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(await page.getByRole('button', { name: 'Gå till matchning' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Öppna för ansökningar' }).count()).toBe(0);
    expect(await expectFocusKept(page, 'the status change')).toBe('manage-heading');
    await expectAccessible(page, 'program page (coordinator)');
    await page.context().close();
  });

  it('an adept applies, the manager confirms from the mail, the coordinator accepts, the adept is told', async () => {
    const adept = await signedIn(browser, server.url, 'adept@example.org');
    await adept.goto(programUrl);
    await adept.getByRole('heading', { name, level: 1 }).waitFor();
    await expectAccessible(adept, 'program page (participant)');
    // Johan has no one reporting to him: no nomination form (issue 10 item 9).
    expect(await adept.getByRole('heading', { name: 'Nominera en mentor eller adept' }).count()).toBe(0);
    await adept.getByRole('link', { name: 'Ansök som adept' }).click();
    await adept.getByRole('heading', { name: 'Ansökan som adept', level: 1 }).waitFor();
    // Sent empty: the error summary takes focus and each of its links leads to its field.
    await adept.getByRole('button', { name: 'Skicka ansökan' }).click();
    expect((await expectErrorSummary(adept, 'application form')).join('\n')).toContain(
      'Vilken mötesform passar dig bäst? (obligatorisk): Fyll i fältet.',
    );
    await adept.getByLabel('Antal år som chef', { exact: true }).fill('1');
    await adept.getByRole('group', { name: 'Har du personalansvar?' }).getByLabel('Ja').check();
    await adept.getByLabel('Vad vill du utveckla i mentorskapet?').fill('Att leda genom förändring och svåra samtal');
    await adept
      .getByRole('group', { name: /Vilken mötesform passar dig bäst\?/ })
      .getByLabel('Fysiskt')
      .check();
    await expectAccessible(adept, 'application form');
    await adept.getByRole('button', { name: 'Skicka ansökan' }).click();
    await adept.getByText('Ansökan är inskickad.').waitFor();

    const confirmation = await sink.waitFor((m) => m.subject.includes('Bekräfta') && m.text.includes(name));
    expect(confirmation.to).toEqual(['eva.bergstrom@tullverket.example.se']);
    const manager = await (await browser.newContext()).newPage();
    await manager.goto(linkWith(confirmation.text, '/respond/'));
    await manager.getByRole('heading', { name: 'Bekräfta mentorskap', level: 1 }).waitFor();
    await expectAccessible(manager, 'respond page');
    await manager.getByRole('button', { name: 'Skicka svar' }).click();
    await expectErrorSummary(manager, 'respond page');
    await manager.getByLabel('Jag bekräftar').check();
    await manager.getByRole('button', { name: 'Skicka svar' }).click();
    await manager.getByText('Tack! Ditt svar är registrerat.').waitFor();
    await manager.context().close();

    const coordinator = await signedIn(browser, server.url, 'samordnare@example.org');
    await coordinator.goto(`${programUrl}/review`);
    await coordinator.getByRole('heading', { name: 'Granska ansökningar', level: 1 }).waitFor();
    await coordinator.getByLabel('Markera Johan Nyberg').check();
    await expectAccessible(coordinator, 'review queue');
    await coordinator.getByRole('button', { name: 'Anta markerade' }).click();
    await coordinator.getByRole('dialog').getByRole('button', { name: 'Anta', exact: true }).dblclick();
    await coordinator.getByText('1 ansökan är antagen.').waitFor();
    await expectFocusKept(coordinator, 'the bulk decision dialog');
    const decision = await sink.waitFor((m) => m.to.includes('adept@example.org') && m.subject.includes(name));
    expect(decision.text).toContain('Du är antagen som adept');
    await coordinator.context().close();
    await adept.context().close();
  });

  it('a manager nominates a mentor, who is invited, and applies', async () => {
    const nominator = await signedIn(browser, server.url, 'mentor@example.org');
    await nominator.goto(programUrl);
    await nominator.getByRole('heading', { name: 'Nominera en mentor eller adept' }).waitFor();
    await nominator.getByLabel('Nominera som').selectOption('mentor');
    await nominator.getByLabel('Namn', { exact: true }).fill('Ingrid Wallin');
    await nominator.getByLabel('E-post', { exact: true }).fill('ingrid.wallin@tullverket.example.se');
    await nominator.getByLabel('Motivering').fill('Tolv år som chef, trygg och lyssnande.');
    await nominator.getByRole('button', { name: 'Nominera' }).click();
    await nominator.getByText(/Ingrid Wallin \(ingrid\.wallin@tullverket\.example\.se\) är nominerad/).waitFor();
    await nominator.context().close();

    const invitation = await sink.waitFor((m) => m.to.includes('ingrid.wallin@tullverket.example.se') && m.text.includes('/invitation/'));
    await sink.waitFor((m) => m.to.includes('ingrid.wallin@tullverket.example.se') && m.subject.includes('nominerad'));
    const nominee = await (await browser.newContext()).newPage();
    await nominee.goto(linkWith(invitation.text, '/invitation/'));
    await nominee.getByLabel('Lösenord', { exact: true }).fill('ingrids-long-password');
    await nominee.getByRole('button', { name: 'Skapa konto' }).click();
    await nominee.getByRole('button', { name: 'Logga ut' }).waitFor();
    await nominee.goto(programUrl);
    await nominee.getByRole('link', { name: 'Ansök som mentor' }).click();
    await nominee.getByRole('heading', { name: 'Ansökan som mentor', level: 1 }).waitFor();
    await nominee.getByLabel('Antal år som chef', { exact: true }).fill('12');
    await nominee.getByRole('group', { name: 'Har du personalansvar?' }).getByLabel('Ja').check();
    await nominee.getByRole('button', { name: 'Skicka ansökan' }).click();
    await nominee.getByText('Ansökan är inskickad.').waitFor();
    await nominee.context().close();

    const coordinator = await signedIn(browser, server.url, 'samordnare@example.org');
    await coordinator.goto(`${programUrl}/review`);
    const nominations = coordinator.getByTestId('nominations');
    await nominations.getByText('Ingrid Wallin').waitFor();
    expect(await nominations.innerText()).toContain('Anders Holmgren');
    await coordinator.context().close();
  });
});
