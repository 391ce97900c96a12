import { sql } from 'drizzle-orm';
import { schema } from '@lots/db';
import type { SetupInput, SetupStatus } from '@lots/core';
import { setupInputSchema } from '@lots/core';
import type { AppContext } from '../../context';
import { conflict } from '../../platform/errors';
import { createAccount } from '../../auth/accounts';
import { audit } from '../../platform/audit';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../seed/accounts';

export async function userCount(ctx: AppContext): Promise<number> {
  const [row] = await ctx.db.select({ n: sql<number>`count(*)::int` }).from(schema.user);
  return row?.n ?? 0;
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
export async function runSetup(ctx: AppContext, raw: SetupInput): Promise<void> {
  const input = setupInputSchema.parse(raw);
  await ctx.db.transaction(async (tx) => {
    // Serialises concurrent setup attempts; the second one sees the first one's user.
    await tx.execute(sql`select pg_advisory_xact_lock(727001)`);
    const [row] = await tx.select({ n: sql<number>`count(*)::int` }).from(schema.user);
    if ((row?.n ?? 0) > 0) throw conflict('Lots is already set up');
    const [organisation] = await tx.insert(schema.organisations).values(input.organisation).returning({ id: schema.organisations.id });
    const userId = await createAccount(tx, { ...input.admin, platformAdmin: true });
    await tx.insert(schema.people).values({
      organisationId: organisation!.id,
      userId,
      name: input.admin.name,
      email: input.admin.email,
      roles: ['org_admin', 'coordinator'],
    });
    await audit(tx, null, organisation!.id, 'setup', 'organisation', organisation!.id, { admin: input.admin.email });
  });
}
