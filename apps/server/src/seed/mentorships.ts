import { schema, type DbOrTx } from '@lots/db';
import type { DemoLookup } from './programs';
import { translate } from '@lots/core';

const DAY = 86_400_000;
const days = (n: number) => new Date(Date.now() + n * DAY);
const date = (n: number) => days(n).toISOString().slice(0, 10);

/**
 * The previous cohort of Tullverket's program, running: the demo mentor and adept are an
 * active pair with a signed agreement, meetings, an agenda and check-ins, so that the
 * pair's space and the coordinator's health view have something to show.
 */
export async function seedMentorships(tx: DbOrTx, lookup: DemoLookup): Promise<void> {
  const tull = lookup.organisation('tullverket');
  const kust = lookup.organisation('kustbevakningen');
  const [program] = await tx
    .insert(schema.programs)
    .values({
      ownerOrganisationId: tull,
      status: 'running',
      name: 'Mentorprogram för chefer 2026 – myndighetssamverkan',
      type: 'classic',
      purpose: 'Att skapa ett verksamt sätt för personlig utveckling och stöd i en individuell karriär, för chefer och blivande chefer.',
      applicationOpensOn: date(-200),
      applicationClosesOn: date(-160),
      startsOn: date(-120),
      endsOn: date(245),
      meetingGuidance: 'Cirka 1,5 timme var 3–4:e vecka.',
      expectedHours: 30,
      mode: 'both',
      currency: 'SEK',
      capacity: 10,
      languages: ['sv'],
      contactName: 'Maria Sundberg',
      contactEmail: 'samordnare@example.org',
      requiresManagerConfirmation: true,
      nudgeAfterWeeks: 6,
    })
    .returning({ id: schema.programs.id });
  const programId = program!.id;
  await tx.insert(schema.programOrganisations).values([
    { programId, organisationId: tull },
    { programId, organisationId: kust },
  ]);
  await tx.insert(schema.programCoordinators).values({ programId, personId: lookup.person('Maria Sundberg').id });

  const pairs: [string, string, number][] = [
    ['Johan Nyberg', 'Anders Holmgren', 20],
    ['Sara Ekström', 'Helena Stark', 75],
    ['Fredrik Hedlund', 'Nora Ekman', -1],
  ];
  for (const [adeptName, mentorName, lastMeetingDaysAgo] of pairs) {
    const adept = lookup.person(adeptName);
    const mentor = lookup.person(mentorName);
    const [a] = await tx
      .insert(schema.applications)
      .values({
        programId,
        personId: adept.id,
        role: 'adept',
        status: 'accepted',
        submittedAt: days(-170),
        profile: { yearsAsManager: 1, competenceAreas: [], interests: [], languages: ['svenska'], tooClose: [] },
      })
      .returning();
    const [m] = await tx
      .insert(schema.applications)
      .values({
        programId,
        personId: mentor.id,
        role: 'mentor',
        status: 'accepted',
        submittedAt: days(-170),
        profile: { yearsAsManager: 12, competenceAreas: ['Förändringsledning'], interests: [], languages: ['svenska'], tooClose: [] },
      })
      .returning();
    const started = lastMeetingDaysAgo >= 0;
    const [pair] = await tx
      .insert(schema.pairs)
      .values({
        programId,
        adeptApplicationId: a!.id,
        mentorApplicationId: m!.id,
        status: 'active',
        adeptResponse: 'accepted',
        mentorResponse: 'accepted',
        publishedAt: days(-118),
        startedAt: started ? days(-110) : null,
        nextMeetingAt: adeptName === 'Johan Nyberg' ? days(6) : null,
      })
      .returning();
    if (!started) continue;
    await tx.insert(schema.agreements).values({
      pairId: pair!.id,
      version: 1,
      cadenceWeeksMin: 3,
      cadenceWeeksMax: 4,
      meetingMinutes: 90,
      mode: 'both',
      place: 'Växelvis hos Tullverket och digitalt',
      goals: [
        { id: 'g1-1', text: 'Leda min grupp genom omorganisationen' },
        { id: 'g1-2', text: 'Bli tryggare i svåra samtal' },
      ],
      clauses: ['confidentiality', 'voluntary', 'ending', 'noReference', 'managerInformed'].map((key) => ({
        key,
        sv: translate('sv', 'mentorship', `defaultClauses.${key}`),
        nb: translate('nb', 'mentorship', `defaultClauses.${key}`),
        en: translate('en', 'mentorship', `defaultClauses.${key}`),
      })),
      adeptSignedAt: days(-110),
      mentorSignedAt: days(-109),
      createdBy: adept.id,
    });
    for (const ago of [110, 85, 60, 40, lastMeetingDaysAgo].filter((d, i, all) => d >= lastMeetingDaysAgo && all.indexOf(d) === i)) {
      await tx
        .insert(schema.meetings)
        .values({ pairId: pair!.id, heldOn: days(-ago), durationMinutes: 90, mode: ago % 2 ? 'digital' : 'physical', createdBy: adept.id });
    }
    if (adeptName === 'Johan Nyberg') {
      await tx.insert(schema.agendaItems).values([
        { pairId: pair!.id, text: 'Hur förbereder jag medarbetarsamtalen?', authorId: adept.id },
        { pairId: pair!.id, text: 'Återkoppling på förändringsplanen', authorId: mentor.id },
      ]);
      await tx.insert(schema.goalCheckins).values([
        {
          pairId: pair!.id,
          goalId: 'g1-1',
          progress: 2,
          comment: 'Planen finns, gruppen är orolig.',
          authorId: adept.id,
          createdAt: days(-60),
        },
        {
          pairId: pair!.id,
          goalId: 'g1-1',
          progress: 3,
          comment: 'Bättre dialog efter arbetsplatsträffen.',
          authorId: adept.id,
          createdAt: days(-20),
        },
      ]);
    }
  }
}
