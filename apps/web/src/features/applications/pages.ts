/** The `applications` feature's pages: the routes load this entry lazily (its own chunk, decision 0160). */
export { ApplicationReviewPage } from './ApplicationReviewPage';
export { ApplyPage } from './ApplyPage';
export { MentorRegisterPage } from './MentorRegisterPage';
export { RespondPage } from './RespondPage';
export { ReviewPage } from './ReviewPage';
