/**
 * The mutation pipeline (decision 0081), as wired into the application context: one transaction holding the
 * change, its audit row, its mail and its jobs — all committed together or not at all — and mail
 * in the recipient's language with links that carry it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { schema } from '@lots/db';
import { createTestApp, linkIn, type TestApp } from '../testing/harness';
import type { Actor } from './actor';
import { mailLink, resolveRecipient } from '../mail/recipients';
import { UnauditedMutationError, type Mutation, type Pipeline } from './mutation';

let t: TestApp;
let pipeline: Pipeline;
let orgId: string;
let actor: Actor;
let norwegianPersonId: string;
let withoutAccountPersonId: string;
const QUEUE = 'pipeline-test';
const rolledBackJobId = crypto.randomUUID();
const committedJobId = crypto.randomUUID();
let rolledBackMailId = '';

async function jobsFor(jobId: string) {
  const result = (await t.database.db.execute(sql`select name from pgboss.job where id = ${jobId}::uuid`)) as unknown as {
    rows: { name: string }[];
  };
  return result.rows.map((r) => r.name);
}

beforeAll(async () => {
  t = await createTestApp();
  await t.jobs.boss.createQueue(QUEUE, { name: QUEUE });
  // The app's own pipeline: its jobs go to the app's pg-boss through the transaction's connection.
  pipeline = t.ctx;
  orgId = await t.createOrganisation('Kustbevakningen');
  const admin = await t.createMember(orgId, 'admin@kust.example', ['org_admin'], { name: 'Åsa Admin' });
  actor = {
    userId: admin.userId,
    name: 'Åsa Admin',
    email: 'admin@kust.example',
    locale: 'en',
    platformAdmin: false,
    person: { id: admin.personId, organisationId: orgId, organisationKind: 'agency', roles: ['org_admin'] },
  };
  const kari = await t.createMember(orgId, 'kari@kust.example', ['participant'], { name: 'Kari Nordmann' });
  norwegianPersonId = kari.personId;
  await t.database.db.update(schema.user).set({ locale: 'nb' }).where(eq(schema.user.id, kari.userId));
  const [person] = await t.database.db
    .insert(schema.people)
    .values({ organisationId: orgId, name: 'Utan Konto', email: 'utan@kust.example', roles: ['participant'] })
    .returning({ id: schema.people.id });
  withoutAccountPersonId = person!.id;
});
afterAll(() => t.destroy());

async function addUnit({ tx, audit }: Mutation, name: string) {
  const [unit] = await tx.insert(schema.units).values({ organisationId: orgId, name }).returning({ id: schema.units.id });
  await audit({ action: 'unit.create', organisationId: orgId, entity: 'unit', entityId: unit!.id, data: { name } });
  return unit!.id;
}

async function addUnitWithoutAudit({ tx }: Mutation, name: string) {
  await tx.insert(schema.units).values({ organisationId: orgId, name });
}

async function mailThenFail(m: Mutation, to: string) {
  rolledBackMailId = await m.mail(
    { email: to, fallback: 'sv' },
    { template: 'nomination', path: '/programs', organisationId: orgId, vars: { program: 'P', nominator: 'N', role: 'mentor' } },
  );
  await m.job(QUEUE, {}, { id: rolledBackJobId });
  await addUnit(m, 'Halvskriven');
  throw new Error('changed my mind');
}

async function mailKari(m: Mutation) {
  const id = await m.mail(
    { personId: norwegianPersonId },
    {
      template: 'nomination',
      path: `/programs/${orgId}`,
      organisationId: orgId,
      vars: (locale) => ({ program: `Program (${locale})`, nominator: m.actor.name, role: 'mentor' }),
    },
  );
  await m.job(QUEUE, {}, { id: committedJobId });
  await m.audit({ action: 'test.mail', organisationId: orgId, entity: 'person', entityId: norwegianPersonId });
  return id;
}

async function queueTwo(m: Mutation<null>, id: string) {
  await m.job(QUEUE, {}, { id });
  await m.job(QUEUE, {}, { id: crypto.randomUUID() });
}

const unitNames = async () => (await t.database.db.select({ name: schema.units.name }).from(schema.units)).map((u) => u.name);

describe('the mutation pipeline', () => {
  it('commits the change with its audit row and marks the origin audited', async () => {
    const origin: { actor: Actor; audited?: boolean } = { actor };
    const id = await pipeline.mutate(origin, addUnit, 'Sjöövervakning');
    expect(origin.audited).toBe(true);
    const [row] = await t.database.db.select().from(schema.auditLog).where(eq(schema.auditLog.entityId, id));
    expect(row).toMatchObject({
      action: 'unit.create',
      actorUserId: actor.userId,
      organisationId: orgId,
      data: { name: 'Sjöövervakning' },
    });
  });

  it('refuses to commit a mutation that wrote no audit row, and leaves nothing behind', async () => {
    const origin: { actor: Actor; audited?: boolean } = { actor };
    await expect(pipeline.mutate(origin, addUnitWithoutAudit, 'Ologgad')).rejects.toThrow(UnauditedMutationError);
    expect(origin.audited).toBeUndefined();
    expect(await unitNames()).not.toContain('Ologgad');
  });

  it('refuses an anonymous origin for a signed-in mutation', async () => {
    await expect(pipeline.mutate({ actor: null }, addUnit, 'Anonym')).rejects.toMatchObject({ code: 'unauthenticated' });
    expect(await unitNames()).not.toContain('Anonym');
  });

  it('rolls back the change, its mail and its job together', async () => {
    await expect(pipeline.mutate({ actor }, mailThenFail, 'rollback@kust.example')).rejects.toThrow('changed my mind');
    expect(rolledBackMailId).not.toBe('');
    expect(await t.lastMailTo('rollback@kust.example')).toBeUndefined();
    expect(await jobsFor(rolledBackJobId)).toEqual([]);
    expect(await unitNames()).not.toContain('Halvskriven');
  });

  it('queues the mail and the job in the transaction: both exist once it commits', async () => {
    const id = await pipeline.mutate({ actor }, mailKari);
    expect(await jobsFor(committedJobId)).toEqual([QUEUE]);
    expect((await t.lastMailTo('kari@kust.example'))?.id).toBe(id);
  });

  it('wakes this process’s workers of the queues it queued jobs in, once committed, and none for a rolled-back mutation', async () => {
    const woken: string[][] = [];
    const wake = t.jobs.wake;
    const jobId = crypto.randomUUID();
    let seen: Promise<string[]> = Promise.resolve([]);
    t.jobs.wake = (queues) => {
      // Read at once, on another connection where there is one: the job is there to be fetched.
      seen = jobsFor(jobId);
      woken.push(queues);
      wake(queues);
    };
    try {
      await expect(pipeline.mutate({ actor }, mailThenFail, 'rollback2@kust.example')).rejects.toThrow('changed my mind');
      expect(woken).toEqual([]);
      await pipeline.system(queueTwo, jobId);
      expect(woken).toEqual([[QUEUE]]);
      expect(await seen).toEqual([QUEUE]);
    } finally {
      t.jobs.wake = wake;
    }
  });

  it('writes in the recipient’s language, with a link that opens in that language', async () => {
    const mail = await t.lastMailTo('kari@kust.example');
    expect(mail).toMatchObject({ locale: 'nb', template: 'nomination' });
    expect(mail!.subject).toContain('Program (nb)');
    expect(linkIn(mail!.text)).toBe(`http://lots.test/programs/${orgId}?lang=nb`);
  });

  it('works out the language of every kind of recipient in one place', async () => {
    const db = t.database.db;
    expect(await resolveRecipient(db, { personId: norwegianPersonId, fallback: 'en' })).toEqual({
      to: 'kari@kust.example',
      name: 'Kari Nordmann',
      locale: 'nb',
    });
    expect((await resolveRecipient(db, { personId: withoutAccountPersonId, fallback: 'en' })).locale).toBe('en');
    expect((await resolveRecipient(db, { personId: withoutAccountPersonId })).locale).toBe('sv');
    expect(await resolveRecipient(db, { userId: actor.userId })).toMatchObject({ to: 'admin@kust.example', locale: 'sv' });
    expect(await resolveRecipient(db, { email: 'KARI@kust.example', name: 'K', fallback: 'en' })).toEqual({
      to: 'KARI@kust.example',
      name: 'K',
      locale: 'nb',
    });
    expect(await resolveRecipient(db, { email: 'chef@annan.example', fallback: 'en' })).toEqual({
      to: 'chef@annan.example',
      name: 'chef@annan.example',
      locale: 'en',
    });
    expect((await resolveRecipient(db, { email: 'kari@kust.example', name: 'Kari', locale: 'en' })).locale).toBe('en');
  });

  it('builds links in one way: the public address, the page, and the language', () => {
    expect(mailLink('http://lots.test', '/respond/abc', 'nb')).toBe('http://lots.test/respond/abc?lang=nb');
    expect(mailLink('https://example.org/lots', '/programs/1/review', 'en')).toBe('https://example.org/lots/programs/1/review?lang=en');
    expect(mailLink('http://lots.test', '/pairs?tab=mine', 'sv')).toBe('http://lots.test/pairs?tab=mine&lang=sv');
    expect(() => mailLink('http://lots.test', 'pairs', 'sv')).toThrow();
  });

  it('gives the work the transaction only', () => {
    const typeChecks = (m: Mutation) => {
      // @ts-expect-error — a mutation has no database handle, only its transaction.
      void m.db;
      // @ts-expect-error — nor the application context.
      void m.ctx;
      return m.tx;
    };
    expect(typeof typeChecks).toBe('function');
  });
});
