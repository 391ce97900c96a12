/** The application form's state, its checks, and the conversion to and from the API. */
import {
  asksUnderRepresented,
  needsBirthYear,
  type Application,
  type ApplicationInput,
  type Me,
  type Profile,
  type Program,
  type ProgramRole,
  type Question,
} from '@lots/core';
import { email, type Errors } from '../../lib/validate';

export type ProfileValues = {
  title: string;
  unitName: string;
  yearsAsManager: string;
  staffResponsibility: '' | 'yes' | 'no';
  competenceAreas: string;
  developmentGoals: string;
  /** Adepts: what they wish for in a mentor (the matching criterion "wishes"). */
  wishes: string;
  interests: string;
  languages: string;
  location: string;
  meetingPreference: string;
  availability: string;
  tooClose: string;
  mentorCapacity: string;
  birthYear: string;
  managerName: string;
  managerEmail: string;
  /** The special-category answer: '' = not answered. */
  underRepresented: '' | 'yes' | 'no';
};

export type AnswerValue = string | string[] | number | null;
export type Answers = Record<string, AnswerValue>;

/** What this program asks of this role beyond the standard questions. */
export function formNeeds(program: Program, role: ProgramRole) {
  return {
    birthYear: needsBirthYear(program.rules, role),
    sensitive: asksUnderRepresented(program.rules, role),
    manager: role === 'adept' && program.requiresManagerConfirmation,
    mentorCapacity: role === 'mentor',
    wishes: role === 'adept',
  };
}
export type FormNeeds = ReturnType<typeof formNeeds>;

/** "a, b ,, c" → ["a", "b", "c"] */
export const splitList = (text: string, separator: RegExp = /[,;]/) =>
  text
    .split(separator)
    .map((s) => s.trim())
    .filter(Boolean);

const num = (n: number | null | undefined) => (n == null ? '' : String(n));
const yesNo = (b: boolean | null | undefined): '' | 'yes' | 'no' => (b == null ? '' : b ? 'yes' : 'no');

export function initialProfile(application: Application | undefined, me: Pick<Me, 'user' | 'person'>): ProfileValues {
  const p = application?.profile;
  return {
    title: p?.title ?? me.person?.title ?? '',
    unitName: p?.unitName ?? me.person?.unitName ?? '',
    yearsAsManager: num(p?.yearsAsManager),
    staffResponsibility: yesNo(p?.staffResponsibility),
    competenceAreas: (p?.competenceAreas ?? []).join(', '),
    developmentGoals: p?.developmentGoals ?? '',
    wishes: p?.wishes ?? '',
    interests: (p?.interests ?? []).join(', '),
    languages: (p?.languages ?? []).join(', '),
    location: p?.location ?? '',
    meetingPreference: p?.meetingPreference ?? '',
    availability: p?.availability ?? '',
    tooClose: (p?.tooClose ?? []).join('\n'),
    mentorCapacity: num(p?.mentorCapacity ?? (application ? null : 1)),
    birthYear: num(p?.birthYear),
    managerName: application?.managerName ?? me.person?.managerName ?? '',
    managerEmail: application?.managerEmail ?? me.person?.managerEmail ?? '',
    underRepresented: yesNo(application?.sensitive?.underRepresented),
  };
}

const DECIMAL = /^\d{1,2}([.,]\d{1,2})?$/;
const toNumber = (v: string) => (v.trim() ? Number(v.trim().replace(',', '.')) : null);
const isEmpty = (v: AnswerValue | undefined) => v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);

/**
 * Client-side checks. Saving a draft only checks formats; submitting also checks required
 * questions, the manager's e-mail (when the program asks the manager to confirm) and consent.
 */
export function validateApplication(
  v: ProfileValues,
  answers: Answers,
  consent: boolean,
  questions: Question[],
  needs: FormNeeds,
  submitting: boolean,
): Errors<string> {
  const errors: Errors<string> = {};
  if (v.yearsAsManager.trim() && (!DECIMAL.test(v.yearsAsManager.trim()) || (toNumber(v.yearsAsManager) ?? 0) > 60))
    errors.yearsAsManager = 'common:errors.number';
  if (
    needs.birthYear &&
    v.birthYear.trim() &&
    !(/^\d{4}$/.test(v.birthYear.trim()) && Number(v.birthYear) >= 1920 && Number(v.birthYear) <= 2015)
  ) {
    errors.birthYear = 'common:errors.number';
  }
  const managerEmail = email(v.managerEmail, { optional: true });
  if (needs.manager && managerEmail) errors.managerEmail = managerEmail;
  if (needs.manager && submitting && !v.managerEmail.trim()) errors.managerEmail = 'common:errors.managerEmailNeeded';
  if (needs.sensitive && v.underRepresented && !consent) errors.consent = 'common:errors.consent';
  if (submitting) for (const q of questions) if (q.required && isEmpty(answers[q.id])) errors[`answers.${q.id}`] = 'common:errors.required';
  return errors;
}

export function toApplicationInput(
  v: ProfileValues,
  answers: Answers,
  consent: boolean,
  questions: Question[],
  needs: FormNeeds,
): ApplicationInput {
  const known = new Set(questions.map((q) => q.id));
  const cleanAnswers = Object.fromEntries(
    Object.entries(answers)
      .filter(([id]) => known.has(id))
      .map(([id, a]) => [id, typeof a === 'string' ? a.trim() || null : a]),
  );
  return {
    profile: {
      title: v.title.trim() || null,
      unitName: v.unitName.trim() || null,
      yearsAsManager: toNumber(v.yearsAsManager),
      staffResponsibility: v.staffResponsibility ? v.staffResponsibility === 'yes' : null,
      competenceAreas: splitList(v.competenceAreas),
      developmentGoals: v.developmentGoals.trim() || null,
      wishes: needs.wishes ? v.wishes.trim() || null : null,
      interests: splitList(v.interests),
      languages: splitList(v.languages),
      location: v.location.trim() || null,
      meetingPreference: (v.meetingPreference || null) as Profile['meetingPreference'],
      availability: v.availability.trim() || null,
      tooClose: splitList(v.tooClose, /\n/),
      mentorCapacity: needs.mentorCapacity ? toNumber(v.mentorCapacity) : null,
      birthYear: needs.birthYear ? toNumber(v.birthYear) : null,
    },
    answers: cleanAnswers,
    sensitive: needs.sensitive && v.underRepresented && consent ? { underRepresented: v.underRepresented === 'yes', consent: true } : null,
    ...(needs.manager ? { managerName: v.managerName.trim() || null, managerEmail: v.managerEmail.trim() || null } : {}),
  };
}
