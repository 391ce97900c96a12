import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Locale } from '@lots/core';

type Texts = { default: Record<string, Record<string, unknown>> };
type Parts = Record<string, Record<Locale, () => Promise<Texts>>>;

/** A part whose texts load at once: `{ common: { hello: 'Hej (sv)' } }` in each language. */
function instant(ns: string, key: string): Record<Locale, () => Promise<Texts>> {
  const texts = (l: Locale): Texts => ({ default: { [ns]: { [key]: `${key} (${l})` } } });
  return { sv: async () => texts('sv'), nb: async () => texts('nb'), en: async () => texts('en') };
}

/**
 * A fresh `i18n.ts` (with its own i18next) over fake text parts (`virtual:lots-texts`, made by the
 * build from the catalogs), the shell's texts loaded.
 */
async function loadI18n(parts: Parts) {
  vi.resetModules();
  vi.doMock('virtual:lots-texts', () => ({ textParts: parts }));
  const module = await import('./i18n');
  await module.i18nReady;
  return module;
}

afterEach(() => {
  vi.doUnmock('virtual:lots-texts');
  vi.restoreAllMocks();
});

describe('a missing text', () => {
  it('shows its namespace, as every-page looks for, and is reported in the console', async () => {
    const { default: i18n } = await loadI18n({ shell: instant('common', 'hello') });
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const t = i18n.t as unknown as (key: string) => string;
    expect(t('common:hello')).toBe('hello (sv)');
    expect(t('matching:page.heading')).toBe('matching:page.heading');
    expect(errors).toHaveBeenCalledWith('missing text matching:page.heading (sv)');
    expect(errors).toHaveBeenCalledTimes(1);
  });
});

describe('numbers in texts', () => {
  it('are written as people read them in the active language ({{count, number}}: 10 000 in Swedish and Norwegian, 10,000 in English)', async () => {
    const texts = (l: Locale): Texts => ({ default: { common: { count: `${l}: {{count, number}}`, plain: '{{count}}' } } });
    const { default: i18n, setLocale } = await loadI18n({
      shell: { sv: async () => texts('sv'), nb: async () => texts('nb'), en: async () => texts('en') },
    });
    const t = i18n.t as unknown as (key: string, options: { count: number }) => string;
    expect(t('common:count', { count: 10000 })).toBe('sv: 10\u00a0000');
    expect(t('common:plain', { count: 10000 })).toBe('10000');
    await setLocale('nb');
    expect(t('common:count', { count: 12345 })).toBe('nb: 12\u00a0345');
    await setLocale('en');
    expect(t('common:count', { count: 10000 })).toBe('en: 10,000');
  });
});

/** Text parts whose loads wait until the test lets them finish (`finish`). */
function heldParts(parts: Record<string, [ns: string, key: string]>) {
  const waiting = new Map<string, () => void>();
  const requested: string[] = [];
  const loaders: Parts = {};
  for (const [part, [ns, key]] of Object.entries(parts)) {
    const load = (l: Locale) => () => {
      requested.push(`${l}/${part}`);
      const texts: Texts = { default: { [ns]: { [key]: `${key} (${l})` } } };
      // The active language's shell is there at once (the first render); every other load waits.
      if (l === 'sv' && part === 'shell') return Promise.resolve(texts);
      return new Promise<Texts>((resolve) => waiting.set(`${l}/${part}`, () => resolve(texts)));
    };
    loaders[part] = { sv: load('sv'), nb: load('nb'), en: load('en') };
  }
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  return {
    loaders,
    requested,
    /**
     * Lets every load requested so far and from now on finish, those named first in the order given
     * (`['en/shell', 'nb/shell']`: English before Norwegian), until nothing waits.
     */
    async finish(first: readonly string[] = []) {
      for (;;) {
        await settle();
        const next = first.find((load) => waiting.has(load)) ?? waiting.keys().next().value;
        if (next === undefined) return;
        waiting.get(next)!();
        waiting.delete(next);
      }
    },
  };
}

describe('two language switches at once', () => {
  it('end in the newer language, with the texts of a page opened meanwhile, whichever loads first', async () => {
    const held = heldParts({ shell: ['common', 'hello'], 'home/pages': ['home', 'heading'] });
    const { default: i18n, setLocale, loadTexts, currentLocale } = await loadI18n(held.loaders);
    const t = i18n.t as unknown as (key: string) => string;
    const switches = [setLocale('nb'), setLocale('en')];
    const page = loadTexts('home/pages');
    // English is there first, Norwegian later: the switch to Norwegian must not win by finishing last.
    await held.finish(['en/shell', 'en/home/pages']);
    await Promise.all([...switches, page]);
    expect(currentLocale()).toBe('en');
    expect(t('common:hello')).toBe('hello (en)');
    expect(t('home:heading')).toBe('heading (en)');
  });

  it('back to the active language before the first switch loaded: stays, and a later switch still works', async () => {
    const held = heldParts({ shell: ['common', 'hello'] });
    const { setLocale, currentLocale } = await loadI18n(held.loaders);
    const switches = [setLocale('nb'), setLocale('sv')];
    await held.finish();
    await Promise.all(switches);
    expect(currentLocale()).toBe('sv');
    const toEnglish = setLocale('en');
    await held.finish();
    await toEnglish;
    expect(currentLocale()).toBe('en');
  });
});
