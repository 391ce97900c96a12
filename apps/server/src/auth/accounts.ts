import { hashPassword } from 'better-auth/crypto';
import { schema, type DbOrTx } from '@lots/db';
import type { Locale } from '@lots/core';

/**
 * Creates a user who signs in with e-mail and password, in the caller's transaction.
 * (better-auth's own sign-up is switched off: accounts come from setup and invitations.)
 */
export async function createAccount(
  tx: DbOrTx,
  input: { name: string; email: string; password: string; locale: Locale; platformAdmin?: boolean; passwordHash?: string },
): Promise<string> {
  const id = crypto.randomUUID();
  await tx.insert(schema.user).values({
    id,
    name: input.name,
    email: input.email.toLowerCase(),
    emailVerified: true,
    locale: input.locale,
    platformAdmin: input.platformAdmin ?? false,
  });
  await tx.insert(schema.account).values({
    id: crypto.randomUUID(),
    accountId: id,
    providerId: 'credential',
    userId: id,
    password: input.passwordHash ?? (await hashPassword(input.password)),
  });
  return id;
}
