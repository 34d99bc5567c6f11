// Short names for the shapes the pages use, every one read from the server's OpenAPI
// document (schema.d.ts): nothing here is declared by hand, so a server change that the
// pages do not follow fails the type check. Value lists (for selects, in display order) are
// checked against the document's enums by `valuesOf`.
import type { BodyOf, QueryOf, ResponseOf } from './paths';

type Item<T> = T extends { items: (infer I)[] } ? I : never;

/** A list of every value of a union from the document, in the order given; a missing or unknown value fails to compile. */
export function valuesOf<T extends string>() {
  return <const L extends readonly T[]>(list: L & ([Exclude<T, L[number]>] extends [never] ? unknown : never)) => list;
}

// The session and the platform
export type Me = ResponseOf<'/api/auth/me'>;
export type Permission = Me['permissions'][number];
export type JobStatus = ResponseOf<'/api/jobs/{id}'>;
export type Notice = Item<ResponseOf<'/api/notifications'>>;
export type AuditEntry = Item<ResponseOf<'/api/audit'>>;
export type AuditQuery = QueryOf<'/api/audit'>;

// Administration: accounts, organisations, reference data
export type Account = Item<ResponseOf<'/api/users'>>;
export type Role = Account['roles'][number];
export type WithOneTimePassword = ResponseOf<'/api/users/{id}/reset-password', 'post'>;
export type MemberOption = ResponseOf<'/api/users/member-options'>[number];
export type AdminOrg = ResponseOf<'/api/orgs/tree'>[number];
export type OrgLevel = AdminOrg['level'];
export type RefData = ResponseOf<'/api/refdata'>;
export type Term = RefData['terms'][number];
export type TermSession = Term['sessions'][number];
export type Named = RefData['sectors'][number];
export type Committee = RefData['committees'][number];
export type MemberGroup = Committee['groups'][number];
export type HandlingUnit = RefData['units'][number];
export type UnitKind = HandlingUnit['kind'];

// The roster
export type MemberItem = Item<ResponseOf<'/api/members'>>;
export type MemberBody = BodyOf<'/api/members', 'post'>;
/** The answer to a roster upload: the file's layout as recognised, and the fields it may map to. */
export type RosterUpload = ResponseOf<'/api/members/import', 'post'>;
/** A started preview or import of a roster file. */
export type RosterImportStarted = ResponseOf<'/api/members/import/preview', 'post'>;
export type RosterMapping = BodyOf<'/api/members/import/preview', 'post'>['mapping'];
export type PartyCode = MemberBody['party'];
export type ContactChange = Item<ResponseOf<'/api/member-contact-changes'>>;
export type ContactField = ContactChange['fields'][number];
export type ContactValues = ContactChange['changes'];
export type ImportStarted = ResponseOf<'/api/members/import', 'post'>;

// Proposals
export type ProposalDetail = ResponseOf<'/api/proposals/{id}'>;
export type ProposalItem = Item<ResponseOf<'/api/proposals'>>;
export type ProposalQuery = QueryOf<'/api/proposals'>;
export type ProposalState = ProposalDetail['state'];
export type ProposalKind = ProposalDetail['kind'];
export type ResultClass = NonNullable<ProposalDetail['resultClass']>;
export type Proposer = ProposalDetail['proposers'][number];
export type FileSummary = ProposalDetail['attachments'][number];
export type CollectiveType = NonNullable<ProposalDetail['collective']>['type'];
export type ProposalSettings = ResponseOf<'/api/proposals/settings'>;
/** A co-proposer invitation the signed-in member received (open, answered or lapsed). */
export type MyInvitation = Item<ResponseOf<'/api/proposals/invitations'>>;
export type SimilarItem = Item<ResponseOf<'/api/proposals/{id}/similar'>>;
export type SimilarReason = SimilarItem['reasons'][number];
export type QueueDuplicate = Item<ResponseOf<'/api/proposals/review/duplicates'>>['duplicates'][number];
export type ReviewAction = BodyOf<'/api/proposals/review/batch', 'post'>['action'];
export type BatchResult = ResponseOf<'/api/proposals/review/batch', 'post'>['results'][number];
export type PublicProposal = ResponseOf<'/api/public/proposals/{id}'>;
export type PublicReply = PublicProposal['replies'][number];

// Handling by units
export type HandlingView = ResponseOf<'/api/proposals/{id}/handling'>;
export type Assignment = HandlingView['assignments'][number];
/** What the office's, the unit's and the proposal's lists all show of an assignment. */
export type AssignmentItem = Omit<InboxItem, 'numberLabel' | 'title' | 'proposalState'>;
export type AssignmentRole = Assignment['role'];
export type AssignmentStatus = Assignment['status'];
export type Commitment = HandlingView['commitments'][number];
export type CommitmentStatus = Commitment['status'];
export type Feedback = HandlingView['feedback'][number];
export type Rating = Feedback['result'];
export type Contacted = Feedback['contacted'];
export type ContactWay = HandlingView['contacts'][number]['way'];
export type InboxItem = Item<ResponseOf<'/api/proposals/inbox'>>;
export type BoardItem = Item<ResponseOf<'/api/proposals/handling-board'>>;
export type CommitmentRow = Item<ResponseOf<'/api/proposals/commitments'>>;

// Key and excellent proposals, statistics, unit evaluation
export type KeyBoard = ResponseOf<'/api/proposals/key-board'>;
export type HomeFigures = ResponseOf<'/api/proposals/home'>;
export type KeyItem = Item<KeyBoard>;
export type KeyEvent = Item<ResponseOf<'/api/proposals/{id}/key/events'>>;
export type KeyEventKind = KeyEvent['kind'];
export type Stats = ResponseOf<'/api/proposals/stats'>;
export type EvaluationTable = ResponseOf<'/api/proposals/unit-evaluation'>;
export type ProposalTimeline = ResponseOf<'/api/proposals/{id}/timeline'>;

// Meetings
export type MeetingDetail = ResponseOf<'/api/meetings/{id}'>;
export type MeetingItem = Item<ResponseOf<'/api/meetings'>>;
export type MeetingQuery = QueryOf<'/api/meetings'>;
export type MeetingStatus = MeetingDetail['status'];
export type MeetingReply = NonNullable<MeetingDetail['myReply']>;
export type AttendanceMode = MeetingDetail['attendanceMode'];
export type MeetingKind = ResponseOf<'/api/meeting-kinds'>[number];
export type MeetingBody = BodyOf<'/api/meetings', 'post'>;
export type MeetingInvitation = Item<ResponseOf<'/api/meetings/{id}/invitations'>>;
export type AttendanceState = NonNullable<MeetingInvitation['attendance']>;
export type Audience = BodyOf<'/api/meetings/{id}/invitations', 'post'>['audience'];
export type CheckinCode = ResponseOf<'/api/meetings/{id}/checkin-code'>;
export type AttendanceBoardView = ResponseOf<'/api/meetings/{id}/attendance'>;
export type BoardRow = AttendanceBoardView['rows']['items'][number];
export type BoardState = NonNullable<BoardRow['attendance']>;
export type MeetingGuest = ResponseOf<'/api/meetings/{id}/guests'>['items'][number];
export type GuestKind = MeetingGuest['kind'];
export type GuestBody = BodyOf<'/api/meetings/{id}/guests', 'post'>;
export type MeetingMinutes = ResponseOf<'/api/meetings/{id}/minutes'>;
export type MinutesStatus = MeetingMinutes['status'];
export type FollowupItem = Item<ResponseOf<'/api/meeting-followups'>>;
export type FollowupDetail = ResponseOf<'/api/meeting-followups/{id}'>;
export type FollowupStatus = FollowupItem['status'];
export type FollowupKind = FollowupItem['kind'];
export type FollowupQuery = QueryOf<'/api/meeting-followups'>;
export type FollowupOwners = ResponseOf<'/api/meeting-followups/owners'>;
export type MeetingSpeech = Item<ResponseOf<'/api/meetings/{id}/speeches'>>;
export type SpeechStatus = MeetingSpeech['status'];
export type MySpeech = Item<ResponseOf<'/api/meetings/my-speeches'>>;
export type Programme = ResponseOf<'/api/meetings/{id}/programme'>;
export type SpeechDecision = BodyOf<'/api/meetings/{id}/speeches/{speechId}/review', 'post'>['decision'];

// Notices of the meetings office (通知公告)
export type NoticeDetail = ResponseOf<'/api/meeting-notices/{id}'>;
export type NoticeSummary = Item<ResponseOf<'/api/meeting-notices'>>;
export type NoticeStatus = NoticeSummary['status'];
export type MyNotice = Item<ResponseOf<'/api/meeting-notices/mine'>>;
export type NoticeReceipt = Item<ResponseOf<'/api/meeting-notices/{id}/receipts'>>;
export type NoticeBody = BodyOf<'/api/meeting-notices', 'post'>;
export type MeetingQuestion = Item<ResponseOf<'/api/meetings/{id}/questions'>>;
export type QuestionStatus = MeetingQuestion['status'];
export type MyQuestion = Item<ResponseOf<'/api/meetings/my-questions'>>;
export type QuestionScreen = ResponseOf<'/api/meetings/{id}/question-screen'>;
export type QuestionBoard = ResponseOf<'/api/meetings/{id}/questions'>['board'];

// The plenary guide (会务指南)
export type MeetingGuide = ResponseOf<'/api/meetings/{id}/guide'>;
export type GuideAgendaItem = MeetingGuide['agenda'][number];
export type GuideGroup = MeetingGuide['groups'][number];
export type GuideRoster = ResponseOf<'/api/meetings/{id}/guide/roster'>;
export type GuideRosterEntry = GuideRoster['items'][number];
export type MyMeetingGuide = ResponseOf<'/api/meetings/{id}/guide/mine'>;

// Supervision: inspections (视察) and their recommendations
export type InspectionItem = Item<ResponseOf<'/api/supervision/inspections'>>;
export type InspectionDetail = ResponseOf<'/api/supervision/inspections/{id}'>;
export type InspectionStatus = InspectionItem['status'];
export type InspectionKind = InspectionItem['kind'];
export type InspectionChoices = ResponseOf<'/api/supervision/inspections/choices'>;
export type RecommendationItem = Item<ResponseOf<'/api/supervision/recommendations'>>;
export type RecommendationDetail = ResponseOf<'/api/supervision/recommendations/{id}'>;
export type RecommendationStatus = RecommendationItem['status'];
export type AnswerKind = NonNullable<RecommendationItem['answerKind']>;
export type RecommendationQuery = QueryOf<'/api/supervision/recommendations'>;
