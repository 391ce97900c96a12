import { hashPassword } from 'better-auth/crypto';
import { eq } from 'drizzle-orm';
import { schema, type DbOrTx } from '@lots/db';
import type { Role } from '@lots/core';
import type { AppContext } from '../context';
import type { Mutation } from '../platform/mutation';
import { createAccount } from '../auth/accounts';
import { DEMO_PASSWORD } from './accounts';
import { DEMO_ACCOUNT_PEOPLE, DEMO_WORLD, type DemoUnit } from './world';
import { seedPrograms } from './programs';
import { seedMentorships } from './mentorships';
import { seedRules } from './rules';
import { seedCosts } from './costs';
import { seedContacts } from './contacts';
import { seedEvaluation } from './evaluation';
import { seedEvents } from './events';
import { seedResources } from './resources';

const slug = (name: string) =>
  name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ø/g, 'o')
    .replace(/æ/g, 'ae')
    .replace(/[^a-z]+/g, '.')
    .replace(/^\.|\.$/g, '');

async function insertUnits(tx: DbOrTx, organisationId: string, list: DemoUnit[], parentId: string | null, ids: Map<string, string>) {
  for (const unit of list) {
    const [row] = await tx.insert(schema.units).values({ organisationId, parentId, name: unit.name }).returning({ id: schema.units.id });
    ids.set(unit.name, row!.id);
    if (unit.children) await insertUnits(tx, organisationId, unit.children, row!.id, ids);
  }
}

/** Loads the demo world into an empty database, in one transaction: the system's own work (decision 0081). */
export async function seedDemo(ctx: AppContext): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await ctx.system(loadDemoWorld, passwordHash, ctx.config.pseudonymSecret);
}

async function loadDemoWorld({ tx }: Mutation<null>, passwordHash: string, pseudonymSecret: string): Promise<void> {
  const organisationIds = new Map<string, string>();
  const peopleByName = new Map<string, { id: string; organisationId: string }>();
  for (const org of DEMO_WORLD) {
    const [organisation] = await tx
      .insert(schema.organisations)
      .values({ name: org.name, kind: org.kind, country: org.country })
      .returning({ id: schema.organisations.id });
    const organisationId = organisation!.id;
    organisationIds.set(org.key, organisationId);
    const unitIds = new Map<string, string>();
    await insertUnits(tx, organisationId, org.units, null, unitIds);
    const personIds: string[] = [];
    for (const [i, [name, title, unit]] of org.people.entries()) {
      const account = org.key === 'tullverket' ? DEMO_ACCOUNT_PEOPLE.find((a) => a.index === i) : undefined;
      const coordinator = /samordnare|koordinator/.test(title);
      const roles: Role[] = account ? [...account.roles] : coordinator ? ['coordinator', 'participant'] : ['participant'];
      const email = account?.email ?? `${slug(name)}@${org.domain}`;
      let userId: string | null = null;
      if (account) {
        userId = await createAccount(tx, {
          name,
          email,
          password: DEMO_PASSWORD,
          passwordHash,
          locale: 'sv',
          platformAdmin: account.platformAdmin,
        });
      }
      const [person] = await tx
        .insert(schema.people)
        .values({ organisationId, unitId: unitIds.get(unit) ?? null, userId, name, email, title, roles })
        .returning({ id: schema.people.id });
      personIds.push(person!.id);
      peopleByName.set(name, { id: person!.id, organisationId });
    }
    for (const [i, [, , , managerIndex]] of org.people.entries()) {
      if (managerIndex >= 0)
        await tx.update(schema.people).set({ managerId: personIds[managerIndex]! }).where(eq(schema.people.id, personIds[i]!));
    }
    // Heads of the organisation report to someone outside Lots: only an e-mail address.
    for (const [i, [, , , managerIndex]] of org.people.entries()) {
      if (managerIndex < 0)
        await tx
          .update(schema.people)
          .set({ managerEmail: `ledning@${org.domain}` })
          .where(eq(schema.people.id, personIds[i]!));
    }
  }
  const lookup = {
    organisation: (key: string) => organisationIds.get(key) ?? fail(`no demo organisation ${key}`),
    person: (name: string) => peopleByName.get(name) ?? fail(`no demo person ${name}`),
  };
  await seedPrograms(tx, lookup);
  await seedMentorships(tx, lookup);
  await seedRules(tx);
  await seedCosts(tx, lookup, passwordHash);
  await seedEvaluation(tx, lookup, pseudonymSecret);
  await seedContacts(tx, lookup);
  await seedEvents(tx, lookup);
  await seedResources(tx);
}

function fail(message: string): never {
  throw new Error(message);
}
