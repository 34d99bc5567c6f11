// `npm start`: build what is missing or out of date (server and web app), then serve.
// A fresh clone therefore needs only `npm ci && npm start`.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newest(dir) {
  let t = 0;
  if (!existsSync(dir)) return t;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist') continue;
    const p = join(dir, entry.name);
    t = Math.max(t, entry.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

function run(cmd, args) {
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const serverOut = 'dist/server/main.js';
if (!existsSync(serverOut) || newest('server') > statSync(serverOut).mtimeMs) {
  console.log('building the server…');
  run('npm', ['run', '--silent', 'build:server']);
}
const webOut = 'dist/web/index.html';
if (!existsSync(webOut) || newest('web') > statSync(webOut).mtimeMs) {
  console.log('building the web app…');
  run('npm', ['run', '--silent', 'build:web']);
}
// Forward stop signals so the server can finish in-flight requests and close the database.
const child = spawn(process.execPath, [serverOut, 'serve', ...process.argv.slice(2)], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
