import type { surveyInputSchema } from '@lots/core';
import {
  asksUnderRepresented,
  customLabel,
  instrument,
  publishBreakdown,
  surveyItems,
  translator,
  validAnswer,
  FUNNEL_STEPS,
  PROGRAM_TYPES,
  type Answers,
  type AnswersInput,
  type Breakdown,
  type CustomQuestion,
  type Dashboard,
  type HrFigureInput,
  type Locale,
  type OrganisationEvaluation,
  type PublishedFigure,
  type SurveyForm,
  type SurveyInput,
  type SurveyList,
  type WaveResults,
} from '@lots/core';
import type { DbOrTx } from '@lots/db';
import type { AppContext } from '../../context';
import type { Actor } from '../../platform/actor';
import { authorize, can } from '../../platform/authorize';
import { AppError, invalid, notFound } from '../../platform/errors';
import type { Mutation } from '../../platform/mutation';
import { hashToken } from '../../platform/tokens';
import { usesSpecialCategory } from '../programs';
import { getOverview as costOverview } from '../costs';
import type { ReportData } from './report';
import { evaluationAbilities, invitationAbilities } from './policy';
import { pseudonymOf } from './pseudonym';
import * as repo from './repository';
import { changeBetween, freeTexts, measureResults, type ResponseForAggregate } from './results';
import { SURVEY_QUEUE } from './schedule';

type SurveyValues = ReturnType<typeof surveyInputSchema.parse>;

// ---------- Coordinators: schedule surveys ----------

export async function listSurveys(ctx: AppContext, actor: Actor, programId: string): Promise<SurveyList> {
  const access = await authorize(ctx.db, actor, evaluationAbilities.manage, programId);
  return surveyList(ctx.db, actor, access, programId, ctx.config.minGroupSize);
}

async function surveyList(db: DbOrTx, actor: Actor, access: unknown, programId: string, k: number): Promise<SurveyList> {
  const surveys = await repo.surveysOf(db, programId);
  const waves = await repo.wavesOf(db, programId);
  return {
    surveys: surveys.map((s) => ({
      id: s.id,
      kind: s.kind,
      instruments: s.instruments.map((i) => i.split('@')[0]!),
      customQuestions: s.customQuestions,
      audience: s.audience,
      openDays: s.openDays,
      reminderDays: s.reminderDays,
      opensOn: s.opensOn,
      answered: waves.filter((w) => w.surveyId === s.id).reduce((sum, w) => sum + Number(w.answered), 0),
      ended: s.endedAt !== null,
      waves: waves
        .filter((w) => w.surveyId === s.id)
        .map((w) => ({
          id: w.id,
          occasion: w.occasion,
          opensOn: w.opensOn,
          closesOn: w.closesOn,
          invited: Number(w.invited),
          answered: Number(w.answered),
        })),
    })),
    minGroupSize: k,
    can: can(actor, access as never, { manage: evaluationAbilities.manage }),
  };
}

type CustomValues = SurveyValues['customQuestions'];
const LANGS = ['sv', 'nb', 'en'] as const;

/**
 * A survey's own questions as stored: the wording per language, every language of the program
 * required (400 naming `customQuestions.<i>.labels.<lang>`); existing keys kept, new ones numbered on.
 */
function customQuestionsOf(input: CustomValues, languages: readonly string[], existing: readonly CustomQuestion[] = []): CustomQuestion[] {
  let next = Math.max(0, ...existing.map((q) => Number(q.key.slice(1)) || 0)) + 1;
  const used = new Set<string>();
  return input.map((q, i) => {
    const labels: Partial<Record<(typeof LANGS)[number], string>> = {};
    for (const lang of LANGS) {
      const wording = q.labels[lang]?.trim() || q.label;
      if (wording) labels[lang] = wording;
    }
    for (const lang of languages)
      if (LANGS.includes(lang as 'sv') && !labels[lang as 'sv'])
        throw invalid(`customQuestions.${i}.labels.${lang}`, 'write the question in every language of the program');
    const key = q.key && existing.some((e) => e.key === q.key) && !used.has(q.key) ? q.key : `q${next++}`;
    used.add(key);
    const first = LANGS.map((l) => labels[l]).find(Boolean)!;
    return { key, type: q.type, label: first, labels };
  });
}

export async function addSurvey(m: Mutation, programId: string, input: SurveyValues) {
  const access = await authorize(m.tx, m.actor, evaluationAbilities.manage, programId);
  const custom = customQuestionsOf(input.customQuestions, access.program.languages);
  const survey = await repo.insertSurvey(m.tx, {
    programId,
    kind: input.kind,
    instruments: input.instruments.map((id) => `${id}@${instrument(id).version}`),
    customQuestions: custom,
    audience: input.audience,
    openDays: input.openDays,
    reminderDays: [...new Set(input.reminderDays)].sort((a, b) => a - b),
    opensOn: input.kind === 'adhoc' ? (input.opensOn ?? null) : null,
  });
  await m.audit({
    action: 'survey.schedule',
    organisationId: access.program.ownerOrganisationId,
    entity: 'program',
    entityId: programId,
    data: { surveyId: survey.id, kind: input.kind, instruments: input.instruments },
  });
  // Whatever is already due goes out now rather than at the next hourly run.
  await m.job(SURVEY_QUEUE, { programId });
  return survey.id;
}

/**
 * The coordinator's own questions of a survey, replaced as a whole — only while nobody has answered
 * it (409 after: the figures would mix two questionnaires) and while it has not ended (decision 0133).
 */
export async function updateQuestions(m: Mutation, programId: string, surveyId: string, input: { customQuestions: CustomValues }) {
  const access = await authorize(m.tx, m.actor, evaluationAbilities.manage, programId);
  const survey = await repo.findSurvey(m.tx, programId, surveyId);
  if (!survey) throw notFound('Survey');
  if (survey.endedAt) throw new AppError('conflict', 'The survey has ended', 'surveyId');
  if ((await repo.answersToSurvey(m.tx, surveyId)) > 0)
    throw new AppError('conflict', 'The survey has answers: its questions can no longer change', 'customQuestions');
  if (survey.instruments.length + input.customQuestions.length === 0)
    throw invalid('customQuestions', 'a survey needs at least one instrument or question');
  const custom = customQuestionsOf(input.customQuestions, access.program.languages, survey.customQuestions);
  await repo.setCustomQuestions(m.tx, surveyId, custom);
  await m.audit({
    action: 'survey.questions',
    organisationId: access.program.ownerOrganisationId,
    entity: 'program',
    entityId: programId,
    data: { surveyId, questions: custom.length },
  });
}

/**
 * Removing a survey (decision 0133): nobody has answered it — it goes, with its waves and
 * invitations; someone has — it ends: no new waves or reminders, unanswered links close now,
 * and the answers stay for the figures and the report.
 */
export async function removeSurvey(m: Mutation, programId: string, surveyId: string, now = new Date()) {
  const access = await authorize(m.tx, m.actor, evaluationAbilities.manage, programId);
  const survey = await repo.findSurvey(m.tx, programId, surveyId);
  if (!survey) throw notFound('Survey');
  const answered = await repo.answersToSurvey(m.tx, surveyId);
  const outcome = answered > 0 ? ('ended' as const) : ('deleted' as const);
  if (outcome === 'ended') {
    if (survey.endedAt) throw new AppError('conflict', 'The survey has already ended', 'surveyId');
    await repo.endSurvey(m.tx, surveyId, now);
  } else await repo.deleteSurvey(m.tx, programId, surveyId);
  await m.audit({
    action: outcome === 'ended' ? 'survey.end' : 'survey.remove',
    organisationId: access.program.ownerOrganisationId,
    entity: 'program',
    entityId: programId,
    data: { surveyId },
  });
  return { outcome };
}

export { surveyList as surveyListIn };

// ---------- Participants: answer ----------

function questionsOf(survey: repo.SurveyRow, role: 'adept' | 'mentor') {
  const ids = survey.instruments.map((i) => i.split('@')[0]!).filter((id) => instrument(id).roles.includes(role));
  return surveyItems(ids, survey.customQuestions).map((q) => ({
    key: q.key,
    instrument: q.instrument,
    type: q.item.type,
    ...(q.item.options ? { options: [...q.item.options] } : {}),
    ...(q.instrument === null ? customWording(survey.customQuestions.find((c) => `custom.${c.key}` === q.key)) : {}),
    health: q.instrument ? instrument(q.instrument).health : false,
  }));
}

function customWording(q: CustomQuestion | undefined) {
  return { label: q?.label ?? '', ...(q?.labels ? { labels: q.labels } : {}) };
}

type Found = NonNullable<Awaited<ReturnType<typeof repo.invitationBy>>>;

function formOf(found: Found, now: Date): SurveyForm {
  return {
    programName: found.programName,
    kind: found.survey.kind,
    closesAt: found.invitation.closesAt.toISOString(),
    answered: found.invitation.answered,
    questions: questionsOf(found.survey, found.invitation.role),
    canAskForRematch: found.survey.kind === 'fit' && found.invitation.pairId !== null && found.invitation.closesAt > now,
  };
}

async function byToken(db: DbOrTx, token: string) {
  const found = await repo.invitationBy(db, { tokenHash: hashToken(token) });
  if (!found) throw notFound('Survey');
  return found;
}

export async function formByToken(ctx: AppContext, token: string, now = new Date()) {
  return formOf(await byToken(ctx.db, token), now);
}

export async function formById(ctx: AppContext, actor: Actor, invitationId: string, now = new Date()) {
  return formOf(await authorize(ctx.db, actor, invitationAbilities.answer, invitationId), now);
}

export async function mySurveys(ctx: AppContext, actor: Actor, now = new Date()) {
  if (!actor.person) return { open: [] };
  const rows = await repo.openInvitationsOf(ctx.db, actor.person.id, now);
  return { open: rows.map((r) => ({ id: r.id, programName: r.programName, kind: r.kind, closesAt: r.closesAt.toISOString() })) };
}

/**
 * Stores an answer without its author: the invitation is marked answered (no time), the response
 * gets the pseudonym and the groups only. Health answers are stored apart and only with consent.
 */
async function storeAnswer(m: Mutation<Actor | null>, found: Found, input: AnswersInput, secret: string, now: Date) {
  const { invitation, wave } = found;
  if (invitation.opensAt > now || invitation.closesAt <= now) throw new AppError('conflict', 'The survey is closed', 'token');
  const questions = questionsOf(found.survey, invitation.role);
  const answers: Answers = {};
  const health: Answers = {};
  for (const [key, value] of Object.entries(input.answers)) {
    const question = questions.find((q) => q.key === key);
    if (!question) throw invalid(`answers.${key}`, 'not a question of this survey');
    if (!validAnswer(question.type, value, question.options)) throw invalid(`answers.${key}`, 'not an answer to this question');
    if (question.health) {
      if (!input.healthConsent) throw invalid('healthConsent', 'answers to the well-being questions are stored only with your consent');
      health[key] = value;
    } else answers[key] = value;
  }
  if (!(await repo.markAnswered(m.tx, invitation.id))) throw new AppError('conflict', 'This survey has already been answered', 'token');
  const programId = wave.programId;
  const groups = await repo.respondentGroups(m.tx, invitation.personId, programId, invitation.role);
  const inclusion = asksUnderRepresented(found.programRules, invitation.role);
  await repo.insertResponse(
    m.tx,
    {
      waveId: wave.id,
      pseudonym: pseudonymOf(secret, programId, invitation.personId),
      organisationId: groups.organisationId,
      role: invitation.role,
      unitLevel: groups.unitLevel,
      // Only in a program that asks it, and only as the person consented to give it in their application.
      underRepresented: inclusion ? groups.underRepresented : null,
      answers,
    },
    Object.keys(health).length ? health : null,
  );
  // The audit row says that a survey was answered — never what.
  await m.audit({ action: 'survey.answer', organisationId: groups.organisationId, entity: 'survey_wave', entityId: wave.id });
  return { answered: true as const, canAskForRematch: formOf(found, now).canAskForRematch };
}

export async function answerByToken(m: Mutation<null>, token: string, input: AnswersInput, secret: string, now = new Date()) {
  return storeAnswer(m, await byToken(m.tx, token), input, secret, now);
}

export async function answerById(m: Mutation, invitationId: string, input: AnswersInput, secret: string, now = new Date()) {
  return storeAnswer(m, await authorize(m.tx, m.actor, invitationAbilities.answer, invitationId), input, secret, now);
}

/** 'Not a good fit': a quiet request to the program's coordinators for a new match (the other party is not told). */
async function askForRematch(m: Mutation<Actor | null>, found: Found, message: string | null, now: Date) {
  if (found.survey.kind !== 'fit' || !found.invitation.pairId || found.invitation.closesAt <= now)
    throw new AppError('conflict', 'A new match is asked for from the fit check', 'invitationId');
  const created = await repo.insertRematchRequest(m.tx, {
    programId: found.wave.programId,
    pairId: found.invitation.pairId,
    personId: found.invitation.personId,
    role: found.invitation.role,
    message,
  });
  if (created) {
    for (const coordinator of await repo.coordinatorAddresses(m.tx, found.wave.programId)) {
      await m.mail(
        { personId: coordinator.personId },
        {
          template: 'rematchRequest',
          path: `/programs/${found.wave.programId}/evaluation`,
          organisationId: null,
          vars: { program: found.programName },
        },
      );
    }
  }
  await m.audit({ action: 'survey.rematch', organisationId: null, entity: 'pair', entityId: found.invitation.pairId });
  return { ok: true as const };
}

export async function rematchByToken(m: Mutation<null>, token: string, message: string | null, now = new Date()) {
  return askForRematch(m, await byToken(m.tx, token), message, now);
}

export async function rematchById(m: Mutation, invitationId: string, message: string | null, now = new Date()) {
  return askForRematch(m, await authorize(m.tx, m.actor, invitationAbilities.answer, invitationId), message, now);
}

export async function listRematchRequests(ctx: AppContext, actor: Actor, programId: string, page: { limit: number; offset: number }) {
  await authorize(ctx.db, actor, evaluationAbilities.manage, programId);
  const rows = await repo.rematchRequestsOf(ctx.db, programId, page);
  const counts = await repo.rematchCounts(ctx.db, programId);
  return {
    requests: rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString(), handledAt: r.handledAt?.toISOString() ?? null })),
    ...counts,
  };
}

/** A coordinator marks a request for a new match handled (or open again); the participants are not told. */
export async function handleRematchRequest(m: Mutation, programId: string, requestId: string, handled: boolean, now = new Date()) {
  const access = await authorize(m.tx, m.actor, evaluationAbilities.manage, programId);
  const row = await repo.setRematchHandled(m.tx, programId, requestId, handled ? (m.actor.person?.id ?? null) : null, handled ? now : null);
  if (!row) throw notFound('Request');
  await m.audit({
    action: handled ? 'survey.rematch.handled' : 'survey.rematch.reopened',
    organisationId: access.program.ownerOrganisationId,
    entity: 'pair',
    entityId: row.pairId,
  });
}

/** Removes the person's answers to health questions in every program (withdrawn consent). */
export async function removeMyHealthAnswers(m: Mutation, secret: string) {
  const person = m.actor.person;
  if (!person) return { removed: 0 };
  const programs = await repo.programsOfPerson(m.tx, person.id);
  const removed = await repo.deleteHealthAnswers(
    m.tx,
    programs.map((p) => pseudonymOf(secret, p, person.id)),
  );
  await m.audit({
    action: 'survey.health.remove',
    organisationId: person.organisationId,
    entity: 'person',
    entityId: person.id,
    data: { removed },
  });
  return { removed };
}

// ---------- Figures ----------

function toAggregate(rows: Awaited<ReturnType<typeof repo.responsesOf>>): ResponseForAggregate[] {
  return rows.map((r) => ({
    pseudonym: r.pseudonym,
    organisationId: r.organisationId,
    role: r.role,
    unitLevel: r.unitLevel,
    underRepresented: r.underRepresented,
    answers: r.answers,
    health: r.health,
  }));
}

export async function waveResults(
  ctx: AppContext,
  actor: Actor,
  programId: string,
  waveId: string,
  locale: Locale,
  organisationId?: string,
): Promise<WaveResults> {
  const access = await authorize(ctx.db, actor, evaluationAbilities.manage, programId);
  const found = await repo.findWave(ctx.db, programId, waveId);
  if (!found) throw notFound('Survey');
  const k = ctx.config.minGroupSize;
  // One organisation's report of a joint program: its people's answers only, not broken down by organisation.
  const responses = toAggregate(await repo.responsesOf(ctx.db, [waveId])).filter(
    (r) => !organisationId || r.organisationId === organisationId,
  );
  const inclusion =
    usesSpecialCategory(access.program) ||
    asksUnderRepresented(access.program.rules, 'adept') ||
    asksUnderRepresented(access.program.rules, 'mentor');
  const breakdowns: Breakdown[] = [
    ...(organisationId ? [] : (['organisation'] as const)),
    'role',
    'unitLevel',
    ...(inclusion ? (['underRepresented'] as const) : []),
  ];
  const names = await repo.organisationNames(ctx.db, access.organisationIds);
  const measures = measureResults(found.survey.instruments, responses, { k, breakdowns, locale, organisationNames: names });
  const customMeasures = found.survey.customQuestions.filter((q) => q.type !== 'text');
  const t = translator(locale);
  const texts = freeTexts(
    [
      ...(found.survey.instruments.some((i) => i.startsWith('open-feedback'))
        ? [{ key: 'open-feedback.change', question: t('evaluation:instruments.open-feedback.items.change') }]
        : []),
      ...found.survey.customQuestions
        .filter((q) => q.type === 'text')
        .map((q) => ({ key: `custom.${q.key}`, question: customLabel(q, locale) })),
    ],
    responses,
    k,
  );
  const waves = await repo.wavesOf(ctx.db, programId);
  const w = waves.find((x) => x.id === waveId)!;
  return {
    wave: {
      id: w.id,
      occasion: w.occasion,
      opensOn: w.opensOn,
      closesOn: w.closesOn,
      invited: Number(w.invited),
      answered: Number(w.answered),
    },
    kind: found.survey.kind,
    minGroupSize: k,
    measures: [...measures, ...customResults(customMeasures, responses, k, breakdowns, names, locale)],
    texts,
  };
}

function customResults(
  questions: CustomQuestion[],
  responses: ResponseForAggregate[],
  k: number,
  breakdowns: Breakdown[],
  names: Map<string, string>,
  locale: Locale,
) {
  return questions.flatMap((q) => customMeasure(q, responses, k, breakdowns, names, locale));
}

function customMeasure(
  q: CustomQuestion,
  responses: ResponseForAggregate[],
  k: number,
  breakdowns: Breakdown[],
  names: Map<string, string>,
  locale: Locale,
) {
  const values = responses.filter((r) => r.answers[`custom.${q.key}`] !== undefined);
  const kind = q.type === 'yesno' ? ('share' as const) : ('mean' as const);
  const score = (r: ResponseForAggregate) => {
    const v = r.answers[`custom.${q.key}`];
    return typeof v === 'boolean' ? (v ? 1 : 0) : (v as number);
  };
  const agg = (rs: ResponseForAggregate[]) => {
    const xs = rs.map(score);
    if (!xs.length) return null;
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    return kind === 'share' ? Math.round(mean * 100) : Math.round(mean * 100) / 100;
  };
  const total = { n: values.length, value: agg(values) };
  const t = translator(locale);
  return [
    {
      instrument: 'custom',
      measure: customLabel(q, locale),
      kind,
      level: 'reaction' as const,
      total: { ...publishBreakdown(total, [], k).total },
      breakdowns: breakdowns.map((by) => {
        const groups = new Map<string, ResponseForAggregate[]>();
        for (const r of values) {
          const key =
            by === 'organisation'
              ? (r.organisationId ?? 'none')
              : by === 'role'
                ? r.role
                : by === 'unitLevel'
                  ? String(r.unitLevel ?? 'none')
                  : r.underRepresented === null
                    ? 'notStated'
                    : r.underRepresented
                      ? 'yes'
                      : 'no';
          groups.set(key, [...(groups.get(key) ?? []), r]);
        }
        const published = publishBreakdown(
          total,
          [...groups.entries()].map(([key, rs]) => ({ key, n: rs.length, value: agg(rs) })),
          k,
        );
        return {
          by,
          groups: published.parts.map((p) => ({
            ...p,
            label:
              by === 'organisation'
                ? (names.get(p.key) ?? t('evaluation:results.none'))
                : by === 'role'
                  ? t(`evaluation:roles.${p.key as 'adept' | 'mentor'}`)
                  : by === 'unitLevel'
                    ? p.key === 'none'
                      ? t('evaluation:results.none')
                      : t('evaluation:results.unitLevel', { level: p.key })
                    : t(`evaluation:results.underRepresented.${p.key as 'yes' | 'no' | 'notStated'}`),
          })),
        };
      }),
    },
  ];
}

/** A published count of people (the funnel, pair health): shown from k people, like every figure. */
const count = (n: number, k: number) => publishBreakdown({ n, value: n }, [], k).total;

/** Per instrument a program asked, the responses of the latest wave that has any (each person once: one wave). */
async function latestResponses(db: DbOrTx, programId: string) {
  const surveys = await repo.surveysOf(db, programId);
  const waves = await repo.wavesOf(db, programId);
  const out = new Map<string, ResponseForAggregate[]>();
  for (const wave of waves) {
    const survey = surveys.find((s) => s.id === wave.surveyId)!;
    if (!Number(wave.answered)) continue;
    const responses = toAggregate(await repo.responsesOf(db, [wave.id]));
    for (const id of survey.instruments.map((i) => i.split('@')[0]!)) out.set(id, responses);
  }
  return out;
}

/** Before/after over the program's waves: the first and the last wave that asked each instrument. */
async function outcomes(db: DbOrTx, programId: string, k: number) {
  const surveys = await repo.surveysOf(db, programId);
  const waves = await repo.wavesOf(db, programId);
  const result: ReturnType<typeof changeBetween> = [];
  const instruments = [...new Set(surveys.flatMap((s) => s.instruments.map((i) => i.split('@')[0]!)))];
  for (const id of instruments) {
    const asking = waves.filter((w) => surveys.find((s) => s.id === w.surveyId)!.instruments.some((i) => i.startsWith(`${id}@`)));
    const answered = [];
    for (const wave of asking) {
      const responses = toAggregate(await repo.responsesOf(db, [wave.id]));
      if (responses.length) answered.push(responses);
    }
    if (!answered.length) continue;
    // The first wave that was answered against the last one (one wave only: no 'after' yet).
    const before = answered[0]!;
    const after = answered.length > 1 ? answered[answered.length - 1]! : [];
    result.push(...changeBetween([id], before, after, k));
  }
  return result;
}

export async function dashboard(ctx: AppContext, actor: Actor, programId: string, now = new Date()): Promise<Dashboard> {
  await authorize(ctx.db, actor, evaluationAbilities.manage, programId);
  const k = ctx.config.minGroupSize;
  const funnel = await repo.funnelCounts(ctx.db, programId);
  const health = await repo.pairHealthCounts(ctx.db, programId, now);
  const surveys = await repo.surveysOf(ctx.db, programId);
  const waves = await repo.wavesOf(ctx.db, programId);
  const attendance = await repo.attendanceCounts(ctx.db, programId, now);
  return {
    minGroupSize: k,
    funnel: FUNNEL_STEPS.map((step) => ({ step, figure: count(Number(funnel[step] ?? 0), k) })),
    pairHealth: (['meetingWithin6Weeks', 'quiet', 'ended'] as const).map((key) => ({ key, figure: count(Number(health[key] ?? 0), k) })),
    attendance: attendance.map((e) => {
      // The recorded total is the group; attended and absent its parts (a small absent group is not left to subtraction).
      const published = publishBreakdown(
        { n: e.attended + e.absent, value: e.attended + e.absent },
        [
          { key: 'attended', n: e.attended, value: e.attended },
          { key: 'absent', n: e.absent, value: e.absent },
        ],
        k,
      );
      const [attended, absent] = published.parts.map(({ key: _key, ...figure }) => figure) as [PublishedFigure, PublishedFigure];
      return {
        eventId: e.id,
        title: e.translations[actor.locale]?.title || e.title,
        startsOn: new Intl.DateTimeFormat('sv-SE', { timeZone: e.timeZone }).format(e.startsAt),
        recorded: published.total,
        attended,
        absent,
      };
    }),
    surveys: waves.map((w) => ({
      id: w.id,
      occasion: w.occasion,
      opensOn: w.opensOn,
      closesOn: w.closesOn,
      invited: Number(w.invited),
      answered: Number(w.answered),
      kind: surveys.find((s) => s.id === w.surveyId)!.kind,
    })),
    outcomes: await outcomes(ctx.db, programId, k),
  };
}

export async function organisationEvaluation(ctx: AppContext, actor: Actor, orgId: string): Promise<OrganisationEvaluation> {
  const organisation = await authorize(ctx.db, actor, evaluationAbilities.organisation, orgId);
  const k = ctx.config.minGroupSize;
  const programs = [];
  // Program type → summed funnel counts and, per instrument, the responses of each program's latest answered wave.
  const typeFunnel = new Map<string, Record<string, number>>();
  const latest = new Map<string, ResponseForAggregate[]>();
  for (const p of await repo.programsOfOrganisation(ctx.db, orgId)) {
    const restricted = usesSpecialCategory(p);
    const funnel = restricted ? null : await repo.funnelCounts(ctx.db, p.id);
    if (funnel) {
      const sums = typeFunnel.get(p.type) ?? {};
      for (const step of FUNNEL_STEPS) sums[step] = (sums[step] ?? 0) + Number(funnel[step] ?? 0);
      typeFunnel.set(p.type, sums);
      for (const [id, responses] of await latestResponses(ctx.db, p.id))
        latest.set(id, [...(latest.get(id) ?? []), ...responses.map((r) => ({ ...r, programType: p.type }))]);
    }
    programs.push({
      id: p.id,
      name: p.name,
      type: p.type,
      restricted,
      funnel: funnel ? FUNNEL_STEPS.map((step) => ({ step, figure: count(Number(funnel[step] ?? 0), k) })) : [],
      outcomes: restricted ? [] : await outcomes(ctx.db, p.id, k),
    });
  }
  const hr = (await repo.hrFiguresOf(ctx.db, orgId)).map((h) => {
    const shown = count(h.headcount, k);
    const rate = (x: number) =>
      shown.suppressed ? shown : { n: h.headcount, value: h.headcount ? Math.round((x * 1000) / h.headcount) / 10 : 0, suppressed: null };
    return { period: h.period, group: h.group, headcount: shown, turnover: rate(h.leavers), promotions: rate(h.promotions) };
  });
  const types = PROGRAM_TYPES.filter((type) => typeFunnel.has(type));
  const byProgramType = {
    funnel: FUNNEL_STEPS.map((step) => {
      const parts = types.map((type) => ({ key: type, n: typeFunnel.get(type)![step]!, value: typeFunnel.get(type)![step]! }));
      const sum = parts.reduce((total, part) => total + part.n, 0);
      const published = publishBreakdown({ n: sum, value: sum }, parts, k);
      return { step, total: published.total, types: published.parts };
    }),
    measures: [...latest.entries()].flatMap(([id, responses]) =>
      measureResults([id], responses, { k, breakdowns: ['programType'], locale: actor.locale, organisationNames: new Map() }),
    ),
  };
  return { minGroupSize: k, programs, byProgramType, hr, can: can(actor, organisation, { manage: evaluationAbilities.organisation }) };
}

/** Removes an imported period of HR figures (every group of it); audited with the period and the number of rows. */
export async function removeHrPeriod(m: Mutation, orgId: string, period: string) {
  await authorize(m.tx, m.actor, evaluationAbilities.organisation, orgId);
  const removed = await repo.deleteHrPeriod(m.tx, orgId, period);
  if (!removed) throw notFound('HR figures');
  await m.audit({
    action: 'evaluation.hr.remove',
    organisationId: orgId,
    entity: 'organisation',
    entityId: orgId,
    data: { period, rows: removed },
  });
  return { removed };
}

export async function saveHrFigure(m: Mutation, orgId: string, input: HrFigureInput) {
  await authorize(m.tx, m.actor, evaluationAbilities.organisation, orgId);
  if (input.leavers > input.headcount) throw invalid('leavers', 'more leavers than staff');
  if (input.promotions > input.headcount) throw invalid('promotions', 'more promotions than staff');
  await repo.saveHrFigure(m.tx, { organisationId: orgId, ...input });
  await m.audit({
    action: 'evaluation.hr.save',
    organisationId: orgId,
    entity: 'organisation',
    entityId: orgId,
    data: { period: input.period },
  });
}

export type { SurveyInput };

/** What the management report and the exports show: the dashboard and every wave's suppressed figures. */
export async function reportData(
  ctx: AppContext,
  actor: Actor,
  programId: string,
  locale: Locale,
  organisationId?: string,
): Promise<ReportData> {
  const access = await authorize(ctx.db, actor, evaluationAbilities.manage, programId);
  if (organisationId && !access.organisationIds.includes(organisationId))
    throw invalid('organisationId', 'the organisation does not take part in this program');
  const board = await dashboard(ctx, actor, programId);
  const surveys = await repo.surveysOf(ctx.db, programId);
  const waves = [];
  for (const w of board.surveys) {
    const results = await waveResults(ctx, actor, programId, w.id, locale, organisationId);
    waves.push({ occasion: w.occasion, kind: w.kind, answered: w.answered, invited: w.invited, measures: results.measures });
  }
  const names = organisationId ? await repo.organisationNames(ctx.db, [organisationId]) : new Map<string, string>();
  const costs = await costOutcomeOf(ctx, actor, programId);
  const k = ctx.config.minGroupSize;
  return {
    programName: access.program.name,
    organisationName: organisationId ? (names.get(organisationId) ?? null) : null,
    purpose: access.program.purpose,
    goals: access.program.goals,
    minGroupSize: k,
    dashboard: board,
    waves,
    instruments: [...new Set(surveys.flatMap((s) => s.instruments.map((i) => i.split('@')[0]!)))],
    // Cost per participant or per completed pair only where the divisor is at least k people.
    costs: costs && {
      currency: costs.currency,
      perParticipant: costs.outcome.participants >= k ? costs.outcome.perParticipant : null,
      perCompletedPair: costs.outcome.completedPairs * 2 >= k ? costs.outcome.perCompletedPair : null,
    },
  };
}

async function costOutcomeOf(ctx: AppContext, actor: Actor, programId: string) {
  try {
    const overview = await costOverview(ctx.db, actor, programId, { page: 1, pageSize: 1 });
    return overview.outcome && overview.outcome.total > 0 ? { currency: overview.currency, outcome: overview.outcome } : null;
  } catch {
    // No costs kept for this program, or not the viewer's to see.
    return null;
  }
}
