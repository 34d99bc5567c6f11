// A proposal's history for anyone who may see it, read from the audit trail (every step
// writes one entry about the proposal): when, who (a unit's staff appear as their unit),
// what, in Chinese. Internal notes (urging, declines, sent-back replies) are shown in full
// only to the office and the unit concerned; others see that the step happened.
import type { Actor } from '../../../platform/access/actor.js';
import { viewerOf } from '../core/proposals.policy.js';
import { loadVisible, OFFICE_ROLES } from '../core/proposals.service.js';
import { loadSettings } from '../settings/settings.repo.js';
import type { HandlingDeps } from './handling.repo.js';
import { ACTIONS, isTimelineKind, type Detail, type TimelineAction } from './timeline.texts.js';

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
      const unitName = (uid: unknown) => units.find((u) => u.id === uid)?.name ?? '承办单位';
      const who = (actorId: number | null, name: string | null): string => {
        const u = actorId === null ? undefined : actors.find((x) => x.id === actorId);
        if (!u) return name?.startsWith('system:') ? '系统' : (name ?? '系统');
        if (u.unit_name) return u.unit_name;
        const staff = (JSON.parse(u.roles) as string[]).some((r) => (OFFICE_ROLES as readonly string[]).includes(r));
        // Office staff act for the office; only the office itself sees which colleague it was.
        return staff && !u.member_id && viewer.kind !== 'office' ? '政协机关' : u.display_name;
      };
      return {
        items: rows.map((r, i) => {
          const d = details[i]!;
          const known: TimelineAction = ACTIONS[r.action];
          const full = viewer.kind === 'office' || (viewer.kind === 'unit' && d.unitId === viewer.unitId);
          return {
            seq: r.seq,
            at: r.at,
            who: who(r.actor_id, r.actor_name),
            action: r.action,
            label: known.label,
            detail: known.detail?.(d, { full, unitName, resultLabels: settings.resultLabels }) ?? null,
          };
        }),
      };
    },
  };
}

export type TimelineService = ReturnType<typeof createTimelineService>;
