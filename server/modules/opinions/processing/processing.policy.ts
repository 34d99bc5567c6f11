// The rules of processing opinions: the office of the opinion's organisation classifies,
// corrects, routes (an opinion or a whole group), keeps on record; the department an opinion
// was routed to answers it or asks the office to reroute it; the office records the outcome of
// an opinion routed into a proposal or a report. The office and leaders read the processing
// and the dashboard of the organisations they see (a city its counties', read-only); a member
// reads the answer to his own opinion. Composed in ../opinions.policy.ts.
import { can, type Actor } from '../../../platform/access/actor.js';
import { abilities, rulebook, who, type Check, type Rule } from '../../../platform/access/rulebook.js';
import { conflict } from '../../../platform/errors.js';
import type { OpinionRow, RouteRow } from './processing.repo.js';

/** The opinions office of the organisation (it writes only its own). */
export const isOpinionOffice = (a: Actor, orgId: number) => can(a, 'opinions.manage') && a.orgId === orgId;

/** The office or a leader reading an organisation it sees. */
export const readsOpinions = (a: Actor, orgId: number) =>
  (can(a, 'opinions.manage') || can(a, 'opinions.read_all')) && a.visibleOrgIds.includes(orgId);

export interface OpinionRelation {
  /** The opinion's current route, if any. */
  route: RouteRow | null;
}

type OpinionCheck = Check<OpinionRow, OpinionRelation>;
const office: OpinionCheck = who((a, o) => isOpinionOffice(a, o.org_id));
const notFinished: OpinionCheck = {
  test: (_a, o) => o.status === 'submitted' || o.status === 'routed',
  fail: (_a, o) =>
    o.status === 'answered'
      ? conflict('OPINION_ANSWERED', '该意见已答复，不能再交办或存档')
      : conflict('OPINION_CLOSED', '该意见已存档'),
};

export const OPINION_PROCESSING_RULES = {
  classifyOpinion: { who: [office], when: [] },
  correctClassification: { who: [office], when: [] },
  routeOpinion: { who: [office], when: [notFinished] },
  closeOpinion: { who: [office], when: [notFinished] },
} satisfies Record<string, Rule<OpinionRow, OpinionRelation>>;

export const opinionProcessingRules = rulebook<OpinionRow, OpinionRelation, keyof typeof OPINION_PROCESSING_RULES>(
  OPINION_PROCESSING_RULES,
);

type RouteCheck = Check<RouteRow, object>;
/** The department the route names (its users), for a route to a department. */
export const isRouteUnit = (a: Actor, r: RouteRow) =>
  r.kind === 'unit' && can(a, 'opinions.answer') && a.unitId !== null && a.unitId === r.unit_id;
const answerer: RouteCheck = who(
  (a, r) => isRouteUnit(a, r) || (r.kind !== 'unit' && isOpinionOffice(a, r.org_id)),
  'NOT_ROUTE_ANSWERER',
  '只有被交办的单位可以答复（转为提案或社情民意的，由政协办公室记录答复）',
);
const routeOpen: RouteCheck = {
  test: (_a, r) => r.status === 'open',
  fail: (_a, r) =>
    r.status === 'answered'
      ? conflict('ROUTE_ANSWERED', '该交办已答复')
      : r.status === 'reroute_requested'
        ? conflict('REROUTE_REQUESTED', '已申请改派，请等待政协办公室处理')
        : conflict('ROUTE_WITHDRAWN', '该交办已被改派'),
};

export const ROUTE_RULES = {
  answerRoute: { who: [answerer], when: [routeOpen] },
  requestReroute: {
    who: [who((a, r) => isRouteUnit(a, r), 'NOT_ROUTE_UNIT', '只有被交办的单位可以申请改派')],
    when: [routeOpen],
  },
} satisfies Record<string, Rule<RouteRow, object>>;

export const routeRules = rulebook<RouteRow, object, keyof typeof ROUTE_RULES>(ROUTE_RULES);

/** What may be done with opinions as a whole. */
export const processingAccess = abilities({
  // The categories and themes, an opinion's processing, the dashboard.
  readProcessing: (a) => can(a, 'opinions.manage') || can(a, 'opinions.read_all'),
  manageCategories: (a) => can(a, 'opinions.manage'),
  // Classifying many opinions at once (the unclassified, or those named).
  classifyOpinions: (a) => can(a, 'opinions.manage'),
  // A department's list of the opinions routed to it.
  unitRoutes: (a) => can(a, 'opinions.answer') && a.unitId !== null,
  // The answer to an opinion: its submitter, the office, leaders.
  readAnswer: (a) => can(a, 'opinions.submit') || can(a, 'opinions.manage') || can(a, 'opinions.read_all'),
});

/** The public receipt lookup (no sign-in; rate-limited): governed by the receipt code alone. */
export const RECEIPT_RULE = 'opinionReceipt';
