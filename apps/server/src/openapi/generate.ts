/** `npm run api:generate`: writes apps/web/src/api/schema.d.ts from the server's OpenAPI document. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

// The document does not depend on the database: always use an embedded one.
delete process.env.LOTS_TEST_DATABASE_URL;
const { CLIENT_TYPES_PATH, clientTypes, openApiDocument } = await import('./client-types');

const types = await clientTypes(await openApiDocument());
mkdirSync(dirname(CLIENT_TYPES_PATH), { recursive: true });
writeFileSync(CLIENT_TYPES_PATH, types);
console.log(`wrote ${CLIENT_TYPES_PATH}`);
