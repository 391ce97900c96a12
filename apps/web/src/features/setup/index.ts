/** The `setup` feature: the first run. */
export { setupStatusQuery, useSetupStatus } from './api';
