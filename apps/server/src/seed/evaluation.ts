import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { schema, type DbOrTx } from '@lots/db';
import type { Answers } from '@lots/core';
import { pseudonymOf } from '../modules/evaluation';

const DAY = 86_400_000;
const days = (n: number) => new Date(Date.now() + n * DAY);
const date = (n: number) => days(n).toISOString().slice(0, 10);

interface Lookup {
  organisation(key: string): string;
  person(name: string): { id: string; organisationId: string };
}

/** Deterministic answers: the same demo every time, varied enough to show a spread. */
const likert = (seed: number) => 1 + ((seed * 7 + 3) % 5);
const mfs = (seed: number): Answers => {
  const a: Answers = {};
  ['career1', 'career2', 'career3', 'psychosocial1', 'psychosocial2', 'psychosocial3', 'role1', 'role2', 'role3'].forEach((item, i) => {
    a[`mentoring-functions.${item}`] = Math.max(2, likert(seed + i));
  });
  return a;
};

async function wave(
  tx: DbOrTx,
  programId: string,
  survey: { kind: 'baseline' | 'midpoint' | 'pulse'; instruments: string[]; occasion: string; opensOn: number; audience?: 'adept' },
  respondents: { personId: string; organisationId: string; role: 'adept' | 'mentor'; answers: Answers }[],
  secret: string,
) {
  const [s] = await tx
    .insert(schema.surveys)
    .values({
      programId,
      kind: survey.kind,
      instruments: survey.instruments,
      audience: survey.audience ?? 'all',
      openDays: 21,
      reminderDays: [7, 14],
      createdAt: days(survey.opensOn),
    })
    .returning({ id: schema.surveys.id });
  const [w] = await tx
    .insert(schema.surveyWaves)
    .values({ surveyId: s!.id, programId, occasion: survey.occasion, opensOn: date(survey.opensOn) })
    .returning({ id: schema.surveyWaves.id });
  for (const r of respondents) {
    await tx.insert(schema.surveyInvitations).values({
      waveId: w!.id,
      personId: r.personId,
      role: r.role,
      // A link nobody has: demo invitations are answered already.
      tokenHash: randomUUID(),
      opensAt: days(survey.opensOn),
      closesAt: days(survey.opensOn + 21),
      sentAt: days(survey.opensOn),
      answered: true,
    });
    await tx.insert(schema.surveyResponses).values({
      waveId: w!.id,
      pseudonym: pseudonymOf(secret, programId, r.personId),
      organisationId: r.organisationId,
      role: r.role,
      answers: r.answers,
    });
  }
}

/**
 * Survey answers in the demo world (issue 13): the running cohort's first pulse (six answers: the
 * total shows, every organisation and role is under five and hidden) and a closed cohort of last
 * year — ended three days ago, so its end survey can still be sent — with a baseline and a
 * mid-point survey of its five pairs.
 */
export async function seedEvaluation(tx: DbOrTx, lookup: Lookup, secret: string) {
  const tull = lookup.organisation('tullverket');
  const kust = lookup.organisation('kustbevakningen');
  const maria = lookup.person('Maria Sundberg');

  // The running cohort (seeded by mentorships.ts): its first pulse survey.
  const [running] = await tx
    .select({ id: schema.programs.id })
    .from(schema.programs)
    .where(eq(schema.programs.name, 'Mentorprogram för chefer 2026 – myndighetssamverkan'));
  if (running) {
    const people = await tx
      .select({ personId: schema.applications.personId, role: schema.applications.role, organisationId: schema.people.organisationId })
      .from(schema.applications)
      .innerJoin(schema.people, eq(schema.people.id, schema.applications.personId))
      .where(eq(schema.applications.programId, running.id));
    const accepted = people.filter((p) => p.role === 'adept' || p.role === 'mentor');
    await wave(
      tx,
      running.id,
      { kind: 'pulse', instruments: ['nps@1'], occasion: 'pulse-1', opensOn: -90 },
      accepted.map((p, i) => ({ ...p, answers: { 'nps.recommend': [9, 10, 8, 7, 9, 6][i % 6]! } })),
      secret,
    );
  }

  // Last year's cohort, closed three days ago.
  const [program] = await tx
    .insert(schema.programs)
    .values({
      ownerOrganisationId: tull,
      status: 'closed',
      name: 'Mentorprogram för chefer 2025',
      type: 'classic',
      purpose: 'Stöd och utveckling i ledarskapet för nya chefer, tillsammans med Kustbevakningen.',
      goals: 'Fler chefer som stannar och trivs; starkare nätverk mellan myndigheterna.',
      applicationOpensOn: date(-450),
      applicationClosesOn: date(-400),
      startsOn: date(-368),
      endsOn: date(-3),
      languages: ['sv'],
      contactName: 'Maria Sundberg',
      contactEmail: 'samordnare@example.org',
    })
    .returning({ id: schema.programs.id });
  const programId = program!.id;
  await tx.insert(schema.programOrganisations).values([
    { programId, organisationId: tull },
    { programId, organisationId: kust },
  ]);
  await tx.insert(schema.programCoordinators).values({ programId, personId: maria.id });
  const pairs: [string, string][] = [
    ['Erik Johansson', 'Lena Forsberg'],
    ['Daniel Karlsson', 'Ingrid Wallin'],
    ['Anna Mattsson', 'Jessica Lundin'],
    ['Oskar Lundgren', 'Mats Brandt'],
    ['Alexander Falk', 'Magnus Dahlberg'],
  ];
  const respondents: { personId: string; organisationId: string; role: 'adept' | 'mentor'; seed: number }[] = [];
  for (const [i, [adeptName, mentorName]] of pairs.entries()) {
    const adept = lookup.person(adeptName);
    const mentor = lookup.person(mentorName);
    const [a, m] = await tx
      .insert(schema.applications)
      .values([
        { programId, personId: adept.id, role: 'adept', status: 'accepted', submittedAt: days(-420), decidedAt: days(-390) },
        { programId, personId: mentor.id, role: 'mentor', status: 'accepted', submittedAt: days(-420), decidedAt: days(-390) },
      ])
      .returning({ id: schema.applications.id });
    await tx.insert(schema.pairs).values({
      programId,
      adeptApplicationId: a!.id,
      mentorApplicationId: m!.id,
      status: 'ended',
      adeptResponse: 'accepted',
      mentorResponse: 'accepted',
      publishedAt: days(-375),
      startedAt: days(-368),
      endedAt: days(-3),
      endedBy: 'program',
    });
    respondents.push({ personId: adept.id, organisationId: adept.organisationId, role: 'adept', seed: i });
    respondents.push({ personId: mentor.id, organisationId: mentor.organisationId, role: 'mentor', seed: i + 5 });
  }
  const adepts = respondents.filter((r) => r.role === 'adept');
  // Baseline: five adepts, so the total shows; by organisation four and one, both hidden.
  await wave(
    tx,
    programId,
    { kind: 'baseline', instruments: ['career@1', 'intention-to-stay@1'], occasion: 'baseline', opensOn: -390, audience: 'adept' },
    adepts.map((r) => ({
      ...r,
      answers: {
        'career.satisfaction1': 2 + (r.seed % 2),
        'career.satisfaction2': 3,
        'career.satisfaction3': 2,
        'career.efficacy1': 3,
        'career.efficacy2': 2 + (r.seed % 3 === 0 ? 1 : 0),
        'career.efficacy3': 3,
        'intention-to-stay.stay1': 3,
        'intention-to-stay.stay2': 2 + (r.seed % 2),
        'intention-to-stay.stay3': 3,
      },
    })),
    secret,
  );
  // Mid-point: all ten; the adepts' mentoring functions and everyone's recommendation.
  await wave(
    tx,
    programId,
    { kind: 'midpoint', instruments: ['mentoring-functions@1', 'nps@1'], occasion: 'midpoint', opensOn: -185 },
    respondents.map((r) => ({
      ...r,
      answers: { ...(r.role === 'adept' ? mfs(r.seed) : {}), 'nps.recommend': [10, 9, 8, 9, 7, 10, 6, 9, 8, 10][r.seed]! },
    })),
    secret,
  );
}
