// Minutes and follow-ups: a meeting's minutes (text and files, draft then published) and the
// follow-up items its decisions give, tracked to done with reminders.
import { HOUR } from '../../../platform/clock.js';
import type { ZodApp } from '../../../platform/http/types.js';
import type { Platform } from '../../../platform/platform.js';
import type { MeetingDeps } from '../core/meetings.service.js';
import { createFollowupReminders } from './followups.jobs.js';
import { createFollowupService } from './followups.service.js';
import { MINUTES_FILE_OWNER } from './minutes.model.js';
import { createMinutesRepo } from './minutes.repo.js';
import { followupRoutes, minutesRoutes } from './minutes.routes.js';
import { createMinutesService } from './minutes.service.js';

export function registerMinutes(app: ZodApp, platform: Platform, base: MeetingDeps): void {
  const deps = { ...base, minutes: createMinutesRepo(), files: platform.files };
  const service = createMinutesService(deps);
  platform.files.registerOwner(MINUTES_FILE_OWNER, (actor, ownerId) => service.mayReadFiles(actor, Number(ownerId)));
  minutesRoutes(app, service);
  followupRoutes(app, createFollowupService(deps));
  const reminders = createFollowupReminders(deps);
  platform.jobs.every('meetings.followup-reminders', HOUR, async () => {
    await reminders.scan();
  });
}
