// Calendars: a meeting's .ics and each member's private calendar feed.
import type { ZodApp } from '../../../platform/http/types.js';
import type { MeetingDeps } from '../core/meetings.service.js';
import { calendarRoutes } from './calendar.routes.js';
import { createCalendarService } from './calendar.service.js';

export function registerCalendar(app: ZodApp, deps: MeetingDeps): void {
  calendarRoutes(app, createCalendarService(deps));
}
