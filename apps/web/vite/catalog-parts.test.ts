import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { WEB_NAMESPACES, resources } from '@lots/core';
import { partEntries, partKeys, readModule, scanSources, subset, type KeyRef, type ModuleFacts } from './catalog-parts.ts';

const src = fileURLToPath(new URL('../src', import.meta.url));
const NS = new Set(['common', 'home', 'events', 'programs']);

describe('readModule', () => {
  it('finds keys in strings, JSX attributes and templates, and the imports that run', () => {
    const facts = readModule(
      `import type { A } from './types';
       import { type B } from './only-types';
       import { c, type D } from '../events';
       import * as all from './all';
       import './styles.css';
       export { Page } from './Page';
       export type { E } from './e';
       export * from './more';
       const load = () => import('./lazy');
       export function X({ s }: { s: string }) {
         const { t } = useTranslation();
         const label: ParseKeys = 'programs:notAKey.inAType';
         return <p title={t('home:heading')} aria-label="common:shell.mainNav">
           {t(\`programs:programStatus.\${s}\`)} {t(\`events:answer\${s}\`)} {t(\`common:\${s}\`)} {'no:key'} {'9:30'}
         </p>;
       }`,
      'X.tsx',
      NS,
    );
    expect(facts.imports).toEqual([
      { source: '../events', names: ['c'] },
      { source: './all', names: '*' },
      { source: './styles.css', names: '*' },
      { source: './lazy', names: '*' },
    ]);
    expect(facts.reExports).toEqual([
      { source: './Page', names: new Map([['Page', 'Page']]) },
      { source: './more', names: '*' },
    ]);
    expect(facts.keys).toEqual<KeyRef[]>([
      { ns: 'programs', key: 'notAKey', prefix: false }, // a string in a typed variable still counts (more, never less)
      { ns: 'home', key: 'heading', prefix: false },
      { ns: 'common', key: 'shell', prefix: false },
      { ns: 'programs', key: 'programStatus', prefix: false },
      { ns: 'events', key: 'answer', prefix: true },
      { ns: 'common', key: null, prefix: false },
    ]);
  });
});

describe('partKeys', () => {
  const facts = (f: Partial<ModuleFacts>): ModuleFacts => ({ imports: [], reExports: [], keys: [], ...f });
  const key = (ns: string, k: string): KeyRef => ({ ns, key: k, prefix: false });
  // home/pages → HomePage → events/index (a re-export) → eventTime only; routes → home/pages stops there.
  const modules = new Map<string, ModuleFacts>([
    ['/s/main.tsx', facts({ imports: [{ source: '/s/routes/home.tsx', names: '*' }] })],
    ['/s/routes/home.tsx', facts({ imports: [{ source: '/s/features/home/pages.ts', names: '*' }], keys: [key('common', 'nav')] })],
    [
      '/s/features/home/pages.ts',
      facts({ reExports: [{ source: '/s/features/home/HomePage.tsx', names: new Map([['HomePage', 'HomePage']]) }] }),
    ],
    [
      '/s/features/home/HomePage.tsx',
      facts({ imports: [{ source: '/s/features/events/index.ts', names: ['formatEventTime'] }], keys: [key('home', 'heading')] }),
    ],
    [
      '/s/features/events/index.ts',
      facts({
        reExports: [
          { source: '/s/features/events/EventForm.tsx', names: new Map([['EventForm', 'EventForm']]) },
          { source: '/s/features/events/eventTime.ts', names: new Map([['formatEventTime', 'formatEventTime']]) },
        ],
      }),
    ],
    ['/s/features/events/EventForm.tsx', facts({ keys: [key('events', 'form')] })],
    ['/s/features/events/eventTime.ts', facts({ keys: [key('events', 'time')] })],
  ]);
  const entries = new Map([
    ['shell', '/s/main.tsx'],
    ['home/pages', '/s/features/home/pages.ts'],
  ]);

  it("follows a feature's index only for the names taken from it, and stops at another part", () => {
    const parts = partKeys(modules, entries);
    expect(parts.get('shell')).toEqual([key('common', 'nav')]);
    expect(parts.get('home/pages')).toEqual([key('home', 'heading'), key('events', 'time')]);
  });

  it('refuses a part’s entry imported from outside routes/ (its pages would show without their texts)', () => {
    const outside = new Map(modules);
    outside.set('/s/features/events/eventTime.ts', facts({ imports: [{ source: '/s/features/home/pages.ts', names: '*' }] }));
    expect(() => partKeys(outside, entries)).toThrow(
      /features\/events\/eventTime\.ts imports .*features\/home\/pages\.ts.*load pages only through withTexts in routes\//,
    );
    const reExport = new Map(modules);
    reExport.set(
      '/s/features/events/index.ts',
      facts({ reExports: [{ source: '/s/features/home/pages.ts', names: new Map([['HomePage', 'HomePage']]) }] }),
    );
    const shellTakesIt = new Map(reExport);
    shellTakesIt.set('/s/routes/home.tsx', facts({ imports: [{ source: '/s/features/events/index.ts', names: '*' }] }));
    expect(() => partKeys(shellTakesIt, entries)).toThrow(/features\/events\/index\.ts imports .*withTexts in routes\//);
  });

  it('takes every re-export when the whole module is asked for', () => {
    const whole = new Map(modules);
    whole.set('/s/features/home/HomePage.tsx', facts({ imports: [{ source: '/s/features/events/index.ts', names: '*' }] }));
    expect(partKeys(whole, entries).get('home/pages')).toEqual([key('events', 'form'), key('events', 'time')]);
  });
});

describe('subset', () => {
  const catalogs = {
    home: { heading: 'Hej', tasks_one: 'en', tasks_other: 'flera', tasksHelp: 'hjälp', other: 'x' },
    common: { nav: { home: 'Hem' }, errors: { a: 'A' } },
  };
  it('takes the top-level keys named, their plural forms, a prefix or the whole namespace, without what is loaded', () => {
    expect(subset(catalogs, [{ ns: 'home', key: 'tasks', prefix: false }])).toEqual({ home: { tasks_one: 'en', tasks_other: 'flera' } });
    expect(subset(catalogs, [{ ns: 'home', key: 'tasks', prefix: true }])).toEqual({
      home: { tasks_one: 'en', tasks_other: 'flera', tasksHelp: 'hjälp' },
    });
    expect(subset(catalogs, [{ ns: 'common', key: null, prefix: false }], { common: { nav: { home: 'Hem' } } })).toEqual({
      common: { errors: { a: 'A' } },
    });
  });
});

describe('the web app’s parts', () => {
  const modules = scanSources(src, WEB_NAMESPACES);
  const entries = partEntries(src, modules);
  const parts = partKeys(modules, entries);
  const texts = (part: string) => {
    const shell = subset(resources.sv, parts.get('shell')!);
    return part === 'shell' ? shell : subset(resources.sv, parts.get(part)!, shell);
  };

  it('has the shell and one part per pages entry of a feature', () => {
    const features = readdirSync(join(src, 'features'), { recursive: true })
      .map(String)
      .filter((f) => /^[^/]+\/pages(-[\w-]+)?\.ts$/.test(f))
      .map((f) => f.replace(/\.ts$/, ''))
      .sort();
    expect([...entries.keys()].sort()).toEqual(['shell', ...features].sort());
  });

  it('gives every text the web app names to some part (what no part has, only the server uses)', () => {
    const covered = subset(resources.sv, [...parts.values()].flat());
    const sources = [...modules.keys()].map((file) => readFileSync(file, 'utf8')).join('\n');
    const uncovered = WEB_NAMESPACES.flatMap((ns) =>
      Object.keys(resources.sv[ns])
        .filter((top) => covered[ns]?.[top] === undefined)
        .map((top) => `${ns}:${top}`),
    );
    expect(uncovered.length).toBeLessThan(20); // the server's own: the agreement PDF, calendar files, mails' words
    for (const key of uncovered) expect(sources, key).not.toMatch(new RegExp(`${key}[._'"\`$]`));
  });

  it("keeps the first pages small: the sign-in page and the home page do not get other features' texts", () => {
    expect(Object.keys(texts('auth/pages-sign-in')).sort()).toEqual(['auth', 'common', 'organisations']);
    const home = texts('home/pages');
    expect(Object.keys(home.home ?? {}).length).toBeGreaterThan(5);
    expect(home.events).toBeUndefined(); // HomePage takes only formatEventTime and eventTextsIn from events
    expect(home.matching).toBeUndefined();
    // The main navigation's texts are the shell's, with only the keys it names from other namespaces.
    expect(Object.keys(texts('shell').mentorship ?? {})).toEqual(['nav']);
  });

  it('every route file loads a feature’s pages with that part’s texts', () => {
    const routes = join(src, 'routes');
    for (const file of readdirSync(routes).filter((f) => f.endsWith('.tsx'))) {
      const code = readFileSync(join(routes, file), 'utf8');
      const imports = [...code.matchAll(/import\('\.\.\/features\/([\w-]+\/[\w-]+)'\)/g)].map((m) => m[1]);
      const withTexts = [...code.matchAll(/withTexts\('([\w/-]+)', \(\) => import\('\.\.\/features\/([\w-]+\/[\w-]+)'\)\)/g)];
      expect(
        withTexts.map((m) => m[2]),
        file,
      ).toEqual(imports);
      for (const m of withTexts) {
        expect(m[1], file).toBe(m[2]);
        expect(entries.has(m[1]!), `${file}: ${m[1]}`).toBe(true);
      }
    }
  });
});
