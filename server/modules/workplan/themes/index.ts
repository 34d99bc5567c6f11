// themes/: strategic themes (the city's named initiatives) as data per organisation, the work
// that carries each (topics, meetings, research reports, 社情民意 reports; proposals by name) and
// the year's coverage. See ../index.ts.
import type { ZodApp } from '../../../platform/http/types.js';
import type { Platform } from '../../../platform/platform.js';
import { THEME_RULES, themeAccess } from './themes.policy.js';
import { createThemeRepo } from './themes.repo.js';
import { themeRoutes } from './themes.routes.js';
import { createThemeService } from './themes.service.js';
import { THEMES_TEXT_PHRASES } from './themes.texts.js';

export function registerThemes(app: ZodApp, platform: Platform): void {
  themeRoutes(app, createThemeService({ ...platform, themes: createThemeRepo() }));
}

/** The rule names this sub-domain's routes give as config.rule (composed in ../workplan.policy.ts). */
export const themesRuleNames: readonly string[] = [...Object.keys(THEME_RULES), ...themeAccess.names];

/** English for every Chinese sentence of this sub-domain's errors (composed in ../workplan.texts.ts). */
export const THEMES_PHRASES: Record<string, string> = THEMES_TEXT_PHRASES;
