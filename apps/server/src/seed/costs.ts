import { eq } from 'drizzle-orm';
import { schema, type DbOrTx } from '@lots/db';
import { createAccount } from '../auth/accounts';
import { DEMO_PASSWORD } from './accounts';
import type { DemoLookup } from './programs';
import { NETWORK_PROGRAM_CONTACTS } from './contacts';

const day = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

/**
 * Issue 12 in the demo world: Rörlighet i staten, a network of state agencies, owns last year's
 * cohort of reverse mentoring; Tullverket and Kustbevakningen take part, Maria Sundberg
 * (Tullverket) coordinates for the network. 6 000 SEK per adept, mentors free, three shared costs
 * split per adept, and a contact person in each agency who can sign in (password `lots-demo`).
 */
export async function seedCosts(tx: DbOrTx, lookup: DemoLookup, passwordHash: string): Promise<void> {
  const tull = lookup.organisation('tullverket');
  const kust = lookup.organisation('kustbevakningen');
  const [network] = await tx
    .insert(schema.organisations)
    .values({ name: 'Rörlighet i staten', kind: 'network', country: 'SE' })
    .returning({ id: schema.organisations.id });
  const ris = network!.id;
  await tx.insert(schema.networkMembers).values([
    { networkId: ris, organisationId: tull },
    { networkId: ris, organisationId: kust },
  ]);
  const [program] = await tx
    .insert(schema.programs)
    .values({
      ownerOrganisationId: ris,
      status: 'running',
      name: 'Omvänt mentorskap i staten 2026',
      type: 'reverse',
      purpose: 'Yngre medarbetare vägleder seniora i ett nätverk av statliga myndigheter.',
      applicationOpensOn: day(-260),
      applicationClosesOn: day(-220),
      startsOn: day(-200),
      endsOn: day(165),
      expectedHours: 40,
      feePerAdept: 6000,
      feePerMentor: 0,
      currency: 'SEK',
      languages: ['sv'],
      contactName: 'Maria Sundberg',
      contactEmail: 'samordnare@example.org',
      requiresManagerConfirmation: false,
      rules: { adept: [], mentor: [{ kind: 'age', max: 29 }] },
    })
    .returning({ id: schema.programs.id });
  const programId = program!.id;
  await tx.insert(schema.programOrganisations).values([
    { programId, organisationId: ris, status: 'accepted' },
    { programId, organisationId: tull, status: 'accepted', respondedAt: new Date() },
    { programId, organisationId: kust, status: 'accepted', respondedAt: new Date() },
  ]);
  await tx.insert(schema.programCoordinators).values({ programId, personId: lookup.person('Maria Sundberg').id });

  // Adepts: two from Tullverket, one from Kustbevakningen; mentors from the other agency.
  const pairs: [string, string][] = [
    ['Ingrid Wallin', 'Tilda Hermansson'],
    ['Niklas Engström', 'Leo Sandström'],
    ['Jessica Lundin', 'Amina Hassan'],
  ];
  for (const [adept, mentor] of pairs) {
    const [a, m] = await tx
      .insert(schema.applications)
      .values([
        { programId, personId: lookup.person(adept).id, role: 'adept', status: 'accepted', submittedAt: new Date(), decidedAt: new Date() },
        {
          programId,
          personId: lookup.person(mentor).id,
          role: 'mentor',
          status: 'accepted',
          submittedAt: new Date(),
          decidedAt: new Date(),
        },
      ])
      .returning({ id: schema.applications.id });
    await tx.insert(schema.pairs).values({
      programId,
      adeptApplicationId: a!.id,
      mentorApplicationId: m!.id,
      status: 'active',
      adeptResponse: 'accepted',
      mentorResponse: 'accepted',
      startedAt: new Date(`${day(-195)}T09:00:00Z`),
    });
  }

  await tx.insert(schema.programCostSettings).values({ programId, splitRule: 'per_adept', withdrawalRule: 'free_within', graceMonths: 2 });
  const maria = lookup.person('Maria Sundberg').id;
  await tx.insert(schema.programSharedCosts).values([
    {
      programId,
      category: 'venue',
      description: 'Konferenslokal för uppstarten',
      amount: 1_800_000,
      vat: 450_000,
      currency: 'SEK',
      incurredOn: day(-200),
      createdBy: maria,
    },
    {
      programId,
      category: 'lecturers',
      description: 'Föreläsare, inspirationsträff 1',
      amount: 1_200_000,
      vat: 0,
      currency: 'SEK',
      incurredOn: day(-140),
      createdBy: maria,
    },
    {
      programId,
      category: 'catering',
      description: 'Lunch och fika',
      amount: 420_000,
      vat: 50_400,
      currency: 'SEK',
      incurredOn: day(-140),
      note: 'Två träffar',
      createdBy: maria,
    },
  ]);

  // Each agency's contact person for the program (modules/contacts), with an account.
  for (const [organisationId, { person: name, email, phone }] of [
    [tull, NETWORK_PROGRAM_CONTACTS.tullverket],
    [kust, NETWORK_PROGRAM_CONTACTS.kustbevakningen],
  ] as const) {
    const userId = await createAccount(tx, { name, email, password: DEMO_PASSWORD, passwordHash, locale: 'sv' });
    await tx
      .update(schema.people)
      .set({ userId })
      .where(eq(schema.people.id, lookup.person(name).id));
    await tx.insert(schema.programContacts).values({ programId, organisationId, name, email, phone });
  }
}
