/** The `events` feature: a program's shared meetings, answers, and the coordinators' tools. */
export { EventsSection } from './EventsSection';
