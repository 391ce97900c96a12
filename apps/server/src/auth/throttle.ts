/**
 * Per-account back-off on password sign-in (decision 0021). The count lives in the database
 * (`sign_in_throttle`), so several Lots instances on one PostgreSQL share it, and it is taken in
 * one atomic statement before the password is checked, so parallel guesses cannot slip through
 * between check and count.
 */
import { eq, sql, type SQL } from 'drizzle-orm';
import { schema, type Db } from '@lots/db';

/** Wrong passwords allowed before the first pause. */
export const FREE_ATTEMPTS = 5;
/** The first pause; each further failure doubles it… */
export const FIRST_PAUSE_SECONDS = 60;
/** …up to this. */
export const LONGEST_PAUSE_SECONDS = 60 * 60;
/** Failures are forgotten a day after the last attempt. */
export const FORGET_AFTER_SECONDS = 24 * 60 * 60;

const { signInThrottle: t } = schema;

export const accountKey = (email: string) => `account:${email.trim().toLowerCase()}`;

export type Attempt = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Counts an attempt for `key` unless the key is paused. The attempt that uses up the free ones
 * starts a pause for the next (doubling, up to an hour); a success must call `succeeded`.
 */
export async function beginAttempt(db: Db, key: string): Promise<Attempt> {
  // The number this attempt gets: a day without attempts starts the count again.
  const next = sql<number>`case when ${t.lastAttemptAt} < now() - make_interval(secs => ${FORGET_AFTER_SECONDS}) then 1 else ${t.failures} + 1 end`;
  const counted = await db
    .insert(t)
    .values({ key, failures: 1, lastAttemptAt: sql`now()`, blockedUntil: pauseAfter(sql`1`) })
    .onConflictDoUpdate({
      target: t.key,
      set: { failures: next, lastAttemptAt: sql`now()`, blockedUntil: pauseAfter(next) },
      setWhere: sql`${t.blockedUntil} is null or ${t.blockedUntil} <= now()`,
    })
    .returning({ failures: t.failures });
  if (counted.length > 0) return { allowed: true };
  const [paused] = await db
    .select({ seconds: sql<number>`greatest(1, ceil(extract(epoch from ${t.blockedUntil} - now())))::int` })
    .from(t)
    .where(eq(t.key, key));
  return { allowed: false, retryAfterSeconds: Number(paused?.seconds ?? 1) };
}

/** The pause that starts once the attempt numbered `count` has used up the free ones (null before). */
function pauseAfter(count: SQL) {
  return sql`case when ${count} >= ${FREE_ATTEMPTS}
    then now() + make_interval(secs => least(${LONGEST_PAUSE_SECONDS}, ${FIRST_PAUSE_SECONDS} * power(2, ${count} - ${FREE_ATTEMPTS})))
    else null end`;
}

/** A successful sign-in (or password reset) forgets the failures. */
export async function succeeded(db: Db, key: string): Promise<void> {
  await db.delete(t).where(eq(t.key, key));
}
