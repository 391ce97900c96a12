import type { Module } from '../platform/module';
import { setupModule } from './setup';
import { meModule } from './me';
import { organisationsModule } from './organisations';
import { unitsModule } from './units';
import { peopleModule } from './people';
import { invitationsModule } from './invitations';
import { outboxModule } from './outbox';
import { programsModule } from './programs';
import { eventsModule } from './events';
import { contactsModule } from './contacts';
import { resourcesModule } from './resources';
import { networkingModule } from './networking';
import { costsModule } from './costs';
import { applicationsModule } from './applications';
import { matchingModule } from './matching';
import { mentorshipModule } from './mentorship';
import { evaluationModule } from './evaluation';
import { accessibilityModule } from './accessibility';
import { homeModule } from './home';

/** Every capability of the server, registered in this order by `app.ts`. Add a new module here. */
export const modules: Module[] = [
  setupModule,
  meModule,
  organisationsModule,
  unitsModule,
  peopleModule,
  invitationsModule,
  outboxModule,
  programsModule,
  eventsModule,
  contactsModule,
  resourcesModule,
  networkingModule,
  costsModule,
  applicationsModule,
  matchingModule,
  mentorshipModule,
  evaluationModule,
  accessibilityModule,
  homeModule,
];

export { applyRetention, sendDigests } from './applications';
export { sendNudges } from './mentorship';
export { runSurveySchedule, SURVEY_QUEUE } from './evaluation';
export { sendEventReminders } from './events';
export { userCount } from './setup';
export { computeRun, failInterruptedRuns, MATCHING_RUN_QUEUE } from './matching';
