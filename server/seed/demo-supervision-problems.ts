// The problems found in last autumn's markets campaign (closed), followed to an outcome through
// the API on the dates they happen: one promoted from a member's visit comment, answered by the
// city's commerce bureau with the measures taken and settled by the office; one answered with a
// plan the office still follows; one never answered, so it shows overdue (and the hourly scan
// told the bureau and the office once).
import type { Json } from './demo-driver.js';
import type { SeedRun } from './demo-run.js';
import { dayStart, officeTime } from './demo-time.js';
import { prng } from './prng.js';

const base = '/api/supervision/campaigns';

export function scheduleMarketProblems(
  run: SeedRun,
  officeUser: string,
  unitUser: string | undefined,
  campaignId: () => number,
): void {
  if (!unitUser) return;
  const rnd = prng(20251105);
  const ids: Record<'moon' | 'textile' | 'liberation', number> = { moon: 0, textile: 0, liberation: 0 };
  run.d.at(officeTime(dayStart('2025-11-05'), rnd), async () => {
    const office = run.d.as(officeUser);
    const id = campaignId();
    const objects = (await office.get(`${base}/${id}/objects`)) as Json[];
    const objectOf = (name: string) => objects.find((o) => o.name === name)!.id as number;
    const visits = (await office.get(`${base}/${id}/visits?objectId=${objectOf('月湖菜市场')}`)) as Json[];
    const record = async (body: object) => ((await office.post(`${base}/${id}/problems`, body)) as Json).id as number;
    ids.moon = await record({ visitId: visits[0]!.id, dueOn: '2025-11-28' });
    ids.textile = await record({
      objectId: objectOf('纺织新村农贸市场'),
      description: '水产区地面长期积水，排水沟被鱼鳞和塑料袋堵塞，顾客反映地滑、气味重，需疏通排水并增加保洁频次。',
      dueOn: '2025-11-30',
    });
    ids.liberation = await record({
      objectId: objectOf('解放路农贸市场'),
      description: '市场门口的公平秤被杂物遮挡，部分摊位电子秤检定标签过期，请督促市场方组织集中检定并公示结果。',
      dueOn: '2025-11-25',
    });
  });
  run.d.at(officeTime(dayStart('2025-11-18'), rnd), async () => {
    await run.d.as(unitUser).post(`/api/supervision/problems/${ids.moon}/answer`, {
      kind: 'fixed',
      answer: '已约谈市场开办方，月湖菜市场每日闭市后冲洗地面，生鲜区加装挡水条，价格公示牌统一更换为电子屏。',
    });
  });
  run.d.at(officeTime(dayStart('2025-11-21'), rnd), async () => {
    await run.d.as(unitUser).post(`/api/supervision/problems/${ids.liberation}/answer`, {
      kind: 'planned',
      answer: '已会同市场监管局制定计量器具集中检定方案，公平秤移至入口显眼处，检定结果将在市场公示栏张贴。',
      plannedOn: '2026-03-31',
    });
  });
  run.d.at(officeTime(dayStart('2025-11-24'), rnd), async () => {
    await run.d.as(officeUser).post(`/api/supervision/problems/${ids.moon}/complete`, {
      note: '办公室回访复核：地面已无积水，公示电子屏运行正常，整改到位。',
    });
  });
}
