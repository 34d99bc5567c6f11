// The fuzzer's signed-in callers, kept usable: a fuzzed request may legitimately lock,
// deactivate, demote or sign out one of them (staff may deactivate a member's account, a
// member may sign himself out). After such a request the callers' accounts, members, units
// and organisations are put back as they were and anyone signed out signs in again, so the
// rest of the run still exercises every role.
import { PASSWORD } from '../../server/test/fixtures.js';
import { client, login, type Client } from '../../server/test/harness.js';
import type { Scenario } from './scenario.js';

type Row = Record<string, unknown> & { id: number };
const KEPT_TABLES = ['users', 'members', 'handling_units', 'organisations'] as const;

export interface Actors {
  names: string[];
  get(name: string): Client;
  /** Puts the callers' records back and signs in again whoever lost their session. */
  repair(): Promise<void>;
}

export async function createActors(s: Scenario): Promise<Actors> {
  const { ctx } = s;
  const db = ctx.platform.db;
  const signedIn = new Map<string, Client>(Object.entries(s.clients));
  const usernames = new Map<string, string>();
  for (const [name, c] of signedIn) usernames.set(name, (await c.get('/api/auth/me')).json().user.username);
  const userRows = await db
    .selectFrom('users')
    .selectAll()
    .where('username', 'in', [...usernames.values()])
    .execute();
  const memberIds = userRows.map((u) => u.member_id).filter((x): x is number => x !== null);
  const kept: Record<(typeof KEPT_TABLES)[number], Row[]> = {
    users: userRows as unknown as Row[],
    members: (await db.selectFrom('members').selectAll().where('id', 'in', memberIds).execute()) as unknown as Row[],
    handling_units: (await db.selectFrom('handling_units').selectAll().execute()) as unknown as Row[],
    organisations: (await db.selectFrom('organisations').selectAll().execute()) as unknown as Row[],
  };

  async function anonymous(): Promise<Client> {
    const c = client(ctx);
    c.csrf = (await c.get('/api/auth/csrf')).json().csrfToken;
    return c;
  }
  const clients = new Map<string, Client>([...signedIn, ['anonymous', await anonymous()]]);

  return {
    names: [...clients.keys()],
    get: (name) => clients.get(name)!,
    async repair() {
      for (const table of KEPT_TABLES) {
        for (const { id, ...row } of kept[table]) {
          await db
            .updateTable(table)
            .set(row as never)
            .where('id', '=', id)
            .execute();
        }
      }
      await db.deleteFrom('login_attempts').execute();
      ctx.platform.orgTree.invalidate();
      for (const [name, username] of usernames) {
        const me = await clients.get(name)!.get('/api/auth/me');
        if (me.statusCode !== 200 || me.json().mustChangePassword || me.json().mfaState !== 'ok')
          clients.set(name, await login(ctx, username, PASSWORD));
      }
    },
  };
}
