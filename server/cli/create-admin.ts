// `lvzhi create-admin`: how a real deployment gets its first account. Creates the top
// organisation if there is none, and an office-staff account with a random one-time
// password (or one read from stdin) that must be changed at first sign-in.
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/database.js';
import { migrateToLatest } from '../db/migrate.js';
import { inTransaction } from '../db/tx.js';
import { createAuditLog } from '../platform/audit/audit-log.js';
import {
  checkPasswordPolicy,
  generateOneTimePassword,
  hashPassword,
  PASSWORD_PROBLEM_TEXT,
} from '../platform/auth/password.js';
import { systemClock } from '../platform/clock.js';
import { parseArgs, stringFlag } from './args.js';
import type { Command } from './commands.js';

const USAGE = `usage: lvzhi create-admin --username <name> --display-name <姓名>
         [--org-id <id> | --org-name <全称> --org-short <简称> [--org-level city|province]]
         [--password-stdin]`;

async function readStdin(): Promise<string> {
  let data = '';
  for await (const chunk of process.stdin) data += chunk;
  return data.replace(/\r?\n$/, '');
}

export const createAdminCommand: Command = {
  summary: 'create the first office-staff account (and the top organisation if none exists)',
  async run(args) {
    const { flags } = parseArgs(args);
    const username = stringFlag(flags, 'username')?.trim().toLowerCase();
    const displayName = stringFlag(flags, 'display-name')?.trim();
    if (!username || !/^[a-z0-9_.-]{3,32}$/.test(username) || !displayName) {
      process.stderr.write(`${USAGE}\n(username: 3-32 of a-z 0-9 _ . -)\n`);
      return 2;
    }
    const config = loadConfig();
    const database = openDatabase(config);
    try {
      const db = database.db;
      await migrateToLatest(db);
      const audit = createAuditLog({ db, clock: systemClock });
      const fromStdin = flags['password-stdin'] === true;
      const password = fromStdin ? await readStdin() : generateOneTimePassword({ username, displayName });
      const problems = checkPasswordPolicy(password, { username, displayName });
      if (problems.length) {
        process.stderr.write(`password rejected: ${problems.map((p) => PASSWORD_PROBLEM_TEXT[p]).join('; ')}\n`);
        return 2;
      }
      if (await db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirst()) {
        process.stderr.write(`an account named "${username}" already exists\n`);
        return 1;
      }
      const now = new Date().toISOString();
      const hash = await hashPassword(password, config.passwordHashCost);
      const result = await inTransaction(db, async (trx) => {
        let orgId = Number(stringFlag(flags, 'org-id') ?? 0);
        if (!orgId) {
          const top = await trx
            .selectFrom('organisations')
            .select('id')
            .where('parent_id', 'is', null)
            .orderBy('id')
            .executeTakeFirst();
          if (top) orgId = top.id;
          else {
            const name = stringFlag(flags, 'org-name');
            const shortName = stringFlag(flags, 'org-short');
            const level = stringFlag(flags, 'org-level') === 'province' ? 'province' : 'city';
            if (!name || !shortName) throw new Error('no organisation exists yet: give --org-name and --org-short');
            orgId = (
              await trx
                .insertInto('organisations')
                .values({ name, short_name: shortName, level, parent_id: null, created_at: now, updated_at: now })
                .returning('id')
                .executeTakeFirstOrThrow()
            ).id;
            await audit.append(
              trx,
              { kind: 'system', name: 'create-admin' },
              { action: 'org.create', objectType: 'organisation', objectId: orgId, orgId, detail: { name } },
            );
          }
        } else if (!(await trx.selectFrom('organisations').select('id').where('id', '=', orgId).executeTakeFirst())) {
          throw new Error(`organisation ${orgId} does not exist`);
        }
        const user = await trx
          .insertInto('users')
          .values({
            org_id: orgId,
            username,
            display_name: displayName,
            password_hash: hash,
            must_change_password: fromStdin ? 0 : 1,
            roles: JSON.stringify(['staff']),
            created_at: now,
            updated_at: now,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await audit.append(
          trx,
          { kind: 'system', name: 'create-admin' },
          {
            action: 'user.create',
            objectType: 'user',
            objectId: user.id,
            orgId,
            detail: { username, roles: ['staff'] },
          },
        );
        return { orgId, userId: user.id };
      });
      process.stdout.write(
        `created office-staff account "${username}" (id ${result.userId}) in organisation ${result.orgId}\n`,
      );
      if (!fromStdin) process.stdout.write(`one-time password: ${password}\n(it must be changed at first sign-in)\n`);
      return 0;
    } finally {
      await database.close();
    }
  },
};
