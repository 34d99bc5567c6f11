// "Four jointly" topics (四共同): the office records a topic proposed by the party committee, the
// government or the CPPCC, flags a key research topic or key supervision task with the leader
// who assigned it, and moves it along its stages (jointly set, research, consultation,
// implementation, done) with each stage's dates, participants, meeting and documents; the
// topic's page shows its whole path and the reports that came of it. Each write authorises
// through the rules, runs in one transaction and appends one audit entry.
import { inTransaction, type Db } from '../../../db/tx.js';
import type { Actor } from '../../../platform/access/actor.js';
import type { AuditLog } from '../../../platform/audit/audit-log.js';
import { chinaToday, type Clock } from '../../../platform/clock.js';
import { conflict, invalid, notFound } from '../../../platform/errors.js';
import type { FileService } from '../../../platform/files/file-service.js';
import type { TopicStage } from '../../../db/tables/workplan.js';
import { meetingsForStudy } from '../../meetings/index.js';
import { orgName } from '../../orgs/index.js';
import { ANSWER_LABELS, STATUS_LABELS } from '../recommendations/tracker-sheet.js';
import { dayLabel } from '../priorities/priorities.model.js';
import { readsWorkplan } from '../scope.policy.js';
import { advanceProblem, nextStage, STAGE_LABELS } from './topics.model.js';
import { topicDocument } from './topic-doc.js';
import { topicAccess, topicRules, type TopicStep } from './topics.policy.js';
import type { TopicRepo, TopicRow } from './topics.repo.js';
import type { AdvanceInput, TopicInput } from './topics.schema.js';

/** The documents of a stage are files owned by the stage's row. */
export const STAGE_FILE_OWNER = 'workplan_topic_stage';

export interface TopicDeps {
  db: Db;
  clock: Clock;
  audit: AuditLog;
  files: FileService;
  topics: TopicRepo;
}

export function createTopicService(deps: TopicDeps) {
  const { db, clock, audit, files, topics } = deps;
  const now = () => clock.now().toISOString();

  async function load(trx: Db, actor: Actor, id: number, step?: TopicStep) {
    const t = await topics.get(trx, id);
    if (!t || !readsWorkplan(actor, t.org_id)) throw notFound('TOPIC_NOT_FOUND', '课题不存在');
    if (step) topicRules.authorize(actor, step, { orgId: t.org_id, stage: t.stage }, null);
    return t;
  }

  function checkFlag(flag: string | null | undefined, assignedBy: string | null | undefined) {
    if (flag && !assignedBy) throw invalid('assignedBy', '重点课题须注明交办领导');
  }

  const summary = (t: TopicRow, stageSince: string | null) => ({
    id: t.id,
    orgId: t.org_id,
    year: t.year,
    title: t.title,
    proposedBy: t.proposed_by,
    stage: t.stage,
    flag: t.flag,
    assignedBy: t.assigned_by,
    stageSince,
  });

  async function detail(actor: Actor, id: number) {
    topicAccess.require(actor, 'readTopics');
    const t = await load(db, actor, id);
    const [stages, reports] = await Promise.all([topics.stages(db, id), topics.reports(db, id)]);
    const meetingIds = stages.flatMap((s) => (s.meeting_id ? [s.meeting_id] : []));
    const meetings = meetingIds.length ? await meetingsForStudy(db, { orgId: t.org_id, ids: meetingIds }) : [];
    const stageFiles = await Promise.all(stages.map((s) => files.listFor(db, STAGE_FILE_OWNER, s.id)));
    const current = stages.find((s) => s.stage === t.stage);
    return {
      ...summary(t, current?.starts_on ?? null),
      summary: t.summary,
      path: stages.map((s, i) => {
        const m = meetings.find((x) => x.id === s.meeting_id);
        return {
          stage: s.stage,
          startsOn: s.starts_on,
          endsOn: s.ends_on,
          participants: JSON.parse(s.participants) as string[],
          note: s.note,
          meeting: m ? { id: m.id, title: m.title, startsAt: m.startsAt } : null,
          files: stageFiles[i]!.map((f) => ({ id: f.id, name: f.name, size: f.size })),
        };
      }),
      reports: reports.map((r) => ({ id: r.id, title: r.title, recommendations: Number(r.recommendations) })),
      nextStage: nextStage(t.stage),
      allowedActions: topicRules.allowed(actor, { orgId: t.org_id, stage: t.stage }, null),
    };
  }

  /** The consultation's meeting is a published one of a consultation kind of the organisation. */
  async function checkMeeting(trx: Db, orgId: number, stage: TopicStage, meetingId: number | null | undefined) {
    if (!meetingId) return;
    const [m] = await meetingsForStudy(trx, { orgId, ids: [meetingId] });
    if (!m || m.status === 'cancelled') throw invalid('meetingId', '会议不存在');
    if (stage === 'consultation' && m.category !== 'consultation')
      throw invalid('meetingId', '协商阶段应关联协商类会议');
  }

  const PROPOSERS = { party_committee: '党委', government: '政府', cppcc: '政协' } as const;
  const SMART_NAMES = [
    ['metric', '考核指标'],
    ['target', '目标值'],
    ['actions', '具体措施'],
    ['unit_name', '责任单位'],
    ['accountable_person', '责任人'],
    ['due_on', '完成时限'],
  ] as const;

  /** The topic's whole path and its reports' recommendations as Word, audited. */
  async function report(actor: Actor, id: number) {
    topicAccess.require(actor, 'exportTopicReport');
    const d = await detail(actor, id);
    const [recs, org] = await Promise.all([topics.recommendations(db, id), orgName(db, d.orgId)]);
    const data = await topicDocument({
      title: `关于“${d.title}”的课题报告`,
      intro: `本课题由${PROPOSERS[d.proposedBy]}提出，列入${d.year}年度四共同课题${d.assignedBy ? `，由${d.assignedBy}交办` : ''}，当前阶段：${STAGE_LABELS[d.stage]}。`,
      summary: d.summary,
      stages: d.path.map((s) => ({
        label: STAGE_LABELS[s.stage],
        dates: s.endsOn ? `${dayLabel(s.startsOn)}至${dayLabel(s.endsOn)}` : `${dayLabel(s.startsOn)}起`,
        participants: s.participants,
        meeting: s.meeting?.title ?? null,
        files: s.files.map((f) => f.name),
        note: s.note,
      })),
      reports: d.reports.map((r) => ({
        title: r.title,
        recommendations: recs
          .filter((x) => x.report_id === r.id)
          .map((x) => ({
            title: x.title,
            fields: SMART_NAMES.filter(([k]) => x[k])
              .map(([k, name]) => `${name}：${k === 'due_on' ? dayLabel(x[k]!) : x[k]}`)
              .join('；'),
            state: `${STATUS_LABELS[x.status]}${x.answer_kind ? `（${ANSWER_LABELS[x.answer_kind]}）` : ''}`,
          })),
      })),
      org,
      date: dayLabel(chinaToday(clock)),
    });
    await inTransaction(db, (trx) =>
      audit.append(trx, actor, {
        action: 'workplan.topic_report',
        objectType: 'workplan_topic',
        objectId: id,
        orgId: d.orgId,
      }),
    );
    return { filename: `课题报告-${d.title}.docx`, data };
  }

  return {
    detail,
    report,

    /** Only the topic's organisation may read a stage's documents (the office and its leaders). */
    async mayReadFiles(actor: Actor, stageId: number) {
      const t = await topics.stageTopic(db, stageId);
      return !!t && readsWorkplan(actor, t.org_id);
    },

    async list(actor: Actor, f: { year?: number; stage?: TopicStage }) {
      topicAccess.require(actor, 'readTopics');
      const rows = await topics.list(db, actor.currentOrgId, f);
      return rows.map((r) => summary(r, r.stage_since));
    },

    async create(actor: Actor, input: TopicInput) {
      topicAccess.require(actor, 'createTopic');
      checkFlag(input.flag, input.assignedBy);
      const id = await inTransaction(db, async (trx) => {
        const at = now();
        const id = await topics.insert(trx, {
          org_id: actor.orgId,
          year: input.year,
          title: input.title,
          summary: input.summary,
          proposed_by: input.proposedBy,
          flag: input.flag ?? null,
          assigned_by: input.flag ? (input.assignedBy ?? null) : null,
          created_by: actor.userId,
          created_at: at,
          updated_at: at,
        });
        await audit.append(trx, actor, {
          action: 'workplan.topic_create',
          objectType: 'workplan_topic',
          objectId: id,
          orgId: actor.orgId,
        });
        return id;
      });
      return detail(actor, id);
    },

    async update(actor: Actor, id: number, input: Partial<Omit<TopicInput, 'year'>>) {
      await inTransaction(db, async (trx) => {
        const t = await load(trx, actor, id, 'editTopic');
        const flag = input.flag !== undefined ? input.flag : t.flag;
        const assignedBy = input.assignedBy !== undefined ? input.assignedBy : t.assigned_by;
        checkFlag(flag, assignedBy);
        await topics.update(trx, id, {
          ...(input.title !== undefined && { title: input.title }),
          ...(input.summary !== undefined && { summary: input.summary }),
          ...(input.proposedBy !== undefined && { proposed_by: input.proposedBy }),
          flag: flag ?? null,
          assigned_by: flag ? (assignedBy ?? null) : null,
          updated_at: now(),
        });
        await audit.append(trx, actor, {
          action: 'workplan.topic_update',
          objectType: 'workplan_topic',
          objectId: id,
          orgId: t.org_id,
        });
      });
      return detail(actor, id);
    },

    /** The next stage: no skipping, dates in order; the stage before it ends where it starts if still open. */
    async advance(actor: Actor, id: number, input: AdvanceInput) {
      await inTransaction(db, async (trx) => {
        const t = await load(trx, actor, id, 'advanceTopic');
        const stages = await topics.stages(trx, id);
        const previous = stages.find((s) => s.stage === t.stage);
        const next = { startsOn: input.startsOn, endsOn: input.endsOn ?? null };
        const problem = advanceProblem(
          t.stage,
          previous ? { startsOn: previous.starts_on, endsOn: previous.ends_on } : null,
          input.stage,
          next,
        );
        if (problem?.kind === 'state') throw conflict(problem.code, problem.message);
        if (problem?.kind === 'field') throw invalid(problem.field, problem.message);
        await checkMeeting(trx, t.org_id, input.stage, input.meetingId);
        if (previous && previous.ends_on === null) await topics.closeStage(trx, previous.id, input.startsOn);
        const at = now();
        const stageId = await topics.insertStage(trx, {
          topic_id: id,
          stage: input.stage,
          starts_on: input.startsOn,
          ends_on: input.endsOn ?? null,
          participants: JSON.stringify(input.participants),
          meeting_id: input.meetingId ?? null,
          note: input.note ?? null,
          created_by: actor.userId,
          created_at: at,
        });
        if (input.fileIds.length) await files.attach(trx, actor, input.fileIds, STAGE_FILE_OWNER, stageId);
        await topics.update(trx, id, { stage: input.stage, updated_at: at });
        await audit.append(trx, actor, {
          action: 'workplan.topic_advance',
          objectType: 'workplan_topic',
          objectId: id,
          orgId: t.org_id,
          detail: { from: t.stage, to: input.stage, startsOn: input.startsOn },
        });
      });
      return detail(actor, id);
    },
  };
}

export type TopicService = ReturnType<typeof createTopicService>;
