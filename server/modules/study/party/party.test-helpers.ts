// The steps party building's tests share: the chain 党组 → 机关党委 → branches built through the API.
import { expect } from 'vitest';
import type { Client } from '../../../test/harness.js';

export async function created(res: Promise<{ statusCode: number; body: string; json(): { id: number } }>) {
  const r = await res;
  expect(r.statusCode, r.body).toBe(201);
  return r.json().id;
}

/** The party group, the organ committee under it and the named branches under that. */
export async function buildChain(office: Client, branches: string[]) {
  const group = await created(office.post('/api/study/party/orgs', { kind: 'party_group', name: '党组' }));
  const committee = await created(
    office.post('/api/study/party/orgs', { kind: 'organ_committee', name: '机关党委', parentId: group }),
  );
  const ids: number[] = [];
  for (const name of branches)
    ids.push(await created(office.post('/api/study/party/orgs', { kind: 'branch', name, parentId: committee })));
  return { group, committee, branches: ids };
}
