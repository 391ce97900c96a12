import i18n, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LOCALE, LOCALES, PUBLIC_WEB_NAMESPACES, WEB_NAMESPACES, type Locale, type WebCatalog } from '@lots/core';
import { setApiLanguage } from './api/client';

export const LOCALE_STORAGE_KEY = 'lots.locale';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

function storedLocale(): Locale | undefined {
  try {
    const v = localStorage.getItem(LOCALE_STORAGE_KEY);
    return isLocale(v) ? v : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A link from a mail carries the mail's language (`?lang=nb`, decision 0082): the page opens in it,
 * the browser remembers it, and the parameter leaves the address bar.
 */
function linkLocale(): Locale | undefined {
  if (typeof window === 'undefined') return undefined;
  const url = new URL(window.location.href);
  const lang = url.searchParams.get('lang');
  if (lang === null) return undefined;
  url.searchParams.delete('lang');
  window.history.replaceState(window.history.state, '', `${url.pathname}${url.search}${url.hash}`);
  if (!isLocale(lang)) return undefined;
  try {
    localStorage.setItem(LOCALE_STORAGE_KEY, lang);
  } catch {
    // private mode: the language lasts until reload
  }
  return lang;
}

/**
 * The browser's preferred language on a first visit (navigator.languages, in the person's order):
 * Swedish, Norwegian (nb, and no/nn, the closest we have) or English; undefined when none of them.
 */
export function browserLocale(
  languages: readonly string[] = (typeof navigator === 'undefined' ? undefined : navigator.languages) ?? [],
): Locale | undefined {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'sv') return 'sv';
    if (base === 'nb' || base === 'no' || base === 'nn') return 'nb';
    if (base === 'en') return 'en';
  }
  return undefined;
}

/**
 * The language before we know who is signed in: a mail link's, else the last one chosen in this
 * browser, else the browser's own preference (a first visit), else Swedish.
 */
export const initialLocale: Locale = linkLocale() ?? storedLocale() ?? browserLocale() ?? DEFAULT_LOCALE;

/**
 * Each language's catalogs come in two chunks of the build, loaded when first needed (decisions
 * 0052, 0169): the namespaces of the pages before signing in (`PUBLIC_WEB_NAMESPACES`: sign-in,
 * password reset, set-up, invitation, accessibility statement) and the whole catalog, which the
 * router loads before any other page (`loadAppCatalogs`). The first page loads only the active
 * language; a switch loads the new one's namespaces that are in use.
 */
const catalogs: Record<Locale, { public: () => Promise<{ catalog: Partial<WebCatalog> }>; all: () => Promise<{ catalog: WebCatalog }> }> = {
  sv: { public: () => import('@lots/core/i18n/web/sv-public'), all: () => import('@lots/core/i18n/web/sv') },
  nb: { public: () => import('@lots/core/i18n/web/nb-public'), all: () => import('@lots/core/i18n/web/nb') },
  en: { public: () => import('@lots/core/i18n/web/en-public'), all: () => import('@lots/core/i18n/web/en') },
};
const loading = new Map<string, Promise<Partial<WebCatalog>>>();
const PUBLIC = new Set<string>(PUBLIC_WEB_NAMESPACES);

/** An i18next backend that reads a namespace out of its language's chunk (one request per chunk). */
const lazyCatalogs: BackendModule = {
  type: 'backend',
  init() {},
  read(language, namespace, callback) {
    if (!isLocale(language)) return callback(new Error(`No catalogs for the language ${language}`), false);
    const part = PUBLIC.has(namespace) ? 'public' : 'all';
    const key = `${language}/${part}`;
    let catalog = loading.get(key);
    if (!catalog) {
      catalog = catalogs[language][part]().then((m) => m.catalog);
      loading.set(key, catalog);
    }
    catalog.then(
      (c) => callback(null, c[namespace as keyof WebCatalog]),
      (error: unknown) => {
        loading.delete(key); // a failed chunk (offline) may be tried again on the next switch
        callback(error instanceof Error ? error : new Error(String(error)), false);
      },
    );
  },
};

/** Loads every namespace of the active language: the router awaits it before any page but the public ones. */
export function loadAppCatalogs(): Promise<void> {
  return i18n.loadNamespaces([...WEB_NAMESPACES]);
}

function syncDocument(lng: string): void {
  setApiLanguage(lng);
  if (typeof document !== 'undefined') document.documentElement.lang = lng;
}
syncDocument(initialLocale);
i18n.on('languageChanged', syncDocument);

/** Resolves when the active language's public catalogs are loaded: main.tsx renders the app then. */
export const i18nReady = i18n
  .use(lazyCatalogs)
  .use(initReactI18next)
  .init({
    lng: initialLocale,
    // No fallback language: it would be loaded too, and every language has every key (parity test).
    fallbackLng: false,
    supportedLngs: [...LOCALES],
    load: 'currentOnly',
    // The public pages' namespaces first; loadAppCatalogs adds the others (decision 0169).
    ns: [...PUBLIC_WEB_NAMESPACES],
    // Keys name their namespace ("matching:page.heading"); `common` is the first to look in. Only the
    // public namespaces: useTranslation() loads its default namespaces, and the rest waits for the
    // router's loadAppCatalogs (decision 0169).
    defaultNS: [...PUBLIC_WEB_NAMESPACES],
    interpolation: { escapeValue: false },
    returnNull: false,
    // A component's useTranslation() binds to the public namespaces only; when the router's
    // loadAppCatalogs brings the rest (after signing in on a public page, say), every component
    // renders again, so the main navigation shows its texts, not its keys.
    react: { bindI18n: 'languageChanged loaded' },
  });

export function currentLocale(): Locale {
  return isLocale(i18n.language) ? i18n.language : DEFAULT_LOCALE;
}

/** Switches the UI language and remembers it in this browser (the profile keeps it per user). */
export async function setLocale(locale: Locale): Promise<void> {
  try {
    localStorage.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // private mode: the choice lasts until reload
  }
  if (i18n.language !== locale) await i18n.changeLanguage(locale);
}

/** Locale tags for Intl formatting. */
export const INTL_LOCALE: Record<Locale, string> = { sv: 'sv-SE', nb: 'nb-NO', en: 'en-GB' };

export function formatDateTime(iso: string | null | undefined, locale: Locale = currentLocale()): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: 'medium', timeStyle: 'short' }).format(d);
}

/** A calendar date from the API ("2027-02-01"), shown as is (no time zone shift). */
export function formatDate(date: string | null | undefined, locale: Locale = currentLocale()): string {
  if (!date) return '';
  const d = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return date;
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: 'medium', timeZone: 'UTC' }).format(d);
}

/** A calendar date written for people in full ("16 december 2026", "16. desember 2026", "16 December 2026"). */
export function formatLongDate(date: string | null | undefined, locale: Locale = currentLocale()): string {
  if (!date) return '';
  const d = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return date;
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: 'long', timeZone: 'UTC' }).format(d);
}

/** Whole kronor: "6 000 kr", "NOK 6,000". */
export function formatMoney(amount: number, currency: string, locale: Locale = currentLocale()): string {
  return new Intl.NumberFormat(INTL_LOCALE[locale], { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount);
}

export default i18n;
