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

/**
 * The namespaces of the pages shown before anyone signs in (sign-in, password reset, set-up, an
 * invitation, the accessibility statement): one small chunk per language that the web app loads
 * first; the rest is loaded before any other page (decision 0169).
 */
export const PUBLIC_WEB_NAMESPACES = [
  'common',
  'auth',
  'setup',
  'invitations',
  'accessibility',
] as const satisfies readonly (typeof WEB_NAMESPACES)[number][];
