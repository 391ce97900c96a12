/** The `networking` feature: a program's cohort directory and its networking and coach groups. */
export { networkingKeys } from './api';
export { NetworkingLink } from './NetworkingLink';
