import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../testing/harness';
import { seedDemo } from './demo';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './accounts';
import { NETWORK_PROGRAM_CONTACTS } from './contacts';

describe('demo world', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await seedDemo(t.ctx);
  });
  afterAll(() => t.destroy());

  const count = async (query: ReturnType<typeof sql>) =>
    ((await t.database.db.execute(query)) as unknown as { rows: { n: number }[] }).rows[0]!.n;

  it('has the organisations of the source documents and 60+ people', async () => {
    expect(await count(sql`select count(*)::int as n from organisations`)).toBe(7);
    expect(await count(sql`select count(*)::int as n from organisations where kind = 'network'`)).toBe(1);
    expect(await count(sql`select count(*)::int as n from people`)).toBeGreaterThanOrEqual(60);
    expect(await count(sql`select count(*)::int as n from people where manager_id is null and manager_email is null`)).toBe(0);
  });

  it('has eight programs (five from the documents, a running and a closed earlier cohort, the network’s joint cohort) with applications in every state and every confirmation state', async () => {
    expect(await count(sql`select count(*)::int as n from programs`)).toBe(8);
    expect(await count(sql`select count(*)::int as n from pairs where status = 'active'`)).toBe(6);
    expect(await count(sql`select count(distinct status)::int as n from applications`)).toBe(6);
    expect(await count(sql`select count(distinct status)::int as n from manager_confirmations`)).toBe(3);
    expect(await count(sql`select count(*)::int as n from programs where fee_per_adept = 6000 and fee_per_mentor = 0`)).toBe(2);
  });

  it('has survey answers in the running and the closed cohort: some totals to show, every organisation under five hidden', async () => {
    expect(await count(sql`select count(*)::int as n from survey_responses`)).toBe(6 + 5 + 10);
    expect(await count(sql`select count(*)::int as n from survey_invitations where answered`)).toBe(21);
    const cookie = await t.signIn('samordnare@example.org', DEMO_PASSWORD);
    const programs = (
      (await t.database.db.execute(sql`select id from programs where name = 'Mentorprogram för chefer 2025'`)) as unknown as {
        rows: { id: string }[];
      }
    ).rows;
    const surveys = (await t.as(cookie).get(`/api/programs/${programs[0]!.id}/surveys`)).json();
    const midpoint = surveys.surveys.find((s: { kind: string }) => s.kind === 'midpoint').waves[0];
    const results = (await t.as(cookie).get(`/api/programs/${programs[0]!.id}/surveys/waves/${midpoint.id}/results`)).json();
    const career = results.measures.find((m: { measure: string }) => m.measure === 'careerSupport');
    expect(career.total.suppressed).toBeNull();
    expect(career.total.n).toBe(5);
    const byOrganisation = career.breakdowns.find((b: { by: string }) => b.by === 'organisation').groups;
    expect(byOrganisation.every((g: { suppressed: string | null }) => g.suppressed !== null)).toBe(true);
  });

  it('shows the source programs’ rules: Göteborg’s mentors come from another part of the city', async () => {
    expect(
      await count(
        sql`select count(*)::int as n from matching_settings s join programs p on p.id = s.program_id
            where p.name = 'Mentorprogram för enhetschefer 2027' and s.hard_rules->>'distance' = 'topLevelUnit'`,
      ),
    ).toBe(1);
    // What a coordinator sees (issue 10 item 1): the setting, and each applicant's place in the unit tree.
    const admin = await t.signIn('admin@example.org', DEMO_PASSWORD);
    const [{ id }] = (
      (await t.database.db.execute(sql`select id from programs where name = 'Mentorprogram för enhetschefer 2027'`)) as unknown as {
        rows: { id: string }[];
      }
    ).rows as [{ id: string }];
    const settings = await t.app.inject({ url: `/api/programs/${id}/matching/settings`, headers: { cookie: admin } });
    expect(settings.json().hardRules.distance).toBe('topLevelUnit');
    const review = await t.app.inject({ url: `/api/programs/${id}/applications`, headers: { cookie: admin } });
    const paths = (review.json().items as { unitPath: string[] }[]).map((a) => a.unitPath);
    expect(paths.length).toBeGreaterThan(0);
    // Every applicant has a place in the tree, the city's area first ("another part of the city" is another area).
    for (const path of paths) expect(path.length).toBeGreaterThanOrEqual(1);
    expect(new Set(paths.map((p) => p[0])).size).toBeGreaterThan(1);
  });

  it('shows a full cohort: the agencies’ cohort in selection has one place left, three adepts waiting for a decision and one on the waiting list', async () => {
    const [row] = (
      (await t.database.db.execute(
        sql`select p.capacity,
              count(*) filter (where a.role = 'adept' and a.status = 'accepted')::int as accepted,
              count(*) filter (where a.role = 'adept' and a.status = 'submitted')::int as submitted,
              count(*) filter (where a.role = 'adept' and a.status = 'waitlisted')::int as waitlisted
            from programs p join applications a on a.program_id = p.id
            where p.name = 'Mentorprogram för chefer 2027 – myndighetssamverkan' group by p.capacity`,
      )) as unknown as { rows: { capacity: number; accepted: number; submitted: number; waitlisted: number }[] }
    ).rows;
    expect(row).toEqual({ capacity: 2, accepted: 1, submitted: 3, waitlisted: 1 });
  });

  it('has one contact person with a phone number per participating organisation of every program (issue 10 item 15)', async () => {
    const participating = await count(sql`select count(*)::int as n from program_organisations where status = 'accepted'`);
    expect(participating).toBeGreaterThan(6);
    expect(
      await count(sql`select count(*)::int as n from program_organisations po
        join program_contacts pc on pc.program_id = po.program_id and pc.organisation_id = po.organisation_id
        where po.status = 'accepted' and pc.phone <> '' and pc.email like '%@%'`),
    ).toBe(participating);
    expect(await count(sql`select count(*)::int as n from program_contacts`)).toBe(participating);
  });

  it('has Rörlighet i staten’s coach group: an accepted mentor coaching the other mentors, its coaching series for the group (issue 11)', async () => {
    const coached = await count(sql`select count(*)::int as n from program_group_members m
      join program_groups g on g.id = m.group_id join programs p on p.id = g.program_id
      join applications a on a.program_id = p.id and a.person_id = m.person_id and a.status = 'accepted' and a.role = 'mentor'
      where p.name = 'Omvänt mentorskap i staten 2026' and g.kind = 'coaching'`);
    expect(coached).toBe(3);
    expect(
      await count(sql`select count(*)::int as n from events e join program_groups g on g.id = e.audience_group_id
        where e.audience = 'group' and e.kind = 'coaching' and g.kind = 'coaching'`),
    ).toBe(6);
  });

  it('lets every demo account sign in with the demo password', async () => {
    for (const account of DEMO_ACCOUNTS) {
      const cookie = await t.signIn(account.email, DEMO_PASSWORD);
      const me = await t.app.inject({ url: '/api/me', headers: { cookie } });
      expect(me.json().user.email).toBe(account.email);
    }
  });

  it('has a joint program owned by a network, with shared costs split per adept, and each agency’s contact sees its own part', async () => {
    const [program] = (
      (await t.database.db.execute(
        sql`select p.id from programs p join organisations o on o.id = p.owner_organisation_id where o.kind = 'network'`,
      )) as unknown as {
        rows: { id: string }[];
      }
    ).rows;
    const maria = await t.signIn('samordnare@example.org', DEMO_PASSWORD);
    const whole = (await t.app.inject({ url: `/api/programs/${program!.id}/costs`, headers: { cookie: maria } })).json();
    expect(whole.organiserName).toBe('Rörlighet i staten');
    expect(whole.settings.splitRule).toBe('per_adept');
    expect(whole.organisations.reduce((a: number, o: { total: number }) => a + o.total, 0)).toBe(whole.programTotals.total);
    for (const { email } of Object.values(NETWORK_PROGRAM_CONTACTS)) {
      const cookie = await t.signIn(email, DEMO_PASSWORD);
      const own = (await t.app.inject({ url: `/api/programs/${program!.id}/costs`, headers: { cookie } })).json();
      expect(own.organisations).toHaveLength(1);
      expect(own.programTotals).toBeNull();
    }
  });
});
