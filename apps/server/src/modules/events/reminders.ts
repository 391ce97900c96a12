import type { AppContext } from '../../context';
import type { Mutation } from '../../platform/mutation';
import { mailInvitees, type InviteeMail } from './mails';
import * as repo from './repository';

const DAY = 86_400_000;

/**
 * Reminders before an event (its `reminderDays`, e.g. 7 and 1 days before): to those who said yes
 * and have a place, the closest reminder that is due; to those who have not answered, one reminder
 * when the first one is due. Each occasion is recorded per person in `event_reminders` in the same
 * transaction as its mail (an event's claims in one statement), so a second run — in this or another
 * process — sends nothing twice.
 * `now` is the clock (tests move it).
 */
export async function remindDue(m: Mutation<null>, now: Date): Promise<number> {
  let sent = 0;
  for (const event of await repo.eventsWithDueReminders(m.tx, now)) {
    const due = event.reminderDays.filter((d) => event.startsAt.getTime() - d * DAY <= now.getTime()).sort((a, b) => b - a);
    const closest = due.at(-1);
    if (closest === undefined) continue;
    // Earlier occasions that were never sent (an event created late) are claimed too: one reminder, the closest.
    const claimed = await repo.claimReminders(
      m.tx,
      event.id,
      due.map((d) => `yes-${d}`),
    );
    const to = (occasion: string): InviteeMail[] =>
      claimed.filter((c) => c.occasion === occasion).map(({ personId }) => ({ personId, occurrences: [event] }));
    const reminders = to(`yes-${closest}`);
    const unanswered = to('unanswered');
    if (!reminders.length && !unanswered.length) continue;
    // Each kind's mails written together, however many invitees (a few statements an event, issue 15 goal 6).
    const organisationId = await repo.ownerOf(m.tx, event.programId);
    await mailInvitees(m, 'eventReminder', reminders, organisationId);
    await mailInvitees(m, 'eventUnanswered', unanswered, organisationId);
    sent += reminders.length + unanswered.length;
  }
  return sent;
}

/** The scheduled job's work: one transaction of the system's own (decision 0081). */
export function sendEventReminders(ctx: AppContext, now = new Date()): Promise<number> {
  return ctx.system(remindDue, now);
}
