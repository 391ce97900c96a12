import { eq, inArray } from 'drizzle-orm';
import { schema, type DbOrTx } from '@lots/db';
import type { DemoLookup } from './programs';

/**
 * Each organisation's contact person in the programs it takes part in (issue 10 item 15): the
 * person who coordinates mentoring there, with a phone number. The Swedish numbers are from the
 * range set aside for fiction (070-174 06 05 to 070-174 06 99); the Norwegian ones are made up.
 */
const CONTACTS: Record<string, { person: string; phone: string }> = {
  tullverket: { person: 'Maria Sundberg', phone: '+46 70 174 06 05' },
  kustbevakningen: { person: 'Mats Brandt', phone: '+46 70 174 06 12' },
  goteborg: { person: 'Evelina Strandhede', phone: '+46 70 174 06 27' },
  asd: { person: 'Oddveig Håvelsrud', phone: '+47 400 00 101' },
  hod: { person: 'Kirsti Øyen', phone: '+47 400 00 102' },
  kmd: { person: 'Astrid Nygaard', phone: '+47 400 00 103' },
};

/**
 * The agencies' contact persons of the network's program (issue 12): they sign in to see their own
 * agency's share of the costs (seed/costs.ts gives them accounts and names them on that program).
 * Mats Brandt is Kustbevakningen's contact everywhere, with the one phone number above.
 */
export const NETWORK_PROGRAM_CONTACTS = {
  tullverket: { person: 'Sofia Norén', email: 'sofia.noren@tullverket.example.se', phone: '+46 70 174 06 41' },
  kustbevakningen: { person: 'Mats Brandt', email: 'mats.brandt@kustbevakningen.example.se', phone: CONTACTS.kustbevakningen!.phone },
} as const;

/** Organisations that are not in the demo world's list, by name: the network of issue 12 (seed/costs.ts), whose program Maria Sundberg coordinates. */
const OTHER_CONTACTS: Record<string, { person: string; phone: string }> = {
  'Rörlighet i staten': { person: 'Maria Sundberg', phone: '+46 70 174 06 33' },
};

/** One contact per participating organisation (the owner and partners that accepted) of every demo program that has none yet. */
export async function seedContacts(tx: DbOrTx, lookup: DemoLookup): Promise<void> {
  const byOrganisation = new Map<string, { personId: string; phone: string }>();
  for (const [key, contact] of Object.entries(CONTACTS)) {
    byOrganisation.set(lookup.organisation(key), { personId: lookup.person(contact.person).id, phone: contact.phone });
  }
  const byName = new Map(
    Object.entries(OTHER_CONTACTS).map(([name, c]) => [name, { personId: lookup.person(c.person).id, phone: c.phone }]),
  );
  const people = new Map(
    (
      await tx
        .select({ id: schema.people.id, name: schema.people.name, email: schema.people.email })
        .from(schema.people)
        .where(
          inArray(
            schema.people.id,
            [...byOrganisation.values(), ...byName.values()].map((c) => c.personId),
          ),
        )
    ).map((p) => [p.id, p]),
  );
  const participations = await tx
    .select({
      programId: schema.programOrganisations.programId,
      organisationId: schema.programOrganisations.organisationId,
      organisationName: schema.organisations.name,
    })
    .from(schema.programOrganisations)
    .innerJoin(schema.organisations, eq(schema.organisations.id, schema.programOrganisations.organisationId))
    .where(eq(schema.programOrganisations.status, 'accepted'));
  for (const { programId, organisationId, organisationName } of participations) {
    const contact = byOrganisation.get(organisationId) ?? byName.get(organisationName);
    if (!contact) throw new Error(`no demo contact for ${organisationName}`);
    const person = people.get(contact.personId)!;
    await tx
      .insert(schema.programContacts)
      .values({ programId, organisationId, name: person.name, email: person.email, phone: contact.phone })
      // seed/costs.ts has already named the agencies' contacts of the network's program.
      .onConflictDoNothing();
  }
}
