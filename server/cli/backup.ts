// `lvzhi backup [--out DIR] [--tar]`: a consistent online backup of the database and the
// stored files; the server may keep running and writing meanwhile.
import { loadConfig } from '../config.js';
import { createBackup } from '../platform/backup/backup.js';
import { BackupError } from '../platform/backup/manifest.js';
import { parseArgs, stringFlag } from './args.js';
import type { Command } from './commands.js';

export const backupCommand: Command = {
  summary: 'online backup of the database and files into --out DIR (default ./backups); --tar for one .tar.gz',
  async run(args) {
    const { flags } = parseArgs(args);
    const config = loadConfig();
    const started = Date.now();
    try {
      const { path, manifest } = await createBackup(config, {
        outDir: stringFlag(flags, 'out') ?? 'backups',
        tarGz: flags.tar === true,
        onProgress: (line) => {
          process.stderr.write(`${line}\n`);
        },
      });
      const rows = manifest.tables.reduce((n, t) => n + t.rows, 0);
      process.stdout.write(
        `backup written: ${path}\n  ${manifest.engine}, ${manifest.tables.length} tables, ${rows} rows, ${manifest.blobs.count} files ` +
          `(${(manifest.blobs.bytes / 1048576).toFixed(1)} MiB), audit head #${manifest.audit.headSeq}, ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
      );
      if (manifest.problems.length) {
        process.stdout.write(
          `BACKUP HAS PROBLEMS (${manifest.problems.length}):\n${manifest.problems.map((p) => `  ${p}`).join('\n')}\n`,
        );
        return 1;
      }
      return 0;
    } catch (err) {
      if (!(err instanceof BackupError)) throw err;
      process.stderr.write(`backup failed: ${err.message}\n`);
      return 1;
    }
  },
};
