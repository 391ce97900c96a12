import type { AppContext } from '../../context';
import type { Mutation } from '../../platform/mutation';
import { mailInvitee } from './mails';
import * as repo from './repository';

const DAY = 86_400_000;

/**
 * Reminders before an event (its `reminderDays`, e.g. 7 and 1 days before): to those who said yes
 * and have a place, the closest reminder that is due; to those who have not answered, one reminder
 * when the first one is due. Each occasion is recorded per person in `event_reminders` in the same
 * transaction as its mail, so a second run — in this or another process — sends nothing twice.
 * `now` is the clock (tests move it).
 */
export async function remindDue(m: Mutation<null>, now: Date): Promise<number> {
  let sent = 0;
  for (const event of await repo.eventsWithDueReminders(m.tx, now)) {
    const due = event.reminderDays.filter((d) => event.startsAt.getTime() - d * DAY <= now.getTime()).sort((a, b) => b - a);
    const closest = due.at(-1);
    if (closest === undefined) continue;
    const organisationId = await repo.ownerOf(m.tx, event.programId);
    for (const invitation of await repo.invitees(m.tx, event.id)) {
      if (invitation.response === 'yes' && invitation.waitlistedAt === null) {
        // Earlier occasions that were never sent (an event created late) are marked too: one reminder, the closest.
        let fresh = false;
        for (const d of due) {
          const claimed = await repo.claimReminder(m.tx, event.id, invitation.personId, `yes-${d}`);
          if (d === closest) fresh = claimed;
        }
        if (fresh) {
          await mailInvitee(m, 'eventReminder', [event], invitation.personId, organisationId);
          sent++;
        }
      } else if (invitation.response === 'pending') {
        if (await repo.claimReminder(m.tx, event.id, invitation.personId, 'unanswered')) {
          await mailInvitee(m, 'eventUnanswered', [event], invitation.personId, organisationId);
          sent++;
        }
      }
    }
  }
  return sent;
}

/** The scheduled job's work: one transaction of the system's own (decision 0081). */
export function sendEventReminders(ctx: AppContext, now = new Date()): Promise<number> {
  return ctx.system(remindDue, now);
}
