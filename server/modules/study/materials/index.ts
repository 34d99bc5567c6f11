// Study materials (学习资料): documents, articles and video links the office assigns to members
// with a deadline, each member's reading (opened, visible time, finished, reflection), the
// office's progress and reminder. Files go through platform/files, readable by whoever may see
// the material (the office always, an assigned member while it is published).
import type { ZodApp } from '../../../platform/http/types.js';
import type { Platform } from '../../../platform/platform.js';
import { materialRoutes } from './materials.routes.js';
import { createMaterialRepo } from './materials.repo.js';
import { createMaterialService, loadMaterial, MATERIAL_FILE_OWNER } from './materials.service.js';
import { createReadingService } from './reading.service.js';

export { materialRules, materialsAccess } from './materials.policy.js';

export function registerMaterials(app: ZodApp, platform: Platform) {
  const deps = { ...platform, materials: createMaterialRepo() };
  platform.files.registerOwner(MATERIAL_FILE_OWNER, async (actor, ownerId) => {
    const id = Number(ownerId);
    return (
      Number.isInteger(id) &&
      (await loadMaterial(deps, deps.db, actor, id, null).then(
        () => true,
        () => false,
      ))
    );
  });
  materialRoutes(app, createMaterialService(deps), createReadingService(deps));
}
