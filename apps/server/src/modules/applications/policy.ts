import { defineAbility, defineActorAbility } from '../../platform/authorize';
import { programAbilities, programResource } from '../programs';

/**
 * The applications capability's abilities. Most are about the program the route names
 * (`programResource`, loaded once by `authorize`): who may not see the program gets a 404.
 */
export const applicationAbilities = {
  /** Apply, read and withdraw one's own applications; read the questions and nominate. */
  apply: defineAbility('application.apply', programResource, () => true),
  /** Review queue, decisions, overrides, reminders, recommendations, imports, nominations received. */
  review: defineAbility(
    'application.review',
    programResource,
    (actor, access) => programAbilities.people.allows(actor, access),
    programAbilities.people.refusal,
  ),
  /** Read the program's custom questions (to apply). */
  readQuestions: defineAbility('question.read', programResource, () => true),
  /** Nominate someone (a manager proposes an adept): everyone who sees the program. */
  nominate: defineAbility('nomination.create', programResource, () => true),
  /** Add, change and remove the program's custom questions. */
  manageQuestions: defineAbility(
    'question.manage',
    programResource,
    (actor, access) => programAbilities.manage.allows(actor, access),
    programAbilities.manage.refusal,
  ),
};

/** The mentor register (and recording trainings): coordinators, organisation and platform administrators. */
export const readMentorRegister = defineActorAbility(
  'mentorRegister.read',
  (actor) => actor.platformAdmin || (actor.person?.roles.some((r) => r === 'coordinator' || r === 'org_admin') ?? false),
  'Only coordinators keep the mentor register',
);
