// The command table. A command returns its exit code.
import { auditVerifyCommand } from './audit-verify.js';
import { backupCommand } from './backup.js';
import { consensusAnalyseCommand } from './consensus-analyse.js';
import { createAdminCommand } from './create-admin.js';
import { importMembersCommand } from './import-members.js';
import { importPolisCommand } from './import-polis.js';
import { migrateCommand } from './migrate.js';
import { restoreCommand } from './restore.js';
import { seedDemoCommand } from './seed-demo.js';
import { serveCommand } from './serve.js';

export interface Command {
  summary: string;
  run(args: string[]): Promise<number>;
}

export const commands: Record<string, Command> = {
  serve: serveCommand,
  migrate: migrateCommand,
  'seed-demo': seedDemoCommand,
  'create-admin': createAdminCommand,
  backup: backupCommand,
  restore: restoreCommand,
  'audit-verify': auditVerifyCommand,
  'import-members': importMembersCommand,
  'consensus-analyse': consensusAnalyseCommand,
  'import-polis': importPolisCommand,
};
