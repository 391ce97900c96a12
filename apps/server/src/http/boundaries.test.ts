import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

/**
 * The module boundaries of docs/architecture.md are enforced by eslint (apps/server/eslint.boundaries.js).
 * These fixtures are linted as if they lived at the given paths, with the repository's real configuration.
 */
const root = fileURLToPath(new URL('../../../../', import.meta.url));
const eslint = new ESLint({ cwd: root });

async function problems(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}${path}` });
  return result!.messages.filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports').map((m) => m.message);
}

const SQL = `import { eq } from 'drizzle-orm';\nimport { schema } from '@lots/db';\nexport const where = eq(schema.people.id, 'x');\n`;

describe('module boundaries (lint)', () => {
  it('refuse drizzle-orm and the schema in a service, a route or platform code that is not listed', async () => {
    for (const path of [
      'apps/server/src/modules/programs/service.ts',
      'apps/server/src/modules/programs/routes.ts',
      'apps/server/src/modules/contacts/present.ts',
      'apps/server/src/platform/mutation-helper.ts',
    ]) {
      const found = await problems(path, SQL);
      expect(found, path).toHaveLength(2);
      expect(found.join('\n')).toContain('repository.ts');
    }
    expect(
      await problems('apps/server/src/modules/people/service.ts', `import { sql } from 'drizzle-orm/sql';\nexport const x = sql\`1\`;\n`),
    ).toHaveLength(1);
  });

  it('allow them in a repository, in tests and in listed platform files; a type-only import of @lots/db anywhere', async () => {
    for (const path of [
      'apps/server/src/modules/programs/repository.ts',
      'apps/server/src/modules/applications/questions-repository.ts',
      'apps/server/src/modules/programs/authorization.test.ts',
      'apps/server/src/platform/audit.ts',
      'apps/server/src/seed/world.ts',
    ])
      expect(await problems(path, SQL), path).toEqual([]);
    expect(
      await problems('apps/server/src/modules/programs/service.ts', `import type { DbOrTx } from '@lots/db';\nexport type T = DbOrTx;\n`),
    ).toEqual([]);
  });

  it('refuse a deep import into another module, from a module or from outside', async () => {
    const deep = await problems(
      'apps/server/src/modules/matching/load.ts',
      `import { requireManage } from '../programs/policy';\nrequireManage;\n`,
    );
    expect(deep).toHaveLength(1);
    expect(deep[0]).toContain('index.ts');
    const fromApp = await problems(
      'apps/server/src/app.ts',
      `import { programRoutes } from './modules/programs/routes';\nprogramRoutes;\n`,
    );
    expect(fromApp).toHaveLength(1);
    const fromTest = await problems(
      'apps/server/src/modules/programs/authorization.test.ts',
      `import { presentApplications } from '../applications/present';\npresentApplications;\n`,
    );
    expect(fromTest).toHaveLength(1);
  });

  it('allow a module’s own files, another module’s index.ts and platform code', async () => {
    const code = `import { requireManage } from '../programs';\nimport { x } from '../programs/index';\nimport * as repo from './repository';\nimport { AppError } from '../../platform/errors';\nexport const all = [requireManage, x, repo, AppError];\n`;
    expect(await problems('apps/server/src/modules/matching/load.ts', code)).toEqual([]);
    expect(
      await problems(
        'apps/server/src/app.ts',
        `import { modules } from './modules';\nimport { userCount } from './modules/setup';\nexport const all = [modules, userCount];\n`,
      ),
    ).toEqual([]);
  });

  it('refuse an inline closure handed to the mutation pipeline; a named service function passes (decision 0081)', async () => {
    const pipelineProblems = async (code: string) => {
      const [result] = await eslint.lintText(code, { filePath: `${root}apps/server/src/modules/contacts/routes.ts` });
      return result!.messages.filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => m.message);
    };
    const header = `import type { AppContext } from '../../context';\ndeclare const ctx: AppContext;\ndeclare const request: { actor: null };\ndeclare function named(m: unknown): Promise<void>;\n`;
    for (const call of [
      'ctx.mutate(request, async (m) => m);',
      'ctx.mutateAnonymous(request, async function (m) { return m; });',
      'ctx.system(async () => ctx.db);',
    ]) {
      const found = await pipelineProblems(`${header}export const p = ${call}\n`);
      expect(found, call).toHaveLength(1);
      expect(found[0]).toContain('named service function');
    }
    expect(await pipelineProblems(`${header}export const p = [ctx.mutate(request, named), ctx.system(named)];\n`)).toEqual([]);
  });
});
