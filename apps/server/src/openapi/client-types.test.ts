import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLIENT_TYPES_PATH, clientTypes, openApiDocument } from './client-types';

describe('the generated API client', () => {
  it('matches the OpenAPI document the server publishes (run `npm run api:generate` after changing a contract)', async () => {
    const generated = await clientTypes(await openApiDocument());
    expect(existsSync(CLIENT_TYPES_PATH), `${CLIENT_TYPES_PATH} is missing`).toBe(true);
    const committed = readFileSync(CLIENT_TYPES_PATH, 'utf8');
    // Equal text; on a difference, show the first line that differs rather than the whole file.
    const a = committed.split('\n');
    const b = generated.split('\n');
    const line = a.findIndex((text, i) => text !== b[i]);
    expect(line === -1 && a.length === b.length ? null : { line: line + 1, committed: a[line], generated: b[line] }).toBeNull();
  }, 60_000);
});
