/**
 * The translation namespaces: one per capability, with the server module's name, plus `common`
 * (shared words, API errors, import problems), `auth` (sign-in) and `mail` (e-mails, server only).
 * Each is one JSON file per language in `packages/core/locales/{sv,nb,en}/` (a test checks the
 * files on disk against this list). `common` comes first: it is where a key without a namespace is
 * looked up.
 */
export const NAMESPACES = [
  'common',
  'auth',
  'setup',
  'invitations',
  'me',
  'home',
  'organisations',
  'units',
  'people',
  'outbox',
  'programs',
  'events',
  'contacts',
  'resources',
  'networking',
  'applications',
  'matching',
  'mentorship',
  'evaluation',
  'costs',
  'accessibility',
  'mail',
] as const;

export type Namespace = (typeof NAMESPACES)[number];

/** The namespaces the web app loads: all but the server's `mail`. */
export const WEB_NAMESPACES = NAMESPACES.filter((ns): ns is Exclude<Namespace, 'mail'> => ns !== 'mail');
