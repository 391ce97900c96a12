/** The `applications` feature: forms and questions, applying, the review, nominations, answers by link, the mentor register. */
export { useMyApplications } from './api';
export { ApplicationReviewPage } from './ApplicationReviewPage';
export { ApplyPage } from './ApplyPage';
export { ApplySection } from './ApplySection';
export { MentorRegisterPage } from './MentorRegisterPage';
export { NominationForm } from './NominationForm';
export { QuestionsSection } from './QuestionsSection';
export { RespondPage } from './RespondPage';
export { ReviewPage } from './ReviewPage';
