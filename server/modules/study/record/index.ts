// The learning record (学习档案): each member's study for a year, computed from the meetings
// module's published attendance and the materials' reading rows; nothing typed.
import type { ZodApp } from '../../../platform/http/types.js';
import type { Platform } from '../../../platform/platform.js';
import { recordRoutes } from './record.routes.js';
import { createRecordService } from './record.service.js';

export { recordAccess } from './record.policy.js';

export function registerRecord(app: ZodApp, platform: Platform) {
  recordRoutes(app, createRecordService(platform));
}
