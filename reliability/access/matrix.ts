// THE ACCESS MATRIX (issue 5 item 4): for every API operation, which roles may call it on
// their own organisation and on another one. reliability/access/access.test.ts checks every
// cell against the running server, and fails for any operation of /openapi.json that has no
// row here: a module that adds a route adds its row.
//
// Columns: `own` and `other` list the roles allowed (the rest are refused with 401/403/404).
// Roles: staff, leader (the committee's chair or a vice-chair), gov_leader (a party or
// government leader who leads key proposals: the mayor), member, unit (a handling unit's
// user), county_admin, auditor, public, anonymous. The city roles sit in the city; county_admin in county A. "Own" records are the
// home organisation's, and for a member his own proposals, for a unit its own assignments;
// "other" records are the other organisation's (county A for city roles, the city for the
// county admin). Rows marked `current` name no record: for "other" the caller first switches
// to the other organisation, which the county admin cannot do (refused: it cannot see the city);
// they are built from the caller's home records. Viewing another organisation is read-only:
// every write there is refused (403 ORG_READ_ONLY) but for the caller's own session,
// notifications and uploads. Members, handling units and public participants see their own
// organisation only, so their "other" cells are refused. Parents read what their counties
// share, never write it, and never unmask a county member's personal data.
//
// The rows themselves live in ./rows/, one file per module; this file assembles them.
import { get, post, patch } from './rows/helpers.js';
import { MEETING_ROWS } from './rows/meetings.js';
import { MEMBER_ROWS } from './rows/members.js';
import { PLATFORM_ROWS } from './rows/platform.js';
import { PROPOSAL_ROWS } from './rows/proposals.js';
import { STUDY_PLAN_ROWS } from './rows/study-plan.js';
import { STUDY_MATERIAL_ROWS } from './rows/study-materials.js';
import { STUDY_PARTY_ROWS } from './rows/study-party.js';
import { STUDY_COVERAGE_ROWS } from './rows/study-coverage.js';
import { OPINION_INTAKE_ROWS } from './rows/opinions-intake.js';
import { OPINION_GROUP_ROWS } from './rows/opinion-groups.js';
import { OPINION_PROCESSING_ROWS } from './rows/opinions-processing.js';
import { OPINION_REPORT_ROWS } from './rows/opinions-reports.js';
import { SUPERVISION_INSPECTION_ROWS } from './rows/supervision-inspections.js';
import { SUPERVISION_ROWS } from './rows/supervision.js';
import { WORKPLAN_ROWS } from './rows/workplan.js';
import { CONSULTATION_ROWS } from './rows/consultations.js';
import { SUPERVISION_PROBLEM_ROWS } from './rows/supervision-problems.js';
import type { Req, AccessRow } from './rows/helpers.js';
import type { Bundle } from './targets.js';

export type { AccessRow, Req } from './rows/helpers.js';

export const ACCESS_MATRIX: AccessRow[] = [
  ...PLATFORM_ROWS,
  ...MEMBER_ROWS,
  ...PROPOSAL_ROWS,
  ...MEETING_ROWS,
  ...STUDY_PLAN_ROWS,
  ...STUDY_MATERIAL_ROWS,
  ...STUDY_PARTY_ROWS,
  ...STUDY_COVERAGE_ROWS,
  ...OPINION_INTAKE_ROWS,
  ...OPINION_GROUP_ROWS,
  ...OPINION_PROCESSING_ROWS,
  ...OPINION_REPORT_ROWS,
  ...SUPERVISION_INSPECTION_ROWS,
  ...SUPERVISION_ROWS,
  ...WORKPLAN_ROWS,
  ...CONSULTATION_ROWS,
  ...SUPERVISION_PROBLEM_ROWS,
];

/** Guessing ids: a caller who knows (or guesses) the id of a record that is not his gets 404 or 403, never the record. */
export interface IdGuess {
  /** A scenario client: countyB (county B's admin), member, unit. */
  who: string;
  what: string;
  build: (g: {
    cityP: Bundle['p'];
    countyP: Bundle['p'];
    otherMemberDraft: number;
    otherUnitProposal: number;
    otherMemberFile: string;
    otherNotice: number;
    cityMtg: Bundle['mtg'];
    countyMtg: Bundle['mtg'];
  }) => Req;
}

export const ID_GUESSES: IdGuess[] = [
  { who: 'countyB', what: "another county's proposal", build: (g) => get(`/api/proposals/${g.countyP.handling}`) },
  {
    who: 'countyB',
    what: "another county's proposal, accepting it",
    build: (g) => post(`/api/proposals/${g.countyP.submitted}/accept`),
  },
  {
    who: 'countyB',
    what: "another county's proposal handling",
    build: (g) => get(`/api/proposals/${g.countyP.handling}/handling`),
  },
  {
    who: 'countyB',
    what: "another county's assignment, urging it",
    build: (g) => post(`/api/proposals/${g.countyP.handling}/urge`, { assignmentId: g.countyP.handlingAssignment }),
  },
  { who: 'member', what: "another member's draft", build: (g) => get(`/api/proposals/${g.otherMemberDraft}`) },
  {
    who: 'member',
    what: "another member's draft, editing it",
    build: (g) => patch(`/api/proposals/${g.otherMemberDraft}`, { title: '改掉别人的草稿', version: 1 }),
  },
  {
    who: 'member',
    what: "another member's draft, submitting it",
    build: (g) => post(`/api/proposals/${g.otherMemberDraft}/submit`),
  },
  {
    who: 'member',
    what: "another member's draft, its timeline",
    build: (g) => get(`/api/proposals/${g.otherMemberDraft}/timeline`),
  },
  {
    who: 'member',
    what: "another member's draft as Word",
    build: (g) => get(`/api/proposals/${g.otherMemberDraft}/export.docx`),
  },
  { who: 'member', what: "another member's file", build: (g) => get(`/api/files/${g.otherMemberFile}`) },
  {
    who: 'member',
    what: "another member's notification",
    build: (g) => post(`/api/notifications/${g.otherNotice}/read`),
  },
  { who: 'unit', what: "another unit's assignment", build: (g) => get(`/api/proposals/${g.otherUnitProposal}`) },
  {
    who: 'unit',
    what: "another unit's assignment, its handling record",
    build: (g) => get(`/api/proposals/${g.otherUnitProposal}/handling`),
  },
  {
    who: 'unit',
    what: "another unit's assignment, signing for it",
    build: (g) => post(`/api/proposals/${g.otherUnitProposal}/sign`),
  },
  {
    who: 'unit',
    what: "another unit's assignment, replying to it",
    build: (g) =>
      post(`/api/proposals/${g.otherUnitProposal}/reply`, { body: '冒名答复', signer: '某局', resultClass: 'A' }),
  },
  {
    who: 'unit',
    what: "another unit's assignment, declining it",
    build: (g) => post(`/api/proposals/${g.otherUnitProposal}/decline`, { reason: '冒名退回' }),
  },
  { who: 'countyB', what: "another county's meeting", build: (g) => get(`/api/meetings/${g.countyMtg.meeting}`) },
  {
    who: 'countyB',
    what: "another county's attendance sheet",
    build: (g) => get(`/api/meetings/${g.countyMtg.meeting}/attendance.xlsx`),
  },
  { who: 'countyB', what: "the city's draft meeting", build: (g) => get(`/api/meetings/${g.cityMtg.draft}`) },
  {
    who: 'countyB',
    what: "another county's meeting guide roster (members' lodging)",
    build: (g) => get(`/api/meetings/${g.countyMtg.meeting}/guide/roster`),
  },
  {
    who: 'member',
    what: 'a meeting he is not invited to, answering it',
    build: (g) => post(`/api/meetings/${g.countyMtg.meeting}/attend`),
  },
  {
    who: 'member',
    what: "another invitee's invitation, checking it out",
    build: (g) => post(`/api/meetings/${g.cityMtg.meeting}/invitations/${g.cityMtg.leaveInvitation}/checkout`),
  },
];
