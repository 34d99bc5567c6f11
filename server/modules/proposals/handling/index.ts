// Wires the handling side of proposals: assignment to closing, extensions, urging,
// feedback, commitments, the inbox and board, the timeline, and the deadline reminders.
import { HOUR } from '../../../platform/clock.js';
import type { ZodApp } from '../../../platform/http/types.js';
import { registerMessages } from '../../../platform/messages.js';
import type { Platform } from '../../../platform/platform.js';
import { createAssignmentService } from './assignment.service.js';
import { createCommitmentsService } from './commitments.service.js';
import { createExtensionService } from './extension.service.js';
import { createFeedbackService } from './feedback.service.js';
import { HANDLING_MESSAGES } from './handling.messages.js';
import { registerHandlingRules } from './handling.policy.js';
import { createHandlingRepo } from './handling.repo.js';
import { handlingRoutes } from './handling.routes.js';
import { createHandlingService } from './handling.service.js';
import type { HandlingDeps } from './handling.shared.js';
import { createHandlingViewService } from './handling-view.service.js';
import { createListsRepo } from './worklists.repo.js';
import type { ProposalDeps } from '../core/proposals.service.js';
import type { QueryService } from '../core/query.service.js';
import { createReminders } from './reminders.jobs.js';
import { createTimelineService } from './timeline.service.js';

export function registerHandling(app: ZodApp, platform: Platform, deps: ProposalDeps, query: QueryService): void {
  registerMessages(HANDLING_MESSAGES);
  registerHandlingRules();
  const handlingDeps: HandlingDeps = { ...deps, handling: createHandlingRepo() };
  const lists = createListsRepo();
  const reminders = createReminders({ ...handlingDeps, lists });
  platform.jobs.every('proposals.handling-reminders', HOUR, async () => {
    await reminders.scan();
  });
  handlingRoutes(app, {
    assignment: createAssignmentService(handlingDeps),
    extensions: createExtensionService(handlingDeps),
    handling: createHandlingService(handlingDeps),
    feedback: createFeedbackService(handlingDeps),
    commitments: createCommitmentsService({ ...handlingDeps, lists }),
    view: createHandlingViewService({ ...handlingDeps, lists }),
    timeline: createTimelineService(handlingDeps),
    show: (actor, id) => query.get(actor, id),
  });
}
