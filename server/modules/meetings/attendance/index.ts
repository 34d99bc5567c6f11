// Check-in and attendance: the rotating code, the member's personal code and its scan, scans, the office's hand check-in and check-out,
// walk-ins, the live board, its Excel sheet and the paper sign-in sheet, closing attendance and
// correcting a state.
import type { FastSerializer } from '../../../platform/http/fast-serializer.js';
import type { ZodApp } from '../../../platform/http/types.js';
import type { InvitationDeps } from '../invitations/invitations.service.js';
import { attendanceRoutes } from './attendance.routes.js';
import { createAttendanceService } from './attendance.service.js';
import { boardRoutes } from './board.routes.js';
import { createBoardService } from './board.service.js';
import { closingRoutes } from './closing.routes.js';
import { createClosingService } from './closing.service.js';
import { createDeskService } from './desk.service.js';
import { personalCodeRoutes } from './personal-code.routes.js';
import { createPersonalCodeService } from './personal-code.service.js';
import { signinRoutes } from './signin.routes.js';
import { createSigninService } from './signin.service.js';

export function registerAttendance(app: ZodApp, deps: InvitationDeps, fast?: FastSerializer): void {
  attendanceRoutes(app, createAttendanceService(deps));
  personalCodeRoutes(app, createPersonalCodeService(deps));
  boardRoutes(app, createBoardService(deps), createDeskService(deps), fast);
  closingRoutes(app, createClosingService(deps));
  signinRoutes(app, createSigninService(deps));
}
