/**
 * Publishing a run that no longer fits the program (decision 0200): a run pairs the pool as it was when it ran; by
 * the time it is published, one of its people may have been rejected or have withdrawn, or another run's pairs may
 * have taken a mentor's places. Such a run is refused as a whole (409, `publish.outdated`), nothing is mailed, and a
 * run that still fits is published.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, inArray } from 'drizzle-orm';
import { schema } from '@lots/db';
import { createTestApp, type TestApp } from '../../testing/harness';
import { insertFinishedRun } from '../../testing/matching-runs';

interface Side {
  application: string;
  person: string;
  email: string;
}

describe('publishing a run made before the program changed', () => {
  let t: TestApp;
  let coordinator: string;
  let org: string;

  beforeAll(async () => {
    t = await createTestApp();
    org = await t.createOrganisation('Publiceringsverket');
    await t.createMember(org, 'samordnare@publicera.example', ['coordinator'], { name: 'Sam Samordnare' });
    coordinator = await t.signIn('samordnare@publicera.example');
  }, 120_000);

  afterAll(async () => {
    await t?.destroy();
  });

  /** A program in selection, without a capacity unless given; returns its id. */
  async function program(name: string, capacity?: number) {
    const id = await t.createProgram(coordinator, { name, requiresManagerConfirmation: false, ...(capacity ? { capacity } : {}) });
    expect((await t.as(coordinator).post(`/api/programs/${id}/status`, { status: 'selection' })).statusCode).toBe(200);
    return id;
  }

  /** An accepted application of a new person; a mentor offers `places` (none given: the profile says nothing). */
  async function accepted(programId: string, key: string, role: 'adept' | 'mentor', places?: number): Promise<Side> {
    const email = `${programId.slice(0, 8)}.${key}@publicera.example`;
    const { personId } = await t.createMember(org, email, ['participant'], { name: `Person ${key}` });
    const [row] = await t.database.db
      .insert(schema.applications)
      .values({
        programId,
        personId,
        role,
        status: 'accepted',
        submittedAt: new Date(),
        profile: places === undefined ? {} : { mentorCapacity: places },
      })
      .returning({ id: schema.applications.id });
    return { application: row!.id, person: personId, email };
  }

  /** A finished run of these pairs (`locked`: the adepts whose pair the coordinator locked by hand). */
  const run = (programId: string, pairs: [adept: Side, mentor: Side][], locked: Side[] = []) =>
    insertFinishedRun(
      t.database.db,
      programId,
      pairs.map(([adept, mentor]) => ({ adept: party(adept), mentor: party(mentor), locked: locked.includes(adept) })),
    );
  const party = (s: Side) => ({ applicationId: s.application, personId: s.person, name: s.email, organisationName: 'Publiceringsverket' });

  const publish = (programId: string, runId: string) => t.as(coordinator).post(`/api/programs/${programId}/matching/publish`, { runId });

  /** The program's published and active pairs, as adept–mentor application ids. */
  async function live(programId: string) {
    const rows = await t.database.db
      .select({ adept: schema.pairs.adeptApplicationId, mentor: schema.pairs.mentorApplicationId })
      .from(schema.pairs)
      .where(and(eq(schema.pairs.programId, programId), inArray(schema.pairs.status, ['published', 'active'])));
    return rows.map((r) => `${r.adept}:${r.mentor}`).sort();
  }

  /** The "you have been matched" mails to an address. */
  const matchMails = (email: string) =>
    t.database.db
      .select()
      .from(schema.mailMessages)
      .where(and(eq(schema.mailMessages.to, email), eq(schema.mailMessages.template, 'matchPublished')));

  async function expectOutdated(response: Awaited<ReturnType<typeof publish>>) {
    expect(response.statusCode, response.body).toBe(409);
    expect(response.json().error.details.map((d: { code: string }) => d.code)).toEqual(['publish.outdated']);
  }

  it("refuses a second run that gives a mentor of one place another pair, and keeps to each mentor's places", async () => {
    const id = await program('Ett mentorskap var');
    const [a1, a2, a3] = [await accepted(id, 'a1', 'adept'), await accepted(id, 'a2', 'adept'), await accepted(id, 'a3', 'adept')];
    const one = await accepted(id, 'm1', 'mentor');
    const two = await accepted(id, 'm2', 'mentor', 2);
    // Both runs were made before either was published, each with the mentor of one place free.
    const first = await run(id, [[a1, one]]);
    const second = await run(id, [[a2, one]]);
    expect((await publish(id, first)).statusCode).toBe(200);
    await expectOutdated(await publish(id, second));
    expect(await live(id)).toEqual([`${a1.application}:${one.application}`]);
    // A mentor of two places takes two pairs of one run, not three of two runs.
    expect(
      (
        await publish(
          id,
          await run(id, [
            [a2, two],
            [a3, two],
          ]),
        )
      ).statusCode,
    ).toBe(200);
    const a4 = await accepted(id, 'a4', 'adept');
    await expectOutdated(await publish(id, await run(id, [[a4, two]])));
    expect((await live(id)).length).toBe(3);
    expect(await matchMails(a4.email)).toEqual([]);
    // A pair the coordinator locked by hand may go past a mentor's places, as the run itself allows it.
    expect((await publish(id, await run(id, [[a4, one]], [a4]))).statusCode).toBe(200);
    expect((await live(id)).length).toBe(4);
  });

  it('refuses a run whose adept was rejected, or whose mentor withdrew, since it was made', async () => {
    const id = await program('Ändrat sedan körningen');
    const adept = await accepted(id, 'a', 'adept');
    const mentor = await accepted(id, 'm', 'mentor');
    const stale = await run(id, [[adept, mentor]]);
    const rejected = await t
      .as(coordinator)
      .post(`/api/programs/${id}/decisions`, { applicationIds: [adept.application], decision: 'rejected' });
    expect(rejected.statusCode, rejected.body).toBe(200);
    await expectOutdated(await publish(id, stale));
    expect(await live(id)).toEqual([]);

    const other = await accepted(id, 'b', 'adept');
    const leaving = await accepted(id, 'n', 'mentor');
    const withdrawn = await run(id, [[other, leaving]]);
    const mentorSession = await t.signIn(leaving.email);
    const withdraw = await t.as(mentorSession).post(`/api/programs/${id}/applications/mine/mentor/withdraw`, {});
    expect(withdraw.statusCode, withdraw.body).toBe(200);
    await expectOutdated(await publish(id, withdrawn));
    expect(await live(id)).toEqual([]);
    expect(await matchMails(other.email)).toEqual([]);

    // A run of people still accepted publishes.
    expect((await publish(id, await run(id, [[other, mentor]]))).statusCode).toBe(200);
    expect(await live(id)).toEqual([`${other.application}:${mentor.application}`]);
  });

  it('refuses a run made before the cohort filled up', async () => {
    const id = await program('En plats', 1);
    const [a1, a2] = [await accepted(id, 'a1', 'adept'), await accepted(id, 'a2', 'adept')];
    const [m1, m2] = [await accepted(id, 'm1', 'mentor'), await accepted(id, 'm2', 'mentor')];
    const first = await run(id, [[a1, m1]]);
    const second = await run(id, [[a2, m2]]);
    expect((await publish(id, first)).statusCode).toBe(200);
    await expectOutdated(await publish(id, second));
    expect(await live(id)).toEqual([`${a1.application}:${m1.application}`]);
  });
});
