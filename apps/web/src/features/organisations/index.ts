/** The `organisations` feature: the list, one organisation, the directory for joint programs. */
export { orgKeys, organisationQuery, useOrganisation, useOrganisationDirectory } from './api';
