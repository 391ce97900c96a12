/** The `events` feature: a program's shared meetings, answers, attendance, progress, and my calendar feed. */
export { EventsSection } from './EventsSection';
export { CalendarFeedSection } from './CalendarFeedSection';
export { ProgressSection } from './ProgressSection';
export { EventForm } from './EventForm';
export { eventTextsIn, formatEventTime } from './eventTime';
