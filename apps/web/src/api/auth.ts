/**
 * better-auth's endpoints (/api/auth/*) are better-auth's, not in the OpenAPI document: they are
 * called through better-auth's own client, and its errors become the web app's ApiError. The client
 * (about 10 KB of gzip JavaScript) is loaded with the first such call, not before the first page
 * (decision 0183).
 */
import type { AuthClient } from './auth-client';
import { ApiError, toApiError } from './errors';

let client: Promise<AuthClient> | undefined;
const loadClient = () => (client ??= import('./auth-client').then((m) => m.authClient));

type AuthResult<D> = { data: D | null; error: ({ status: number } & Record<string, unknown>) | null };

/** The data of a successful better-auth call; an ApiError otherwise (the server answers in the API's error shape). */
export async function callAuth<D>(call: (authClient: AuthClient) => Promise<AuthResult<D>>): Promise<D | null> {
  let result: AuthResult<D>;
  try {
    result = await call(await loadClient());
  } catch (cause) {
    throw new ApiError({ status: 0, code: 'network', message: cause instanceof Error ? cause.message : 'Network error' });
  }
  if (result.error) throw toApiError(result.error.status, result.error);
  return result.data;
}
