/** The `mentorship` feature: the pair's space, my mentorships, the coordinator's health view. */
export { MentorshipPage } from './MentorshipPage';
export { MentorshipsPage } from './MentorshipsPage';
export { PairHealthPage } from './PairHealthPage';
