/** The `mentorship` feature's pages: the routes load this entry lazily (its own chunk, decision 0160). */
export { MentorshipPage } from './MentorshipPage';
export { MentorshipsPage } from './MentorshipsPage';
export { PairHealthPage } from './PairHealthPage';
