// The dependency rules (.dependency-cruiser.cjs, run by `npm run lint`) catch each kind of
// forbidden import: a tree of small files laid out like the server, some importing where
// they must not, is checked with the project's own configuration, and every rule must
// name exactly the imports it forbids.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');

/** path -> the files it imports (relative specifiers, as the server writes them). */
const TREE: Record<string, string[]> = {
  'server/modules/orgs/index.ts': ['./orgs.repo.js'],
  'server/modules/orgs/orgs.repo.ts': [],
  'server/modules/members/members.service.ts': ['../orgs/orgs.repo.js', '../orgs/index.js'],
  'server/modules/proposals/core/a.service.ts': ['../handling/b.service.js', '../../orgs/index.js'],
  'server/modules/proposals/handling/b.service.ts': [],
  'server/platform/clock.ts': [],
  'server/platform/notify.ts': ['../modules/orgs/index.js', './clock.js'],
  'server/db/tables/orgs.ts': ['../../modules/orgs/orgs.repo.js'],
  'server/db/migrations/schema-helpers.ts': [],
  'server/db/migrations/202701010000_example.ts': ['./schema-helpers.js', '../../platform/clock.js'],
  'server/seed/demo.ts': ['../modules/orgs/orgs.repo.js', '../modules/members/members.service.js'],
  'server/cli/serve.ts': ['../modules/orgs/index.js'],
};

interface Violation {
  from: string;
  to: string;
  rule: { name: string };
}

describe('dependency rules', () => {
  let dir: string;
  let violations: Violation[];

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'lvzhi-deps-'));
    for (const [file, imports] of Object.entries(TREE)) {
      mkdirSync(join(dir, dirname(file)), { recursive: true });
      writeFileSync(
        join(dir, file),
        imports.map((s, i) => `import * as m${i} from '${s}';\nexport const x${i} = m${i};\n`).join('') +
          'export {};\n',
      );
    }
    copyFileSync(join(root, '.dependency-cruiser.cjs'), join(dir, '.dependency-cruiser.cjs'));
    copyFileSync(join(root, 'tsconfig.json'), join(dir, 'tsconfig.json'));
    let out: string;
    try {
      out = execFileSync(
        process.execPath,
        [
          join(root, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs'),
          'server',
          '--config',
          '.dependency-cruiser.cjs',
          '--output-type',
          'json',
        ],
        { cwd: dir, encoding: 'utf8' },
      );
    } catch (e) {
      // Violations make the command fail; its report is still on stdout.
      out = (e as { stdout: string }).stdout;
    }
    violations = (JSON.parse(out) as { summary: { violations: Violation[] } }).summary.violations;
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const found = () => violations.map((v) => `${v.rule.name}: ${v.from} -> ${v.to}`).sort();

  it('names every forbidden import, and nothing else', () => {
    expect(found()).toEqual(
      [
        'data-layer-imports-no-module: server/db/tables/orgs.ts -> server/modules/orgs/orgs.repo.ts',
        'migrations-import-no-living-code: server/db/migrations/202701010000_example.ts -> server/platform/clock.ts',
        'module-through-index: server/modules/members/members.service.ts -> server/modules/orgs/orgs.repo.ts',
        'outside-through-index: server/seed/demo.ts -> server/modules/members/members.service.ts',
        'outside-through-index: server/seed/demo.ts -> server/modules/orgs/orgs.repo.ts',
        'platform-imports-no-module: server/platform/notify.ts -> server/modules/orgs/index.ts',
      ].sort(),
    );
  });

  it('lets a module use its own sub-domains and another module through its index.ts', () => {
    expect(found().filter((v) => v.includes('server/modules/proposals/'))).toEqual([]);
  });
});
