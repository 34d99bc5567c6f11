// The roster's spreadsheet columns, shared by the import template, the importer and the
// export, so an exported sheet has the same headings the template asks for.
export type ColumnKey =
  | 'name'
  | 'gender'
  | 'ethnicity'
  | 'birthDate'
  | 'idNumber'
  | 'phone'
  | 'sector'
  | 'committee'
  | 'group'
  | 'party'
  | 'workUnit'
  | 'jobTitle'
  | 'isNew'
  | 'email'
  | 'address'
  | 'postalCode';

export interface Column {
  key: ColumnKey;
  header: string;
  required?: boolean;
  width: number;
  /** Typed as text in the template so Excel keeps leading zeros and all 18 digits. */
  text?: boolean;
  /** The drop-down list the template offers. */
  list?: 'gender' | 'sector' | 'committee' | 'group' | 'party' | 'yesno';
  hint: string;
}

export const COLUMNS: Column[] = [
  { key: 'name', header: '姓名', required: true, width: 12, hint: '委员姓名' },
  { key: 'gender', header: '性别', required: true, width: 8, list: 'gender', hint: '男 或 女' },
  { key: 'ethnicity', header: '民族', required: true, width: 10, hint: '如：汉族、回族' },
  {
    key: 'birthDate',
    header: '出生日期',
    width: 13,
    hint: '如 1975-06-18，或只填年月如 1975.06；留空时按身份证号填写，填写时须与身份证号一致',
  },
  {
    key: 'idNumber',
    header: '身份证号',
    width: 22,
    text: true,
    hint: '18 位居民身份证号，末位可为 X；会校验出生日期和校验位',
  },
  { key: 'phone', header: '手机号', required: true, width: 15, text: true, hint: '11 位手机号，同一届内不得重复' },
  {
    key: 'sector',
    header: '界别',
    required: true,
    width: 18,
    list: 'sector',
    hint: '从下拉列表中选择本组织已设置的界别',
  },
  { key: 'committee', header: '专委会', width: 20, list: 'committee', hint: '从下拉列表中选择，可留空' },
  { key: 'group', header: '委员小组', width: 14, list: 'group', hint: '须属于所填专委会，可留空' },
  {
    key: 'party',
    header: '党派',
    required: true,
    width: 10,
    list: 'party',
    hint: '中共、民革、民盟、民建、民进、农工党、致公党、九三学社、台盟、无党派',
  },
  { key: 'workUnit', header: '工作单位', width: 26, hint: '可留空' },
  { key: 'jobTitle', header: '职务', width: 14, hint: '可留空' },
  { key: 'isNew', header: '是否新任', width: 10, list: 'yesno', hint: '本届新任委员填“是”，留空视为“否”' },
  { key: 'email', header: '电子邮箱', width: 24, hint: '可留空' },
  { key: 'address', header: '通讯地址', width: 30, hint: '可留空' },
  { key: 'postalCode', header: '邮政编码', width: 10, text: true, hint: '6 位数字，可留空' },
];

export const HEADER_BY_KEY = Object.fromEntries(COLUMNS.map((c) => [c.key, c.header])) as Record<ColumnKey, string>;

/**
 * What a column of an uploaded sheet may be imported as: a roster column, or a committee's
 * usual "工作单位及职务" in one cell (kept whole as the work unit, or split in two).
 */
export type ImportField = ColumnKey | 'workUnitAndTitle';
export const IMPORT_FIELDS: ImportField[] = [
  ...COLUMNS.slice(
    0,
    COLUMNS.findIndex((c) => c.key === 'workUnit'),
  ).map((c) => c.key),
  'workUnitAndTitle',
  ...COLUMNS.slice(COLUMNS.findIndex((c) => c.key === 'workUnit')).map((c) => c.key),
];
export const FIELD_LABEL: Record<ImportField, string> = { ...HEADER_BY_KEY, workUnitAndTitle: '工作单位及职务' };
export const REQUIRED_FIELDS: ImportField[] = COLUMNS.filter((c) => c.required).map((c) => c.key);

/** The example row of the template starts with this and is skipped on import. */
export const EXAMPLE_MARK = '（示例）';

export const ROSTER_SHEET = '委员名册';
export const MAX_IMPORT_ROWS = 20_000;
