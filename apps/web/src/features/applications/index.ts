/** The `applications` feature: forms and questions, applying, the review, nominations, answers by link, the mentor register. */
export { questionsQuery, useMyApplications } from './api';
export { ApplySection } from './ApplySection';
export { NominationForm } from './NominationForm';
export { QuestionsSection } from './QuestionsSection';
