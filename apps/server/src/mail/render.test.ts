import { describe, expect, it } from 'vitest';
import { renderMail } from './render';

describe('renderMail', () => {
  it('renders every template in every language with the link and no leftover placeholders', () => {
    for (const template of [
      'invitation',
      'magicLink',
      'resetPassword',
      'managerConfirmation',
      'confirmationReminder',
      'nomination',
      'recommendation',
      'decision',
      'digest',
      'managerMentorshipStarted',
      'managerMentorshipEnded',
    ] as const) {
      for (const locale of ['sv', 'nb', 'en'] as const) {
        if (template === 'managerMentorshipStarted' || template === 'managerMentorshipEnded') {
          // A mail that only informs: it has no link.
          const bare = renderMail(
            template,
            locale,
            { name: 'Anna', url: '', adept: 'Ola', programRef: 'ett mentorprogram' },
            { withoutLink: true },
          );
          expect(bare.subject).not.toMatch(/\{\{/);
          expect(bare.text).not.toMatch(/: $/m);
          expect(bare.html).not.toContain('<a ');
          continue;
        }
        const mail = renderMail(
          template,
          locale,
          {
            name: 'Anna <Berg>',
            url: 'https://lots.example/x?token=abc&y=1',
            organisation: 'Tullverket',
            inviter: 'Eva',
            expires: '2026-12-09',
            minutes: 15,
            applicant: 'Ola',
            program: 'Mentorprogram 2027',
            programRef: 'mentorprogrammet Mentorprogram 2027',
            nominator: 'Per',
            role: 'mentor',
            applications: 3,
            confirmations: 1,
            news: '– 3',
          },
          template === 'decision'
            ? { bodyKey: 'decision.accepted', note: { introKey: 'decision.messageIntro', text: 'Välkommen <3' } }
            : {},
        );
        if (template === 'decision') expect(mail.html).toContain('Välkommen &lt;3');
        expect(mail.subject).not.toMatch(/\{\{/);
        expect(mail.text).toContain('https://lots.example/x?token=abc&y=1');
        expect(mail.html).toContain('https://lots.example/x?token=abc&amp;y=1');
        expect(mail.html).toContain('Anna &lt;Berg&gt;');
        expect(mail.html).toContain(`lang="${locale}"`);
      }
    }
  });

  it('speaks the reader’s language', () => {
    const vars = { name: 'Ola', url: 'http://x', minutes: 15 };
    expect(renderMail('magicLink', 'sv', vars).subject).toBe('Din inloggningslänk till Lots');
    expect(renderMail('magicLink', 'nb', vars).subject).toBe('Din innloggingslenke til Lots');
    expect(renderMail('magicLink', 'en', vars).subject).toBe('Your sign-in link for Lots');
  });

  it('lists several links, one per item, each hidden in the redacted copy', () => {
    const vars = { name: 'Rolf', url: '', count: 2, program: 'Chefsprogrammet', expires: '2026-12-16' };
    const links = [
      { label: 'Ola <Nordmann> (adept)', url: 'https://lots.example/respond/aaa?lang=nb' },
      { label: 'Kari (mentor)', url: 'https://lots.example/respond/bbb?lang=nb' },
    ];
    for (const locale of ['sv', 'nb', 'en'] as const) {
      const mail = renderMail('recommendations', locale, vars, { links });
      expect(mail.subject).not.toMatch(/\{\{/);
      expect(mail.text).toContain('Ola <Nordmann> (adept): https://lots.example/respond/aaa?lang=nb');
      expect(mail.text).toContain('Kari (mentor): https://lots.example/respond/bbb?lang=nb');
      expect(mail.html).toContain('<a href="https://lots.example/respond/bbb?lang=nb">Kari (mentor)</a>');
      expect(mail.html).toContain('Ola &lt;Nordmann&gt; (adept)');
      const shown = renderMail('recommendations', locale, vars, { links }, { redactLink: true });
      expect(shown.text + shown.html).not.toContain('/respond/');
      expect(shown.text).toContain('Kari (mentor): ');
    }
  });
});
