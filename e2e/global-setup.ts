// Before the browser specs: one server seeds the demo organisation into a data directory of
// its own and stops (closing its database cleanly); every spec's server then starts on a copy
// of that directory (e2e/support/server.ts) instead of seeding again, about 20 s each.
import { rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { startServer } from './support/server.js';

export default async function setup(project: TestProject) {
  const seeded = await startServer({}, { template: null });
  await seeded.stop({ keepData: true });
  project.provide('e2eTemplate', { dir: seeded.dataDir, key: seeded.env.LVZHI_DATA_KEY! });
  return () => rmSync(seeded.dataDir, { recursive: true, force: true });
}
