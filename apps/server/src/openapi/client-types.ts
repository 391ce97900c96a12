/**
 * The web app's API types, generated from the OpenAPI document the server publishes at
 * /api/openapi.json (built here from the real app, no server listening) by openapi-typescript.
 * `npm run api:generate` writes them; client-types.test.ts fails when the committed file drifts.
 */
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import prettier from 'prettier';
import { createTestDatabase } from '@lots/db/testing';
import { buildApp } from '../app';
import { loadConfig } from '../config';

/** Where the web app keeps the generated types (committed). */
export const CLIENT_TYPES_PATH = fileURLToPath(new URL('../../../web/src/api/schema.d.ts', import.meta.url));

const HEADER = `/**
 * Generated from the server's OpenAPI document by openapi-typescript. Do not edit:
 * change the contracts in packages/core and run \`npm run api:generate\`.
 */
`;

/** The OpenAPI document of the real app, as served at /api/openapi.json. */
export async function openApiDocument(): Promise<Record<string, unknown>> {
  const database = await createTestDatabase();
  const config = loadConfig({
    NODE_ENV: 'test',
    PUBLIC_URL: 'http://lots.test',
    AUTH_SECRET: 'openapi-openapi-openapi-openapi-0123456789',
    DEMO: 'off',
    LOG_LEVEL: 'silent',
  });
  const built = await buildApp(config, database, false);
  try {
    await built.app.ready();
    const response = await built.app.inject({ method: 'GET', url: '/api/openapi.json' });
    if (response.statusCode !== 200) throw new Error(`GET /api/openapi.json: ${response.statusCode}`);
    return response.json<Record<string, unknown>>();
  } finally {
    await built.close();
    await database.destroy();
  }
}

/** The TypeScript declarations of the document, formatted like the rest of the tree. */
export async function clientTypes(document: Record<string, unknown>): Promise<string> {
  const ast = await openapiTS(document as unknown as Parameters<typeof openapiTS>[0], { alphabetize: true });
  const options = (await prettier.resolveConfig(CLIENT_TYPES_PATH)) ?? {};
  return prettier.format(HEADER + astToString(ast), { ...options, filepath: CLIENT_TYPES_PATH });
}
