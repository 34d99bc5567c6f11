// Proposal settings: each organisation's categories, themes, result labels and deadlines.
import type { ZodApp } from '../../../platform/http/types.js';
import type { Platform } from '../../../platform/platform.js';
import { settingsRoutes } from './settings.routes.js';
import { createSettingsService } from './settings.service.js';

export function registerSettings(app: ZodApp, platform: Platform): void {
  settingsRoutes(app, createSettingsService(platform));
}
