// Issue 5 item 4: every cell of the access matrix (reliability/access/matrix.ts) against the
// running server, every operation of /openapi.json present in the matrix, and id guessing.
// Allowed: the answer is not 401/403/404 (a 409 for a step the record's state does not allow
// still proves access was granted, since policies are checked before state). Refused: the
// answer is 401, 403 or 404, and nothing else (a 409 there would reveal the record's state).
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, type Client } from '../../server/test/harness.js';
import { multipartFile } from '../../server/test/multipart.js';
import { createActors, type Actors } from '../support/actors.js';
import { ENGINES } from '../support/engines.js';
import { loadOperations } from '../support/operations.js';
import { errorShapeProblem } from '../support/response-checks.js';
import { buildScenario, ROLE_NAMES, type Scenario } from '../support/scenario.js';
import { ACCESS_MATRIX, ID_GUESSES, type Req } from './matrix.js';
import { buildBundles, type Bundle } from './targets.js';

const REFUSED = new Set([401, 403, 404]);

describe.each(ENGINES)('access matrix (%s)', (engine) => {
  let s: Scenario;
  let actors: Actors;
  let bundles: { city: Bundle; county: Bundle };
  let xlsx: Buffer;

  beforeAll(async () => {
    s = await buildScenario(engine);
    bundles = await buildBundles(s);
    xlsx = (await s.clients.staff.get('/api/members/import/template')).rawPayload;
    actors = await createActors(s);
  });
  afterAll(async () => s?.ctx.close());

  async function send(c: Client, req: Req) {
    const opts: InjectOptions = {
      method: req.method,
      url: req.url,
      headers: { ...(req.headers as Record<string, string>) },
    };
    if (req.upload) {
      const data =
        req.upload.data === 'xlsx'
          ? xlsx
          : Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
      const { payload, headers } = multipartFile(req.upload.name, data, 'application/octet-stream');
      Object.assign(opts.headers!, headers);
      opts.payload = payload;
    } else if (req.payload !== undefined) opts.payload = req.payload as object;
    return c.request(opts);
  }

  async function anonymous(): Promise<Client> {
    const c = client(s.ctx);
    c.csrf = (await c.get('/api/auth/csrf')).json().csrfToken;
    return c;
  }

  it('has a row for every operation of /openapi.json, and none for operations that do not exist', async () => {
    const documented = (await loadOperations(s.ctx.app)).map((o) => o.key);
    const rows = ACCESS_MATRIX.map((r) => r.op);
    expect(
      documented.filter((k) => !rows.includes(k)),
      'operations missing from reliability/access/matrix.ts',
    ).toEqual([]);
    expect(
      rows.filter((k) => !documented.includes(k)),
      'matrix rows for operations the server does not have',
    ).toEqual([]);
    expect(
      rows.filter((k, i) => rows.indexOf(k) !== i),
      'operations listed twice',
    ).toEqual([]);
  });

  it('answers every cell (operation × role × own/other organisation) as the matrix says', async () => {
    const problems: string[] = [];
    let cells = 0;
    for (const row of ACCESS_MATRIX) {
      for (const role of ROLE_NAMES) {
        const home = role === 'county_admin' ? bundles.county : bundles.city;
        const away = role === 'county_admin' ? bundles.city : bundles.county;
        for (const side of ['own', 'other'] as const) {
          const allowed = row[side].split(/\s+/).includes(role);
          const bundle = side === 'own' ? home : away;
          const c = row.fresh || role === 'anonymous' ? await anonymous() : actors.get(role);
          let res;
          const switching = row.current && side === 'other' && role !== 'anonymous';
          if (switching) res = await c.post('/api/auth/switch-org', { orgId: away.org });
          // A `current` row acts from the caller's home records; only the organisation he views changes.
          if (!switching || res!.statusCode === 200) res = await send(c, row.build(row.current ? home : bundle, role));
          if (switching) await c.post('/api/auth/switch-org', { orgId: home.org });
          cells++;
          const r = res!;
          // A batch answers 200 with a result per item: every item refused is a refusal.
          const itemsRefused = row.refusedWhen && r.statusCode === 200 && row.refusedWhen(r.json());
          const status = itemsRefused ? 403 : r.statusCode;
          const code = itemsRefused ? 'ITEMS_REFUSED' : r.statusCode >= 400 ? r.json().error?.code : '';
          const where = `${row.op} | ${role} | ${side}`;
          if (status >= 500) problems.push(`${where}: ${status} ${r.body.slice(0, 200)}`);
          else if (allowed && REFUSED.has(status)) problems.push(`${where}: should be allowed, got ${status} ${code}`);
          else if (allowed && code === 'VALIDATION_FAILED')
            problems.push(`${where}: the matrix's request is not valid: ${r.body.slice(0, 300)}`);
          else if (!allowed && !REFUSED.has(status))
            problems.push(`${where}: should be refused, got ${status} ${code}`);
          if (r.statusCode >= 400 && errorShapeProblem(r.body))
            problems.push(`${where}: error not in the documented shape`);
          if (row.disruptive || row.fresh) await actors.repair();
        }
      }
    }
    console.log(`access matrix (${engine}): ${ACCESS_MATRIX.length} operations, ${cells} cells checked`);
    expect(problems).toEqual([]);
  });

  it('refuses every guessed id of a record the caller may not see', async () => {
    const otherNotice = bundles.city.noticeOf('unit');
    const g = {
      cityP: bundles.city.p,
      countyP: bundles.county.p,
      otherMemberDraft: s.otherMemberDraft,
      otherUnitProposal: s.otherUnitProposal,
      otherMemberFile: s.files.otherMember,
      otherNotice,
      cityMtg: bundles.city.mtg,
      countyMtg: bundles.county.mtg,
    };
    const problems: string[] = [];
    for (const guess of ID_GUESSES) {
      const res = await send(s.clients[guess.who]!, guess.build(g));
      if (!REFUSED.has(res.statusCode))
        problems.push(`${guess.who} → ${guess.what}: ${res.statusCode} ${res.body.slice(0, 200)}`);
    }
    expect(problems).toEqual([]);
  });
});
