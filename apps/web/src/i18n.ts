import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LOCALE, LOCALE_TAGS, LOCALES, WEB_NAMESPACES, type Locale } from '@lots/core';
import { textParts } from 'virtual:lots-texts';
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
 * The texts come in parts (decision 0188): the build makes one chunk per part of the app and language
 * with the texts that part shows (`virtual:lots-texts`, apps/web/vite/catalogs-plugin.ts): the shell
 * (navigation, error pages — loaded before the first render) and each feature's pages, which the
 * router loads with the pages' code (`withTexts`), so no page renders before its texts are there.
 * A language switch first loads every part in use in the new language.
 */
const loadedParts = new Map<string, Promise<void>>();
const partsInUse = new Set<string>(['shell']);
/**
 * The language last asked for (`setLocale`): while a switch to it is under way, a page opened
 * meanwhile loads its texts in it as well as in the active language.
 */
let wanted: Locale | undefined;
/** The switches, one after the other (`setLocale`). */
let switches: Promise<void> = Promise.resolve();

function loadPart(language: Locale, part: string): Promise<void> {
  const key = `${language}/${part}`;
  let loading = loadedParts.get(key);
  if (!loading) {
    const loaders = textParts[part];
    if (!loaders) return Promise.reject(new Error(`No texts for the part ${part}`));
    loading = loaders[language]().then((m) => {
      for (const [ns, texts] of Object.entries(m.default)) i18n.addResourceBundle(language, ns, texts, true, true);
    });
    // a failed chunk (offline) may be tried again on the next page or switch
    loading.catch(() => loadedParts.delete(key));
    loadedParts.set(key, loading);
  }
  return loading;
}

/** Loads a part's texts (`shell`, `home/pages` …) in the active language. */
export function loadTexts(part: string): Promise<void> {
  partsInUse.add(part);
  const language = currentLocale();
  return Promise.all([loadPart(language, part), wanted && wanted !== language ? loadPart(wanted, part) : undefined]).then(() => undefined);
}

/**
 * A feature's pages with their texts: the routes load pages through this
 * (`lazyRouteComponent(withTexts('home/pages', () => import('../features/home/pages')), 'HomePage')`),
 * so the code and the texts load side by side and the page renders when both are there.
 */
export function withTexts<T>(part: string, load: () => Promise<T>): () => Promise<T> {
  return () => Promise.all([load(), loadTexts(part)]).then(([pages]) => pages);
}

function syncDocument(lng: string): void {
  setApiLanguage(lng);
  if (typeof document !== 'undefined') document.documentElement.lang = lng;
}
syncDocument(initialLocale);
i18n.on('languageChanged', syncDocument);

/** Resolves when the shell's texts are loaded in the active language: main.tsx renders the app then. */
export const i18nReady = i18n
  .use(initReactI18next)
  .init({
    lng: initialLocale,
    // No fallback language: it would be loaded too, and every language has every key (parity test).
    fallbackLng: false,
    supportedLngs: [...LOCALES],
    load: 'currentOnly',
    // The texts are added part by part (loadTexts), never all at once.
    resources: {},
    partialBundledLanguages: true,
    ns: [...WEB_NAMESPACES],
    // Keys name their namespace ("matching:page.heading").
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
    // A missing text shows as `namespace:key`, as written in the code: e2e/every-page.test.ts looks for
    // that on every page (without this i18next shows `page.heading` for `matching:page.heading`).
    appendNamespaceToMissingKey: true,
    // …and says so in the console (every-page also fails on a console error), with the language.
    saveMissing: true,
    missingKeyHandler: (languages, ns, key) => console.error(`missing text ${ns}:${key} (${languages.join(', ')})`),
    // A part added later (a language switch meeting a page that opens) renders the components again.
    react: { bindI18n: 'languageChanged', bindI18nStore: 'added' },
  })
  .then(() => loadTexts('shell'));

export function currentLocale(): Locale {
  return isLocale(i18n.language) ? i18n.language : DEFAULT_LOCALE;
}

/**
 * Switches the UI language and remembers it in this browser (the profile keeps it per user).
 * Switches run one after the other and the newest wins: a switch that another one follows before its
 * texts are loaded stops there, so two quick switches never end in the older language (nor in one
 * whose page texts were not loaded). Resolves when this switch is done or given up for a newer one.
 */
export function setLocale(locale: Locale): Promise<void> {
  try {
    localStorage.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // private mode: the choice lasts until reload
  }
  wanted = locale;
  const done = switches.then(() => switchTo(locale));
  switches = done.catch(() => undefined);
  return done;
}

async function switchTo(locale: Locale): Promise<void> {
  if (wanted !== locale || i18n.language === locale) return;
  try {
    // The texts of every part in use, in the new language, before anything shows it.
    await Promise.all([...partsInUse].map((part) => loadPart(locale, part)));
  } catch (error) {
    // Not loaded (offline): the language stays; pages opened from now on load only its texts.
    if (wanted === locale) wanted = undefined;
    throw error;
  }
  if (wanted === locale) await i18n.changeLanguage(locale);
}

export function formatDateTime(iso: string | null | undefined, locale: Locale = currentLocale()): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(LOCALE_TAGS[locale], { dateStyle: 'medium', timeStyle: 'short' }).format(d);
}

/** A calendar date from the API ("2027-02-01"), shown as is (no time zone shift). */
export function formatDate(date: string | null | undefined, locale: Locale = currentLocale()): string {
  if (!date) return '';
  const d = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return date;
  return new Intl.DateTimeFormat(LOCALE_TAGS[locale], { dateStyle: 'medium', timeZone: 'UTC' }).format(d);
}

/** A calendar date written for people in full ("16 december 2026", "16. desember 2026", "16 December 2026"). */
export function formatLongDate(date: string | null | undefined, locale: Locale = currentLocale()): string {
  if (!date) return '';
  const d = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return date;
  return new Intl.DateTimeFormat(LOCALE_TAGS[locale], { dateStyle: 'long', timeZone: 'UTC' }).format(d);
}

/** Whole kronor: "6 000 kr", "NOK 6,000". */
export function formatMoney(amount: number, currency: string, locale: Locale = currentLocale()): string {
  return new Intl.NumberFormat(LOCALE_TAGS[locale], { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount);
}

export default i18n;
