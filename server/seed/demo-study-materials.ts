// The demo organisation's study materials (学习资料), published through the API by the office on
// the dates they go out, and read by the members on the days after: a document (a Word file), articles
// and video links, for the whole body, a committee and the party members; some past their
// deadline with stragglers, one withdrawn, one still a draft. Readers open, their pages send a
// few heartbeats, most mark it read and some write a reflection. The demo member account has
// some read (with reflections) and some to read, one of them overdue. Its own random source, so
// the rest of the demo is the same with or without it.
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { permissionsOf } from '../platform/access/roles.js';
import type { Actor } from '../platform/access/actor.js';
import { inTransaction } from '../db/tx.js';
import { DAY, MINUTE } from '../platform/clock.js';
import type { Json } from './demo-driver.js';
import type { SeedRun } from './demo-run.js';
import { dateOf, memberTime, officeTime } from './demo-time.js';
import { prng } from './prng.js';

const OFFICE = 'admin';
const DEMO_MEMBER = 'member';

interface Plan {
  kind: 'document' | 'article' | 'video';
  title: string;
  summary: string;
  body?: string;
  url?: string;
  file?: { name: string; paragraphs: string[] };
  minutes: number;
  /** Days before the demo's end it goes out, and its deadline after publishing (days; null: none). */
  ago: number;
  due: number | null;
  audience: 'all' | 'proposals' | 'cpc';
  /** Share of the assigned who finish it; of those, the share who write a reflection. */
  share: number;
  reflect: number;
  /** What the demo member does: finish (with a reflection), open only, or nothing. */
  demo: 'reflect' | 'finish' | 'open' | 'none';
  then?: 'withdraw' | 'draft';
}

const PLANS: Plan[] = [
  {
    kind: 'document',
    title: '《中国人民政治协商会议章程》（2023年修正）学习辅导',
    summary: '章程修正案的主要内容和学习要点，供委员对照章程履行职责。',
    file: {
      name: '政协章程学习辅导.docx',
      paragraphs: [
        '《中国人民政治协商会议章程》学习辅导',
        '一、章程修正的背景和重要意义。章程是人民政协工作的根本遵循，修正后的章程充实了新时代人民政协工作的新理念新思想新要求。',
        '二、把握人民政协的性质定位。人民政协是中国共产党领导的多党合作和政治协商的重要机构，是社会主义协商民主的重要渠道和专门协商机构。',
        '三、委员的权利和义务。委员应当认真履行政治协商、民主监督、参政议政职能，密切联系界别群众，积极建言资政、凝聚共识。',
      ],
    },
    minutes: 40,
    ago: 70,
    due: 30,
    audience: 'all',
    share: 0.85,
    reflect: 0.2,
    demo: 'reflect',
  },
  {
    kind: 'article',
    title: '学习贯彻中共二十届四中全会精神辅导提纲',
    summary: '围绕全会提出的目标任务，结合政协工作谈学习体会，引导委员在履职中贯彻落实。',
    body: [
      '一、深刻领会全会的重大意义。全会对今后一个时期的发展作出战略部署，为人民政协工作指明了方向。',
      '二、准确把握全会提出的目标任务，聚焦高质量发展、民生保障、生态保护等重点领域，找准政协履职的切入点。',
      '三、发挥专门协商机构作用，围绕全市中心工作开展专题协商、对口协商和界别协商，提出有分量的意见建议。',
      '四、加强委员自身建设，把学习成果转化为履职尽责的实际成效。',
    ].join('\n'),
    minutes: 20,
    ago: 45,
    due: 25,
    audience: 'all',
    share: 0.72,
    reflect: 0.25,
    demo: 'finish',
  },
  {
    kind: 'video',
    title: '专题讲座：社会主义协商民主的理论与实践',
    summary: '市委党校教授主讲，约五十分钟，介绍协商民主的制度安排和基层实践案例。',
    url: 'https://www.12371.cn/special/xxjy/',
    minutes: 50,
    ago: 32,
    due: 26,
    audience: 'all',
    share: 0.55,
    reflect: 0.15,
    demo: 'reflect',
  },
  {
    kind: 'video',
    title: '习近平新时代中国特色社会主义思想学习纲要解读（第三讲）',
    summary: '系列视频讲座第三讲，请在截止日期前观看完毕。',
    url: 'https://www.12371.cn/special/xjpxsd/',
    minutes: 45,
    ago: 26,
    due: 23,
    audience: 'all',
    share: 0.48,
    reflect: 0.1,
    demo: 'none',
  },
  {
    kind: 'article',
    title: '怎样写好一件提案——提案撰写要点与案例评析',
    summary: '从选题、调研、分析到建议，结合本届优秀提案讲解提案撰写的要求。',
    body: [
      '选题要准。提案选题应当围绕党委政府中心工作和群众关心的热点难点问题，做到小切口、深分析。',
      '调研要实。提案要建立在深入调查研究的基础上，掌握第一手材料，用数据和事实说话。',
      '建议要可行。提出的建议应当具体明确、有针对性和可操作性，避免大而空。',
      '案例评析：本届优秀提案《关于推进老旧小区加装电梯的建议》从居民需求出发，提出资金分担和协商议事机制，被承办单位全部采纳。',
    ].join('\n'),
    minutes: 15,
    ago: 14,
    due: 28,
    audience: 'proposals',
    share: 0.4,
    reflect: 0.3,
    demo: 'open',
  },
  {
    kind: 'video',
    title: '党史学习教育专题片《伟大征程》第五集',
    summary: '供中共党员委员学习观看，结合党组织生活会交流心得。',
    url: 'https://tv.cctv.com/special/wdzc/',
    minutes: 35,
    ago: 20,
    due: 35,
    audience: 'cpc',
    share: 0.45,
    reflect: 0.2,
    demo: 'none',
  },
  {
    kind: 'article',
    title: '关于加强和改进新时代市县政协工作的意见学习要点',
    summary: '梳理意见提出的重点任务，明确市县政协在基层协商、委员联系群众方面的工作要求。',
    body: [
      '意见强调，市县政协要坚持党的领导，聚焦基层治理中的重点问题开展协商议政。',
      '要推动政协协商与基层协商有效衔接，搭建委员联系群众的平台，畅通社情民意反映渠道。',
      '要加强委员队伍建设，完善委员履职档案，把学习培训作为委员履职的重要内容。',
    ].join('\n'),
    minutes: 12,
    ago: 7,
    due: 24,
    audience: 'all',
    share: 0.22,
    reflect: 0.2,
    demo: 'none',
  },
  {
    kind: 'document',
    title: '委员履职管理办法（试行）',
    summary: '委员履职的记录、评价和通报办法，请全体委员对照执行。',
    file: {
      name: '委员履职管理办法（试行）.docx',
      paragraphs: [
        '委员履职管理办法（试行）',
        '第一条 为加强委员队伍建设，推动委员履职尽责，制定本办法。',
        '第二条 委员履职情况包括参加会议、提交提案、反映社情民意、参加视察调研和学习培训等。',
        '第三条 委员履职情况由平台自动记录，每年度汇总一次，并在一定范围内通报。',
      ],
    },
    minutes: 25,
    ago: 3,
    due: 30,
    audience: 'all',
    share: 0.06,
    reflect: 0,
    demo: 'none',
  },
  {
    kind: 'article',
    title: '年度委员学习培训安排（旧版）',
    summary: '已按新的学习计划调整，本篇已撤回。',
    body: '本年度委员学习培训安排以新版学习计划为准。',
    minutes: 5,
    ago: 50,
    due: null,
    audience: 'all',
    share: 0.1,
    reflect: 0,
    demo: 'none',
    then: 'withdraw',
  },
  {
    kind: 'article',
    title: '2027年度委员学习计划说明（征求意见稿）',
    summary: '明年学习计划的主要安排，征求各专委会意见。',
    body: '明年将围绕理论学习、履职能力、专题培训三个方面安排委员学习，请各专委会提出意见建议。',
    minutes: 8,
    ago: 2,
    due: null,
    audience: 'all',
    share: 0,
    reflect: 0,
    demo: 'none',
    then: 'draft',
  },
];

const REFLECTIONS = [
  '通过学习，进一步认识到人民政协作为专门协商机构的职责定位，今后要在调研中多听群众声音。',
  '内容很有针对性，结合自己所在界别的工作，准备就基层医疗服务问题开展专题调研。',
  '学习后对协商民主的制度安排有了更系统的理解，要把学习成果转化为高质量的提案。',
  '受益匪浅。要坚持学思用贯通，提高建言资政的能力和水平。',
  '体会到委员既要懂政策也要接地气，下一步将深入社区了解加装电梯推进中的实际困难。',
];

async function wordFile(paragraphs: string[]): Promise<Buffer> {
  const doc = new Document({
    sections: [
      {
        children: paragraphs.map(
          (text, i) =>
            new Paragraph({ children: [new TextRun({ text, font: '仿宋', size: i === 0 ? 36 : 28, bold: i === 0 })] }),
        ),
      },
    ],
  });
  return Packer.toBuffer(doc);
}

export async function scheduleStudyMaterials(run: SeedRun, cityId: number): Promise<void> {
  const db = run.d.platform.db;
  const rnd = prng(20261212);
  const readers = await db
    .selectFrom('users as u')
    .innerJoin('members as m', 'm.id', 'u.member_id')
    .select(['u.username', 'm.id', 'm.committee_id', 'm.party'])
    .where('m.org_id', '=', cityId)
    .where('m.active', '=', 1)
    .where('u.active', '=', 1)
    .orderBy('m.id')
    .execute();
  const committees = await db.selectFrom('committees').select(['id', 'name']).where('org_id', '=', cityId).execute();
  const proposalsCommittee = committees.find((c) => c.name === '提案委员会')?.id;
  const demoMember = readers.find((r) => r.username === DEMO_MEMBER);
  const admin = await db
    .selectFrom('users')
    .select(['id', 'display_name', 'roles'])
    .where('username', '=', OFFICE)
    .executeTakeFirstOrThrow();
  // The office's own upload of a document's file (the driver sends JSON only): the file service
  // with the office as its uploader, as POST /api/files would record it.
  const office: Actor = {
    kind: 'user',
    userId: admin.id,
    username: OFFICE,
    displayName: admin.display_name,
    orgId: cityId,
    currentOrgId: cityId,
    visibleOrgIds: [cityId],
    roles: ['staff'],
    permissions: permissionsOf(['staff']),
    memberId: null,
    unitId: null,
    leaderTitle: null,
    sessionId: 'seed-demo',
    ip: '127.0.0.1',
  };
  const as = run.d.as(OFFICE);
  let demoReflections = 0;

  for (const plan of PLANS) {
    const at = officeTime(run.end - plan.ago * DAY, rnd);
    const assigned = readers.filter((r) =>
      plan.audience === 'all'
        ? true
        : plan.audience === 'cpc'
          ? r.party === 'cpc'
          : r.committee_id === proposalsCommittee || r === demoMember,
    );
    let id = 0;
    run.d.at(at, async () => {
      let fileIds: string[] | undefined;
      if (plan.file) {
        const data = await wordFile(plan.file.paragraphs);
        const f = await inTransaction(db, (trx) =>
          run.d.platform.files.accept(trx, office, { data, filename: plan.file!.name }, { allowed: ['docx'] }),
        );
        fileIds = [f.id];
      }
      const audience =
        plan.audience === 'all'
          ? { all: true }
          : plan.audience === 'cpc'
            ? { parties: ['cpc'] }
            : {
                committeeIds: proposalsCommittee ? [proposalsCommittee] : [],
                memberIds: demoMember ? [demoMember.id] : [],
              };
      const created = (await as.post('/api/study/materials', {
        kind: plan.kind,
        title: plan.title,
        summary: plan.summary,
        body: plan.body ?? null,
        url: plan.url ?? null,
        minutes: plan.minutes,
        audience,
        deadline: plan.due === null ? null : dateOf(at + plan.due * DAY),
        ...(fileIds && { fileIds }),
      })) as Json;
      id = created.id;
      if (plan.then !== 'draft') await as.post(`/api/study/materials/${id}/publish`);
    });
    if (plan.then === 'draft') continue;
    // A withdrawn one is withdrawn four days on, and read only until then.
    const withdrawAt = plan.then === 'withdraw' ? officeTime(at + 4 * DAY, rnd) : Infinity;
    if (plan.then === 'withdraw') run.d.at(withdrawAt, async () => as.post(`/api/study/materials/${id}/withdraw`));

    // The readers, over the days after: open, a few heartbeats a minute apart, most mark it read.
    const span = plan.then === 'withdraw' ? 3 : Math.max(1, Math.min(plan.ago - 0.5, (plan.due ?? 20) + 3));
    for (const r of assigned) {
      const isDemo = r === demoMember;
      const finishes = isDemo ? plan.demo === 'finish' || plan.demo === 'reflect' : rnd.next() < plan.share;
      const opens = isDemo ? plan.demo !== 'none' : finishes || rnd.next() < plan.share * 0.3;
      if (!opens) continue;
      const start = memberTime(at + rnd.next() * span * DAY, rnd);
      if (start >= Math.min(run.end, withdrawAt - 10 * MINUTE)) continue;
      const beats = rnd.int(1, 3);
      const who = run.d.as(r.username);
      const url = (step: string) => `/api/study/materials/${id}/${step}`;
      run.d.at(start, async () => {
        await who.post(url('open'));
      });
      for (let b = 1; b <= beats; b++)
        run.d.at(start + b * MINUTE, async () => {
          await who.post(url('heartbeat'), { seconds: 60 });
        });
      if (!finishes) continue;
      const writes = isDemo ? plan.demo === 'reflect' : rnd.next() < plan.reflect;
      // The demo member's reflections differ from one another; the others' are picked at random.
      const text = isDemo ? REFLECTIONS[demoReflections++ % REFLECTIONS.length]! : rnd.pick(REFLECTIONS);
      run.d.at(start + beats * MINUTE + 20_000, async () => {
        await who.post(url('finish'));
        if (writes) await who.put(url('reflection'), { text });
      });
    }
  }
}
