/**
 * The contracts shared by server and web app, one module per capability (the server's module of the
 * same name implements it): zod inputs and outputs. `common` holds the shared pieces and the API's
 * error codes; `i18n` the translations.
 */
export * from './common';
export * from './lists';
export * from './materials';
export * from './organisations/index';
export * from './units/index';
export * from './people/index';
export * from './invitations/index';
export * from './me/index';
export * from './setup/index';
export * from './outbox/index';
export * from './programs/index';
export * from './events/index';
export * from './applications/index';
export * from './applications/answers';
export * from './matching/index';
export * from './mentorship/index';
export * from './i18n/index';
export * from './contacts/index';
export * from './resources/index';
export * from './evaluation/index';
export * from './costs/index';
export * from './accessibility/index';
export * from './networking/index';
export * from './home/index';
