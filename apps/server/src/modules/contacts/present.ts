import type { Contact, ContactList } from '@lots/core';
import type { Actor } from '../../platform/actor';
import type { ProgramAccess } from '../programs';

/** Those who manage the program see every organisation's contact; a participant only their own organisation's. */
export function presentContacts(actor: Actor, access: ProgramAccess, rows: Contact[], can: ContactList['can']): ContactList {
  const contacts = access.manage ? rows : rows.filter((c) => c.organisationId === actor.person?.organisationId);
  return { contacts, can };
}
