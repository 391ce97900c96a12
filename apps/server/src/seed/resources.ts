import { eq } from 'drizzle-orm';
import { schema, type DbOrTx } from '@lots/db';

/** Guides, question banks and training material of the running cohort, per role and language (issue 11). */
export async function seedResources(tx: DbOrTx): Promise<void> {
  const [running] = await tx
    .select({ id: schema.programs.id })
    .from(schema.programs)
    .where(eq(schema.programs.name, 'Mentorprogram för chefer 2026 – myndighetssamverkan'));
  if (!running) return;
  await tx.insert(schema.programResources).values([
    {
      programId: running.id,
      title: 'Guide för mentorskap',
      description: 'Roller, första mötet, kontraktet och avslutningen.',
      url: 'https://example.org/mentorskap/guide.pdf',
      locale: 'sv',
    },
    {
      programId: running.id,
      title: 'Frågebank för mentorsamtal',
      url: 'https://example.org/mentorskap/fragebank.pdf',
      audience: 'mentors',
      locale: 'sv',
    },
    {
      programId: running.id,
      title: 'Question bank for mentoring conversations',
      url: 'https://example.org/mentoring/question-bank.pdf',
      audience: 'mentors',
      locale: 'en',
    },
    {
      programId: running.id,
      title: 'Förbered dig inför mötet med din mentor',
      url: 'https://example.org/mentorskap/adept.pdf',
      audience: 'adepts',
      locale: 'sv',
    },
    {
      programId: running.id,
      title: 'Samordnarens checklista',
      url: 'https://example.org/mentorskap/samordnare.pdf',
      audience: 'coordinators',
    },
  ]);
}
