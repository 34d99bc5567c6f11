import { buildApp } from '../app.js';
import { loadConfig } from '../config.js';
import { migrateToLatest } from '../db/migrate.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemoIfEmpty } from '../seed/demo.js';
import type { Command } from './commands.js';

export const seedDemoCommand: Command = {
  summary: 'fill an empty development database with the demo organisation (refused in production)',
  async run() {
    const config = loadConfig();
    if (config.env === 'production') {
      process.stderr.write('seed-demo is refused when NODE_ENV=production\n');
      return 2;
    }
    const { app, platform } = await buildApp(config, { logger: false, webDir: null });
    try {
      await migrateToLatest(platform.db);
      const seeded = await seedDemoIfEmpty(platform);
      if (!seeded) {
        process.stdout.write('the database already holds organisations; nothing seeded\n');
        return 1;
      }
      process.stdout.write('demo organisation created. Sign-ins:\n');
      for (const a of DEMO_ACCOUNTS)
        process.stdout.write(`  ${a.role.padEnd(22)} ${a.username.padEnd(16)} ${DEMO_PASSWORD}\n`);
      return 0;
    } finally {
      await app.close();
    }
  },
};
