/** The `events` feature: a program's events (each change answers with the program). */
export { EventsSection } from './EventsSection';
