// `lvzhi import-members <file.xlsx> --org-id N [--term-id N] [--dry-run]`: the same import
// as the web page (same checks, all rows or none, one audit entry), for large rosters
// loaded by an administrator on the server. Prints progress and every problem.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { buildApp } from '../app.js';
import { loadConfig } from '../config.js';
import { migrateToLatest } from '../db/migrate.js';
import type { Actor } from '../platform/access/actor.js';
import { createMemberServices } from '../modules/members/index.js';
import { parseArgs, stringFlag } from './args.js';
import type { Command } from './commands.js';

const USAGE = 'usage: lvzhi import-members <file.xlsx> --org-id <id> [--term-id <id>] [--dry-run]';

/**
 * Reference data is read through the organisations module, which answers an Actor. The
 * command runs with the operator's authority over the one organisation named on the command
 * line; it holds no permissions, so it can read that organisation's reference data and nothing else.
 */
function operatorReading(orgId: number): Actor {
  return {
    kind: 'user',
    userId: 0,
    username: 'cli',
    displayName: 'import-members',
    orgId,
    currentOrgId: orgId,
    visibleOrgIds: [orgId],
    roles: [],
    permissions: new Set(),
    memberId: null,
    unitId: null,
    leaderTitle: null,
    sessionId: '',
    ip: '',
  };
}

export const importMembersCommand: Command = {
  summary: 'import a roster .xlsx into an organisation: checks every row first, then writes all rows or none',
  async run(args) {
    const { flags, positional } = parseArgs(args);
    const path = positional[0];
    const orgId = Number(stringFlag(flags, 'org-id'));
    const termFlag = stringFlag(flags, 'term-id');
    const dryRun = flags['dry-run'] === true;
    if (!path || !Number.isInteger(orgId) || orgId <= 0 || (termFlag !== undefined && !/^\d+$/.test(termFlag))) {
      process.stderr.write(`${USAGE}\n`);
      return 2;
    }
    let data: Buffer;
    try {
      data = await readFile(path);
    } catch {
      process.stderr.write(`cannot read ${path}\n`);
      return 2;
    }

    const { app, platform } = await buildApp(loadConfig(), { logger: false, webDir: null });
    try {
      await migrateToLatest(platform.db);
      const org = await platform.orgTree.get(orgId);
      if (!org) {
        process.stderr.write(`organisation ${orgId} does not exist\n`);
        return 2;
      }
      const services = createMemberServices(platform);
      const ref = await services.refIndex(operatorReading(orgId), orgId);
      const termId = termFlag ? Number(termFlag) : ref.currentTermId;
      if (!termId || !ref.terms.has(termId)) {
        process.stderr.write(
          termFlag
            ? `term ${termFlag} does not belong to ${org.name}\n`
            : `${org.name} has no current term: give --term-id\n`,
        );
        return 2;
      }
      process.stdout.write(
        `${dryRun ? '预检' : '导入'} ${basename(path)} → ${org.name} ${ref.terms.get(termId)!.name}\n`,
      );
      const result = await services.imports.run({
        data,
        ref,
        termId,
        who: { kind: 'system', name: 'import-members' },
        commit: !dryRun,
        source: basename(path),
        progress: async (done, total, message) => {
          process.stderr.write(total ? `${message} ${done}/${total}\n` : `${message}\n`);
        },
      });
      for (const p of result.problems) {
        process.stdout.write(
          `第 ${p.row} 行 ${p.column ? `【${p.column}】` : ''}${p.message}${p.value ? `（${p.value}）` : ''}\n`,
        );
      }
      if (result.truncated)
        process.stdout.write(`……共 ${result.problemCount} 个问题，仅列出前 ${result.problems.length} 个\n`);
      if (result.problemCount) {
        process.stdout.write(
          `${result.rows} 行中有 ${result.badRows} 行存在问题，共 ${result.problemCount} 个问题；未写入任何数据\n`,
        );
        return 1;
      }
      process.stdout.write(
        result.committed
          ? `已导入 ${result.imported} 位委员\n`
          : `预检通过：${result.rows} 行均无问题（--dry-run，未写入）\n`,
      );
      return 0;
    } finally {
      await app.close();
    }
  },
};
