import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ENGINE } from '../test/harness.js';
import { startCheckpointer } from './checkpointer.js';
import { openSqlite } from './database.js';

describe.skipIf(ENGINE !== 'sqlite')('background checkpoints (SQLite)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lvzhi-ckpt-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('the worker copies committed pages from the log into the database file; the server connection does not', async () => {
    const file = join(dir, 'lvzhi.db');
    const raw = openSqlite(file);
    raw.pragma('wal_autocheckpoint = 10000'); // what the checkpointer sets: the server connection leaves it alone
    raw.exec('create table notes (id integer primary key, body text not null)');
    const insert = raw.prepare('insert into notes (body) values (?)');
    const body = '委员联系群众情况记录。'.repeat(150); // about 4.5 KB a row
    raw.transaction(() => {
      for (let i = 0; i < 600; i++) insert.run(body);
    })();
    const before = statSync(file).size;
    expect(before).toBeLessThan(256 * 1024); // everything is still in the log

    const errors: string[] = [];
    const checkpointer = startCheckpointer(raw, file, { intervalMs: 20, onError: (m) => errors.push(m) });
    const deadline = Date.now() + 5000;
    while (statSync(file).size < 2_000_000 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    await checkpointer.stop();
    expect(statSync(file).size).toBeGreaterThan(2_000_000);
    expect(errors).toEqual([]);

    // Still one consistent database, and the server connection keeps writing after the worker stopped.
    insert.run('最后一条');
    expect(raw.prepare('select count(*) from notes').pluck().get()).toBe(601);
    expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
    raw.close();
  });
});
