/** The `organisations` feature's pages: the routes load this entry lazily (its own chunk, decision 0160). */
export { OrganisationPage } from './OrganisationPage';
export { OrganisationsPage } from './OrganisationsPage';
