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
