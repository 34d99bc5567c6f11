// The coverage report (Word) and the list of the unreached (Excel), read by whoever reads the
// figures and recorded in the audit trail like every export.
import { inTransaction } from '../../../db/tx.js';
import type { Actor } from '../../../platform/access/actor.js';
import { chinaDate } from '../../../platform/clock.js';
import { coverageAccess } from './coverage.policy.js';
import type * as S from './coverage.schema.js';
import type { CoverageDeps, CoverageService } from './coverage.service.js';
import { coverageReport } from './coverage-report.js';
import { unreachedSheet } from './unreached-sheet.js';
import { PERIOD_LABELS } from './coverage.texts.js';

export function createCoverageExports(deps: CoverageDeps, coverage: CoverageService) {
  const { db, audit, clock } = deps;
  return {
    async report(actor: Actor, q: { orgId?: number; year?: number }) {
      coverageAccess.require(actor, 'exportCoverage');
      const c = await coverage.coverage(actor, q);
      const sessions = await coverage.sessions(actor, q);
      const data = await coverageReport(c, sessions);
      await inTransaction(db, (trx) =>
        audit.append(trx, actor, {
          action: 'study.coverage_report_export',
          objectType: 'organisation',
          objectId: c.orgId,
          orgId: c.orgId,
          detail: { year: c.year },
        }),
      );
      return { filename: `${c.orgName}${c.year}年度培训覆盖情况报告.docx`, data };
    },

    async unreached(actor: Actor, q: S.ListFilters) {
      coverageAccess.require(actor, 'exportCoverage');
      const { orgId, year, items } = await coverage.allUnreached(actor, q);
      const title = `${PERIOD_LABELS[q.period]}未参训委员名单（${year}年，截至${chinaDate(clock.now())}）`;
      const data = await unreachedSheet(title, items);
      await inTransaction(db, (trx) =>
        audit.append(trx, actor, {
          action: 'study.coverage_unreached_export',
          objectType: 'organisation',
          objectId: orgId,
          orgId,
          detail: { year, period: q.period, rows: items.length },
        }),
      );
      return { filename: `未参训委员名单-${year}-${chinaDate(clock.now())}.xlsx`, data };
    },
  };
}

export type CoverageExports = ReturnType<typeof createCoverageExports>;
