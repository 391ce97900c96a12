import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LOCALE, LOCALES, WEB_NAMESPACES, resources, type Locale } from '@lots/core';
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

/** The language before we know who is signed in: the last one chosen in this browser, else Swedish. */
export const initialLocale: Locale = storedLocale() ?? DEFAULT_LOCALE;

void i18n.use(initReactI18next).init({
  resources: Object.fromEntries(
    LOCALES.map((locale) => [locale, Object.fromEntries(WEB_NAMESPACES.map((ns) => [ns, resources[locale][ns]]))]),
  ),
  lng: initialLocale,
  fallbackLng: DEFAULT_LOCALE,
  supportedLngs: [...LOCALES],
  ns: WEB_NAMESPACES,
  // Keys name their namespace ("matching:page.heading"); `common` is the first to look in.
  defaultNS: WEB_NAMESPACES,
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});

function syncDocument(lng: string): void {
  setApiLanguage(lng);
  if (typeof document !== 'undefined') document.documentElement.lang = lng;
}
syncDocument(i18n.language);
i18n.on('languageChanged', syncDocument);

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

/** Whole kronor: "6 000 kr", "NOK 6,000". */
export function formatMoney(amount: number, currency: string, locale: Locale = currentLocale()): string {
  return new Intl.NumberFormat(INTL_LOCALE[locale], { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount);
}

export default i18n;
