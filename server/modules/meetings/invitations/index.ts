// Invitations: audience resolution, replies, leave requests and decisions, the waiting list.
import type { ZodApp } from '../../../platform/http/types.js';
import { invitationRoutes } from './invitations.routes.js';
import { createInvitationService, type InvitationDeps } from './invitations.service.js';

export function registerInvitations(app: ZodApp, deps: InvitationDeps) {
  const service = createInvitationService(deps);
  invitationRoutes(app, service);
  return service;
}
