// The meeting itself: create, edit, publish, cancel, the lists and the detail.
import type { ZodApp } from '../../../platform/http/types.js';
import { meetingRoutes } from './meetings.routes.js';
import { createMeetingService, type MeetingDeps } from './meetings.service.js';

export function registerCore(app: ZodApp, deps: MeetingDeps) {
  const service = createMeetingService(deps);
  meetingRoutes(app, service);
  return service;
}
