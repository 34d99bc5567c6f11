// How an inspection is shown in lists and at the head of its page.
import type { InspectionItemRow, InspectionRepo } from './inspections.repo.js';

type Counts = Awaited<ReturnType<InspectionRepo['counts']>> extends Map<number, infer C> ? C : never;

export function presentItem(r: InspectionItemRow, c: Counts | undefined) {
  return {
    id: r.id,
    title: r.title,
    subject: r.subject,
    kind: r.kind,
    startsOn: r.starts_on,
    endsOn: r.ends_on,
    status: r.status,
    leader:
      r.leader_member_id !== null
        ? { kind: 'member' as const, id: r.leader_member_id, name: r.leader_member_name ?? '' }
        : r.leader_user_id !== null
          ? { kind: 'user' as const, id: r.leader_user_id, name: r.leader_user_name ?? '' }
          : null,
    participantCount: c?.participants ?? 0,
    siteCount: c?.sites ?? 0,
    recommendationCount: c?.recommendations ?? 0,
    openRecommendationCount: c?.open ?? 0,
    cancelReason: r.cancel_reason,
    publishedAt: r.published_at,
    createdAt: r.created_at,
  };
}
