// Meeting kinds as data: each organisation's list, started from the defaults.
import type { ZodApp } from '../../../platform/http/types.js';
import { kindRoutes } from './kinds.routes.js';
import type { KindService } from './kinds.service.js';

export function registerKinds(app: ZodApp, service: KindService): void {
  kindRoutes(app, service);
}
