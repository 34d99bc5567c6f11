// The objects a campaign evaluates: added by hand or imported from the office's workbook (a
// preview first: every row with its problems; then all or nothing), listed, and removed while
// no visit has been made to them. A responsible department named as one of the organisation's
// handling units is linked to it, so problems found can be routed there. When the campaign
// evaluates handling units themselves, an object named as a unit is that unit.
import { inTransaction, type Db } from '../../../db/tx.js';
import type { Actor } from '../../../platform/access/actor.js';
import type { AuditLog } from '../../../platform/audit/audit-log.js';
import type { Clock } from '../../../platform/clock.js';
import { conflict, invalid, notFound } from '../../../platform/errors.js';
import type { EvalCampaignDeps } from './campaigns.service.js';
import { loadCampaign } from './campaigns.service.js';
import { evalCampaignAccess } from './campaigns.policy.js';
import type { CampaignRepo, CampaignRow, ObjectInsert, ObjectRow } from './campaigns.repo.js';
import type { ObjectInput } from './campaigns.schema.js';
import { OBJECTS_MAX, readObjectsSheet } from './objects-sheet.js';

export const objectView = (o: ObjectRow) => ({
  id: o.id,
  name: o.name,
  address: o.address,
  district: o.district,
  category: o.category,
  lat: o.lat,
  lon: o.lon,
  responsibleUnit: o.responsible_unit,
  responsibleUnitId: o.responsible_unit_id,
  unitId: o.unit_id,
});

export function createObjectService(deps: EvalCampaignDeps & { audit: AuditLog; clock: Clock }) {
  const { db, clock, audit, campaigns } = deps;

  async function rowsFor(trx: Db, c: CampaignRow, inputs: ObjectInput[], repo: CampaignRepo): Promise<ObjectInsert[]> {
    const units = await repo.unitsByName(trx, c.org_id);
    const at = clock.now().toISOString();
    const start = (await repo.objects(trx, c.id)).length;
    return inputs.map((o, i) => ({
      campaign_id: c.id,
      name: o.name.trim(),
      address: o.address || null,
      district: o.district || null,
      category: o.category || null,
      lat: o.lat ?? null,
      lon: o.lon ?? null,
      responsible_unit: o.responsibleUnit || null,
      responsible_unit_id: o.responsibleUnit ? (units.get(o.responsibleUnit) ?? null) : null,
      unit_id: c.object_kind === 'unit' ? (units.get(o.name.trim()) ?? null) : null,
      sort_order: start + i,
      created_at: at,
    }));
  }

  async function store(actor: Actor, id: number, inputs: ObjectInput[], how: 'add' | 'import') {
    return inTransaction(db, async (trx) => {
      const { c } = await loadCampaign(campaigns, trx, actor, id, 'editEvalObjects');
      const names = await campaigns.objectNames(trx, id);
      const problems = inputs.flatMap((o, i) => {
        const out: { path: string; message: string }[] = [];
        if (names.has(o.name.trim())) out.push({ path: `objects.${i}.name`, message: '本次评议已有同名对象' });
        if (((o.lat ?? null) === null) !== ((o.lon ?? null) === null))
          out.push({ path: `objects.${i}.lat`, message: '经纬度须同时填写或同时留空' });
        return out;
      });
      if (new Set(inputs.map((o) => o.name.trim())).size !== inputs.length)
        problems.push({ path: 'objects', message: '评议对象名称不能重复' });
      if (problems.length) throw invalid(problems.slice(0, 50));
      if (names.size + inputs.length > OBJECTS_MAX) throw invalid('objects', '一次评议最多 2000 个对象');
      const rows = await rowsFor(trx, c, inputs, campaigns);
      if (c.object_kind === 'unit' && rows.some((r) => r.unit_id === null))
        throw invalid('objects', '评议承办单位时，对象名称须与本单位的承办单位名称一致');
      await campaigns.insertObjects(trx, rows);
      await campaigns.touch(trx, id, clock.now().toISOString());
      await audit.append(trx, actor, {
        action: how === 'add' ? 'supervision.objects_add' : 'supervision.objects_import',
        objectType: 'supervision_campaign',
        objectId: c.id,
        orgId: c.org_id,
        detail: { count: rows.length },
      });
      return { added: rows.length };
    });
  }

  return {
    async list(actor: Actor, id: number) {
      evalCampaignAccess.require(actor, 'readEvalCampaigns');
      await loadCampaign(campaigns, db, actor, id);
      return (await campaigns.objects(db, id)).map(objectView);
    },

    add: (actor: Actor, id: number, objects: ObjectInput[]) => store(actor, id, objects, 'add'),

    /** Refuses before the upload is read when the actor may not import into the campaign. */
    async mayImport(actor: Actor, id: number) {
      await loadCampaign(campaigns, db, actor, id, 'editEvalObjects');
    },

    /** The workbook's rows with their problems (nothing stored), or all of them stored. */
    async importSheet(actor: Actor, id: number, data: Buffer, preview: boolean) {
      const { c } = await loadCampaign(campaigns, db, actor, id, 'editEvalObjects');
      const rows = await readObjectsSheet(data, await campaigns.objectNames(db, c.id));
      if (rows.length === 0) throw invalid('file', '文件中没有评议对象');
      if (rows.length > OBJECTS_MAX) throw invalid('file', '一次评议最多 2000 个对象');
      const bad = rows.filter((r) => r.errors.length);
      if (preview) return { rows, valid: rows.length - bad.length, invalid: bad.length };
      if (bad.length)
        throw invalid(
          bad
            .flatMap((r) => r.errors.map((e) => ({ path: `第${r.row}行 ${e.column}`, message: e.message })))
            .slice(0, 50),
        );
      return store(
        actor,
        id,
        rows.map((r) => r.values as ObjectInput),
        'import',
      );
    },

    async remove(actor: Actor, id: number, objectId: number) {
      return inTransaction(db, async (trx) => {
        const { c } = await loadCampaign(campaigns, trx, actor, id, 'editEvalObjects');
        const o = await campaigns.object(trx, objectId);
        if (!o || o.campaign_id !== c.id) throw notFound('EVAL_OBJECT_NOT_FOUND', '评议对象不存在');
        if (await campaigns.objectHasVisits(trx, objectId))
          throw conflict('OBJECT_VISITED', '该对象已有委员走访，不能删除');
        await campaigns.deleteObject(trx, objectId);
        await campaigns.touch(trx, id, clock.now().toISOString());
        await audit.append(trx, actor, {
          action: 'supervision.object_delete',
          objectType: 'supervision_campaign',
          objectId: c.id,
          orgId: c.org_id,
          detail: { objectId, name: o.name },
        });
        return { ok: true as const };
      });
    },
  };
}

export type ObjectService = ReturnType<typeof createObjectService>;
