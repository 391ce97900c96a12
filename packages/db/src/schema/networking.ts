import { index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { GroupKind, GroupRole } from '@lots/core';
import { people } from './organisations';
import { programs } from './programs';

/**
 * A participant's entry in a program's cohort directory: the row is the consent (joining writes it,
 * leaving deletes it). Name, title and organisation come from the person; only the interests are their own words here.
 */
export const directoryEntries = pgTable(
  'directory_entries',
  {
    programId: uuid('program_id')
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    interests: text('interests'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.programId, t.personId] }), index('directory_entries_person_idx').on(t.personId)],
);

/** A networking group (3–8 participants) or a coach group (a coach and the mentors they coach) of a program. */
export const programGroups = pgTable(
  'program_groups',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programId: uuid('program_id')
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<GroupKind>().notNull(),
    name: text('name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('program_groups_program_idx').on(t.programId, t.createdAt)],
);

export const programGroupMembers = pgTable(
  'program_group_members',
  {
    groupId: uuid('group_id')
      .notNull()
      .references(() => programGroups.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    role: text('role').$type<GroupRole>().notNull().default('member'),
  },
  (t) => [primaryKey({ columns: [t.groupId, t.personId] }), index('program_group_members_person_idx').on(t.personId)],
);
