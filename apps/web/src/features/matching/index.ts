/** The `matching` feature: the coordinator's matching, preferences, my matches (the parties' answers). */
export { LiveNotice } from './LiveNotice';
export { OfferedMatches } from './OfferedMatches';
export { useMyPairs } from './api';
