import type { Module } from '../../platform/module';
import { invitationRoutes } from './routes';

export const invitationsModule: Module = { name: 'invitations', routes: [invitationRoutes] };
export { issueInvitation } from './service';
