import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTransaction } from '../../db/tx.js';
import { HOUR } from '../clock.js';
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
    actor = {
      kind: 'user', userId: fx.users.staff!.id, username: 'staff', displayName: '周秘书', orgId: fx.city, currentOrgId: fx.city,
      visibleOrgIds: [fx.city], roles: ['staff'], permissions: new Set(), memberId: null, unitId: null, leaderTitle: null, sessionId: 's', ip: '127.0.0.1',
    };
  });
  afterAll(async () => ctx?.close());

  it('stores personal-data files sealed, serves them back intact, and purges them when they expire', async () => {
    const original = plainPdf();
    const { files, db } = ctx.platform;
    const stored = await inTransaction(db, (trx) => files.accept(trx, actor, { data: original, filename: '名册.pdf' }, { allowed: ['pdf'], seal: true, expiresInMs: 24 * HOUR }));
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
});
