// Policy first: other modules' policies build on it while this module's routes are still loading (ESM cycles).
export { eventAbilities, manageEvents, readEvents } from './policy';
import type { Module } from '../../platform/module';
import { eventRoutes } from './routes';

export const eventsModule: Module = { name: 'events', routes: [eventRoutes] };
export { cancelGroupMeetings, copyEvents, inviteLateJoiners } from './service';
export { sendEventReminders } from './reminders';
export { nextEventsOf, unansweredInvitationsOf } from './repository';
