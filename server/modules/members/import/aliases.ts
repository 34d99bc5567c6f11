// What committees actually write in their own roster files, as data: the headings used for
// each roster field, the columns that carry nothing to import, the sector names written in
// short or long form, the ethnic groups written without 族, and the words a job title ends
// with (to split "工作单位及职务"). Headings are compared after `normaliseHeading` (no spaces,
// no '*', half-width brackets, lower case), so each is written here once, in that form.
import type { ImportField } from './columns.js';

export const HEADING_ALIASES: Record<ImportField, string[]> = {
  name: ['姓名', '委员姓名', '名字'],
  gender: ['性别'],
  ethnicity: ['民族', '族别'],
  birthDate: ['出生日期', '出生年月', '出生年月日', '出生时间', '生日', '出生年月(年.月)', '出生年月(年月)'],
  idNumber: ['身份证号', '身份证号码', '公民身份号码', '公民身份证号码', '居民身份证号码', '身份证', '证件号码'],
  phone: ['手机号', '手机号码', '手机', '联系电话', '移动电话', '联系方式', '电话', '电话号码', '联系手机'],
  sector: ['界别', '所属界别', '界别名称', '推荐界别', '参加单位', '参加单位(界别)'],
  committee: ['专委会', '所属专委会', '所在专委会', '专门委员会', '所属专门委员会', '所在专门委员会'],
  group: ['委员小组', '所属小组', '所在小组', '小组', '活动小组', '委员活动小组'],
  party: ['党派', '政治面貌', '党派(团体)', '党派团体', '所属党派', '党派面貌', '党派/团体'],
  workUnitAndTitle: [
    '工作单位及职务',
    '单位及职务',
    '工作单位和职务',
    '工作单位及职务(职称)',
    '现工作单位及职务',
    '单位职务',
    '工作单位职务',
    '工作单位及现任职务',
  ],
  workUnit: ['工作单位', '单位', '单位名称', '现工作单位', '所在单位'],
  jobTitle: ['职务', '现任职务', '行政职务', '单位职务名称'],
  isNew: ['是否新任', '新任', '新任/连任', '新任或连任', '新任连任'],
  email: ['电子邮箱', '邮箱', '电子邮件', 'email', 'e-mail', '电子信箱'],
  address: ['通讯地址', '地址', '联系地址', '通信地址', '家庭住址', '家庭地址'],
  postalCode: ['邮政编码', '邮编'],
};

/** Columns that number or annotate rows: never imported, and not worth a warning. */
export const IGNORED_HEADINGS = ['序号', '编号', '序', 'no', 'no.', '备注', '说明', '附注', '照片', '签名'];

/** What other rosters record and this one does not: named as such, not imported. */
export const UNSUPPORTED_HEADINGS = [
  '籍贯',
  '出生地',
  '学历',
  '学位',
  '文化程度',
  '全日制教育',
  '在职教育',
  '毕业院校',
  '毕业院校及专业',
  '专业',
  '职称',
  '技术职称',
  '专业技术职称',
  '入党时间',
  '参加工作时间',
  '届次',
  '届别',
  '委员证号',
  '委员证编号',
  '办公电话',
  '单位电话',
  '家庭电话',
  '固定电话',
  '传真',
  '微信',
  '微信号',
  'qq',
  '健康状况',
  '宗教信仰',
  '社会职务',
  '政协职务',
  '是否常委',
  '常委',
  '任职时间',
];

/**
 * Words a heading may contain when no alias matches it whole ("委员手机号码（请核对）"),
 * the more specific before the less.
 */
export const HEADING_KEYWORDS: [string, ImportField][] = [
  ['身份证', 'idNumber'],
  ['身份号码', 'idNumber'],
  ['手机', 'phone'],
  ['移动电话', 'phone'],
  ['姓名', 'name'],
  ['性别', 'gender'],
  ['民族', 'ethnicity'],
  ['出生', 'birthDate'],
  ['政治面貌', 'party'],
  ['党派', 'party'],
  ['界别', 'sector'],
  ['专委会', 'committee'],
  ['专门委员会', 'committee'],
  ['小组', 'group'],
  ['单位及职务', 'workUnitAndTitle'],
  ['单位和职务', 'workUnitAndTitle'],
  ['单位', 'workUnit'],
  ['职务', 'jobTitle'],
  ['邮箱', 'email'],
  ['电子邮件', 'email'],
  ['邮编', 'postalCode'],
  ['邮政编码', 'postalCode'],
  ['地址', 'address'],
  ['新任', 'isNew'],
];

/**
 * Names of one sector written differently from one file to another. A value names the
 * organisation's sector when both are in one group and the organisation has only one of the
 * group. (Party sectors are matched through the party names, `parties.ts`.)
 */
export const SECTOR_SYNONYMS: string[][] = [
  ['特邀人士', '特邀', '特别邀请人士', '特邀界'],
  ['无党派人士', '无党派', '无党派民主人士'],
  ['共青团', '共青团界', '共青团和青联', '青联'],
  ['总工会', '工会'],
  ['妇联', '妇女联合会'],
  ['工商联', '工商业联合会', '工商联界'],
  ['科学技术界', '科技界', '科协'],
  ['社会科学界', '社科界', '社科联'],
  ['文化艺术界', '文艺界', '文联'],
  ['新闻出版界', '新闻界', '新闻出版'],
  ['医药卫生界', '医卫界', '医疗卫生界', '卫生界'],
  ['社会福利和社会保障界', '社会福利界', '社会保障界', '社会福利与社会保障界'],
  ['文化体育界', '文体界'],
  ['少数民族界', '少数民族'],
  ['宗教界', '宗教'],
];

/** The 56 ethnic groups by the name written without 族 ("汉" for 汉族). */
export const ETHNIC_GROUPS = (
  '汉 蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 纳西 景颇 ' +
  '柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 ' +
  '塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺'
).split(' ');

/** Job titles, the last word of "江临市第一人民医院副院长". */
export const TITLE_WORDS = (
  '董事长 总经理 经理 董事 监事 总裁 总监 院长 校长 园长 局长 处长 科长 所长 主任医师 主任 主席 主委 会长 理事长 ' +
  '秘书长 书记 支书 社长 行长 厂长 部长 馆长 站长 台长 队长 镇长 乡长 县长 区长 市长 村长 组长 总工程师 工程师 ' +
  '教授 研究员 医师 律师 会计师 教师 合伙人 负责人 总编辑 主编 编辑 记者 调研员 巡视员 干部 职员 委员'
).split(' ');

/** What may stand before a job title word: 副院长, 党委书记, 常务副主任. */
export const TITLE_PREFIXES = '副 常务 执行 名誉 首席 党委 党组 党总支 党支部 总 高级 一级 二级 三级 四级'.split(' ');

/** What joins two titles held at once: 董事长兼总经理, 党委书记、校长. */
export const TITLE_JOINERS = ['、', '兼', '，', ',', '/', '／'];
