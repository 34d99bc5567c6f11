// The objects of a campaign as an Excel workbook: the template the office fills in (one object a
// row: name, address, district, category, latitude and longitude, responsible department) and
// the reading of a filled one into rows, each with its own problems by column, for the preview.
import ExcelJS from 'exceljs';
import { readSheetRows } from '../../../platform/files/sheet-read.js';
import { objectInput, type ObjectInput } from './campaigns.schema.js';

/** A workbook holds at most this many objects (a province's parks fit). */
export const OBJECTS_MAX = 2000;

const COLUMNS = [
  { key: 'name', header: '名称', width: 24 },
  { key: 'address', header: '地址', width: 32 },
  { key: 'district', header: '所在区县', width: 12 },
  { key: 'category', header: '类别', width: 14 },
  { key: 'lat', header: '纬度', width: 12 },
  { key: 'lon', header: '经度', width: 12 },
  { key: 'responsibleUnit', header: '责任单位', width: 22 },
] as const;
type Key = (typeof COLUMNS)[number]['key'];

export async function objectsTemplate(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('评议对象');
  ws.columns = COLUMNS.map((c) => ({ width: c.width }));
  ws.addRow(COLUMNS.map((c) => c.header)).font = { bold: true };
  ws.addRow(['滨江体育公园', '滨江大道188号', '江临区', '体育公园', 31.2381, 121.4902, '江临市园林局']);
  ws.addRow(['南湖口袋公园', '南湖路与文昌街交叉口', '南湖区', '口袋公园', 31.2109, 121.4533, '江临市园林局']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export interface SheetRow {
  row: number;
  values: Partial<ObjectInput>;
  errors: { column: string; message: string }[];
}

const header = (key: Key | string) => COLUMNS.find((c) => c.key === key)?.header ?? '';

/** Every row of the sheet with its problems; names already in the campaign or repeated count as problems. */
export async function readObjectsSheet(data: Buffer, existingNames: ReadonlySet<string>): Promise<SheetRow[]> {
  const read = await readSheetRows(data, COLUMNS, ['名称'], '未找到列名行：请使用导入模板（须有“名称”列）');
  const seen = new Map<string, number>();
  return read.map(({ row, raw }) => {
    const errors: SheetRow['errors'] = [];
    const num = (key: 'lat' | 'lon') => {
      if (!raw[key]) return null;
      const n = Number(raw[key]);
      if (!Number.isFinite(n)) errors.push({ column: header(key), message: '应为数字（十进制度）' });
      return Number.isFinite(n) ? n : null;
    };
    const candidate = {
      name: raw.name,
      address: raw.address || null,
      district: raw.district || null,
      category: raw.category || null,
      lat: num('lat'),
      lon: num('lon'),
      responsibleUnit: raw.responsibleUnit || null,
    };
    const parsed = objectInput.safeParse(candidate);
    if (!parsed.success)
      for (const issue of parsed.error.issues)
        errors.push({ column: header(String(issue.path[0])), message: issue.message });
    if (
      (candidate.lat === null) !== (candidate.lon === null) &&
      !errors.some((e) => e.column === '纬度' || e.column === '经度')
    )
      errors.push({ column: candidate.lat === null ? '纬度' : '经度', message: '经纬度须同时填写或同时留空' });
    if (raw.name) {
      if (existingNames.has(raw.name)) errors.push({ column: '名称', message: '本次评议已有同名对象' });
      const first = seen.get(raw.name);
      if (first !== undefined) errors.push({ column: '名称', message: '名称与前面的行重复' });
      else seen.set(raw.name, row);
    }
    return { row, values: parsed.success ? parsed.data : candidate, errors };
  });
}
