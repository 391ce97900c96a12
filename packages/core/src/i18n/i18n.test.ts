import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NAMESPACES, keyPaths, resources, translate, type Namespace } from './index';

const locales = ['sv', 'nb', 'en'] as const;

describe('translations', () => {
  it('every JSON catalog on disk is loaded, and every namespace has one per language', () => {
    const root = new URL('../../locales/', import.meta.url);
    expect(readdirSync(root).sort()).toEqual([...locales].sort());
    for (const locale of locales) {
      const files = readdirSync(new URL(`${locale}/`, root)).sort();
      expect(files).toEqual(NAMESPACES.map((ns) => `${ns}.json`).sort());
      expect(Object.keys(resources[locale])).toEqual([...NAMESPACES]);
    }
  });

  for (const namespace of NAMESPACES) {
    it(`${namespace}: nb and en have exactly the Swedish keys, none empty`, () => {
      const sv = keyPaths(resources.sv[namespace]).sort();
      for (const locale of ['nb', 'en'] as const) {
        expect(keyPaths(resources[locale][namespace]).sort()).toEqual(sv);
      }
      for (const locale of locales) {
        for (const key of sv) expect(translate(locale, namespace, key, new Proxy({}, { get: () => 'x' }))).not.toBe('');
      }
    });

    it(`${namespace}: placeholders are the same in every language`, () => {
      const placeholders = (s: string) =>
        [...s.matchAll(/\{\{\s*(\w+)\s*(?:,\s*(\w+)\s*)?\}\}/g)].map((m) => (m[2] ? `${m[1]}, ${m[2]}` : m[1])).sort();
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
    expect(() => translate('sv', 'mail', 'constructor')).toThrow(/Missing translation/);
    expect(() => translate('sv', 'mail', 'greeting')).toThrow(/Missing value/);
  });

  it('writes the counts that reach thousands as people read numbers, not only {{count}} (review read10 #4)', () => {
    // [namespace, key, the counts it is given]: an organisation's people, an import's rows and problems, a program's
    // pairs, a survey's invitations, an event's answers, a matching run's adepts, a cost file's participants.
    const counts: [Namespace, string, string[]][] = [
      ['organisations', 'organisation.summary', ['people', 'units']],
      ['people', 'import.success', ['imported', 'updated']],
      ['people', 'import.errorsTruncated', ['shown', 'total']],
      ['applications', 'appImport.success', ['imported', 'updated']],
      ['mentorship', 'health.summary', ['active', 'signed', 'quiet', 'ended']],
      ['evaluation', 'page.answeredOf', ['answered', 'invited']],
      ['evaluation', 'report.responses', ['answered', 'invited']],
      ['evaluation', 'report.changeOf', ['n']],
      ['events', 'countsLine', ['invited', 'yes', 'maybe', 'no', 'waitlisted']],
      ['programs', 'closing.more', ['shown', 'total']],
      ['matching', 'result.matchedValue', ['matched', 'total']],
      ['costs', 'summaryFile.perParticipant', ['number']],
      ['costs', 'summaryFile.perCompletedPair', ['number']],
    ];
    const written = { sv: '12\u00a0345', nb: '12\u00a0345', en: '12,345' };
    for (const [namespace, key, names] of counts) {
      for (const locale of locales) {
        const text = translate(locale, namespace, key, new Proxy({}, { get: (_, name) => (names.includes(String(name)) ? 12345 : 'x') }));
        expect(text.split(written[locale]).length - 1, `${locale}:${namespace}:${key}: ${text}`).toBe(names.length);
      }
    }
  });

  it('writes {{count, number}} as people read numbers in each language', () => {
    const text = (locale: 'sv' | 'nb' | 'en') => translate(locale, 'common', 'common.showingMore', { from: 9976, to: 10000, total: 10000 });
    expect(text('sv')).toBe('Visar 9\u00a0976–10\u00a0000 av fler än 10\u00a0000');
    expect(text('nb')).toBe('Viser 9\u00a0976–10\u00a0000 av flere enn 10\u00a0000');
    expect(text('en')).toBe('Showing 9,976–10,000 of more than 10,000');
  });
});
