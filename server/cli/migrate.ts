import { loadConfig } from '../config.js';
import { openDatabase } from '../db/database.js';
import { migrateToLatest } from '../db/migrate.js';
import type { Command } from './commands.js';

export const migrateCommand: Command = {
  summary: 'apply pending database migrations (safe to run again)',
  async run() {
    const config = loadConfig();
    const database = openDatabase(config);
    try {
      const applied = await migrateToLatest(database.db);
      process.stdout.write(applied.length ? `applied: ${applied.join(', ')}\n` : 'database is up to date\n');
      return 0;
    } finally {
      await database.close();
    }
  },
};
