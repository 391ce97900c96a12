import type { DbOrTx } from '@lots/db';
import { defineAbility, defineActorAbility, type Resource } from '../../platform/authorize';
import { programAbilities, programResource } from '../programs';
import { organisationResource } from '../organisations';
import * as repo from './repository';

/**
 * Who may do what with surveys (decision 0132). The figures of a program are for those who may see
 * its people (`program.people`: in a program that uses special-category data, its listed
 * coordinators only, decision 0011) — and even they see aggregates only, never an answer.
 */
export const evaluationAbilities = {
  /** Schedule surveys, see response rates and suppressed figures, export and print the report. */
  manage: defineAbility(
    'evaluation.manage',
    programResource,
    (actor, access) => programAbilities.people.allows(actor, access),
    programAbilities.people.refusal,
  ),
  /** An organisation's figures across its programs and its HR figures: its administrators. */
  organisation: defineAbility(
    'evaluation.organisation',
    organisationResource,
    (actor, o) => actor.platformAdmin || (actor.person?.organisationId === o.id && actor.person.roles.includes('org_admin')),
    'Only the organisation’s administrators see its evaluation',
  ),
  /** One's own open surveys, and removing one's health answers. */
  own: defineActorAbility('evaluation.own', (actor) => actor.person !== null, 'Only people of an organisation answer surveys'),
};

/** A survey invitation: visible to the person invited only (404 for everyone else, administrators included). */
export const invitationResource: Resource<NonNullable<Awaited<ReturnType<typeof repo.invitationBy>>>> = {
  label: 'Survey',
  param: 'invitationId',
  load: (db: DbOrTx, _actor, id) => repo.invitationBy(db, { id }),
  visible: (actor, found) => actor.person?.id === found.invitation.personId,
};

export const invitationAbilities = {
  answer: defineAbility('survey.answer', invitationResource, () => true),
};
