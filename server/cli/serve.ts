// `lvzhi serve`: migrate, seed the demo organisation on a fresh non-production database,
// listen, and shut down gracefully on SIGTERM/SIGINT (in-flight requests finish, the
// job loop stops, the database closes cleanly).
import { buildApp } from '../app.js';
import { loadConfig } from '../config.js';
import { migrateToLatest } from '../db/migrate.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemoIfEmpty } from '../seed/demo.js';
import type { Command } from './commands.js';

export const serveCommand: Command = {
  summary: 'run the web server (migrates first; seeds the demo organisation on a fresh development database)',
  async run() {
    const config = loadConfig();
    const { app, platform } = await buildApp(config, { startJobs: true, backgroundCheckpoints: true });
    await migrateToLatest(platform.db);
    let seeded = false;
    if (config.seedDemo) seeded = await seedDemoIfEmpty(platform, (msg) => app.log.info(msg));
    await app.listen({ host: config.host, port: config.port });

    const address = `http://localhost:${config.port}`;
    const lines = [`Lvzhi 履职平台 is running at ${address}  (API docs: ${address}/docs)`];
    if (config.seedDemo) {
      lines.push(seeded ? 'Demo organisation created. Demo sign-ins:' : 'Demo sign-ins:');
      for (const a of DEMO_ACCOUNTS) lines.push(`  ${a.role.padEnd(22)} ${a.username.padEnd(16)} ${DEMO_PASSWORD}`);
    }
    process.stdout.write(lines.join('\n') + '\n');

    let closing = false;
    const shutdown = async (signal: string) => {
      if (closing) return;
      closing = true;
      app.log.info({ signal }, 'shutting down: finishing in-flight requests');
      const force = setTimeout(() => process.exit(1), 25_000);
      force.unref();
      try {
        await app.close();
        process.exit(0);
      } catch (err) {
        app.log.error({ err }, 'error during shutdown');
        process.exit(1);
      }
    };
    process.on('SIGTERM', () => void shutdown('SIGTERM'));
    process.on('SIGINT', () => void shutdown('SIGINT'));
    return new Promise<number>(() => undefined); // runs until a signal arrives
  },
};
