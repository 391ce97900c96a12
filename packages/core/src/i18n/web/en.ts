import type { WebCatalog } from './sv';
import common from '../../../locales/en/common.json' with { type: 'json' };
import auth from '../../../locales/en/auth.json' with { type: 'json' };
import setup from '../../../locales/en/setup.json' with { type: 'json' };
import invitations from '../../../locales/en/invitations.json' with { type: 'json' };
import me from '../../../locales/en/me.json' with { type: 'json' };
import home from '../../../locales/en/home.json' with { type: 'json' };
import organisations from '../../../locales/en/organisations.json' with { type: 'json' };
import units from '../../../locales/en/units.json' with { type: 'json' };
import people from '../../../locales/en/people.json' with { type: 'json' };
import outbox from '../../../locales/en/outbox.json' with { type: 'json' };
import programs from '../../../locales/en/programs.json' with { type: 'json' };
import events from '../../../locales/en/events.json' with { type: 'json' };
import contacts from '../../../locales/en/contacts.json' with { type: 'json' };
import resources from '../../../locales/en/resources.json' with { type: 'json' };
import networking from '../../../locales/en/networking.json' with { type: 'json' };
import applications from '../../../locales/en/applications.json' with { type: 'json' };
import matching from '../../../locales/en/matching.json' with { type: 'json' };
import mentorship from '../../../locales/en/mentorship.json' with { type: 'json' };
import evaluation from '../../../locales/en/evaluation.json' with { type: 'json' };
import costs from '../../../locales/en/costs.json' with { type: 'json' };
import accessibility from '../../../locales/en/accessibility.json' with { type: 'json' };

/** The web app's namespaces in English (see ./sv.ts). */
export const catalog: WebCatalog = {
  common,
  auth,
  setup,
  invitations,
  me,
  home,
  organisations,
  units,
  people,
  outbox,
  programs,
  events,
  contacts,
  resources,
  networking,
  applications,
  matching,
  mentorship,
  evaluation,
  costs,
  accessibility,
};
