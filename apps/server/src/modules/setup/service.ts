import type { SetupInput, SetupStatus } from '@lots/core';
import { setupInputSchema } from '@lots/core';
import type { AppContext } from '../../context';
import { conflict } from '../../platform/errors';
import { createAccount } from '../../auth/accounts';
import type { Mutation } from '../../platform/mutation';
import * as repo from './repository';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../seed/accounts';

export async function userCount(ctx: AppContext): Promise<number> {
  return repo.userCount(ctx.db);
}

export async function status(ctx: AppContext): Promise<SetupStatus> {
  const needsSetup = (await userCount(ctx)) === 0;
  return {
    needsSetup,
    demo: ctx.config.demo && !needsSetup,
    demoAccounts:
      ctx.config.demo && !needsSetup ? DEMO_ACCOUNTS.map((a) => ({ email: a.email, password: DEMO_PASSWORD, role: a.role })) : [],
    magicLink: true,
  };
}

/** First run: creates the first organisation and its administrator, who is also the platform administrator. */
export async function runSetup({ tx, audit }: Mutation<null>, raw: SetupInput): Promise<void> {
  const input = setupInputSchema.parse(raw);
  await repo.lockSetup(tx);
  if ((await repo.userCount(tx)) > 0) throw conflict('Lots is already set up');
  const organisationId = await repo.insertOrganisation(tx, input.organisation);
  const userId = await createAccount(tx, { ...input.admin, platformAdmin: true });
  await repo.insertPerson(tx, {
    organisationId,
    userId,
    name: input.admin.name,
    email: input.admin.email,
    roles: ['org_admin', 'coordinator'],
  });
  await audit({ action: 'setup', organisationId, entity: 'organisation', entityId: organisationId, data: { admin: input.admin.email } });
}
