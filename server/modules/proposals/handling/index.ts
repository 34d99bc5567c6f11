// Handling of proposals: assignment to closing, extensions, urging, feedback, commitments,
// the unit's inbox and the office's board, the timeline, and the hourly deadline reminders.
import { HOUR } from '../../../platform/clock.js';
import type { ZodApp } from '../../../platform/http/types.js';
import { registerMessages } from '../../../platform/messages.js';
import type { ProposalDeps } from '../core/proposals.service.js';
import type { ShowProposal } from '../core/steps.routes.js';
import type { PersonalDataCipher } from '../../../platform/crypto/personal-data.js';
import { createAssignmentService } from './assignment.service.js';
import { createCoUnitsService } from './co-units.service.js';
import { createCommitmentsService } from './commitments.service.js';
import { createExtensionService } from './extension.service.js';
import { createFeedbackService } from './feedback.service.js';
import { createHandlingRepo, type HandlingDeps } from './handling.repo.js';
import { handlingRoutes } from './handling.routes.js';
import { createHandlingService } from './handling.service.js';
import { HANDLING_MESSAGES } from './handling.texts.js';
import { createHandlingViewService } from './handling-view.service.js';
import { createProposerPhonesService } from './proposer-phones.service.js';
import { createReminders } from './reminders.jobs.js';
import { createReplyService } from './reply.service.js';
import { createTimelineService } from './timeline.service.js';
import { createListsRepo } from './worklists.repo.js';

export function registerHandling(
  app: ZodApp,
  deps: ProposalDeps,
  show: ShowProposal,
  cipher: PersonalDataCipher,
): void {
  registerMessages(HANDLING_MESSAGES);
  const handlingDeps: HandlingDeps = { ...deps, handling: createHandlingRepo() };
  const lists = createListsRepo();
  const reminders = createReminders({ ...handlingDeps, lists });
  deps.jobs.every('proposals.handling-reminders', HOUR, async () => {
    await reminders.scan();
  });
  handlingRoutes(app, {
    assignment: createAssignmentService(handlingDeps),
    coUnits: createCoUnitsService(handlingDeps),
    phones: createProposerPhonesService({ ...handlingDeps, cipher }),
    extensions: createExtensionService(handlingDeps),
    handling: createHandlingService(handlingDeps),
    replies: createReplyService(handlingDeps),
    feedback: createFeedbackService(handlingDeps),
    commitments: createCommitmentsService({ ...handlingDeps, lists }),
    view: createHandlingViewService({ ...handlingDeps, lists }),
    timeline: createTimelineService(handlingDeps),
    show,
  });
}
