/**
 * better-auth's endpoints (/api/auth/*) are better-auth's, not in the OpenAPI document: they are
 * called through better-auth's own client, and its errors become the web app's ApiError.
 */
import { createAuthClient } from 'better-auth/client';
import { magicLinkClient } from 'better-auth/client/plugins';
import { ApiError, toApiError } from './errors';

export const authClient = createAuthClient({ basePath: '/api/auth', plugins: [magicLinkClient()] });

type AuthResult<D> = { data: D | null; error: ({ status: number } & Record<string, unknown>) | null };

/** The data of a successful better-auth call; an ApiError otherwise (the server answers in the API's error shape). */
export async function unwrapAuth<D>(call: Promise<AuthResult<D>>): Promise<D | null> {
  let result: AuthResult<D>;
  try {
    result = await call;
  } catch (cause) {
    throw new ApiError({ status: 0, code: 'network', message: cause instanceof Error ? cause.message : 'Network error' });
  }
  if (result.error) throw toApiError(result.error.status, result.error);
  return result.data;
}
