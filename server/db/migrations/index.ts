// Every migration in order. Listed explicitly (not read from the folder) so the compiled
// build and the test runner see exactly the same set. Append only: never edit or reorder.
import type { Migration } from 'kysely';
import * as foundation from './202611291600_foundation.js';
import * as proposals from './202611291800_proposals.js';
import * as proposalsHandling from './202611291900_proposals_handling.js';
import * as membersRosterOrder from './202611292000_members_roster_order.js';
import * as filesSealed from './202611292200_files_sealed.js';
import * as benchIndexes from './202611292300_bench_indexes.js';
import * as moreReminders from './202611300000_more_reminders.js';
import * as changeNotify from './202612060000_change_notify.js';
import * as replyRules from './202612061200_reply_rules.js';
import * as keyLeaderIndexes from './202612061300_key_leader_indexes.js';
import * as meetings from './202612070000_meetings.js';
import * as meetingCalendarFeeds from './202612080000_meeting_calendar_feeds.js';
import * as meetingReminders from './202612080100_meeting_reminders.js';
import * as meetingsReadCaches from './202612080200_meetings_read_caches.js';
import * as meetingSpeeches from './202612090000_meeting_speeches.js';
import * as meetingMinutes from './202612090100_meeting_minutes.js';
import * as notices from './202612090200_notices.js';
import * as meetingGuide from './202612100000_meeting_guide.js';
import * as meetingQuestions from './202612100100_meeting_questions.js';
import * as meetingGuests from './202612100200_meeting_guests.js';
import * as commitmentsOrg from './202612110000_commitments_org.js';
import * as meetingsUnusedColumns from './202612110100_meetings_unused_columns.js';
import * as studyPlan from './202612120000_study_plan.js';
import * as studyExchange from './202612120100_study_exchange.js';
import * as studyMaterials from './202612120200_study_materials.js';
import * as studyCoverage from './202612120300_study_coverage.js';
import * as partyBuilding from './202612120400_party_building.js';
import * as studyReadCaches from './202612120500_study_read_caches.js';
import * as opinions from './202612130000_opinions.js';
import * as opinionIntake from './202612130050_opinion_intake.js';
import * as opinionGroups from './202612130100_opinion_groups.js';
import * as opinionProcessing from './202612130200_opinion_processing.js';
import * as sqmyReports from './202612130300_sqmy_reports.js';
import * as supervisionCampaigns from './202612140000_supervision_campaigns.js';
import * as supervisionInspections from './202612140100_supervision_inspections.js';
import * as supervisionProblems from './202612150000_supervision_problems.js';
import * as supervisionPrintCopies from './202612150100_supervision_print_copies.js';
import * as workplanPriorities from './202612160000_workplan_priorities.js';
import * as workplanTopics from './202612160100_workplan_topics.js';
import * as workplanRecommendations from './202612160200_workplan_recommendations.js';
import * as consultations from './202612170000_consultations.js';
import * as supervisionReviewReadCache from './202612170500_supervision_review_read_cache.js';
import * as workplanThemes from './202612170600_workplan_themes.js';
import * as workplanLeaders from './202612170700_workplan_leaders.js';

export const migrations: Record<string, Migration> = {
  '202611291600_foundation': foundation,
  '202611291800_proposals': proposals,
  '202611291900_proposals_handling': proposalsHandling,
  '202611292000_members_roster_order': membersRosterOrder,
  '202611292200_files_sealed': filesSealed,
  '202611292300_bench_indexes': benchIndexes,
  '202611300000_more_reminders': moreReminders,
  '202612060000_change_notify': changeNotify,
  '202612061200_reply_rules': replyRules,
  '202612061300_key_leader_indexes': keyLeaderIndexes,
  '202612070000_meetings': meetings,
  '202612080000_meeting_calendar_feeds': meetingCalendarFeeds,
  '202612080100_meeting_reminders': meetingReminders,
  '202612080200_meetings_read_caches': meetingsReadCaches,
  '202612090000_meeting_speeches': meetingSpeeches,
  '202612090100_meeting_minutes': meetingMinutes,
  '202612090200_notices': notices,
  '202612100000_meeting_guide': meetingGuide,
  '202612100100_meeting_questions': meetingQuestions,
  '202612100200_meeting_guests': meetingGuests,
  '202612110000_commitments_org': commitmentsOrg,
  '202612110100_meetings_unused_columns': meetingsUnusedColumns,
  '202612120000_study_plan': studyPlan,
  '202612120100_study_exchange': studyExchange,
  '202612120200_study_materials': studyMaterials,
  '202612120300_study_coverage': studyCoverage,
  '202612120400_party_building': partyBuilding,
  '202612120500_study_read_caches': studyReadCaches,
  '202612130000_opinions': opinions,
  '202612130050_opinion_intake': opinionIntake,
  '202612130100_opinion_groups': opinionGroups,
  '202612130200_opinion_processing': opinionProcessing,
  '202612130300_sqmy_reports': sqmyReports,
  '202612140000_supervision_campaigns': supervisionCampaigns,
  '202612140100_supervision_inspections': supervisionInspections,
  '202612150000_supervision_problems': supervisionProblems,
  '202612150100_supervision_print_copies': supervisionPrintCopies,
  '202612160000_workplan_priorities': workplanPriorities,
  '202612160100_workplan_topics': workplanTopics,
  '202612160200_workplan_recommendations': workplanRecommendations,
  '202612170000_consultations': consultations,
  '202612170500_supervision_review_read_cache': supervisionReviewReadCache,
  '202612170600_workplan_themes': workplanThemes,
  '202612170700_workplan_leaders': workplanLeaders,
};
