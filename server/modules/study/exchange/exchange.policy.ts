// The rules of the party-group learning exchange: an attendee writes his own account of a month
// while it is open (that month and the next); the study office of the organisation keeps the
// attendees and reminds the not-yet-written of an open month once a day; the office and leaders
// read who has written and the accounts. Composed in ../study.policy.ts.
import { can } from '../../../platform/access/actor.js';
import { abilities, rulebook, who, type Check, type Rule } from '../../../platform/access/rulebook.js';
import { conflict } from '../../../platform/errors.js';
import { isStudyOffice } from '../plan/plan.policy.js';
import { monthState } from './exchange.model.js';

/** One organisation's exchange of one month; `memberId` is whose account a write is for. */
export interface ExchangeMonth {
  orgId: number;
  month: string;
  memberId: number | null;
}

export interface ExchangeRelation {
  today: string;
  /** The member written for is an attendee of the organisation. */
  attendee: boolean;
  /** The office has reminded this month's not-yet-written today. */
  remindedToday: boolean;
}

type ExchangeCheck = Check<ExchangeMonth, ExchangeRelation>;

const open: ExchangeCheck = {
  test: (_a, s, rel) => monthState(s.month, rel.today) === 'open',
  fail: (_a, s, rel) =>
    monthState(s.month, rel.today) === 'future'
      ? conflict('MONTH_NOT_OPEN', '该月尚未开始，不能提前填写')
      : conflict('MONTH_CLOSED', '该月学习交流已截止（可在当月及次月填写）'),
};
const notRemindedToday: ExchangeCheck = {
  test: (_a, _s, rel) => !rel.remindedToday,
  fail: () => conflict('REMINDED_TODAY', '今天已提醒过未填写人员，请明天再提醒'),
};

export const EXCHANGE_RULES = {
  writeExchange: {
    who: [
      who(
        (a, s) => can(a, 'study.learn') && a.memberId !== null && a.memberId === s.memberId,
        'NOT_OWN_ACCOUNT',
        '只能填写本人的学习交流',
      ),
      who((a, s, rel) => a.orgId === s.orgId && rel.attendee, 'NOT_ATTENDEE', '您不在本单位党组学习交流人员名单中'),
    ],
    when: [open],
  },
  remindExchange: { who: [who((a, s) => isStudyOffice(a, s.orgId))], when: [open, notRemindedToday] },
} satisfies Record<string, Rule<ExchangeMonth, ExchangeRelation>>;

export const exchangeRules = rulebook<ExchangeMonth, ExchangeRelation, keyof typeof EXCHANGE_RULES>(EXCHANGE_RULES);

/** What may be done with the exchange as a whole. */
export const exchangeAccess = abilities({
  // A month's written and not-yet-written, the accounts, the attendee list.
  readExchange: (a) => can(a, 'study.manage') || can(a, 'study.read_all'),
  manageExchange: (a) => can(a, 'study.manage'),
  // A member's own months.
  myExchange: (a) => can(a, 'study.learn'),
});
