// The study module's rows of the generated year: every organisation's study materials
// (articles and video links published to the whole body through the year, each with a
// deadline) and one reading row per current member and material — opened by most, finished by
// somewhat fewer, a reflection now and then — so a member's learning record reads a year of
// readings beside the training and study sessions meeting-rows.ts wrote; and each
// organisation's coverage targets for the year. Training coverage itself is computed from the
// meetings' attendance, never written here.
import type { Rnd } from './proposal-rows.js';
import type { OrgInfo } from './refdata.js';
import { REFERENCE_TIME } from './scale.js';
import type { IdSource, Sink } from './sink.js';

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();
const YEAR_FROM = Date.parse('2026-01-05T01:00:00Z');

const TITLES = [
  '全国政协十四届常委会工作报告学习辅导',
  '人民政协协商民主的制度安排与实践',
  '委员履职能力建设专题讲座（视频）',
  '提案撰写的要点与常见问题',
  '民主监督的方式方法案例选编',
  '新时代统一战线工作要点解读',
  '社情民意信息的采写与报送',
  '基层协商议事的实践探索（视频）',
  '专门协商机构建设的理论与实践',
  '政协委员廉洁履职若干规定学习材料',
  '城市更新与民生改善调研报告选读',
  '乡村振兴重点任务政策汇编',
];
const REFLECTIONS = [
  '结合本界别工作实际，准备就社区养老服务提出一件提案。',
  '对协商议事的程序有了更清楚的认识，下一步在委员工作室试行。',
  '案例很有启发，民主监督要把问题找准、建议提实。',
  '学习后梳理了今年履职的不足，准备多参加专题调研。',
];

function writers(sink: Sink) {
  const cols = (s: string, ints: string[]) =>
    s.split(/\s+/).map((c) => [c, ints.includes(c) ? 'int' : 'text'] as [string, 'int' | 'text']);
  return {
    materials: sink.table(
      'study_materials',
      cols(
        'id org_id kind title summary body url minutes audience deadline status assigned_count created_by created_at updated_at published_at withdrawn_at reminded_at',
        ['id', 'org_id', 'minutes', 'assigned_count', 'created_by'],
      ),
    ),
    reads: sink.table(
      'study_material_reads',
      cols('id material_id member_id opened_at last_beat_at seconds finished_at reflection reflected_at', [
        'id',
        'material_id',
        'member_id',
        'seconds',
      ]),
    ),
    targets: sink.table(
      'study_coverage_targets',
      cols('id org_id year measure percent updated_by created_at updated_at', [
        'id',
        'org_id',
        'year',
        'percent',
        'updated_by',
      ]),
    ),
  };
}

export interface StudyCounts {
  materials: number;
  reads: number;
  finished: number;
}

export function writeStudy(sink: Sink, ids: IdSource, rnd: Rnd, orgs: OrgInfo[]): StudyCounts {
  const w = writers(sink);
  const counts: StudyCounts = { materials: 0, reads: 0, finished: 0 };
  orgs.forEach((org, orgIndex) => {
    const created = iso(YEAR_FROM - 3 * DAY);
    for (const [measure, percent] of [
      ['all', 100],
      ['new', 100],
    ] as const)
      w.targets.add([
        ids.next('study_coverage_targets'),
        org.id,
        2026,
        measure,
        percent,
        org.office.id,
        created,
        created,
      ]);
    // The top organisation publishes monthly; a county about every other month.
    const perYear = orgIndex === 0 ? TITLES.length : 6;
    for (let i = 0; i < perYear; i++) {
      const publishedAt = YEAR_FROM + Math.floor(((i + rnd.next() * 0.5) * 330 * DAY) / perYear);
      if (publishedAt >= REFERENCE_TIME) break;
      const id = ids.next('study_materials');
      const title = TITLES[(i + orgIndex) % TITLES.length]!;
      const video = title.endsWith('（视频）');
      const minutes = video ? rnd.int(25, 60) : rnd.int(10, 40);
      const deadline = iso(publishedAt + 30 * DAY).slice(0, 10);
      w.materials.add([
        id,
        org.id,
        video ? 'video' : 'article',
        title,
        `${title}，供全体委员学习。`,
        video ? null : `${title}。本材料围绕履职实践，分三部分介绍要点、案例和学习思考题。`,
        video ? `https://video.example.cn/study/${id}` : null,
        minutes,
        JSON.stringify({ all: true }),
        deadline,
        'published',
        org.members.length,
        org.office.id,
        iso(publishedAt - 2 * DAY),
        iso(publishedAt),
        iso(publishedAt),
        null,
        null,
      ]);
      counts.materials++;
      // Older materials have been read by more; the latest by few yet.
      const age = Math.min(1, (REFERENCE_TIME - publishedAt) / (60 * DAY));
      for (const m of org.members) {
        const r = rnd.next();
        const opened = r < 0.35 + 0.5 * age;
        const finished = opened && r < 0.25 + 0.5 * age;
        const openedAt = opened ? Math.min(REFERENCE_TIME - 3_600_000, publishedAt + rnd.int(1, 25) * DAY) : null;
        const seconds = opened ? Math.round(minutes * 60 * (finished ? 0.6 + rnd.next() * 0.6 : rnd.next() * 0.5)) : 0;
        const finishedAt = finished ? openedAt! + seconds * 1000 : null;
        const reflection = finished && rnd.next() < 0.12 ? REFLECTIONS[rnd.int(0, REFLECTIONS.length - 1)]! : null;
        w.reads.add([
          ids.next('study_material_reads'),
          id,
          m.id,
          openedAt === null ? null : iso(openedAt),
          openedAt === null ? null : iso(openedAt + seconds * 1000),
          seconds,
          finishedAt === null ? null : iso(finishedAt),
          reflection,
          reflection ? iso(finishedAt! + 60_000) : null,
        ]);
        counts.reads++;
        if (finished) counts.finished++;
      }
    }
  });
  return counts;
}
