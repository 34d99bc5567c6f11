// The meeting itself: create, edit, publish, cancel, the lists and the detail.
import type { FastSerializer } from '../../../platform/http/fast-serializer.js';
import type { ZodApp } from '../../../platform/http/types.js';
import { meetingRoutes } from './meetings.routes.js';
import { createMeetingService, type MeetingDeps } from './meetings.service.js';

export function registerCore(app: ZodApp, deps: MeetingDeps, fast?: FastSerializer) {
  const service = createMeetingService(deps);
  meetingRoutes(app, service, fast);
  return service;
}
