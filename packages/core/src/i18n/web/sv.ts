import common from '../../../locales/sv/common.json' with { type: 'json' };
import auth from '../../../locales/sv/auth.json' with { type: 'json' };
import setup from '../../../locales/sv/setup.json' with { type: 'json' };
import invitations from '../../../locales/sv/invitations.json' with { type: 'json' };
import me from '../../../locales/sv/me.json' with { type: 'json' };
import home from '../../../locales/sv/home.json' with { type: 'json' };
import organisations from '../../../locales/sv/organisations.json' with { type: 'json' };
import units from '../../../locales/sv/units.json' with { type: 'json' };
import people from '../../../locales/sv/people.json' with { type: 'json' };
import outbox from '../../../locales/sv/outbox.json' with { type: 'json' };
import programs from '../../../locales/sv/programs.json' with { type: 'json' };
import events from '../../../locales/sv/events.json' with { type: 'json' };
import contacts from '../../../locales/sv/contacts.json' with { type: 'json' };
import resources from '../../../locales/sv/resources.json' with { type: 'json' };
import networking from '../../../locales/sv/networking.json' with { type: 'json' };
import applications from '../../../locales/sv/applications.json' with { type: 'json' };
import matching from '../../../locales/sv/matching.json' with { type: 'json' };
import mentorship from '../../../locales/sv/mentorship.json' with { type: 'json' };
import evaluation from '../../../locales/sv/evaluation.json' with { type: 'json' };
import costs from '../../../locales/sv/costs.json' with { type: 'json' };
import accessibility from '../../../locales/sv/accessibility.json' with { type: 'json' };

/**
 * The web app's namespaces in Swedish (the source): every namespace but `mail`. Its type is what the
 * web app's keys are checked against (`WebCatalog`, apps/web/src/i18next.d.ts); the texts themselves
 * reach the browser in parts, one chunk per part of the app and language (decision 0188).
 */
export const catalog = {
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

export type WebCatalog = typeof catalog;
