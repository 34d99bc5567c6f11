// `lvzhi restore <backup> [--force] [--allow-key-mismatch]`: a backup (folder or .tar.gz)
// into an empty database and data directory, then a check that the app starts on it and
// the rebuild of derived search indexes.
import { buildApp } from '../app.js';
import { loadConfig } from '../config.js';
import { BackupError } from '../platform/backup/manifest.js';
import { runRebuilds } from '../platform/backup/rebuild.js';
import { restoreBackup } from '../platform/backup/restore.js';
import { parseArgs } from './args.js';
import type { Command } from './commands.js';

export const restoreCommand: Command = {
  summary: 'restore a backup into an empty database and data directory (--force replaces a non-empty one)',
  async run(args) {
    const { flags, positional } = parseArgs(args);
    const source = positional[0];
    if (!source) {
      process.stderr.write('usage: lvzhi restore <backup folder or .tar.gz> [--force] [--allow-key-mismatch]\n');
      return 2;
    }
    const config = loadConfig();
    const say = (line: string) => process.stderr.write(`${line}\n`);
    let summary;
    try {
      summary = await restoreBackup(config, {
        source,
        force: flags.force === true,
        allowKeyMismatch: flags['allow-key-mismatch'] === true,
        onProgress: say,
      });
    } catch (err) {
      if (!(err instanceof BackupError)) throw err;
      process.stderr.write(`restore failed: ${err.message}\n`);
      return 1;
    }
    // Start the app once on the restored data: modules register how to rebuild their search indexes.
    const { app, platform } = await buildApp(config, { logger: false, webDir: null });
    try {
      await app.ready();
      await runRebuilds(platform.db, say);
    } finally {
      await app.close();
    }
    const out = [
      `restored the ${summary.from.engine} backup of ${summary.from.createdAt}:`,
      `  ${summary.tables.length} tables, ${summary.rows} rows`,
      `  ${summary.blobs.count} files (${(summary.blobs.bytes / 1048576).toFixed(1)} MiB), every checksum matches`,
      summary.audit.ok
        ? `  audit trail intact: ${summary.audit.checked} entries, head #${summary.audit.headSeq} as recorded in the backup`
        : `  AUDIT TRAIL PROBLEMS: ${summary.audit.problems.join('; ')}`,
      ...(summary.movedAside ? [`  the previous data was moved to ${summary.movedAside}`] : []),
      ...summary.warnings.map((w) => `  warning: ${w}`),
    ];
    process.stdout.write(out.join('\n') + '\n');
    return summary.audit.ok ? 0 : 1;
  },
};
