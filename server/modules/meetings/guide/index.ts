// The plenary guide (会务指南): the agenda by day, discussion groups and seats, each member's
// lodging and transport, and the documents to read (files owned by `meeting_guide`, read by
// whoever sees the meeting); each invitee reads his own on the phone.
import type { FileService } from '../../../platform/files/file-service.js';
import type { ZodApp } from '../../../platform/http/types.js';
import type { MeetingDeps } from '../core/meetings.service.js';
import { createAssignmentService } from './assignments.service.js';
import { GUIDE_FILE_OWNER } from './guide.model.js';
import { createGuideRepo } from './guide.repo.js';
import { guideRoutes } from './guide.routes.js';
import { createGuideService } from './guide.service.js';

export function registerGuide(app: ZodApp, base: MeetingDeps & { files: FileService }): void {
  const deps = { ...base, guides: createGuideRepo() };
  const guide = createGuideService(deps);
  base.files.registerOwner(GUIDE_FILE_OWNER, (actor, ownerId) => guide.mayReadFiles(actor, Number(ownerId)));
  guideRoutes(app, guide, createAssignmentService(deps));
}
