import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { Locale, ResourceAudience } from '@lots/core';
import { programs } from './programs';

/** A program's links (guides, question banks, training material) for a role and a language (issue 11). */
export const programResources = pgTable(
  'program_resources',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programId: uuid('program_id')
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    audience: text('audience').$type<ResourceAudience>().notNull().default('everyone'),
    /** The material's language; null: every language. */
    locale: text('locale').$type<Locale>(),
    title: text('title').notNull(),
    description: text('description'),
    url: text('url').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('program_resources_program_idx').on(t.programId, t.createdAt)],
);
