// The proposal settings of each organisation (one row, absent until the office first saves).
import type { Db } from '../../../db/tx.js';
import { DEFAULT_SETTINGS, type ProposalSettings } from './settings.schema.js';

export async function loadSettings(db: Db, orgId: number): Promise<ProposalSettings> {
  const row = await db.selectFrom('proposal_settings').selectAll().where('org_id', '=', orgId).executeTakeFirst();
  if (!row) return structuredClone(DEFAULT_SETTINGS);
  return {
    categories: JSON.parse(row.categories),
    themes: JSON.parse(row.themes),
    resultLabels: JSON.parse(row.result_labels),
    rejectReasons: JSON.parse(row.reject_reasons),
    signDays: row.sign_days,
    replyMonths: row.reply_months,
    rehandleLimit: row.rehandle_limit,
    inviteDays: row.invite_days,
    sessionLeadDays: row.session_lead_days,
    holidays: JSON.parse(row.holidays),
    contactBeforeReply: row.contact_before_reply === 1,
    coOpinionsBeforeReply: row.co_opinions_before_reply === 1,
  };
}

export async function saveSettings(db: Db, orgId: number, s: ProposalSettings, now: string): Promise<void> {
  const values = {
    categories: JSON.stringify(s.categories),
    themes: JSON.stringify(s.themes),
    result_labels: JSON.stringify(s.resultLabels),
    reject_reasons: JSON.stringify(s.rejectReasons),
    sign_days: s.signDays,
    reply_months: s.replyMonths,
    rehandle_limit: s.rehandleLimit,
    invite_days: s.inviteDays,
    session_lead_days: s.sessionLeadDays,
    holidays: JSON.stringify(s.holidays),
    contact_before_reply: s.contactBeforeReply ? 1 : 0,
    co_opinions_before_reply: s.coOpinionsBeforeReply ? 1 : 0,
    updated_at: now,
  };
  await db
    .insertInto('proposal_settings')
    .values({ org_id: orgId, ...values })
    .onConflict((oc) => oc.column('org_id').doUpdateSet(values))
    .execute();
}
