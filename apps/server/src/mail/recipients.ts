import { eq, inArray } from 'drizzle-orm';
import { schema, type DbOrTx, type ReadDb } from '@lots/db';
import { DEFAULT_LOCALE, localeSchema, type Locale } from '@lots/core';

/**
 * Whom a mail is for. The language is worked out here, in one place, from what we know:
 * - `personId`: a person of an organisation — the language saved on their account, else `fallback`;
 * - `userId`: someone with an account — the language saved on it;
 * - `email` (+ `name`): someone known only by address (an adept's manager, a recommender) — the
 *   language of the account with that address if there is one, else `fallback`;
 * - `email` + `locale`: the language was chosen for them (an invitation's language).
 * Without a fallback the default language (Swedish) is used.
 */
export type Recipient =
  | { personId: string; fallback?: Locale }
  | { userId: string }
  | { email: string; name?: string | null; fallback?: Locale }
  | { email: string; name: string; locale: Locale };

export interface ResolvedRecipient {
  to: string;
  name: string;
  locale: Locale;
}

type Reader = DbOrTx | ReadDb;

const localeOr = (value: unknown, fallback: Locale | undefined): Locale =>
  localeSchema.catch(fallback ?? DEFAULT_LOCALE).parse(value ?? fallback ?? DEFAULT_LOCALE);

async function accountLocale(db: Reader, email: string): Promise<string | null> {
  const [row] = await db.select({ locale: schema.user.locale }).from(schema.user).where(eq(schema.user.email, email.toLowerCase()));
  return row?.locale ?? null;
}

/** The address, name and language of a recipient. */
export async function resolveRecipient(db: Reader, recipient: Recipient): Promise<ResolvedRecipient> {
  if ('personId' in recipient) {
    const [row] = await db
      .select({ name: schema.people.name, email: schema.people.email, locale: schema.user.locale })
      .from(schema.people)
      .leftJoin(schema.user, eq(schema.user.id, schema.people.userId))
      .where(eq(schema.people.id, recipient.personId));
    if (!row) throw new Error(`resolveRecipient: no person ${recipient.personId}`);
    return { to: row.email, name: row.name, locale: localeOr(row.locale, recipient.fallback) };
  }
  if ('userId' in recipient) {
    const [row] = await db
      .select({ name: schema.user.name, email: schema.user.email, locale: schema.user.locale })
      .from(schema.user)
      .where(eq(schema.user.id, recipient.userId));
    if (!row) throw new Error(`resolveRecipient: no user ${recipient.userId}`);
    return { to: row.email, name: row.name, locale: localeOr(row.locale, undefined) };
  }
  const name = recipient.name || recipient.email;
  if ('locale' in recipient) return { to: recipient.email, name, locale: recipient.locale };
  return { to: recipient.email, name, locale: localeOr(await accountLocale(db, recipient.email), recipient.fallback) };
}

/**
 * Many recipients at once: every person among them in one statement (a bulk decision mails
 * hundreds of applicants), the others as `resolveRecipient` does. In the order given.
 */
export async function resolveRecipients(db: Reader, recipients: Recipient[]): Promise<ResolvedRecipient[]> {
  const personIds = [...new Set(recipients.flatMap((r) => ('personId' in r ? [r.personId] : [])))];
  const people = new Map<string, { name: string; email: string; locale: string | null }>();
  for (let start = 0; start < personIds.length; start += 1000) {
    const rows = await db
      .select({ id: schema.people.id, name: schema.people.name, email: schema.people.email, locale: schema.user.locale })
      .from(schema.people)
      .leftJoin(schema.user, eq(schema.user.id, schema.people.userId))
      .where(inArray(schema.people.id, personIds.slice(start, start + 1000)));
    for (const row of rows) people.set(row.id, row);
  }
  const resolved: ResolvedRecipient[] = [];
  for (const recipient of recipients) {
    if (!('personId' in recipient)) {
      resolved.push(await resolveRecipient(db, recipient));
      continue;
    }
    const row = people.get(recipient.personId);
    if (!row) throw new Error(`resolveRecipients: no person ${recipient.personId}`);
    resolved.push({ to: row.email, name: row.name, locale: localeOr(row.locale, recipient.fallback) });
  }
  return resolved;
}

/**
 * An absolute link to a page of the web app that opens in `locale` (the web app reads `lang`
 * once and remembers it), so a mail's link shows the page in the mail's language.
 */
export function mailLink(publicUrl: string, path: string, locale: Locale): string {
  if (!path.startsWith('/')) throw new Error(`mailLink: a path starts with "/" (got ${path})`);
  const url = new URL(path, `${publicUrl}/`);
  url.searchParams.set('lang', locale);
  return `${publicUrl}${url.pathname}${url.search}${url.hash}`;
}
