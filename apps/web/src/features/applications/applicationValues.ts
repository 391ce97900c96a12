/** The application form's state, its contract, and the conversion to and from the API. */
import {
  ANSWER_REQUIRED,
  MANAGER_EMAIL_REQUIRED,
  applicationFormSchema,
  asksUnderRepresented,
  needsBirthYear,
  type AnswerMode,
  type Application,
  type ApplicationInput,
  type Me,
  type Profile,
  type Program,
  type ProgramRole,
  type Question,
} from '@lots/core';
import type { FormContract } from '../../lib/form';
import { messageKey } from '../../lib/validate';

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
/** A number field's value for the contract: null when empty, NaN (refused, named by its field) when not of the form. */
const numberOf = (v: string, form: RegExp) => (v.trim() ? (form.test(v.trim()) ? toNumber(v) : Number.NaN) : null);

/**
 * How the form is checked (decision 0063): its values become the API body (`toApplicationInput`) and the
 * core's `applicationFormSchema` checks that body — the application contract and the rules of the
 * program's questions that the server applies too (`answerProblems`). Saving a draft checks formats;
 * submitting also needs the required questions and, where the manager confirms, the manager's e-mail.
 * An answer given without consent reaches the contract as `consent: false`, which it refuses.
 * `answers`, `consent` and `mode` are read at each check (they live beside the text fields).
 */
export function applicationContract(
  questions: Question[],
  needs: FormNeeds,
  current: () => { answers: Answers; consent: boolean; mode: AnswerMode },
): FormContract<ProfileValues, ReturnType<typeof applicationFormSchema>> {
  return {
    schema: () => applicationFormSchema({ questions, mode: current().mode, managerConfirms: needs.manager }),
    toInput: (v) => {
      const { answers, consent } = current();
      return toApplicationInput(v, answers, consent, questions, needs);
    },
    refinements: {
      [ANSWER_REQUIRED]: messageKey('common:errors.required'),
      [MANAGER_EMAIL_REQUIRED]: messageKey('common:errors.managerEmailNeeded'),
    },
    messages: { 'sensitive.consent': messageKey('common:errors.consent') },
    field: applicationField,
  };
}

/** The form field of a path in the API body: `profile.title` → `title`, `answers.<id>.0` → `answers.<id>`, the sensitive answer → `consent`. */
export function applicationField(path: string): string {
  const [head, second] = path.split('.');
  if (head === 'profile' && second) return second;
  if (head === 'answers' && second) return `answers.${second}`;
  if (head === 'sensitive') return 'consent';
  return head ?? path;
}

/** The API body as the form builds it: the sensitive answer carries the consent as given, for the contract to check. */
export type ApplicationBody = Omit<ApplicationInput, 'sensitive'> & { sensitive: { underRepresented: boolean; consent: boolean } | null };

export function toApplicationInput(
  v: ProfileValues,
  answers: Answers,
  consent: boolean,
  questions: Question[],
  needs: FormNeeds,
): ApplicationBody {
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
      yearsAsManager: numberOf(v.yearsAsManager, DECIMAL),
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
      birthYear: needs.birthYear ? numberOf(v.birthYear, /^\d{4}$/) : null,
    },
    answers: cleanAnswers,
    // Without consent the answer is sent as such, and the contract refuses it (the form asks for consent or no answer).
    sensitive: needs.sensitive && v.underRepresented ? { underRepresented: v.underRepresented === 'yes', consent } : null,
    ...(needs.manager ? { managerName: v.managerName.trim() || null, managerEmail: v.managerEmail.trim() || null } : {}),
  };
}
