// Speeches (会议发言): members hand in written speeches, the office reviews and orders them,
// the programme lists the accepted ones.
import type { ZodApp } from '../../../platform/http/types.js';
import type { MeetingDeps } from '../core/meetings.service.js';
import { createSpeechRepo } from './speeches.repo.js';
import { speechRoutes } from './speeches.routes.js';
import { createSpeechService } from './speeches.service.js';

export function registerSpeeches(app: ZodApp, deps: MeetingDeps): void {
  speechRoutes(app, createSpeechService({ ...deps, speeches: createSpeechRepo() }));
}
