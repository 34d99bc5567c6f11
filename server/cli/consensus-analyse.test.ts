// The command on a real Polis export (brexit-consensus, votes.csv.gz present): its JSON has the
// promised shape and says what the engine says.
import { readFileSync } from 'node:fs';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyse, readPolisExport } from '../platform/consensus/index.js';
import { consensusAnalyseCommand } from './consensus-analyse.js';

const DIR = join(import.meta.dirname, '../../test-data/polis/brexit-consensus');

async function runCommand(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
  try {
    const code = await consensusAnalyseCommand.run(args);
    return { code, out, err };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

const text = (name: string) => gunzipSync(readFileSync(join(DIR, `${name}.gz`))).toString('utf8');

describe('lvzhi consensus-analyse', () => {
  let tmp: string | null = null;
  afterEach(() => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
    tmp = null;
  });

  it('prints groups, participants, consensus and repness as the engine computes them', async () => {
    const { code, out } = await runCommand([DIR]);
    expect(code).toBe(0);
    const json = JSON.parse(out) as {
      groups: number;
      participants: Record<string, number | null>;
      consensus: number[];
      repness: Record<string, number[]>;
    };
    expect(Object.keys(json).sort()).toEqual(['consensus', 'groups', 'participants', 'repness']);

    const conv = readPolisExport({ comments: text('comments.csv'), votes: text('votes.csv') });
    const a = analyse({ matrix: conv.matrix, moderatedOut: conv.moderatedOut });
    expect(json.groups).toBe(a.groups.length);
    expect(json.groups).toBeGreaterThanOrEqual(2);
    expect(Object.keys(json.participants)).toHaveLength(conv.matrix.participants.length);
    const indices = Object.values(json.participants);
    for (let g = 0; g < json.groups; g++) expect(indices).toContain(g);
    expect(indices.every((g) => g === null || (Number.isInteger(g) && g >= 0 && g < json.groups))).toBe(true);
    expect(Object.keys(json.repness)).toEqual(Array.from({ length: json.groups }, (_, g) => String(g)));
    for (const list of Object.values(json.repness)) {
      expect(list.length).toBeGreaterThan(0);
      expect(list.every((id) => conv.matrix.statements.includes(id))).toBe(true);
    }
    expect(json.consensus).toEqual(a.consensus);
  });

  it('falls back to participants-votes.csv when votes.csv is absent', async () => {
    tmp = mkdtempSync(join(tmpdir(), 'lvzhi-polis-'));
    writeFileSync(join(tmp, 'comments.csv'), text('comments.csv'));
    writeFileSync(join(tmp, 'participants-votes.csv'), text('participants-votes.csv'));
    const { code, out } = await runCommand([tmp]);
    expect(code).toBe(0);
    expect(JSON.parse(out).groups).toBeGreaterThanOrEqual(2);
  });

  it('says what is missing instead of failing obscurely', async () => {
    tmp = mkdtempSync(join(tmpdir(), 'lvzhi-polis-'));
    expect(await runCommand([])).toMatchObject({ code: 2, err: expect.stringContaining('usage') });
    expect(await runCommand([tmp])).toMatchObject({ code: 2, err: expect.stringContaining('comments.csv') });
    writeFileSync(join(tmp, 'comments.csv'), text('comments.csv'));
    expect(await runCommand([tmp])).toMatchObject({ code: 2, err: expect.stringContaining('votes.csv') });
    writeFileSync(join(tmp, 'votes.csv'), 'timestamp,datetime,comment-id,voter-id,vote\n1,x,3,4,7\n');
    expect(await runCommand([tmp])).toMatchObject({ code: 1, err: expect.stringContaining('vote 7') });
  });
});
