// Check-in and attendance: the rotating code, scans, the office's hand check-in.
import type { ZodApp } from '../../../platform/http/types.js';
import type { InvitationDeps } from '../invitations/invitations.service.js';
import { attendanceRoutes } from './attendance.routes.js';
import { createAttendanceService } from './attendance.service.js';

export function registerAttendance(app: ZodApp, deps: InvitationDeps): void {
  attendanceRoutes(app, createAttendanceService(deps));
}
