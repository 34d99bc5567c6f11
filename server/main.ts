#!/usr/bin/env node
// The `lvzhi` command line: serve | migrate | seed-demo | create-admin | backup | restore |
// audit-verify | import-members | consensus-analyse. Each command lives in server/cli/.
import { ConfigError } from './config.js';
import { commands } from './cli/commands.js';

async function main(argv: string[]): Promise<number> {
  const [name = 'serve', ...args] = argv;
  const command = commands[name];
  if (!command || name === 'help' || name === '--help') {
    const list = Object.entries(commands)
      .map(([n, c]) => `  ${n.padEnd(15)} ${c.summary}`)
      .join('\n');
    process.stdout.write(`usage: lvzhi <command> [options]\n\n${list}\n`);
    return command || name === 'help' || name === '--help' ? 0 : 2;
  }
  return command.run(args);
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code !== 0) process.exitCode = code;
  },
  (err: unknown) => {
    if (err instanceof ConfigError) process.stderr.write(`${err.message}\n`);
    else process.stderr.write(`${(err as Error)?.stack ?? String(err)}\n`);
    process.exitCode = 1;
  },
);
