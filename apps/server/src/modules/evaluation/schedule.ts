import { createHmac, randomUUID } from 'node:crypto';
import { formatDayForPeople, instrument, translator, type SurveyKind } from '@lots/core';
import type { Mutation } from '../../platform/mutation';
import { hashToken } from '../../platform/tokens';
import * as repo from './repository';

const DAY = 24 * 3600 * 1000;
export const SURVEY_QUEUE = 'survey-schedule';

const isoDay = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (day: string, n: number) => isoDay(new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY));
const addMonths = (day: string, n: number) => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + n);
  return isoDay(d);
};

interface ProgramDates {
  startsOn: string | null;
  endsOn: string | null;
}

/**
 * The occasions of a wave-based survey that have opened by `today` and are still worth sending
 * (opened less than the survey's open days ago), with the day each opened (decision 0132).
 * Baseline and fit are per person and not listed here.
 */
export function dueOccasions(
  kind: SurveyKind,
  program: ProgramDates,
  survey: { opensOn: string | null; openDays: number },
  events: { id: string; startsAt: Date }[],
  today: string,
): { occasion: string; opensOn: string }[] {
  const all: { occasion: string; opensOn: string }[] = [];
  const { startsOn, endsOn } = program;
  switch (kind) {
    case 'pulse':
      if (startsOn)
        for (let i = 0; ; i++) {
          const day = addDays(startsOn, 30 + 60 * i);
          if ((endsOn && day > endsOn) || day > today) break;
          all.push({ occasion: `pulse-${i + 1}`, opensOn: day });
        }
      break;
    case 'midpoint':
      if (startsOn && endsOn) {
        const mid = Math.round((Date.parse(endsOn) - Date.parse(startsOn)) / DAY / 2);
        all.push({ occasion: 'midpoint', opensOn: addDays(startsOn, mid) });
      }
      break;
    case 'end':
      if (endsOn) all.push({ occasion: 'end', opensOn: endsOn });
      break;
    case 'followup6':
      if (endsOn) all.push({ occasion: 'followup6', opensOn: addMonths(endsOn, 6) });
      break;
    case 'followup12':
      if (endsOn) all.push({ occasion: 'followup12', opensOn: addMonths(endsOn, 12) });
      break;
    case 'event':
      for (const e of events) all.push({ occasion: `event:${e.id}`, opensOn: addDays(isoDay(e.startsAt), 1) });
      break;
    case 'adhoc':
      if (survey.opensOn) all.push({ occasion: 'adhoc', opensOn: survey.opensOn });
      break;
    case 'baseline':
    case 'fit':
      break;
  }
  return all.filter((o) => o.opensOn <= today && addDays(o.opensOn, survey.openDays) > today);
}

/**
 * The scheduler (a pg-boss job every hour, and at once when a survey is added): for each program
 * with surveys, opens the waves that are due and invites their people, sends the invitations that
 * are open, and reminds those who have not answered after the survey's reminder days. `now` is a
 * parameter so tests can move the clock; everything it does is idempotent.
 */
export async function runSurveySchedule(
  m: Mutation<null>,
  secret: string,
  now: Date,
  programId?: string,
): Promise<{ invited: number; reminded: number }> {
  const today = isoDay(now);
  let invited = 0;
  let reminded = 0;
  for (const { program } of await repo.scheduledPrograms(m.tx, programId)) {
    const participants = await repo.acceptedParticipants(m.tx, program.id);
    const events = await repo.eventsOf(m.tx, program.id);
    for (const survey of await repo.surveysOf(m.tx, program.id)) {
      // An ended survey (removed after it had answers, decision 0133) opens no new waves.
      if (survey.endedAt) continue;
      // Only those the survey has questions for (the mentoring-functions scale is the adepts').
      const asks = (role: 'adept' | 'mentor') =>
        survey.customQuestions.length > 0 || survey.instruments.some((i) => instrument(i.split('@')[0]!).roles.includes(role));
      const audience = participants.filter((p) => (survey.audience === 'all' || survey.audience === p.role) && asks(p.role));
      const invite = async (waveId: string, people: { personId: string; role: 'adept' | 'mentor'; pairId?: string }[]) => {
        const already = await repo.invitedPeople(m.tx, waveId);
        for (const person of people) {
          if (already.has(person.personId)) continue;
          already.add(person.personId);
          const id = randomUUID();
          const created = await repo.insertInvitation(m.tx, {
            id,
            waveId,
            personId: person.personId,
            role: person.role,
            pairId: person.pairId ?? null,
            tokenHash: hashToken(linkToken(secret, id)),
            opensAt: now,
            closesAt: new Date(now.getTime() + survey.openDays * DAY),
          });
          if (created) invited++;
        }
      };
      if (survey.kind === 'baseline') {
        const wave = await repo.ensureWave(m.tx, {
          surveyId: survey.id,
          programId: program.id,
          occasion: 'baseline',
          opensOn: isoDay(survey.createdAt),
        });
        await invite(wave.id, audience);
      } else if (survey.kind === 'fit') {
        const wave = await repo.ensureWave(m.tx, {
          surveyId: survey.id,
          programId: program.id,
          occasion: 'fit',
          opensOn: isoDay(survey.createdAt),
        });
        const pairs = await repo.pairsWithAMeeting(m.tx, program.id);
        await invite(
          wave.id,
          pairs.flatMap((p) =>
            [
              { personId: p.adeptPersonId, role: 'adept' as const, pairId: p.pairId },
              { personId: p.mentorPersonId, role: 'mentor' as const, pairId: p.pairId },
            ].filter((x) => (survey.audience === 'all' || survey.audience === x.role) && asks(x.role)),
          ),
        );
      } else {
        for (const due of dueOccasions(survey.kind, program, survey, events, today)) {
          const wave = await repo.ensureWave(m.tx, { surveyId: survey.id, programId: program.id, ...due });
          await invite(wave.id, audience);
        }
      }
    }

    for (const { invitation, kind } of await repo.unsentInvitations(m.tx, program.id, now)) {
      await sendLink(m, secret, program, invitation, kind, 'surveyInvitation');
      await repo.markSent(m.tx, invitation.id, now);
    }
    for (const { invitation, kind, reminderDays } of await repo.remindable(m.tx, program.id, now)) {
      const age = now.getTime() - (invitation.sentAt ?? invitation.opensAt).getTime();
      const due = reminderDays.filter((d) => age >= d * DAY).length;
      if (due <= invitation.remindersSent) continue;
      // After a pause (the server was down) only one reminder goes out, counting the missed ones as sent.
      if (!(await repo.markReminded(m.tx, invitation.id, invitation.remindersSent, due))) continue;
      await sendLink(m, secret, program, invitation, kind, 'surveyReminder');
      reminded++;
    }
  }
  return { invited, reminded };
}

async function sendLink(
  m: Mutation<null>,
  secret: string,
  program: { id: string; name: string; ownerOrganisationId: string },
  invitation: repo.InvitationRow,
  kind: SurveyKind,
  template: 'surveyInvitation' | 'surveyReminder',
) {
  await m.mail(
    { personId: invitation.personId },
    {
      template,
      path: `/surveys/answer/${linkToken(secret, invitation.id)}`,
      organisationId: program.ownerOrganisationId,
      vars: (locale) => ({
        program: program.name,
        survey: translator(locale)(`evaluation:kinds.${kind}`),
        closes: formatDayForPeople(invitation.closesAt, locale),
      }),
    },
  );
}

/**
 * An invitation's link token: derived from its id with the installation's secret, so the invitation
 * and every reminder carry the same link while only its hash is stored.
 */
export function linkToken(secret: string, invitationId: string) {
  return createHmac('sha256', secret).update(`survey-link:${invitationId}`).digest('base64url');
}
