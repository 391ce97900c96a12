import { eq } from 'drizzle-orm';
import { schema, type DbOrTx } from '@lots/db';
import type { Profile } from '@lots/core';
import { hashToken, daysFromNow } from '../platform/tokens';

export interface DemoLookup {
  organisation(key: string): string;
  person(name: string): { id: string; organisationId: string };
}

const days = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
const at = (date: string, time = '09:00') => new Date(`${date}T${time}:00+01:00`);

type AppSpec = {
  person: string;
  role: 'adept' | 'mentor';
  status: 'draft' | 'submitted' | 'accepted' | 'waitlisted' | 'rejected' | 'withdrawn';
  profile: Partial<Profile>;
  confirmation?: 'pending' | 'confirmed' | 'declined';
  underRepresented?: boolean;
};

async function addApplications(tx: DbOrTx, lookup: DemoLookup, programId: string, specs: AppSpec[]) {
  for (const [i, spec] of specs.entries()) {
    const person = lookup.person(spec.person);
    const [row] = await tx
      .insert(schema.applications)
      .values({
        programId,
        personId: person.id,
        role: spec.role,
        status: spec.status,
        profile: { competenceAreas: [], interests: [], languages: ['svenska'], tooClose: [], ...spec.profile },
        answers: {},
        submittedAt: spec.status === 'draft' ? null : new Date(Date.now() - (20 - i) * 86_400_000),
        decidedAt: ['accepted', 'waitlisted', 'rejected'].includes(spec.status) ? new Date() : null,
      })
      .returning({ id: schema.applications.id });
    if (spec.confirmation) {
      const [manager] = await tx
        .select({ name: schema.people.name, email: schema.people.email })
        .from(schema.people)
        .where(
          eq(
            schema.people.id,
            (await tx.select({ m: schema.people.managerId }).from(schema.people).where(eq(schema.people.id, person.id)))[0]?.m ?? person.id,
          ),
        );
      await tx.insert(schema.managerConfirmations).values({
        applicationId: row!.id,
        managerEmail: manager?.email ?? 'chef@example.org',
        managerName: manager?.name ?? null,
        // A demo token no one has: managers' links come from real mail only.
        tokenHash: hashToken(`demo-${programId}-${i}-${Math.random()}`),
        status: spec.confirmation,
        expiresAt: daysFromNow(14),
        respondedAt: spec.confirmation === 'pending' ? null : new Date(),
      });
    }
    if (spec.underRepresented !== undefined) {
      await tx
        .insert(schema.sensitiveAnswers)
        .values({ applicationId: row!.id, underRepresented: spec.underRepresented, consentAt: new Date() });
    }
  }
}

async function program(tx: DbOrTx, values: typeof schema.programs.$inferInsert, organisationIds: string[], coordinatorIds: string[]) {
  const [row] = await tx.insert(schema.programs).values(values).returning({ id: schema.programs.id });
  await tx.insert(schema.programOrganisations).values(organisationIds.map((organisationId) => ({ programId: row!.id, organisationId })));
  await tx.insert(schema.programCoordinators).values(coordinatorIds.map((personId) => ({ programId: row!.id, personId })));
  return row!.id;
}

const leader = (years: number, areas: string[], goals: string | null = null): Partial<Profile> => ({
  yearsAsManager: years,
  staffResponsibility: true,
  competenceAreas: areas,
  developmentGoals: goals,
  meetingPreference: 'either',
});

/** The programs of the source documents, with applications in every state. */
export async function seedPrograms(tx: DbOrTx, lookup: DemoLookup): Promise<void> {
  const tull = lookup.organisation('tullverket');
  const kust = lookup.organisation('kustbevakningen');
  const gbg = lookup.organisation('goteborg');
  const maria = lookup.person('Maria Sundberg').id;

  // 1. Tullverket's manager mentoring, run with another agency, manager confirmation required.
  const crossAgency = await program(
    tx,
    {
      ownerOrganisationId: tull,
      status: 'selection',
      name: 'Mentorprogram för chefer 2027 – myndighetssamverkan',
      type: 'classic',
      purpose: 'Att skapa ett verksamt sätt för personlig utveckling och stöd i en individuell karriär, för chefer och blivande chefer.',
      goals: 'Personligt stöd i chefsrollen; att hitta och utveckla blivande chefer.',
      applicationOpensOn: days(-40),
      applicationClosesOn: days(-5),
      startsOn: days(30),
      endsOn: days(395),
      meetingGuidance: 'Ni bestämmer i kontraktet hur ofta och hur länge ni träffas, till exempel 1,5 timme var 3–4:e vecka.',
      expectedHours: 30,
      mode: 'both',
      currency: 'SEK',
      capacity: 12,
      languages: ['sv'],
      contactName: 'Maria Sundberg',
      contactEmail: 'samordnare@example.org',
      expectationsAdept:
        'Villig att lära, öppen och beredd att ta ansvar för din egen utveckling. Du avsätter den tid som krävs och har tystnadsplikt.',
      expectationsMentor:
        'Intresse för människor och för mentorsrollen, villig att dela ditt kontaktnät och att lära av adepten. Tystnadsplikt.',
      requiresManagerConfirmation: true,
      rules: {
        adept: [{ kind: 'participatingOrganisation' }],
        mentor: [{ kind: 'staffResponsibility', required: true }, { kind: 'participatingOrganisation' }],
      },
    },
    [tull, kust],
    [maria, lookup.person('Mats Brandt').id],
  );
  await addApplications(tx, lookup, crossAgency, [
    {
      person: 'Johan Nyberg',
      role: 'adept',
      status: 'submitted',
      profile: { yearsAsManager: 1, staffResponsibility: true, developmentGoals: 'Leda genom andra, svåra samtal', competenceAreas: [] },
      confirmation: 'pending',
    },
    {
      person: 'Anna Mattsson',
      role: 'adept',
      status: 'submitted',
      profile: { yearsAsManager: 2, staffResponsibility: true, developmentGoals: 'Förändringsledning' },
      confirmation: 'confirmed',
    },
    {
      person: 'Erik Johansson',
      role: 'adept',
      status: 'accepted',
      profile: { yearsAsManager: 1, staffResponsibility: true, developmentGoals: 'Att bygga ett team' },
      confirmation: 'confirmed',
    },
    {
      person: 'Alexander Falk',
      role: 'adept',
      status: 'submitted',
      profile: { yearsAsManager: 0, staffResponsibility: false, developmentGoals: 'Bli chef' },
      confirmation: 'declined',
    },
    {
      person: 'Elin Björk',
      role: 'adept',
      status: 'waitlisted',
      profile: { yearsAsManager: 0, developmentGoals: 'Karriärväxling' },
      confirmation: 'confirmed',
    },
    { person: 'Linnea Persson', role: 'adept', status: 'rejected', profile: { yearsAsManager: 0 }, confirmation: 'confirmed' },
    { person: 'Mikael Åberg', role: 'adept', status: 'withdrawn', profile: {} },
    { person: 'Yusuf Abdi', role: 'adept', status: 'draft', profile: {} },
    {
      person: 'Anders Holmgren',
      role: 'mentor',
      status: 'accepted',
      profile: { ...leader(15, ['Förändringsledning', 'Strategi', 'Svåra samtal']), mentorCapacity: 2 },
    },
    {
      person: 'Ingrid Wallin',
      role: 'mentor',
      status: 'accepted',
      profile: { ...leader(12, ['Verksamhetsutveckling', 'Att bygga ett team']), mentorCapacity: 1 },
    },
    {
      person: 'Jessica Lundin',
      role: 'mentor',
      status: 'accepted',
      profile: { ...leader(9, ['Ledarskap i kris', 'Karriärväxling']), mentorCapacity: 1 },
    },
    { person: 'Nora Ekman', role: 'mentor', status: 'submitted', profile: leader(7, ['Svåra samtal']) },
  ]);

  // 2. Göteborgs Stad: unit managers' program, mentors nominated, five years as manager.
  const city = await program(
    tx,
    {
      ownerOrganisationId: gbg,
      status: 'open',
      name: 'Mentorprogram för enhetschefer 2027',
      type: 'classic',
      purpose: 'En flexibel ledarskapsinsats där adeptens unika behov, önskemål och ledarskapsdilemman står i fokus.',
      goals: 'Stöd och utveckling i ledarskapet under ett år, med en erfaren chef från en annan del av staden.',
      applicationOpensOn: days(-10),
      applicationClosesOn: days(25),
      startsOn: days(60),
      endsOn: days(425),
      meetingGuidance: 'Många tycker att cirka 1,5 timme var 3–4:e vecka är lagom.',
      expectedHours: 25,
      mode: 'physical',
      currency: 'SEK',
      capacity: 15,
      languages: ['sv'],
      contactName: 'Evelina Strandhede',
      contactEmail: 'evelina.strandhede@goteborg.example.se',
      expectationsAdept: 'Var drivande i relationen, förbered dig inför varje möte och ta vara på rådena du får.',
      expectationsMentor:
        'Ge stöd och vägled adepten, dela din erfarenhet, lyssna, ställ utmanande frågor och ge feedback. Delta gärna i de tre gemensamma träffarna.',
      requiresManagerConfirmation: true,
      rules: { adept: [{ kind: 'yearsAsManager', min: 0.5, max: 3 }], mentor: [{ kind: 'yearsAsManager', min: 5 }] },
    },
    [gbg],
    [lookup.person('Evelina Strandhede').id],
  );
  // Göteborgs Stad has invited Tullverket to take part; Tullverket has not answered yet (issue 9.4):
  // its administrator finds the invitation under "Inbjudningar", and its staff do not see the program.
  await tx.insert(schema.programOrganisations).values({ programId: city, organisationId: tull, status: 'invited' });
  const start = days(60);
  // The source document's meetings; the demo world's other programs get theirs in seed/events.ts.
  await tx.insert(schema.events).values([
    {
      programId: city,
      kind: 'kickoff',
      title: 'Uppstart av programmet',
      startsAt: at(start, '13:00'),
      endsAt: at(start, '16:30'),
      location: 'Intraservice, Köpmansgatan',
    },
    {
      programId: city,
      kind: 'training',
      title: 'Coachande förhållningssätt för mentorer',
      startsAt: at(days(94), '09:00'),
      endsAt: at(days(94), '12:30'),
      location: 'Intraservice',
      audience: 'mentors',
    },
    {
      programId: city,
      kind: 'inspiration',
      title: 'Inspirationsträff för mentorer och adepter',
      startsAt: at(days(173), '13:00'),
      endsAt: at(days(173), '16:30'),
      location: 'Stadshuset',
    },
    {
      programId: city,
      kind: 'closing',
      title: 'Avslutning av programmet',
      startsAt: at(days(425), '14:00'),
      endsAt: at(days(425), '16:30'),
      location: 'Stadshuset',
    },
  ]);
  await addApplications(tx, lookup, city, [
    {
      person: 'Kristina Holm',
      role: 'adept',
      status: 'submitted',
      profile: { yearsAsManager: 1, developmentGoals: 'Att leda i en stor hemtjänstorganisation' },
      confirmation: 'confirmed',
    },
    { person: 'Mattias Ström', role: 'adept', status: 'submitted', profile: { yearsAsManager: 1.5 }, confirmation: 'pending' },
    { person: 'Emma Sjögren', role: 'adept', status: 'draft', profile: { yearsAsManager: 1 } },
    { person: 'Ahmed Yousef', role: 'mentor', status: 'submitted', profile: leader(8, ['Hemtjänst', 'Arbetsmiljö']) },
    { person: 'Jonas Lund', role: 'mentor', status: 'submitted', profile: leader(3, ['Äldreomsorg']) },
  ]);
  await tx.insert(schema.nominations).values([
    {
      programId: city,
      nominatorPersonId: lookup.person('Birgitta Olsson').id,
      nomineePersonId: lookup.person('Ahmed Yousef').id,
      motivation: 'Dokumenterat gott ledarskap i åtta år.',
    },
    {
      programId: city,
      nominatorPersonId: lookup.person('Lars Eriksson').id,
      nomineePersonId: lookup.person('Helena Sandberg').id,
      motivation: 'Trygg i sin ledarroll.',
    },
  ]);

  // 3. Reverse mentoring across agencies: mentors 29 or younger, 6,000 SEK per adept, mentors free.
  const reverse = await program(
    tx,
    {
      ownerOrganisationId: tull,
      status: 'open',
      name: 'Omvänt mentorskap 2027',
      type: 'reverse',
      purpose:
        'Unga medarbetare vägleder seniora: ett kunskapsutbyte mellan generationer om arbetsliv, värderingar och dagens och morgondagens teknik.',
      goals: 'Förståelse mellan generationer och ökad förmåga att attrahera rätt medarbetare.',
      applicationOpensOn: days(-5),
      applicationClosesOn: days(40),
      startsOn: days(75),
      endsOn: days(440),
      meetingGuidance: 'Möten på tu man hand, och fyra gemensamma inspirationsträffar.',
      expectedHours: 40,
      mode: 'both',
      feePerAdept: 6000,
      feePerMentor: 0,
      currency: 'SEK',
      capacity: 20,
      languages: ['sv', 'en'],
      contactName: 'Maria Sundberg',
      contactEmail: 'samordnare@example.org',
      expectationsAdept:
        'Du arbetar med frågor av stor strategisk vikt eller som chef på högre nivå och vill släppa in en junior medarbetare i ditt arbete.',
      expectationsMentor:
        'Du är 29 år eller yngre och vill ställa frågor och dela din kunskap och erfarenhet. Du får coachning i mentorskap.',
      requiresManagerConfirmation: true,
      rules: { adept: [], mentor: [{ kind: 'age', max: 29 }] },
    },
    [tull, kust],
    [maria],
  );
  await addApplications(tx, lookup, reverse, [
    {
      person: 'Amina Hassan',
      role: 'mentor',
      status: 'submitted',
      profile: { birthYear: 2000, competenceAreas: ['Digitalisering', 'AI'], interests: ['Teknik'] },
    },
    { person: 'Tilda Hermansson', role: 'mentor', status: 'submitted', profile: { birthYear: 1994, competenceAreas: ['Dataanalys'] } },
    {
      person: 'Magnus Dahlberg',
      role: 'adept',
      status: 'submitted',
      profile: { yearsAsManager: 14, developmentGoals: 'Förstå hur yngre kollegor ser på arbetslivet' },
      confirmation: 'confirmed',
    },
  ]);

  // 4. An inclusion program for under-represented groups (special-category data: consent, aggregated only).
  const inclusion = await program(
    tx,
    {
      ownerOrganisationId: tull,
      status: 'draft',
      name: 'Mentorskap för inkludering 2027',
      type: 'inclusion',
      purpose:
        'Stärka nätverk, främja karriärmöjligheter och stödja professionell utveckling för medarbetare från underrepresenterade grupper.',
      goals: 'Bättre inkludering, karriärutveckling och trivsel; minskad personalomsättning.',
      applicationOpensOn: days(20),
      applicationClosesOn: days(50),
      startsOn: days(90),
      endsOn: days(455),
      meetingGuidance: 'Regelbundna möten och gemensamma gruppträffar för nätverkande.',
      expectedHours: 30,
      mode: 'both',
      currency: 'SEK',
      capacity: 10,
      languages: ['sv', 'en'],
      contactName: 'Maria Sundberg',
      contactEmail: 'samordnare@example.org',
      expectationsMentor:
        'Erfarenhet och insikt i organisationens kultur, förståelse för mångfald och inkludering. Utbildning i mångfald och mentorskapstekniker ingår.',
      requiresManagerConfirmation: false,
      rules: { adept: [{ kind: 'underRepresentedGroup' }], mentor: [] },
    },
    [tull],
    [maria],
  );
  void inclusion;

  // 5. Three Norwegian ministries' joint program, third cohort, 10–11 pairs.
  const asd = lookup.organisation('asd');
  const hod = lookup.organisation('hod');
  const kmd = lookup.organisation('kmd');
  const ministries = await program(
    tx,
    {
      ownerOrganisationId: asd,
      status: 'matching',
      name: 'Felles mentorprogram for ledere – kull 3',
      type: 'classic',
      purpose: 'Et felles mentorprogram for lederne i ASD, HOD og KMD: en diskusjonspartner utover eget departement, og nettverk på tvers.',
      goals: 'Refleksjon over egen lederrolle og nettverksbygging på tvers av departementene.',
      applicationOpensOn: days(-60),
      applicationClosesOn: days(-20),
      startsOn: days(14),
      endsOn: days(379),
      meetingGuidance: 'Tre halvdagssamlinger over ett år, og samtaler i paret etter avtale.',
      expectedHours: 30,
      mode: 'physical',
      currency: 'NOK',
      capacity: 11,
      languages: ['nb'],
      contactName: 'Oddveig Håvelsrud',
      contactEmail: 'oddveig.havelsrud@asd.example.no',
      expectationsMentor:
        'Mentor skal være en person lederen ikke har for nær relasjon til, men som kjenner godt til hvordan det er å være leder i et departement.',
      requiresManagerConfirmation: false,
      rules: {
        adept: [{ kind: 'participatingOrganisation' }],
        mentor: [{ kind: 'participatingOrganisation' }, { kind: 'staffResponsibility', required: true }],
      },
    },
    [asd, hod, kmd],
    [lookup.person('Oddveig Håvelsrud').id, lookup.person('Kirsti Øyen').id],
  );
  await addApplications(tx, lookup, ministries, [
    { person: 'Ole Bakken', role: 'adept', status: 'accepted', profile: { yearsAsManager: 2, languages: ['norsk'] } },
    { person: 'Marte Lie', role: 'adept', status: 'accepted', profile: { yearsAsManager: 1, languages: ['norsk'] } },
    { person: 'Per Kristiansen', role: 'adept', status: 'accepted', profile: { yearsAsManager: 3, languages: ['norsk'] } },
    { person: 'Espen Johansen', role: 'adept', status: 'accepted', profile: { yearsAsManager: 1, languages: ['norsk'] } },
    { person: 'Camilla Pedersen', role: 'adept', status: 'accepted', profile: { yearsAsManager: 2, languages: ['norsk'] } },
    { person: 'Sindre Olsen', role: 'adept', status: 'accepted', profile: { yearsAsManager: 1, languages: ['norsk'] } },
    {
      person: 'Ingrid Solberg',
      role: 'mentor',
      status: 'accepted',
      profile: { ...leader(12, ['Strategi', 'Politisk ledelse']), languages: ['norsk'] },
    },
    { person: 'Trond Eriksen', role: 'mentor', status: 'accepted', profile: { ...leader(15, ['Omstilling']), languages: ['norsk'] } },
    { person: 'Hilde Strand', role: 'mentor', status: 'accepted', profile: { ...leader(10, ['Helseforvaltning']), languages: ['norsk'] } },
    {
      person: 'Nina Halvorsen',
      role: 'mentor',
      status: 'accepted',
      profile: { ...leader(8, ['Folkehelse', 'Kommunikasjon']), languages: ['norsk'] },
    },
    { person: 'Lars Haugen', role: 'mentor', status: 'accepted', profile: { ...leader(11, ['Kommuneøkonomi']), languages: ['norsk'] } },
    { person: 'Guro Andreassen', role: 'mentor', status: 'accepted', profile: { ...leader(9, ['Digitalisering']), languages: ['norsk'] } },
  ]);
  await tx.insert(schema.mentorTrainings).values([
    { personId: lookup.person('Anders Holmgren').id, name: 'Mentor- och coachutbildning', completedOn: days(-300) },
    { personId: lookup.person('Ingrid Solberg').id, name: 'Mentorsamling kull 2', completedOn: days(-400) },
  ]);
}
