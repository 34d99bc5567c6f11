import { loadConfig } from '../config.js';
import { openDatabase } from '../db/database.js';
import { createAuditLog } from '../platform/audit/audit-log.js';
import { systemClock } from '../platform/clock.js';
import type { Command } from './commands.js';

const PROBLEM_TEXT: Record<string, string> = {
  hash_mismatch: 'entry was edited (its hash does not match its content)',
  broken_link: 'entry does not follow the one before it (an entry was inserted or replaced)',
  missing_entry: 'entry is missing (deleted)',
  head_mismatch: 'the chain head does not match the last entry (entries were removed from the end)',
};

export const auditVerifyCommand: Command = {
  summary: 'check the audit trail hash chain; exit code 1 if any entry was edited or deleted',
  async run() {
    const config = loadConfig();
    const database = openDatabase(config);
    try {
      const audit = createAuditLog({ db: database.db, clock: systemClock });
      const report = await audit.verify((n) => {
        if (process.stderr.isTTY) process.stderr.write(`\rchecked ${n} entries`);
      });
      if (process.stderr.isTTY) process.stderr.write('\n');
      if (report.ok) {
        process.stdout.write(`audit trail intact: ${report.checked} entries, head at #${report.headSeq}\n`);
        return 0;
      }
      process.stdout.write(`AUDIT TRAIL BROKEN: ${report.problems.length} problem(s) in ${report.checked} entries\n`);
      for (const p of report.problems) process.stdout.write(`  #${p.seq}: ${PROBLEM_TEXT[p.problem] ?? p.problem}\n`);
      return 1;
    } finally {
      await database.close();
    }
  },
};
