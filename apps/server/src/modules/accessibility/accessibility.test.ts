import { afterAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/harness';
import { loadConfig } from '../../config';

/** The accessibility statement (issue 14 item 7, decision 0140): public, from the installation's settings. */
describe('the accessibility statement', () => {
  const apps: TestApp[] = [];
  afterAll(() => Promise.all(apps.map((t) => t.destroy())));

  it('is public; without settings it names the first organisation, its country’s supervisor and its administrator', async () => {
    const t = await createTestApp();
    apps.push(t);
    const org = await t.createOrganisation('Tullverket');
    await t.createOrganisation('Kustbevakningen');
    await t.createMember(org, 'admin@tull.example', ['org_admin'], { platformAdmin: true });
    const response = await t.as(undefined).get('/api/accessibility-statement');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({
      organisation: 'Tullverket',
      service: 'Lots',
      url: 'http://lots.test',
      country: 'SE',
      complianceLevel: 'partial',
      knownGaps: ['pdfValidation', 'pdfFont', 'uploadedFiles'],
      assessmentMethod: 'self',
      assessedOn: '2026-12-02',
      updatedOn: '2026-12-02',
      feedbackEmail: 'admin@tull.example',
      feedbackUrl: null,
      supervisor: { name: 'Myndigheten för digital förvaltning (DIGG)', url: 'https://www.digg.se/tdosanmalan' },
    });
  });

  it('takes the installation’s settings: a Norwegian organisation gets Uutilsynet; a bad setting stops the start', async () => {
    const t = await createTestApp({
      ACCESSIBILITY_ORGANISATION: 'Oslo kommune',
      ACCESSIBILITY_COUNTRY: 'NO',
      ACCESSIBILITY_LEVEL: 'full',
      ACCESSIBILITY_METHOD: 'external',
      ACCESSIBILITY_ASSESSED_ON: '2026-11-20',
      ACCESSIBILITY_FEEDBACK_URL: 'https://oslo.example/tilbakemelding',
    });
    apps.push(t);
    const body = (await t.as(undefined).get('/api/accessibility-statement')).json();
    expect(body).toMatchObject({
      organisation: 'Oslo kommune',
      country: 'NO',
      complianceLevel: 'full',
      knownGaps: [],
      assessmentMethod: 'external',
      assessedOn: '2026-11-20',
      updatedOn: '2026-11-20',
      feedbackEmail: null,
      feedbackUrl: 'https://oslo.example/tilbakemelding',
      supervisor: { name: 'Tilsynet for universell utforming av ikt (Uutilsynet)', url: 'https://www.uutilsynet.no/' },
    });
    expect(() => loadConfig({ ACCESSIBILITY_COUNTRY: 'DK' })).toThrow(/ACCESSIBILITY_COUNTRY/);
  });
});
