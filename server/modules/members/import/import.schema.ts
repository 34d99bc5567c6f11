// Requests and responses of the roster import: the upload's answer (the headings found and
// the field proposed for each column), the mapping the office confirms, and the jobs started.
import { z } from 'zod';
import { FIELD_LABEL, IMPORT_FIELDS, REQUIRED_FIELDS, type ImportField } from './columns.js';
import { HEADING_SEARCH_ROWS } from './layout.js';

export const importField = z.enum(IMPORT_FIELDS as [ImportField, ...ImportField[]]);
const workUnitTitle = z
  .enum(['whole', 'split'])
  .describe(
    '“工作单位及职务”一列：whole 整体作为工作单位；split 拆分为工作单位和职务（在最后一个空格处，或在末尾的职务名称之前）',
  );

export const importMapping = z
  .object({
    headerRow: z
      .number()
      .int()
      .min(1)
      .max(HEADING_SEARCH_ROWS + 1)
      .describe('（最后一行）列名所在行，数据从下一行开始'),
    columns: z
      .array(z.object({ column: z.number().int().min(1).max(16384).describe('列号，A 列为 1'), field: importField }))
      .max(200)
      .describe('导入的列及其对应项；未列出的列不导入'),
    workUnitTitle: workUnitTitle.default('whole'),
  })
  .meta({ id: 'MemberImportMapping' });
export type ImportMappingBody = z.infer<typeof importMapping>;

const layoutColumn = z.object({
  column: z.number(),
  letter: z.string(),
  heading: z.string(),
  group: z.string().nullable().describe('两行列名时上一行的合并列名'),
  field: importField.nullable(),
  match: z
    .enum(['exact', 'alias', 'keyword', 'content', 'duplicate', 'ignored', 'unsupported', 'unknown'])
    .describe(
      'exact 与模板列名相同；alias 常用列名；keyword 列名含关键词；content 按内容判断；duplicate 与另一列重复；ignored 序号、备注等；unsupported 名册不记录此项；unknown 未识别',
    ),
  keyword: z.string().nullable(),
  samples: z.array(z.string()).describe('列名下方的前几个值（手机号、身份证号脱敏）'),
  split: z.array(z.object({ unit: z.string(), title: z.string() })).describe('这些值按“工作单位及职务”拆分的结果'),
});

export const importLayout = z
  .object({
    sheet: z.string(),
    headerRow: z.number(),
    headingRows: z.number(),
    exact: z.boolean().describe('列名与导入模板完全一致（此时已直接开始预检）'),
    columns: z.array(layoutColumn),
    workUnitTitle,
    missing: z.array(importField).describe('没有找到对应列的必填项'),
  })
  .meta({ id: 'MemberImportLayout' });

export const IMPORT_FIELD_LIST = IMPORT_FIELDS.map((key) => ({
  key,
  label: FIELD_LABEL[key],
  required: REQUIRED_FIELDS.includes(key),
}));

export const uploadAnswer = z.object({
  fileId: z.string(),
  termId: z.number(),
  jobId: z
    .number()
    .nullable()
    .describe('已开始的预检任务；为空时须先确认列的对应关系（POST /api/members/import/preview）'),
  layout: importLayout,
  fields: z.array(z.object({ key: importField, label: z.string(), required: z.boolean() })),
});

export const jobStarted = z.object({ jobId: z.number(), termId: z.number(), fileId: z.string().optional() });

const fileTarget = {
  fileId: z.string().uuid(),
  termId: z.number().int().positive().optional(),
};
export const previewBody = z.object({ ...fileTarget, mapping: importMapping });
export const commitBody = z.object({
  ...fileTarget,
  mapping: importMapping.optional().describe('预检时用的列对应关系；按模板上传的文件可省略'),
});
