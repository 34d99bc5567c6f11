// The receipt lookup: a resident who wrote on a paper form or the public form keeps a receipt
// code; its SHA-256 is stored on the opinion (never the code). Anyone holding the code reads
// where the opinion stands and the answer — nothing of who wrote it. Rate-limited per address,
// and a wrong code says only that it is wrong.
import { createHash } from 'node:crypto';
import type { Db } from '../../../db/tx.js';
import { chinaDate, chinaToday, type Clock } from '../../../platform/clock.js';
import { AppError, notFound } from '../../../platform/errors.js';
import { createRateLimiter } from '../../../platform/http/rate-limit.js';
import type { ProcessingRepo } from './processing.repo.js';
import { routeView } from './answers.service.js';
import { processingTexts as T } from './processing.texts.js';
import { receiptHash } from '../intake/intake.model.js';

/** Lookups per address and minute: a person checks a few codes, a script guessing codes is stopped. */
export const RECEIPT_LOOKUPS_PER_MINUTE = 10;

/** The SHA-256 (hex) stored in opinions.receipt_hash for a receipt code: intake's own folding and hash. */
export const receiptHashOf = receiptHash;

export function createReceiptService(deps: { db: Db; clock: Clock; repo: ProcessingRepo }) {
  const { db, clock, repo } = deps;
  const limiter = createRateLimiter(RECEIPT_LOOKUPS_PER_MINUTE, 60_000, () => clock.now().getTime());
  return {
    async lookup(ip: string, code: string) {
      if (!limiter.hit(ip)) throw new AppError(429, 'RATE_LIMITED', T.rateLimited);
      // The code as written too, should it have been hashed without folding.
      const raw = createHash('sha256').update(code.trim(), 'utf8').digest('hex');
      const o = await repo.byReceipt(db, [receiptHashOf(code), raw]);
      if (!o) throw notFound('RECEIPT_NOT_FOUND', '回执码不正确，请核对后再试');
      const r = o.route_id ? await repo.route(db, o.route_id) : undefined;
      const names = await repo.unitNames(db, r?.unit_id ? [r.unit_id] : []);
      const route = r ? routeView(r, r.unit_id ? (names.get(r.unit_id) ?? null) : null, chinaToday(clock)) : null;
      return {
        title: o.title,
        submittedOn: chinaDate(new Date(o.created_at)),
        status: o.status,
        closedReason: o.closed_reason,
        routedTo: route && { kind: route.kind, unitName: route.unitName, dueOn: route.dueOn },
        answer: route?.status === 'answered' ? route.answer : null,
        answeredAt: route?.status === 'answered' ? route.answeredAt : null,
      };
    },
  };
}

export type ReceiptService = ReturnType<typeof createReceiptService>;
