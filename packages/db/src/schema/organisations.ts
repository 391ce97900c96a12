import { sql } from 'drizzle-orm';
import { type AnyPgColumn, index, pgTable, text, timestamp, uuid, uniqueIndex, boolean, jsonb } from 'drizzle-orm/pg-core';
import type { Organisation, Role } from '@lots/core';
import { user } from './auth';

export const organisations = pgTable('organisations', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  /** agency | city | ministry | other */
  kind: text('kind').$type<Organisation['kind']>().notNull().default('agency'),
  /** SE | NO */
  country: text('country').$type<Organisation['country']>().notNull().default('SE'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const units = pgTable(
  'units',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    parentId: uuid('parent_id').references((): AnyPgColumn => units.id, { onDelete: 'restrict' }),
    name: text('name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('units_organisation_idx').on(t.organisationId), index('units_parent_idx').on(t.parentId)],
);

/**
 * A person in an organisation. `userId` is set once the person has an account
 * (invitation accepted, or created by setup/seed). Roles within the organisation
 * are `org_admin`, `coordinator` and `participant`.
 */
export const people = pgTable(
  'people',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id').references(() => units.id, { onDelete: 'set null' }),
    userId: text('user_id').references(() => user.id, { onDelete: 'set null' }),
    name: text('name').notNull(),
    email: text('email').notNull(),
    title: text('title'),
    managerId: uuid('manager_id').references((): AnyPgColumn => people.id, { onDelete: 'set null' }),
    /** When the manager is not in Lots: only their e-mail address. */
    managerEmail: text('manager_email'),
    roles: text('roles')
      .array()
      .$type<Role[]>()
      .notNull()
      .default(sql`'{participant}'::text[]`),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('people_email_unique').on(sql`lower(${t.email})`),
    uniqueIndex('people_user_unique').on(t.userId),
    // An organisation's people counted (the people list's total) by an index-only scan of this small index; the name index
    // below has the same first column but is many times larger (decision 0204: dropped by 0027, the count slowed, back in 0028).
    index('people_organisation_idx').on(t.organisationId),
    // The people list's order within an organisation (decision 0161): a page walks the index, no sort of the whole organisation.
    index('people_organisation_name_idx').on(t.organisationId, t.name, t.id),
    index('people_unit_idx').on(t.unitId),
    // The people list's role filter (decision 0171): the few people of a role (the coordinators) found without walking
    // the organisation's name index; GIN on (organisation, roles) through btree_gin, served by `roles @> array[role]`.
    index('people_roles_idx').using('gin', t.organisationId, t.roles),
    // The people list's search (decisions 0191, 0203): trigrams of the three columns it searches within the organisation
    // (btree_gin: organisation_id as a GIN key, so a search reads its own organisation's matches), one index serving each arm of its OR.
    index('people_search_idx').using(
      'gin',
      t.organisationId,
      t.name.op('gin_trgm_ops'),
      t.email.op('gin_trgm_ops'),
      t.title.op('gin_trgm_ops'),
    ),
  ],
);

export const invitations = pgTable(
  'invitations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    /** SHA-256 of the token sent by e-mail; the token itself is never stored. */
    tokenHash: text('token_hash').notNull().unique(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    invitedBy: text('invited_by').references(() => user.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('invitations_person_idx').on(t.personId)],
);

export const auditLog = pgTable(
  'audit_log',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    actorUserId: text('actor_user_id').references(() => user.id, { onDelete: 'set null' }),
    organisationId: uuid('organisation_id').references(() => organisations.id, { onDelete: 'cascade' }),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id'),
    data: jsonb('data').$type<Record<string, unknown>>(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('audit_log_organisation_idx').on(t.organisationId, t.createdAt)],
);
