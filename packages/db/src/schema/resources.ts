import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { Locale, ResourceAudience } from '@lots/core';
import { programs } from './programs';

/**
 * A program's links and files (guides, question banks, training material) for a role and a language
 * (issue 11): a link (`url`) or a file (`file_*`, decision 0114), never both.
 */
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
    url: text('url'),
    fileName: text('file_name'),
    fileType: text('file_type'),
    /** The file's bytes in base64 (at most MAX_MATERIAL_BYTES). */
    fileData: text('file_data'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('program_resources_program_idx').on(t.programId, t.createdAt)],
);
