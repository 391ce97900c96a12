/**
 * The web app's texts in parts (decision 0188): `virtual:lots-texts` gives, for each part of the app
 * (`shell`, `home/pages` …, see `catalog-parts.ts`) and each language, a loader of the texts that part
 * shows — one small chunk (`assets/texts-sv-home.pages-<hash>.js`) made from the JSON catalogs
 * in packages/core/locales at build time. `src/i18n.ts` adds a loaded part to i18next.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { partEntries, partKeys, scanSources, subset, type KeyRef } from './catalog-parts.ts';

const VIRTUAL = 'virtual:lots-texts';
const RESOLVED = `\0${VIRTUAL}`;
/** One part's texts in one language: `virtual:lots-texts/<language>/<part with "/" as "~">`. */
const PART = /^\0?virtual:lots-texts\/([a-z]{2})\/([\w~-]+)$/;

type Catalog = Record<string, unknown>;
type Options = { srcDir: string; localesDir: string; locales: readonly string[]; namespaces: readonly string[] };

export function textParts({ srcDir, localesDir, locales, namespaces }: Options): Plugin {
  let parts: Map<string, KeyRef[]> | undefined;
  const partsNow = () => (parts ??= partKeys(...withEntries(scanSources(srcDir, namespaces))));
  const withEntries = (modules: ReturnType<typeof scanSources>) => [modules, partEntries(srcDir, modules)] as const;
  const catalogFile = (locale: string, ns: string) => join(localesDir, locale, `${ns}.json`);
  /** Each language's catalogs and the shell's texts in it, read once per build (not once per part). */
  const languages = new Map<string, { catalogs: Record<string, Catalog>; shell: Record<string, Catalog> }>();
  const language = (locale: string) => {
    let known = languages.get(locale);
    if (!known) {
      const catalogs: Record<string, Catalog> = {};
      for (const ns of namespaces) catalogs[ns] = JSON.parse(readFileSync(catalogFile(locale, ns), 'utf8')) as Catalog;
      known = { catalogs, shell: subset(catalogs, partsNow().get('shell') ?? []) };
      languages.set(locale, known);
    }
    return known;
  };
  /** The sources or the catalogs changed: both are read again when next needed. */
  const forget = () => {
    parts = undefined;
    languages.clear();
  };
  return {
    name: 'lots-text-parts',
    buildStart() {
      forget();
    },
    resolveId(id) {
      if (id === VIRTUAL) return RESOLVED;
      if (PART.test(id)) return id.startsWith('\0') ? id : `\0${id}`;
      return undefined;
    },
    load(id) {
      if (id === RESOLVED) {
        const loaders = [...partsNow().keys()].map((part) => {
          const perLocale = locales.map((l) => `${l}: () => import(${JSON.stringify(`${VIRTUAL}/${l}/${part.replace('/', '~')}`)})`);
          return `  ${JSON.stringify(part)}: { ${perLocale.join(', ')} },`;
        });
        return `export const textParts = {\n${loaders.join('\n')}\n};\n`;
      }
      const m = PART.exec(id);
      if (!m) return undefined;
      const [, locale, name] = m as unknown as [string, string, string];
      const part = name.replace('~', '/');
      const refs = partsNow().get(part);
      if (!refs) this.error(`No text part ${part}`);
      for (const ns of namespaces) this.addWatchFile(catalogFile(locale, ns));
      const { catalogs, shell } = language(locale);
      // A page's part leaves out what the shell (loaded before any page) already has.
      const texts = part === 'shell' ? shell : subset(catalogs, refs, shell);
      return `export default ${JSON.stringify(texts)};\n`;
    },
    // The parts follow the sources: in the dev server and in watch mode a change reads them again.
    watchChange(file) {
      if (file.startsWith(srcDir) || file.startsWith(localesDir)) forget();
    },
    handleHotUpdate({ file, server }) {
      if (!file.startsWith(srcDir) && !file.startsWith(localesDir)) return;
      forget();
      for (const module of server.moduleGraph.idToModuleMap.values())
        if (module.id === RESOLVED || PART.test(module.id ?? '')) server.moduleGraph.invalidateModule(module);
    },
  };
}

/** The chunk name of a part's texts: `texts-sv-home.pages`, so the file tells its language and part. */
export function textChunkName(facadeModuleId: string | null): string | undefined {
  const m = facadeModuleId ? PART.exec(facadeModuleId) : null;
  return m ? `texts-${m[1]}-${m[2]!.replace('~', '.')}` : undefined;
}
