/**
 * Which texts each part of the web app shows, read from its source (decision 0188).
 *
 * Keys in code always name their namespace (`t('programs:participation.nav')`, or a family built at
 * run time, `` t(`programs:programStatus.${status}`) ``), so the string literals of a module tell
 * which top-level keys of which namespaces it may show. A *part* is what the app loads on its own:
 * the shell (`src/main.tsx` and what it reaches: router, navigation, error pages) and each feature's
 * pages entry (`features/<name>/pages.ts`, `pages-<name>.ts`), each with every module it reaches
 * through imports, static or dynamic, up to another part's entry. The build makes one chunk of texts
 * per part and language (`catalogs-plugin.ts`); the router loads it with the part's code, before the
 * part renders (`src/i18n.ts`, `withTexts`).
 *
 * This reads more than the bundler keeps (comments and unused functions of a module count), so a
 * part may load a text it never shows, never the other way round.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
// rolldown's parser, as Vite re-exports it (rolldown is Vite's dependency, not the app's)
import { parseAst } from 'vite';

/** A top-level key of a namespace (`prefix`: every top-level key that starts with it). `key: null` is the whole namespace. */
export type KeyRef = { ns: string; key: string | null; prefix: boolean };

/** The names a module takes from another (`*`: all of them — a dynamic import, `import * as`, `import './x'`). */
type Names = readonly string[] | '*';
/** An import; a re-export (`export { a as b } from`: `names` maps the exported name to the source's own). */
type Edge = { source: string; names: Names };
type ReExport = { source: string; names: ReadonlyMap<string, string> | '*' };
export type ModuleFacts = { imports: Edge[]; reExports: ReExport[]; keys: KeyRef[] };

const SOURCE = /\.(ts|tsx)$/;
const TEST = /\.test\.(ts|tsx)$/;

type Node = Record<string, unknown> & { type?: string };
const nameOf = (n: unknown) => {
  const node = n as { type: string; name?: string; value?: string };
  return node.type === 'Literal' ? String(node.value) : String(node.name);
};

/**
 * A module's imports and re-exports (type-only ones left out; specifiers as written) and the
 * translation keys among its string and template literals.
 */
export function readModule(code: string, file: string, namespaces: ReadonlySet<string>): ModuleFacts {
  const ast = parseAst(code, { lang: file.endsWith('.tsx') ? 'tsx' : 'ts' }, file);
  const imports: Edge[] = [];
  const reExports: ReExport[] = [];
  const keys: KeyRef[] = [];
  const keyIn = (text: string, continues: boolean) => {
    const colon = text.indexOf(':');
    if (colon <= 0) return;
    const ns = text.slice(0, colon);
    if (!namespaces.has(ns)) return;
    const rest = text.slice(colon + 1);
    const dot = rest.indexOf('.');
    if (dot >= 0) keys.push({ ns, key: rest.slice(0, dot), prefix: false });
    else if (rest === '') keys.push({ ns, key: null, prefix: false });
    // `programs:status${x}`: every top-level key that starts with the text written out
    else keys.push({ ns, key: rest, prefix: continues });
  };
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const child of node) visit(child);
      return;
    }
    if (!node || typeof node !== 'object') return;
    const n = node as Node;
    switch (n.type) {
      case 'ImportDeclaration': {
        if (n.importKind === 'type') return;
        const all = n.specifiers as Node[];
        const specifiers = all.filter((s) => s.importKind !== 'type');
        if (all.length > 0 && specifiers.length === 0) return; // `import { type A } from`
        const names: string[] = [];
        let whole = specifiers.length === 0; // `import './x'`: the whole module runs
        for (const s of specifiers) {
          if (s.type === 'ImportNamespaceSpecifier') whole = true;
          else if (s.type === 'ImportDefaultSpecifier') names.push('default');
          else names.push(nameOf(s.imported));
        }
        imports.push({ source: (n.source as { value: string }).value, names: whole ? '*' : names });
        return;
      }
      case 'ExportNamedDeclaration':
        if (n.source) {
          if (n.exportKind === 'type') return;
          const map = new Map<string, string>();
          for (const s of n.specifiers as Node[]) if (s.exportKind !== 'type') map.set(nameOf(s.exported), nameOf(s.local));
          reExports.push({ source: (n.source as { value: string }).value, names: map });
          return;
        }
        break;
      case 'ExportAllDeclaration':
        if (n.exportKind === 'type') return;
        // `export * as x from`: the name x is the whole module
        reExports.push({ source: (n.source as { value: string }).value, names: n.exported ? new Map([[nameOf(n.exported), '*']]) : '*' });
        return;
      case 'ImportExpression': {
        const source = n.source as { type: string; value?: unknown };
        if (source.type === 'Literal' && typeof source.value === 'string') imports.push({ source: source.value, names: '*' });
        break;
      }
      case 'Literal':
        if (typeof n.value === 'string') keyIn(n.value, false);
        return;
      case 'TemplateLiteral': {
        const quasis = n.quasis as { value: { cooked: string | null; raw: string } }[];
        const first = quasis[0];
        if (first) keyIn(first.value.cooked ?? first.value.raw, quasis.length > 1);
        break;
      }
      case 'TSTypeAnnotation':
      case 'TSTypeAliasDeclaration':
      case 'TSInterfaceDeclaration':
        return; // types name keys too (`ParseKeys`…), but show nothing
    }
    for (const [k, v] of Object.entries(n)) if (k !== 'type' && v && typeof v === 'object') visit(v);
  };
  visit(ast.body);
  return { imports, reExports, keys };
}

/**
 * Every source module under `srcDir` (tests left out), by absolute path, its imports resolved to
 * files; imports from outside (libraries, @lots/core, which holds no keys) are left out.
 */
export function scanSources(srcDir: string, namespaces: readonly string[]): Map<string, ModuleFacts> {
  const known = new Set(namespaces);
  const modules = new Map<string, ModuleFacts>();
  const files = readdirSync(srcDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && SOURCE.test(e.name) && !TEST.test(e.name) && !e.name.endsWith('.d.ts'))
    .map((e) => join(e.parentPath, e.name));
  for (const file of files) {
    const facts = readModule(readFileSync(file, 'utf8'), file, known);
    const local = <E extends { source: string }>(edge: E): E[] => {
      const target = edge.source.startsWith('.') ? resolveLocal(file, edge.source, srcDir) : undefined;
      return target ? [{ ...edge, source: target }] : [];
    };
    modules.set(file, { imports: facts.imports.flatMap(local), reExports: facts.reExports.flatMap(local), keys: facts.keys });
  }
  return modules;
}

function resolveLocal(from: string, spec: string, srcDir: string): string | undefined {
  const base = resolve(dirname(from), spec);
  if (!base.startsWith(srcDir.endsWith(sep) ? srcDir : srcDir + sep)) return undefined;
  const stem = base.replace(/\.(js|jsx)$/, '');
  return [base, `${stem}.ts`, `${stem}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')].find(
    (candidate) => SOURCE.test(candidate) && existsSync(candidate) && statSync(candidate).isFile(),
  );
}

/** The parts: the shell's entry and every feature's pages entry, named `shell` and `<feature>/<file>` (`home/pages`). */
export function partEntries(srcDir: string, modules: Map<string, ModuleFacts>): Map<string, string> {
  const entries = new Map<string, string>([['shell', join(srcDir, 'main.tsx')]]);
  const pages = /[\\/]features[\\/]([^\\/]+)[\\/](pages(?:-[\w-]+)?)\.tsx?$/;
  for (const file of [...modules.keys()].sort()) {
    const m = pages.exec(file);
    if (m) entries.set(`${m[1]}/${m[2]}`, file);
  }
  return entries;
}

/** The router's modules (`src/routes/`): the only ones that may load a part's entry. */
const ROUTES = /[\\/]routes[\\/][^\\/]+\.tsx?$/;

/**
 * Each part's keys: the keys of every module it reaches from its entry, stopping at other parts'
 * entries. A module's own keys count once it is reached; a re-export (a feature's index.ts) is
 * followed only for the names taken from it, so a page that imports one function of another
 * feature does not get that feature's texts.
 *
 * Only the routes load another part's entry (with its texts, `withTexts`): any other module that
 * imports one would show that part's pages without their texts, so it is an error.
 */
export function partKeys(modules: Map<string, ModuleFacts>, entries: Map<string, string>): Map<string, KeyRef[]> {
  const entryFiles = new Set(entries.values());
  const stopsAt = (from: string, to: string) => {
    if (!entryFiles.has(to)) return false;
    if (!ROUTES.test(from))
      throw new Error(
        `text parts: ${relative(process.cwd(), from)} imports ${relative(process.cwd(), to)}, the entry of a part: ` +
          'load pages only through withTexts in routes/',
      );
    return true;
  };
  const result = new Map<string, KeyRef[]>();
  for (const [part, entry] of entries) {
    const taken = new Map<string, Set<string> | '*'>();
    const keys: KeyRef[] = [];
    const walk = (file: string, names: Names) => {
      const facts = modules.get(file);
      if (!facts) throw new Error(`text parts: ${relative(process.cwd(), file)} is not a source module`);
      const before = taken.get(file);
      if (before === '*') return;
      const fresh = names === '*' ? '*' : names.filter((n) => !before?.has(n));
      if (before !== undefined && fresh !== '*' && fresh.length === 0) return;
      taken.set(file, fresh === '*' ? '*' : new Set([...(before ?? []), ...fresh]));
      if (before === undefined) {
        keys.push(...facts.keys);
        for (const edge of facts.imports) if (!stopsAt(file, edge.source)) walk(edge.source, edge.names);
      }
      for (const re of facts.reExports) {
        if (stopsAt(file, re.source)) continue;
        if (re.names === '*') walk(re.source, fresh);
        else {
          const wanted = [...re.names].filter(([exported]) => fresh === '*' || fresh.includes(exported)).map(([, local]) => local);
          if (wanted.length > 0) walk(re.source, wanted.includes('*') ? '*' : wanted);
        }
      }
    };
    walk(entry, '*');
    result.set(part, keys);
  }
  return result;
}

type Catalog = Record<string, unknown>;

function matches(ref: KeyRef, topKey: string): boolean {
  if (ref.key === null) return true;
  if (ref.prefix) return topKey.startsWith(ref.key);
  // plural and context forms: `tasks` → tasks_one, tasks_other
  return topKey === ref.key || topKey.startsWith(`${ref.key}_`);
}

/**
 * The texts of one language a part needs: `{ namespace: { topLevelKey: … } }`, without the
 * top-level keys already in `loaded` (the shell's, which is there before any page).
 */
export function subset(
  catalogs: Record<string, Catalog>,
  refs: readonly KeyRef[],
  loaded?: Record<string, Catalog>,
): Record<string, Catalog> {
  const out: Record<string, Catalog> = {};
  for (const ref of refs) {
    const catalog = catalogs[ref.ns];
    if (!catalog) continue;
    for (const [topKey, value] of Object.entries(catalog)) {
      if (!matches(ref, topKey) || loaded?.[ref.ns]?.[topKey] !== undefined) continue;
      (out[ref.ns] ??= {})[topKey] = value;
    }
  }
  return out;
}
