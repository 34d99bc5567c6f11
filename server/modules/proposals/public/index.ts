// The public page: proposals made public by their proposers, with their formal replies.
import type { ZodApp } from '../../../platform/http/types.js';
import type { Platform } from '../../../platform/platform.js';
import { createExportsRepo } from '../reporting/exports.repo.js';
import { createPublicRepo } from './public.repo.js';
import { publicRoutes } from './public.routes.js';
import { createPublicService } from './public.service.js';

export function registerPublic(app: ZodApp, platform: Platform): void {
  const deps = { db: platform.db, orgTree: platform.orgTree, exportsRepo: createExportsRepo(), clock: platform.clock };
  publicRoutes(app, { public: createPublicService({ ...deps, publicRepo: createPublicRepo() }) });
}
