// The wording of the reports' notifications, labels used in the Word issue, and the English of
// every Chinese sentence of this sub-domain's errors (composed in ../opinions.texts.ts).
import type { ReportLevel } from '../../../db/tables/sqmy-reports.js';

export const LEVEL_LABELS: Record<ReportLevel, string> = {
  county: '县级',
  city: '市级',
  province: '省级',
  national: '全国',
};

export const BULLETIN_NAME = '社情民意';

/** 《社情民意》2026年第3期 */
export const issueLabel = (name: string, year: number, number: number) => `《${name}》${year}年第${number}期`;

const q = (title: string) => `《${title}》`;
export const reportTexts = {
  coAuthor: (title: string, lead: string) => ({
    title: '您被列为社情民意信息联名作者',
    body: `${lead}提交的社情民意信息${q(title)}将您列为联名作者。`,
  }),
  received: (title: string, from: 'opinion' | 'proposal') => ({
    title: '已形成社情民意信息',
    body:
      from === 'proposal'
        ? `您的提案转为社情民意信息${q(title)}，进入核稿程序。`
        : `您反映的意见已整理为社情民意信息${q(title)}，进入核稿程序。`,
  }),
  edited: (title: string) => ({
    title: '社情民意信息已核稿修改',
    body: `办公室修改了您的社情民意信息${q(title)}，可在“我的社情民意”中查看修改痕迹。`,
  }),
  adopted: (title: string) => ({ title: '社情民意信息已采用', body: `您的社情民意信息${q(title)}已被采用。` }),
  rejected: (title: string, reason: string) => ({
    title: '社情民意信息不予采用',
    body: `您的社情民意信息${q(title)}不予采用。理由：${reason}`,
  }),
  published: (title: string, issue: string) => ({
    title: '社情民意信息已刊发',
    body: `您的社情民意信息${q(title)}已刊发于${issue}。`,
  }),
  forwarded: (title: string, level: ReportLevel, recipient: string) => ({
    title: '社情民意信息已报送',
    body: `您的社情民意信息${q(title)}已报送${LEVEL_LABELS[level]}${recipient}。`,
  }),
  instructed: (title: string, leader: string) => ({
    title: '社情民意信息获领导批示',
    body: `您的社情民意信息${q(title)}获${leader}批示，可在“我的社情民意”中查看。`,
  }),
  followedUp: (title: string) => ({
    title: '批示落实情况已登记',
    body: `您的社情民意信息${q(title)}所获批示的落实情况已登记。`,
  }),
};

export const REPORTS_TEXT_PHRASES: Record<string, string> = {
  该信息已作出采用决定: 'The report has already been adopted or declined',
  '该信息已刊发或不予采用，不能再修改': 'The report has been published or declined: it can no longer be changed',
  该信息尚未采用: 'The report has not been adopted',
  '该期刊物已印发，不能再修改': 'The issue has been published: it can no longer be changed',
  该期刊物尚未编入信息: 'No report has been put in the issue yet',
  '所选联名委员不存在、已不在任或不属于本单位':
    'A co-author chosen does not exist, has left, or is not of your organisation',
  联名作者不能包括本人: 'You cannot name yourself as a co-author',
  请写明不予采用的理由: 'Write why the report is not adopted',
  '所选信息不存在、未采用或已编入其他期刊物': 'A report chosen does not exist, is not adopted, or is in another issue',
  只有本单位的意见建议工作人员可以办理: 'Only the opinions office of the organisation may do this',
  只有本单位的意见建议工作人员可以编辑刊物: 'Only the opinions office of the organisation may edit the bulletin',
  社情民意信息不存在: 'No such report',
  该期刊物不存在: 'No such issue of the bulletin',
  批示记录不存在: 'No such instruction',
  内容与当前版本相同: 'The text is the same as the current version',
  年份超出范围: 'The year is out of range',
  '日期格式应为 YYYY-MM-DD': 'A date is written YYYY-MM-DD',
};
