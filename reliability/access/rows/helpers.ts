// What every file of access rows shares: the request and row shapes, the role lists the
// columns are written with, and the builders of requests and rows (see ../matrix.ts).
import type { InjectOptions } from 'fastify';
import type { RoleName } from '../../support/scenario.js';
import type { Bundle } from '../targets.js';

export interface Req extends Pick<InjectOptions, 'method' | 'url' | 'headers'> {
  payload?: unknown;
  upload?: { name: string; data: 'pdf' | 'xlsx' };
}
export interface AccessRow {
  op: string;
  own: string;
  other: string;
  build: (t: Bundle, role: RoleName) => Req;
  /** Names no record: "other" means after switching to the other organisation. */
  current?: boolean;
  /** May end or change the caller's session or account: callers are restored after the row. */
  disruptive?: boolean;
  /** Send from a fresh, signed-out client (sign-in itself). */
  fresh?: boolean;
  /** A 200 that is still a refusal: a batch whose every item was refused. */
  refusedWhen?: (body: unknown) => boolean;
}

export const SIGNED_IN = 'staff leader gov_leader member unit county_admin auditor public';
export const EVERYONE = `${SIGNED_IN} anonymous`;
export const OFFICE = 'staff county_admin';
export const READERS = 'staff leader county_admin';
export const CITY_READERS = 'staff leader';

export const get = (url: string): Req => ({ method: 'GET', url });
export const post = (url: string, payload: unknown = {}): Req => ({ method: 'POST', url, payload });
export const put = (url: string, payload: unknown): Req => ({ method: 'PUT', url, payload });
export const patch = (url: string, payload: unknown): Req => ({ method: 'PATCH', url, payload });
export const del = (url: string): Req => ({ method: 'DELETE', url });

export const row = (
  op: string,
  own: string,
  other: string,
  build: AccessRow['build'],
  opts: Partial<AccessRow> = {},
): AccessRow => ({ op, own, other, build, ...opts });
export const current = (
  op: string,
  own: string,
  other: string,
  build: AccessRow['build'],
  opts: Partial<AccessRow> = {},
) => row(op, own, other, build, { current: true, ...opts });
