// The HTTP cases of the bench, each an autocannon configuration: which requests, as whom
// (one signed-in session per connection), with which varying ids, filters, queries or texts.
import type { Options } from 'autocannon';
import type { HeldOutDraft } from '../generate/dataset.js';
import { headersOf, type Session } from './http.js';
import { meetingReadCases } from './meeting-cases.js';
import { studyReadCases } from './study-cases.js';
import { opinionReadCases } from './opinion-cases.js';
import { supervisionCases } from './supervision-cases.js';

/** `u` is not an HTTP case: the runner runs it itself (bench/run/opinion-groups-db.ts). */
export type CaseKey =
  | 'a'
  | 'b'
  | 'c'
  | 'd'
  | 'e'
  | 'f'
  | 'g'
  | 'h'
  | 'i'
  | 'j'
  | 'k'
  | 'l'
  | 'm'
  | 'n'
  | 'o'
  | 'p'
  | 'q'
  | 'r'
  | 'u'
  | 'v'
  | 'w';

export interface CaseData {
  staff: Session[];
  members: Session[];
  /** Per member session: the proposals he may open. */
  memberProposalIds: number[][];
  /** The top organisation's terms, newest last, and its categories. */
  termIds: number[];
  categories: string[];
  drafts: HeldOutDraft[];
  /** The measure part of the hand-labelled set (case h), in the organisation's words. */
  labelled: { title: string; reasons: string; suggestions: string }[];
  newProposals: { title: string; reasons: string; suggestions: string; category: string; themes: string[] }[];
  /** Meetings of the top organisation whose attendance board the office opens (case l). */
  boardIds: number[];
  /** The organisations below the top one (case o). */
  countyIds: number[];
  /** The dataset's supervision campaign (case v); the phone photo case w uploads. */
  supervisionCampaignId: number | null;
  uploadPhoto: Buffer | null;
}

export interface CaseSpec {
  key: CaseKey;
  name: string;
  /** HTTP requests per operation. */
  requestsPerOp: number;
  options(d: CaseData): Partial<Options>;
  /** Successful operations counted by the case itself (writes), when not every 2xx is one. */
  completed?: () => number;
}

/** Search words people type: subjects of the corpus, one or two words. */
export const SEARCHES = [
  '电梯',
  '加装电梯',
  '停车',
  '停车位',
  '养老',
  '居家养老',
  '课后服务',
  '垃圾分类',
  '营商环境',
  '充电桩',
  '乡村振兴',
  '医保',
  '公交',
  '非遗',
  '托育',
  '老旧小区 改造',
  '中小企业 融资',
  '农贸市场',
  '消防安全',
  '黑臭水体',
  '背街小巷',
  '家庭医生',
  '电动自行车',
  '智慧停车',
  '夜间经济',
  '适老化改造',
];

const STATES = ['closed', 'closed', 'closed', 'rejected', 'converted', 'replied', 'handling'];

let counter = 0;
export const next = (n: number) => counter++ % n;

/** One session per connection: the k-th connection uses sessions[k mod n] for every request. */
export function perConnection(): Pick<Options, 'setupClient'> {
  let k = 0;
  return {
    setupClient(client) {
      // autocannon builds the first request before this runs; give the connection its index and rebuild it.
      const it = (
        client as unknown as {
          requestIterator: { initialContext: object; resetContext(): void; rebuildRequest(): void };
        }
      ).requestIterator;
      it.initialContext = { k: k++ };
      it.resetContext();
      it.rebuildRequest();
    },
  };
}

export const sessionOf = (list: Session[], ctx: { k?: number }) => list[(ctx.k ?? 0) % list.length]!;

export function get(list: Session[], path: (ctx: { k?: number }) => string): Partial<Options> {
  return {
    ...perConnection(),
    requests: [
      {
        method: 'GET',
        setupRequest: (req, ctx) => ({
          ...req,
          path: path(ctx as { k?: number }),
          headers: headersOf(sessionOf(list, ctx as { k?: number })),
        }),
      },
    ],
  };
}

/** POST /api/proposals/similar with these texts, as the members. */
function similarOf(texts: (d: CaseData) => CaseData['labelled']): CaseSpec['options'] {
  return (d) => ({
    ...perConnection(),
    requests: [
      {
        method: 'POST',
        path: '/api/proposals/similar',
        setupRequest: (req, ctx) => {
          const list = texts(d);
          const x = list[next(list.length)]!;
          return {
            ...req,
            headers: headersOf(sessionOf(d.members, ctx as { k?: number }), true),
            body: JSON.stringify({ title: x.title, reasons: x.reasons, suggestions: x.suggestions }),
          };
        },
      },
    ],
  });
}

function submitCase(): CaseSpec {
  let submitted = 0;
  return {
    key: 'g',
    name: 'submit a proposal (written and submitted in one request)',
    requestsPerOp: 1,
    completed: () => submitted,
    options: (d) => ({
      ...perConnection(),
      requests: [
        {
          method: 'POST',
          path: '/api/proposals',
          setupRequest: (req, ctx) => {
            const body = d.newProposals[next(d.newProposals.length)]!;
            return {
              ...req,
              headers: headersOf(sessionOf(d.members, ctx as { k?: number }), true),
              body: JSON.stringify({ ...body, kind: 'individual', submit: true }),
            };
          },
          onResponse: (status) => {
            if (status === 201) submitted++;
          },
        },
      ],
    }),
  };
}

export function cases(): CaseSpec[] {
  return [
    {
      key: 'a',
      name: 'ceiling: GET /healthz/ping',
      requestsPerOp: 1,
      options: () => ({ requests: [{ method: 'GET', path: '/healthz/ping' }] }),
    },
    {
      key: 'b',
      name: 'one proposal by id (member)',
      requestsPerOp: 1,
      options: (d) =>
        get(d.members, (ctx) => {
          const ids = d.memberProposalIds[(ctx.k ?? 0) % d.memberProposalIds.length]!;
          return `/api/proposals/${ids[next(ids.length)]}`;
        }),
    },
    {
      key: 'c',
      name: 'list: 20 rows, 3 filters, total (staff)',
      requestsPerOp: 1,
      options: (d) =>
        get(d.staff, () => {
          const n = next(1 << 30);
          const term = d.termIds[d.termIds.length - 1 - (n % 3)]!;
          const category = d.categories[Math.floor(n / 3) % d.categories.length]!;
          const state = STATES[Math.floor(n / 21) % STATES.length]!;
          return `/api/proposals?termId=${term}&state=${state}&category=${encodeURIComponent(category)}&page=${1 + (n % 2)}&pageSize=20`;
        }),
    },
    {
      key: 'd',
      name: 'full-text search, Chinese (staff)',
      requestsPerOp: 1,
      options: (d) =>
        get(d.staff, () => `/api/proposals?q=${encodeURIComponent(SEARCHES[next(SEARCHES.length)]!)}&pageSize=20`),
    },
    {
      key: 'e',
      name: 'similar-proposal check of a draft (member)',
      requestsPerOp: 1,
      options: similarOf((d) => d.drafts),
    },
    {
      key: 'f',
      name: 'statistics page data (staff)',
      requestsPerOp: 1,
      options: (d) =>
        get(d.staff, () =>
          next(2) ? '/api/proposals/stats' : `/api/proposals/stats?termId=${d.termIds[d.termIds.length - 1]}`,
        ),
    },
    {
      key: 'i',
      name: "home page figures: the office's queue counts (staff)",
      requestsPerOp: 1,
      options: (d) => get(d.staff, () => '/api/proposals/home'),
    },
    submitCase(),
    {
      key: 'h',
      name: 'likely-duplicate verdict, hand-labelled drafts (member)',
      requestsPerOp: 1,
      options: similarOf((d) => d.labelled),
    },
    ...meetingReadCases(),
    ...studyReadCases(),
    ...opinionReadCases(),
    ...supervisionCases(),
  ];
}
