import { useEffect, useRef } from 'react';
import { Paragraph, SkipLink } from '@digdir/designsystemet-react';
import { Link, Outlet, useRouterState } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { setLocale } from '../i18n';
import { useMe } from '../features/me';
import { LanguageSwitch } from './LanguageSwitch';
import { MainNav } from './MainNav';
import { SignOutButton } from './SignOutButton';

/** Follows the signed-in user's saved language. */
function useUserLocale(locale: string | undefined) {
  const { i18n } = useTranslation();
  useEffect(() => {
    if ((locale === 'sv' || locale === 'nb' || locale === 'en') && locale !== i18n.language) void setLocale(locale);
  }, [locale, i18n]);
}

const TYPING = new Set(['INPUT', 'SELECT', 'TEXTAREA']);

/**
 * After client-side navigation, moves focus to the new page's h1 so screen readers start there
 * (never away from a field the user is already typing in).
 */
function useFocusOnNavigate() {
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const handle = window.setTimeout(() => {
      const active = document.activeElement;
      if (active && TYPING.has(active.tagName)) return;
      document.querySelector<HTMLElement>('main h1')?.focus();
    }, 50);
    return () => window.clearTimeout(handle);
  }, [pathname]);
}

export function AppShell() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  useUserLocale(me?.user.locale);
  useFocusOnNavigate();

  return (
    <div className="shell">
      <SkipLink href="#main">{t('common:shell.skipLink')}</SkipLink>
      <header className="shell__header">
        <div className="shell__bar">
          <div className="shell__brand">
            <Link to="/" className="shell__logo">
              {t('common:app.name')}
            </Link>
            <span className="shell__tagline">{t('common:app.tagline')}</span>
          </div>
          <div className="shell__tools">
            <LanguageSwitch />
            {me ? (
              <>
                <Paragraph data-size="sm" className="shell__user">
                  {t('common:shell.signedInAs', { name: me.user.name || me.user.email })}
                </Paragraph>
                <SignOutButton />
              </>
            ) : null}
          </div>
        </div>
        {me ? <MainNav me={me} /> : null}
      </header>
      <main id="main" tabIndex={-1} className="shell__main">
        <Outlet />
      </main>
      <footer className="shell__footer">
        <Link to="/accessibility" className="shell__footer-link">
          {t('accessibility:footer.link')}
        </Link>
      </footer>
    </div>
  );
}
