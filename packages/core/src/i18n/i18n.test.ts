import { describe, expect, it } from 'vitest';
import { keyPaths, resources, translate } from './index';

describe('translations', () => {
  for (const namespace of ['web', 'mail', 'content'] as const) {
    it(`${namespace}: nb and en have exactly the Swedish keys, none empty`, () => {
      const sv = keyPaths(resources.sv[namespace]).sort();
      for (const locale of ['nb', 'en'] as const) {
        expect(keyPaths(resources[locale][namespace]).sort()).toEqual(sv);
      }
      for (const locale of ['sv', 'nb', 'en'] as const) {
        for (const key of sv) expect(translate(locale, namespace, key, new Proxy({}, { get: () => 'x' }))).not.toBe('');
      }
    });

    it(`${namespace}: placeholders are the same in every language`, () => {
      const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
      for (const key of keyPaths(resources.sv[namespace])) {
        const get = (locale: 'sv' | 'nb' | 'en') =>
          key.split('.').reduce<unknown>((n, p) => (n as Record<string, unknown>)[p], resources[locale][namespace]) as string;
        expect(placeholders(get('nb')), key).toEqual(placeholders(get('sv')));
        expect(placeholders(get('en')), key).toEqual(placeholders(get('sv')));
      }
    });
  }

  it('fills placeholders and refuses unknown keys', () => {
    expect(translate('en', 'mail', 'greeting', { name: 'Anna' })).toBe('Hello Anna,');
    expect(() => translate('sv', 'mail', 'no.such.key')).toThrow(/Missing translation/);
    expect(() => translate('sv', 'mail', 'greeting')).toThrow(/Missing value/);
  });
});
