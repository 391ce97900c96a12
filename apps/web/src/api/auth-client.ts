/** better-auth's client, loaded by `api/auth.ts` with the first call to an auth endpoint (decision 0183). */
import { createAuthClient } from 'better-auth/client';
import { magicLinkClient } from 'better-auth/client/plugins';

export const authClient = createAuthClient({ basePath: '/api/auth', plugins: [magicLinkClient()] });
export type AuthClient = typeof authClient;
