/**
 * What a program needs before it can open for applications (issue 14 item 9, decision 0150): one
 * pure function, used by the server (it refuses to open an incomplete program, 409 naming the
 * missing items) and by the web app (the checklist on the program page).
 */
import type { ProgramInput } from './program';

export const READINESS_ITEMS = [
  'purpose',
  'contact',
  'applicationClosesOn',
  'programPeriod',
  'whoMayApply',
  'expectations',
  'partners',
  'questions',
] as const;
export type ReadinessItem = (typeof READINESS_ITEMS)[number];

/** The program as the check needs it: the API's program (or its input) and how many questions of its own it asks. */
export type ReadinessProgram = Pick<
  ProgramInput,
  | 'type'
  | 'purpose'
  | 'contactName'
  | 'contactEmail'
  | 'applicationClosesOn'
  | 'startsOn'
  | 'endsOn'
  | 'expectationsAdept'
  | 'expectationsMentor'
> & {
  rules?: { adept: readonly { kind: string }[]; mentor: readonly { kind: string }[] } | null;
  /** The participating organisations with their answer (the owner is `accepted`). */
  organisations?: readonly { participation: 'invited' | 'accepted' | 'declined' }[];
};

export type ReadinessCheck = {
  item: ReadinessItem;
  /** Done, or still to do. */
  done: boolean;
  /** A required item blocks opening; the others are recommended. */
  required: boolean;
};

export type Readiness = {
  checks: ReadinessCheck[];
  /** The required items not done, in checklist order: the program may open when this is empty. */
  missing: ReadinessItem[];
  ready: boolean;
};

const filled = (v: string | null | undefined) => Boolean(v && v.trim());

/**
 * The checklist of a program before it opens.
 * - Every program: its purpose, a contact (name and e-mail), the last day to apply (not passed on
 *   `today`) and the program's period (start and end).
 * - Inclusion: who may apply — the adepts' rule "belongs to an under-represented group" (what makes
 *   the program an inclusion program).
 * - Reverse: what is expected of both roles (the junior mentors and the senior adepts need to know
 *   their reversed parts); for the other types recommended.
 * - Joint (partners invited): every partner has answered — recommended; a partner that answers
 *   later still joins.
 * - The program's own application questions — recommended: the standard profile is always asked.
 */
export function programReadiness(program: ReadinessProgram, { questionCount, today }: { questionCount: number; today: string }): Readiness {
  const partners = (program.organisations ?? []).length > 1;
  const checks: ReadinessCheck[] = [
    { item: 'purpose', done: filled(program.purpose), required: true },
    { item: 'contact', done: filled(program.contactName) && filled(program.contactEmail), required: true },
    {
      item: 'applicationClosesOn',
      done: Boolean(program.applicationClosesOn && program.applicationClosesOn >= today),
      required: true,
    },
    { item: 'programPeriod', done: Boolean(program.startsOn && program.endsOn), required: true },
  ];
  if (program.type === 'inclusion')
    checks.push({
      item: 'whoMayApply',
      done: (program.rules?.adept ?? []).some((r) => r.kind === 'underRepresentedGroup'),
      required: true,
    });
  checks.push({
    item: 'expectations',
    done: filled(program.expectationsAdept) && filled(program.expectationsMentor),
    required: program.type === 'reverse',
  });
  if (partners)
    checks.push({ item: 'partners', done: !(program.organisations ?? []).some((o) => o.participation === 'invited'), required: false });
  checks.push({ item: 'questions', done: questionCount > 0, required: false });
  const missing = checks.filter((c) => c.required && !c.done).map((c) => c.item);
  return { checks, missing, ready: missing.length === 0 };
}
