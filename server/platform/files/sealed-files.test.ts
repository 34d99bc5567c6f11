import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTransaction } from '../../db/tx.js';
import { HOUR } from '../clock.js';
import { staffActor } from '../../test/actors.js';
import { PASSWORD, seedFixture } from '../../test/fixtures.js';
import { createTestContext, ENGINE, login, type TestContext } from '../../test/harness.js';
import { plainPdf } from '../../test/hostile-files.js';
import type { Actor } from '../access/actor.js';

describe(`sealed and expiring files (${ENGINE})`, () => {
  let ctx: TestContext;
  let actor: Actor;
  beforeAll(async () => {
    ctx = await createTestContext();
    const fx = await seedFixture(ctx.platform);
    await login(ctx, 'staff', PASSWORD);
    actor = staffActor(fx);
  });
  afterAll(async () => ctx?.close());

  it('stores personal-data files sealed, serves them back intact, and purges them when they expire', async () => {
    const original = plainPdf();
    const { files, db } = ctx.platform;
    const stored = await inTransaction(db, (trx) =>
      files.accept(
        trx,
        actor,
        { data: original, filename: '名册.pdf' },
        { allowed: ['pdf'], seal: true, expiresInMs: 24 * HOUR },
      ),
    );
    const row = await db.selectFrom('files').selectAll().where('id', '=', stored.id).executeTakeFirstOrThrow();
    expect(row.sealed).toBe(1);
    const onDisk = readFileSync(join(ctx.config.filesDir, row.storage_key));
    expect(onDisk.equals(original)).toBe(false);
    expect(onDisk.includes(original.subarray(0, 32))).toBe(false);

    const { stream } = await files.open(actor, stored.id);
    const chunks: Buffer[] = [];
    for await (const c of stream) chunks.push(c as Buffer);
    expect(Buffer.concat(chunks).equals(original)).toBe(true);

    expect(await files.purgeExpired()).toBe(0);
    ctx.clock.advance(25 * HOUR);
    expect(await files.purgeExpired()).toBe(1);
    expect(await db.selectFrom('files').select('id').where('id', '=', stored.id).executeTakeFirst()).toBeUndefined();
    expect(() => readFileSync(join(ctx.config.filesDir, row.storage_key))).toThrow();
  });

  it('detaches a file from its owner in the transaction: unreadable at once, its bytes purged afterwards', async () => {
    const { files, db } = ctx.platform;
    files.registerOwner('note', async () => true);
    const [kept, dropped] = await inTransaction(db, async (trx) => {
      const a = await files.accept(trx, actor, { data: plainPdf(), filename: '会议纪要.pdf' }, { allowed: ['pdf'] });
      const b = await files.accept(trx, actor, { data: plainPdf(), filename: '旧版附件.pdf' }, { allowed: ['pdf'] });
      await files.attach(trx, actor, [a.id, b.id], 'note', 7);
      return [a, b];
    });
    // Only files of that owner: another owner's id, or an unknown one, is refused and nothing changes.
    for (const [ownerType, ownerId] of [
      ['note', 8],
      ['memo', 7],
    ] as const) {
      await expect(
        inTransaction(db, (trx) => files.detach(trx, [dropped.id], ownerType, ownerId)),
      ).rejects.toMatchObject({ status: 400, code: 'FILE_NOT_FOUND' });
    }
    await expect(
      inTransaction(db, (trx) => files.detach(trx, [dropped.id, '00000000-0000-4000-8000-000000000000'], 'note', 7)),
    ).rejects.toMatchObject({ status: 400, code: 'FILE_NOT_FOUND' });
    expect((await files.listFor(db, 'note', 7)).map((f) => f.id).sort()).toEqual([kept.id, dropped.id].sort());

    // Rolled back with the transaction: still attached and readable.
    await expect(
      inTransaction(db, async (trx) => {
        await files.detach(trx, [dropped.id], 'note', 7);
        throw new Error('the edit failed');
      }),
    ).rejects.toThrow('the edit failed');
    expect((await files.listFor(db, 'note', 7)).map((f) => f.id).sort()).toEqual([kept.id, dropped.id].sort());

    const detached = await inTransaction(db, (trx) => files.detach(trx, [dropped.id], 'note', 7));
    expect(detached.map((f) => f.name)).toEqual(['旧版附件.pdf']);
    expect((await files.listFor(db, 'note', 7)).map((f) => f.id)).toEqual([kept.id]);
    // Gone even for its uploader, and it cannot be claimed again before the purge.
    await expect(files.open(actor, dropped.id)).rejects.toMatchObject({ status: 404 });
    await expect(inTransaction(db, (trx) => files.attach(trx, actor, [dropped.id], 'note', 7))).rejects.toMatchObject({
      code: 'FILE_NOT_FOUND',
    });
    const key = (
      await db.selectFrom('files').select('storage_key').where('id', '=', dropped.id).executeTakeFirstOrThrow()
    ).storage_key;
    ctx.clock.advance(1000);
    expect(await files.purgeExpired()).toBe(1);
    expect(() => readFileSync(join(ctx.config.filesDir, key))).toThrow();
    expect((await files.open(actor, kept.id)).file.name).toBe('会议纪要.pdf');
  });

  it('checks and stores an upload before its transaction, and takes the bytes back when that fails', async () => {
    const { files, db } = ctx.platform;
    const prepared = await files.prepare(actor, { data: plainPdf(), filename: '调研报告.pdf' }, { allowed: ['pdf'] });
    expect(await files.store.stat(prepared.row.storage_key)).toEqual({ size: plainPdf().length });
    expect(await db.selectFrom('files').select('id').where('id', '=', prepared.row.id).executeTakeFirst()).toBe(
      undefined,
    );
    await files.discard(prepared);
    expect(await files.store.stat(prepared.row.storage_key)).toBeNull();

    const again = await files.prepare(actor, { data: plainPdf(), filename: '调研报告.pdf' }, { allowed: ['pdf'] });
    const stored = await inTransaction(db, (trx) => files.record(trx, actor, again));
    expect((await files.open(actor, stored.id)).file.name).toBe('调研报告.pdf');
  });
});
