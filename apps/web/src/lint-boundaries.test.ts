/**
 * The web app's boundaries are enforced by ESLint (decision 0061): a feature is reached only through
 * its index.ts. These fixtures are linted with the repository's real configuration.
 */
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const eslint = new ESLint({ cwd: root });

async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('web feature boundaries', () => {
  it('fails on a deep import into another feature', async () => {
    const errors = await boundaryErrors(
      'apps/web/src/features/matching/Fixture.tsx',
      "import { ProgramStatusTag } from '../programs/ProgramStatusTag';\nexport const x = ProgramStatusTag;\n",
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/through its index\.ts/);
  });

  it('fails on a deep import from a feature’s api folder and from outside the features', async () => {
    expect(
      await boundaryErrors(
        'apps/web/src/features/people/api/fixture.ts',
        "import { orgKeys } from '../../organisations/api';\nexport const x = orgKeys;\n",
      ),
    ).toHaveLength(1);
    expect(
      await boundaryErrors('apps/web/src/routes/fixture.ts', "import { meQuery } from '../features/me/api';\nexport const x = meQuery;\n"),
    ).toHaveLength(1);
  });

  it('allows a feature’s index, its own files and the shared folders', async () => {
    const code = [
      "import { useProgram } from '../programs';",
      "import { useAssign } from './api';",
      "import { client } from '../../api/client';",
      "import { Page } from '../../components/Page';",
      'export const x = [useProgram, useAssign, client, Page];',
      '',
    ].join('\n');
    expect(await boundaryErrors('apps/web/src/features/matching/Fixture.tsx', code)).toEqual([]);
    expect(
      await boundaryErrors('apps/web/src/routes/fixture.ts', "import { meQuery } from '../features/me';\nexport const x = meQuery;\n"),
    ).toEqual([]);
  });

  it('lets routes load a feature’s pages through its pages.ts, and nothing deeper (decision 0160)', async () => {
    const lazy = "export const load = () => import('../features/me/pages');\n";
    expect(await boundaryErrors('apps/web/src/routes/fixture.ts', lazy)).toEqual([]);
    // A first page in a chunk of its own (decision 0183).
    const own = "export const load = () => import('../features/auth/pages-sign-in');\n";
    expect(await boundaryErrors('apps/web/src/routes/fixture.ts', own)).toEqual([]);
    expect(
      await boundaryErrors(
        'apps/web/src/routes/fixture.ts',
        "import { HomePage } from '../features/me/HomePage';\nexport const x = HomePage;\n",
      ),
    ).toHaveLength(1);
    expect(
      await boundaryErrors('apps/web/src/routes/fixture.ts', "import { x } from '../features/me/pages/extra';\nexport const y = x;\n"),
    ).toHaveLength(1);
    expect(
      await boundaryErrors('apps/web/src/routes/fixture.ts', "import { x } from '../features/me/pages-x/extra';\nexport const y = x;\n"),
    ).toHaveLength(1);
  });

  it('fails on a hand-written fetch of the API outside the generated client', async () => {
    const apiErrors = async (filePath: string, code: string) => {
      const [result] = await eslint.lintText(code, { filePath });
      return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => m.message);
    };
    for (const code of [
      "export const load = () => fetch('/api/programs');\n",
      "export const load = () => window.fetch('/api/programs');\n",
      'export const load = () => new XMLHttpRequest();\n',
    ]) {
      const found = await apiErrors('apps/web/src/features/programs/Fixture.tsx', code);
      expect(found, code).toHaveLength(1);
      expect(found[0]).toMatch(/generated client/);
    }
    expect(await apiErrors('apps/web/src/api/fixture.ts', "export const load = () => fetch('/api/programs');\n")).toEqual([]);
  });
});
