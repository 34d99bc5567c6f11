// Research reports (调研报告): the office writes one for a year, of a jointly set topic or not;
// the office and leaders read a report with its recommendations (their steps are
// recommendations.service.ts).
import { inTransaction } from '../../../db/tx.js';
import type { Actor } from '../../../platform/access/actor.js';
import { chinaToday } from '../../../platform/clock.js';
import { invalid } from '../../../platform/errors.js';
import { recommendationAccess, reportRules } from './recommendations.policy.js';
import { presentRecommendation } from './recommendations.present.js';
import { loadReport, type RecommendationDeps } from './recommendations.service.js';

export function createReportService(deps: Pick<RecommendationDeps, 'db' | 'clock' | 'audit' | 'recommendations'>) {
  const { db, clock, audit, recommendations } = deps;
  const now = () => clock.now().toISOString();

  async function reportDetail(actor: Actor, id: number) {
    recommendationAccess.require(actor, 'readReports');
    const p = await loadReport(recommendations, db, actor, id);
    const today = chinaToday(clock);
    const rows = await recommendations.ofReport(db, id);
    return {
      id: p.id,
      orgId: p.org_id,
      year: p.year,
      title: p.title,
      summary: p.summary,
      topicId: p.topic_id,
      recommendations: rows.map((r) => presentRecommendation(actor, r, today)),
      allowedActions: reportRules.allowed(actor, { orgId: p.org_id }, null),
    };
  }

  return {
    reportDetail,

    async reports(actor: Actor, year?: number) {
      recommendationAccess.require(actor, 'readReports');
      const rows = await recommendations.reports(db, actor.currentOrgId, year);
      return rows.map((r) => ({
        id: r.id,
        year: r.year,
        title: r.title,
        topicTitle: r.topic_title,
        recommendations: Number(r.recommendations),
      }));
    },

    async createReport(actor: Actor, input: { year: number; title: string; summary: string; topicId?: number | null }) {
      recommendationAccess.require(actor, 'createReport');
      const id = await inTransaction(db, async (trx) => {
        if (input.topicId) {
          const t = await recommendations.topicOf(trx, input.topicId);
          if (!t || t.org_id !== actor.orgId) throw invalid('topicId', '课题不存在');
        }
        const at = now();
        const id = await recommendations.insertReport(trx, {
          org_id: actor.orgId,
          year: input.year,
          title: input.title,
          summary: input.summary,
          topic_id: input.topicId ?? null,
          created_by: actor.userId,
          created_at: at,
          updated_at: at,
        });
        await audit.append(trx, actor, {
          action: 'workplan.report_create',
          objectType: 'workplan_report',
          objectId: id,
          orgId: actor.orgId,
        });
        return id;
      });
      return reportDetail(actor, id);
    },
  };
}

export type ReportService = ReturnType<typeof createReportService>;
