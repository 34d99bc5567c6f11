// Democratic supervision's rows (issue 16 item 8): one evaluation campaign of the top
// organisation, under review — 300 parks (30 at city scale), five criteria, the members taking
// part, three visits per park each with its five scores and three photos (900 visits, 4 500
// scores, 2 700 photo rows), and the office's review of each park; every photo in the album.
// The photo rows point at a few real stored files (drawn once, cleaned and given their print
// copy as an upload would), written into the dataset's files folder: 2 700 drawn JPEGs would
// take an hour and measure nothing the review page reads.
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { drawFieldPhoto, FIELD_SCENES } from '../../server/modules/supervision/photos/index.js';
import { printCopyOf, sanitizeImage } from '../../server/platform/files/image.js';
import type { Rnd } from './proposal-rows.js';
import type { OrgInfo } from './refdata.js';
import type { IdSource, Sink } from './sink.js';

export interface SupervisionCounts {
  campaignId: number;
  objects: number;
  visits: number;
  scores: number;
  photos: number;
  /** Distinct stored photos the rows point at. */
  storedPhotos: number;
}

const CRITERIA = [
  ['环境卫生', 25, '园路、草坪、水体洁净，垃圾及时清运'],
  ['设施维护', 25, '座椅、健身器材、照明完好可用'],
  ['便民服务', 20, '公厕、饮水、指引标识方便游客'],
  ['安全管理', 15, '巡查到位，危险区域有防护和警示'],
  ['文化特色', 15, '体现本地历史文化，活动丰富'],
] as const;
const DISTRICTS = ['江临区', '南湖区', '西山区', '北岸区', '高新区', '滨江区', '东城区', '临港区'];
const KINDS = ['综合公园', '社区公园', '口袋公园', '带状公园', '专类公园'];
const WHO = ['晨练的市民', '带孩子的家长', '公园保洁员', '附近居民', '公园管理处工作人员'];
const NOTES = [
  '反映夜间照明不足，部分路段较暗。',
  '希望增加儿童游乐设施和遮阳座椅。',
  '公厕保洁较好，但高峰时段排队。',
  '健身器材有两处损坏，已报修未修复。',
];
const COMMENTS = [
  '整体环境整洁，绿化养护到位。',
  '设施老化明显，建议列入改造计划。',
  '管理规范，游客满意度较高。',
  '标识陈旧，无障碍设施不足。',
];
const REVIEW =
  '园内环境整洁，绿化养护总体到位，游客对公厕保洁评价较好。存在问题：部分健身器材锈蚀，标识信息陈旧，' +
  '夜间照明不足。建议管理部门限期整改，并在下次评价前书面反馈整改情况。';

const iso = (ms: number) => new Date(ms).toISOString();
const STARTS = Date.parse('2026-09-01T00:00:00Z');

interface StoredPhoto {
  key: string;
  size: number;
  sha256: string;
  width: number;
  height: number;
  print: { key: string; size: number; sha256: string; width: number; height: number };
}

/** Draws, cleans and stores the few photos (cached beside the dataset: drawing takes seconds each). */
async function storePhotos(filesDir: string, cacheDir: string, n: number, size: [number, number]) {
  mkdirSync(cacheDir, { recursive: true });
  const out: StoredPhoto[] = [];
  const put = (data: Buffer) => {
    const id = randomUUID();
    const hex = id.replace(/-/g, '');
    const key = `${hex.slice(0, 2)}/${hex.slice(2, 4)}/${id}`;
    mkdirSync(dirname(join(filesDir, key)), { recursive: true });
    writeFileSync(join(filesDir, key), data);
    return { key, size: data.length, sha256: createHash('sha256').update(data).digest('hex') };
  };
  for (let i = 0; i < n; i++) {
    const cached = join(cacheDir, `photo-${size[0]}-${i}.jpg`);
    if (!existsSync(cached))
      writeFileSync(
        cached,
        await drawFieldPhoto({
          scene: FIELD_SCENES[i % FIELD_SCENES.length]!,
          seed: 100 + i,
          width: size[0],
          height: size[1],
          takenAt: new Date(STARTS + (i + 3) * 86_400_000),
          lat: 30.6 + i * 0.001,
          lon: 114.3 + i * 0.001,
        }),
      );
    // As an upload keeps it: re-encoded without EXIF, and its print-size copy.
    const clean = await sanitizeImage(readFileSync(cached), 'jpeg', false, { maxPixels: 50_000_000 });
    const copy = await printCopyOf(clean.data, { maxPixels: 50_000_000 });
    out.push({
      ...put(clean.data),
      width: clean.width,
      height: clean.height,
      print: { ...put(copy.data), width: copy.width, height: copy.height },
    });
  }
  return out;
}

function writers(sink: Sink) {
  const cols = (s: string, ints: string[], reals: string[] = []) =>
    s
      .split(/\s+/)
      .map(
        (c) => [c, ints.includes(c) ? 'int' : reals.includes(c) ? 'real' : 'text'] as [string, 'int' | 'real' | 'text'],
      );
  return {
    campaigns: sink.table(
      'supervision_campaigns',
      cols(
        'id org_id title object_kind description starts_on ends_on visits_per_object status version created_by created_at updated_at',
        ['id', 'org_id', 'visits_per_object', 'version', 'created_by'],
      ),
    ),
    criteria: sink.table(
      'supervision_criteria',
      cols(
        'id campaign_id name weight max_score guide sort_order',
        ['id', 'campaign_id', 'sort_order'],
        ['weight', 'max_score'],
      ),
    ),
    objects: sink.table(
      'supervision_objects',
      cols(
        'id campaign_id name address district category lat lon sort_order created_at',
        ['id', 'campaign_id', 'sort_order'],
        ['lat', 'lon'],
      ),
    ),
    participants: sink.table(
      'supervision_participants',
      cols('id campaign_id member_id district added_by added_at', ['id', 'campaign_id', 'member_id', 'added_by']),
    ),
    assignments: sink.table(
      'supervision_assignments',
      cols('id campaign_id object_id member_id source created_at', ['id', 'campaign_id', 'object_id', 'member_id']),
    ),
    visits: sink.table(
      'supervision_visits',
      cols(
        'id campaign_id object_id member_id client_id visited_at interviewee interview_notes comment score evidence evidence_reasons created_at',
        ['id', 'campaign_id', 'object_id', 'member_id'],
        ['score'],
      ),
    ),
    scores: sink.table(
      'supervision_visit_scores',
      cols('visit_id criterion_id score', ['visit_id', 'criterion_id'], ['score']),
    ),
    files: sink.table(
      'files',
      cols(
        'id org_id owner_type owner_id original_name mime size sha256 storage_key width height taken_at created_by created_at',
        ['org_id', 'size', 'width', 'height', 'created_by'],
      ),
    ),
    photos: sink.table(
      'supervision_visit_photos',
      cols('id visit_id file_id print_file_id taken_at distance_m sort_order in_album', [
        'id',
        'visit_id',
        'distance_m',
        'sort_order',
        'in_album',
      ]),
    ),
    reviews: sink.table(
      'supervision_reviews',
      cols('id object_id text written_by updated_at', ['id', 'object_id', 'written_by']),
    ),
  };
}

export async function writeSupervision(
  sink: Sink,
  ids: IdSource,
  rnd: Rnd,
  org: OrgInfo,
  opts: { objects: number; datasetDir: string; photoSize: [number, number] },
): Promise<SupervisionCounts> {
  const stored = await storePhotos(
    join(opts.datasetDir, 'files'),
    join(opts.datasetDir, '..', 'supervision-photos'),
    opts.objects >= 300 ? 4 : 2,
    opts.photoSize,
  );
  const w = writers(sink);
  const office = org.office.id;
  const created = iso(STARTS - 20 * 86_400_000);
  const campaignId = ids.next('supervision_campaigns');
  w.campaigns.add([
    campaignId,
    org.id,
    '政协委员眼中的公园',
    'place',
    '委员分组走访全省公园，实地察看、访谈游客并逐项打分，形成评价图册。',
    '2026-09-01',
    '2026-10-31',
    3,
    'reviewing',
    1,
    office,
    created,
    iso(STARTS + 62 * 86_400_000),
  ]);
  const criteria = CRITERIA.map(([name, weight, guide], i) => {
    const id = ids.next('supervision_criteria');
    w.criteria.add([id, campaignId, name, weight, 10, guide, i]);
    return { id, weight };
  });
  // Members taking part: three visits per park spread over about one member per two parks.
  const members = org.members.slice(0, Math.max(12, Math.ceil(opts.objects / 2)));
  const districtOf = new Map(members.map((m, i) => [m.id, DISTRICTS[i % DISTRICTS.length]!]));
  for (const m of members)
    w.participants.add([
      ids.next('supervision_participants'),
      campaignId,
      m.id,
      districtOf.get(m.id)!,
      office,
      created,
    ]);
  const counts: SupervisionCounts = {
    campaignId,
    objects: opts.objects,
    visits: 0,
    scores: 0,
    photos: 0,
    storedPhotos: stored.length,
  };
  let k = 0;
  for (let o = 0; o < opts.objects; o++) {
    const objectId = ids.next('supervision_objects');
    const district = DISTRICTS[o % DISTRICTS.length]!;
    w.objects.add([
      objectId,
      campaignId,
      `${district.slice(0, 2)}第${o + 1}公园`,
      `${district}园林路 ${o + 1} 号`,
      district,
      KINDS[o % KINDS.length]!,
      30.6 + rnd.next() * 0.2,
      114.3 + rnd.next() * 0.2,
      o,
      created,
    ]);
    // A park's quality, about which its three visitors roughly agree.
    const quality = 5.5 + rnd.next() * 4;
    for (let v = 0; v < 3; v++) {
      const member = members[k++ % members.length]!;
      w.assignments.add([ids.next('supervision_assignments'), campaignId, objectId, member.id, 'auto', created]);
      const visitId = ids.next('supervision_visits');
      const visitedAt = STARTS + rnd.int(1, 55) * 86_400_000 + rnd.int(1, 8) * 3_600_000;
      const scores = criteria.map(() => Math.max(0, Math.min(10, Math.round((quality + rnd.next() * 2 - 1) * 2) / 2)));
      const score = scores.reduce((s, x, i) => s + (x / 10) * criteria[i]!.weight, 0);
      w.visits.add([
        visitId,
        campaignId,
        objectId,
        member.id,
        randomUUID(),
        iso(visitedAt),
        WHO[rnd.int(0, WHO.length - 1)]!,
        NOTES[rnd.int(0, NOTES.length - 1)]!,
        COMMENTS[rnd.int(0, COMMENTS.length - 1)]!,
        Math.round(score * 100) / 100,
        'ok',
        '[]',
        iso(visitedAt + 2 * 3_600_000),
      ]);
      counts.visits++;
      criteria.forEach((c, i) => w.scores.add([visitId, c.id, scores[i]!]));
      counts.scores += criteria.length;
      for (let p = 0; p < 3; p++) {
        const s = stored[(o * 9 + v * 3 + p) % stored.length]!;
        const fileId = randomUUID();
        const printId = randomUUID();
        // The camera's wall clock, China time, no zone (as platform/files keeps EXIF time).
        const takenAt = iso(visitedAt + 8 * 3_600_000 + p * 60_000).slice(0, 19);
        const at = iso(visitedAt + 2 * 3_600_000);
        w.files.add([
          fileId,
          org.id,
          'supervision_visit',
          String(visitId),
          `IMG_${p}.jpg`,
          'image/jpeg',
          s.size,
          s.sha256,
          s.key,
          s.width,
          s.height,
          takenAt,
          member.user.id,
          at,
        ]);
        w.files.add([
          printId,
          org.id,
          'file_print_copy',
          fileId,
          `print-IMG_${p}.jpg`,
          'image/jpeg',
          s.print.size,
          s.print.sha256,
          s.print.key,
          s.print.width,
          s.print.height,
          null,
          member.user.id,
          at,
        ]);
        // The first visit's photos are the park's in the album: 3 a park, as the album target counts.
        w.photos.add([
          ids.next('supervision_visit_photos'),
          visitId,
          fileId,
          printId,
          takenAt,
          rnd.int(5, 180),
          p,
          v === 0 ? 1 : 0,
        ]);
        counts.photos++;
      }
    }
    w.reviews.add([ids.next('supervision_reviews'), objectId, REVIEW, office, iso(STARTS + 61 * 86_400_000)]);
  }
  return counts;
}
