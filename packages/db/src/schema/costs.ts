import { date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { SharedCost, SplitRule, WithdrawalRule, Currency } from '@lots/core';
import { organisations, people } from './organisations';
import { programs } from './programs';

/** A network (organisation of kind `network`) and its member organisations (issue 12). */
export const networkMembers = pgTable(
  'network_members',
  {
    networkId: uuid('network_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.networkId, t.organisationId] }), index('network_members_organisation_idx').on(t.organisationId)],
);

/** How a joint program's organisations share its costs: the split rule and the withdrawal rule (one row per program; none = the defaults). */
export const programCostSettings = pgTable('program_cost_settings', {
  programId: uuid('program_id')
    .primaryKey()
    .references(() => programs.id, { onDelete: 'cascade' }),
  splitRule: text('split_rule').$type<SplitRule>().notNull().default('per_participant'),
  /** For `percentages`: basis points per organisation. */
  percentages: jsonb('percentages').$type<{ organisationId: string; basisPoints: number }[]>().notNull().default([]),
  withdrawalRule: text('withdrawal_rule').$type<WithdrawalRule>().notNull().default('full'),
  graceMonths: integer('grace_months').notNull().default(0),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A cost the program's coordinators entered, shared by the participating organisations (venue, lecturers …). Amounts in minor units. */
export const programSharedCosts = pgTable(
  'program_shared_costs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programId: uuid('program_id')
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    category: text('category').$type<SharedCost['category']>().notNull(),
    description: text('description').notNull(),
    amount: integer('amount').notNull(),
    vat: integer('vat').notNull().default(0),
    currency: text('currency').$type<Currency>().notNull(),
    incurredOn: date('incurred_on').notNull(),
    note: text('note'),
    attachmentName: text('attachment_name'),
    attachmentType: text('attachment_type'),
    /** The attachment's bytes in base64 (at most 512 KiB). */
    attachmentData: text('attachment_data'),
    createdBy: uuid('created_by').references(() => people.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('program_shared_costs_program_idx').on(t.programId, t.incurredOn)],
);

/** An organisation's invoice basis of a program, marked as invoiced (date and reference). */
export const programInvoices = pgTable(
  'program_invoices',
  {
    programId: uuid('program_id')
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    invoicedOn: date('invoiced_on').notNull(),
    reference: text('reference').notNull(),
    markedBy: uuid('marked_by').references(() => people.id, { onDelete: 'set null' }),
    markedAt: timestamp('marked_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.programId, t.organisationId] })],
);
