import type { WebCatalog } from './sv';
import common from '../../../locales/nb/common.json' with { type: 'json' };
import auth from '../../../locales/nb/auth.json' with { type: 'json' };
import setup from '../../../locales/nb/setup.json' with { type: 'json' };
import invitations from '../../../locales/nb/invitations.json' with { type: 'json' };
import me from '../../../locales/nb/me.json' with { type: 'json' };
import home from '../../../locales/nb/home.json' with { type: 'json' };
import organisations from '../../../locales/nb/organisations.json' with { type: 'json' };
import units from '../../../locales/nb/units.json' with { type: 'json' };
import people from '../../../locales/nb/people.json' with { type: 'json' };
import outbox from '../../../locales/nb/outbox.json' with { type: 'json' };
import programs from '../../../locales/nb/programs.json' with { type: 'json' };
import events from '../../../locales/nb/events.json' with { type: 'json' };
import contacts from '../../../locales/nb/contacts.json' with { type: 'json' };
import resources from '../../../locales/nb/resources.json' with { type: 'json' };
import networking from '../../../locales/nb/networking.json' with { type: 'json' };
import applications from '../../../locales/nb/applications.json' with { type: 'json' };
import matching from '../../../locales/nb/matching.json' with { type: 'json' };
import mentorship from '../../../locales/nb/mentorship.json' with { type: 'json' };
import evaluation from '../../../locales/nb/evaluation.json' with { type: 'json' };
import costs from '../../../locales/nb/costs.json' with { type: 'json' };
import accessibility from '../../../locales/nb/accessibility.json' with { type: 'json' };

/** The web app's namespaces in Norwegian Bokmål (see ./sv.ts). */
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
