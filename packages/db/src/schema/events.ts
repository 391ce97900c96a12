import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import type { AttendMode, Attendance, EventAudience, EventKind, EventLink, EventMode, Locale, RsvpResponse } from '@lots/core';
import { organisations, people } from './organisations';
import { programGroups } from './networking';
import { programs } from './programs';

type Translations = Partial<Record<Locale, { title?: string | null; description?: string | null }>>;

/**
 * A program's shared meeting (kick-off, inspiration meeting, training, group meeting, closing).
 * A parallel session (a kick-off's mentors-only part) is an event with `parent_id`; the events of
 * a series share `series_id`. `sequence` counts the changes sent out (iCalendar SEQUENCE).
 */
export const events = pgTable(
  'events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programId: uuid('program_id')
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    parentId: uuid('parent_id').references((): AnyPgColumn => events.id, { onDelete: 'cascade' }),
    seriesId: uuid('series_id'),
    seriesIndex: integer('series_index'),
    kind: text('kind').$type<EventKind>().notNull(),
    title: text('title').notNull(),
    description: text('description'),
    translations: jsonb('translations').$type<Translations>().notNull().default({}),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    timeZone: text('time_zone').notNull().default('Europe/Stockholm'),
    mode: text('mode').$type<EventMode>().notNull().default('physical'),
    location: text('location'),
    onlineUrl: text('online_url'),
    audience: text('audience').$type<EventAudience>().notNull().default('everyone'),
    audienceOrganisationId: uuid('audience_organisation_id').references(() => organisations.id, { onDelete: 'set null' }),
    /** With audience `group`: the networking or coach group the meeting is for. */
    audienceGroupId: uuid('audience_group_id').references(() => programGroups.id, { onDelete: 'set null' }),
    capacity: integer('capacity'),
    required: boolean('required').notNull().default(false),
    reminderDays: integer('reminder_days')
      .array()
      .notNull()
      .default(sql`'{7,1}'::integer[]`),
    links: jsonb('links').$type<EventLink[]>().notNull().default([]),
    sequence: integer('sequence').notNull().default(0),
    /** Shown at the event; participants type it to check in. */
    checkInCode: text('check_in_code'),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('events_program_idx').on(t.programId, t.startsAt),
    index('events_parent_idx').on(t.parentId),
    index('events_series_idx').on(t.seriesId),
    index('events_starts_idx').on(t.startsAt),
  ],
);

/**
 * One invited person's answer, place on the waiting list and attendance. `token_hash` is the
 * hash of the answer link in the newest mail (the link answers in the person's name).
 */
export const eventInvitations = pgTable(
  'event_invitations',
  {
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    response: text('response').$type<RsvpResponse>().notNull().default('pending'),
    attendMode: text('attend_mode').$type<AttendMode>(),
    /** Said yes when the event was full; the earliest is offered the next free place. */
    waitlistedAt: timestamp('waitlisted_at', { withTimezone: true }),
    respondedAt: timestamp('responded_at', { withTimezone: true }),
    tokenHash: text('token_hash').unique(),
    attendance: text('attendance').$type<Attendance>(),
    absenceReason: text('absence_reason'),
    checkedInAt: timestamp('checked_in_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.personId] }), index('event_invitations_person_idx').on(t.personId)],
);

/** Each reminder sent (one per event, person and occasion): a second run of the job sends nothing twice. */
export const eventReminders = pgTable(
  'event_reminders',
  {
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    /** `yes-7`, `yes-1`: days before, to those who said yes; `unanswered`: once, to those who have not answered. */
    occasion: text('occasion').notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.personId, t.occasion] })],
);

/** A person's calendar subscription: only the hash of the secret in its address is kept; rotating replaces it. */
export const calendarFeeds = pgTable(
  'calendar_feeds',
  {
    personId: uuid('person_id')
      .primaryKey()
      .references(() => people.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastReadAt: timestamp('last_read_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('calendar_feeds_token_unique').on(t.tokenHash)],
);

/** A file attached to an event (programme, training material) in a language or for every language (decision 0114). */
export const eventAttachments = pgTable(
  'event_attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    /** The file's language; null: every language. */
    locale: text('locale').$type<Locale>(),
    fileName: text('file_name').notNull(),
    fileType: text('file_type').notNull(),
    /** The file's bytes in base64 (at most MAX_MATERIAL_BYTES). */
    fileData: text('file_data').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('event_attachments_event_idx').on(t.eventId, t.createdAt)],
);
