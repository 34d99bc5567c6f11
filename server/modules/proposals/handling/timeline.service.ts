// A proposal's history for anyone who may see it, read from the audit trail (every step
// writes one entry about the proposal): when, who (a unit's staff appear as their unit),
// what: its kind and its facts (a client words them in its reader's language), with a Chinese
// sentence of them. Internal notes (urging, declines, sent-back replies) are shown in full
// only to the office and the unit concerned; others see that the step happened.
import type { Actor } from '../../../platform/access/actor.js';
import { viewerOf } from '../core/proposals.policy.js';
import { loadVisible, OFFICE_ROLES } from '../core/proposals.service.js';
import { loadSettings } from '../settings/settings.repo.js';
import type { HandlingDeps } from './handling.repo.js';
import type { WhoKind } from './timeline.model.js';
import { ACTIONS, isTimelineKind, zhDetail, type Detail, type TimelineAction } from './timeline.texts.js';

function unitIdsIn(d: Detail): number[] {
  const ids: unknown[] = [
    d.unitId,
    ...(Array.isArray(d.units) ? d.units.map((u: { unitId?: unknown }) => u?.unitId) : []),
  ];
  return ids.filter((x): x is number => typeof x === 'number');
}

export function createTimelineService(deps: HandlingDeps) {
  const { db, repo, handling } = deps;

  return {
    async timeline(actor: Actor, id: number) {
      const { p, rel } = await loadVisible(deps, actor, id);
      const viewer = viewerOf(actor, p, rel);
      // Only the proposal's own steps: exports and reveals are the auditor's business.
      const rows = (await handling.trail(db, p.id)).flatMap((r) =>
        isTimelineKind(r.action) ? [{ ...r, action: r.action }] : [],
      );
      const details = rows.map((r) => (r.detail ? (JSON.parse(r.detail) as Detail) : {}));
      const [actors, units, settings] = await Promise.all([
        handling.actors(db, [...new Set(rows.map((r) => r.actor_id).filter((x): x is number => x !== null))]),
        repo.units(db, [...new Set(details.flatMap(unitIdsIn))]),
        loadSettings(db, p.org_id),
      ]);
      const unitName = (uid: unknown) => units.find((u) => u.id === uid)?.name ?? null;
      const who = (actorId: number | null, name: string | null): { who: string; whoKind: WhoKind } => {
        const u = actorId === null ? undefined : actors.find((x) => x.id === actorId);
        if (!u)
          return name && !name.startsWith('system:')
            ? { who: name, whoKind: 'person' }
            : { who: '系统', whoKind: 'system' };
        if (u.unit_name) return { who: u.unit_name, whoKind: 'unit' };
        const staff = (JSON.parse(u.roles) as string[]).some((r) => (OFFICE_ROLES as readonly string[]).includes(r));
        // Office staff act for the office; only the office itself sees which colleague it was.
        return staff && !u.member_id && viewer.kind !== 'office'
          ? { who: '政协机关', whoKind: 'office' }
          : { who: u.display_name, whoKind: 'person' };
      };
      return {
        items: rows.map((r, i) => {
          const d = details[i]!;
          const known: TimelineAction = ACTIONS[r.action];
          const full = viewer.kind === 'office' || (viewer.kind === 'unit' && d.unitId === viewer.unitId);
          const facts = known.facts?.(d, { full, unitName, resultLabels: settings.resultLabels }) ?? [];
          return {
            seq: r.seq,
            at: r.at,
            ...who(r.actor_id, r.actor_name),
            action: r.action,
            label: known.label,
            detail: zhDetail(facts),
            facts,
          };
        }),
      };
    },
  };
}

export type TimelineService = ReturnType<typeof createTimelineService>;
