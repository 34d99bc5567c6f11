// One proposal as a Word document in the standard paper form (提案表): heading with the
// organisation and number, the table 案由 / 提案人 / 联系方式 / 理由 / 办法与建议, then every
// formal reply with its unit, result class and date. The lead proposer's phone is masked
// unless the viewer may unmask members' data; every export is recorded in the audit trail.
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { inTransaction } from '../../../db/tx.js';
import { can, type Actor } from '../../../platform/access/actor.js';
import { canReadOrg } from '../../../platform/access/guard.js';
import { zhDate } from '../../../platform/clock.js';
import type { PersonalDataCipher } from '../../../platform/crypto/personal-data.js';
import { orgName as orgNameOf } from '../../orgs/index.js';
import { viewerOf, type Viewer } from '../core/proposals.policy.js';
import type { ProposalRow } from '../core/proposals.repo.js';
import { loadVisible, type ProposalDeps } from '../core/proposals.service.js';
import { KIND_LABELS } from '../core/proposals.texts.js';
import { loadSettings } from '../settings/settings.repo.js';
import type { ExportsRepo } from './exports.repo.js';

const FONT = '仿宋';
/** Ideographic space: separates items on one line the way a Chinese form does. */
const GAP = '\u3000';
const LABEL_WIDTH = 1600;
const VALUE_WIDTH = 7400;

const lines = (text: string, size = 24) =>
  text
    .split(/\r?\n/)
    .map(
      (line) => new Paragraph({ children: [new TextRun({ text: line, font: FONT, size })], spacing: { after: 60 } }),
    );

function row(label: string, value: string) {
  return new TableRow({
    children: [
      new TableCell({
        width: { size: LABEL_WIDTH, type: WidthType.DXA },
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ text: label, bold: true, font: FONT, size: 24 })],
          }),
        ],
      }),
      new TableCell({ width: { size: VALUE_WIDTH, type: WidthType.DXA }, children: lines(value || ' ') }),
    ],
  });
}

export interface DocxContent {
  orgName: string;
  p: ProposalRow;
  proposers: string;
  phone: string;
  replies: { unit: string; resultLabel: string; date: string; body: string }[];
}

export function buildDocument(c: DocxContent): Document {
  const { p } = c;
  const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  const heading = [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      alignment: AlignmentType.CENTER,
      children: [new TextRun({ text: `${c.orgName}提案`, bold: true, font: '方正小标宋简体', size: 40 })],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 200 },
      children: [
        new TextRun({
          text: `${p.number_label ?? '（尚未立案编号）'}${GAP}${KIND_LABELS[p.kind]}${p.category ? `${GAP}${p.category}` : ''}`,
          font: FONT,
          size: 24,
        }),
      ],
    }),
  ];
  const table = new Table({
    width: { size: LABEL_WIDTH + VALUE_WIDTH, type: WidthType.DXA },
    columnWidths: [LABEL_WIDTH, VALUE_WIDTH],
    borders: {
      top: border,
      bottom: border,
      left: border,
      right: border,
      insideHorizontal: border,
      insideVertical: border,
    },
    rows: [
      row('案由', p.title),
      row('提案人', c.proposers),
      row('联系方式', c.phone),
      row('理由', p.reasons),
      row('办法与建议', p.suggestions),
    ],
  });
  const replies = c.replies.flatMap((r) => [
    new Paragraph({
      spacing: { before: 240 },
      children: [
        new TextRun({ text: `${r.unit}答复（${r.resultLabel}，${r.date}）`, bold: true, font: FONT, size: 26 }),
      ],
    }),
    ...lines(r.body),
  ]);
  return new Document({
    creator: c.orgName,
    title: p.title,
    sections: [
      {
        children: [
          ...heading,
          table,
          ...(replies.length
            ? [
                new Paragraph({
                  heading: HeadingLevel.HEADING_1,
                  spacing: { before: 360 },
                  children: [new TextRun({ text: '办理答复', bold: true, font: FONT, size: 30 })],
                }),
                ...replies,
              ]
            : []),
        ],
      },
    ],
  });
}

type ReplyRow = Awaited<ReturnType<ExportsRepo['formalReplies']>>[number];

/**
 * The formal replies a viewer may read, as on the handling page (ADR 0006): the office,
 * leaders and a lead unit all of them; a co unit the lead unit's; a split unit its own part;
 * a proposer a round's replies once the round is answered in full.
 */
export function visibleReplies(viewer: Viewer, p: ProposalRow, replies: ReplyRow[]): ReplyRow[] {
  if (viewer.kind === 'office') return replies;
  if (viewer.kind === 'unit') {
    return replies.filter(
      (r) => viewer.role === 'lead' || r.unit_id === viewer.unitId || (viewer.role === 'co' && r.role === 'lead'),
    );
  }
  const currentRound = p.rehandle_count + 1;
  return replies.filter((r) => p.state === 'replied' || p.state === 'closed' || r.round < currentRound);
}

export function createDocxExport(deps: ProposalDeps & { exportsRepo: ExportsRepo; cipher: PersonalDataCipher }) {
  const { db, repo, exportsRepo, audit, cipher } = deps;

  return {
    async proposal(actor: Actor, id: number): Promise<{ filename: string; data: Buffer }> {
      const { p, rel } = await loadVisible(deps, actor, id);
      const [orgName, proposers, lead, replies, settings] = await Promise.all([
        orgNameOf(db, p.org_id),
        exportsRepo.proposerNames(db, [p.id]),
        p.lead_member_id ? repo.member(db, p.lead_member_id) : Promise.resolve(undefined),
        exportsRepo.formalReplies(db, [p.id]),
        loadSettings(db, p.org_id),
      ]);
      const unmasked = !!lead?.phone_enc && can(actor, 'members.unmask') && canReadOrg(actor, lead.org_id);
      const phone = lead
        ? `${lead.name}${GAP}${(unmasked ? cipher.decrypt(lead.phone_enc!) : lead.phone_masked) ?? '未登记'}`
        : '';
      const doc = buildDocument({
        orgName,
        p,
        phone,
        proposers: p.kind === 'collective' ? (p.collective_name ?? '') : proposers.map((x) => x.name).join('、'),
        replies: visibleReplies(viewerOf(actor, p, rel), p, replies).map((r) => ({
          unit: r.unit_name,
          body: r.body,
          date: zhDate(r.created_at),
          resultLabel: r.result_class ? `${r.result_class}类 ${settings.resultLabels[r.result_class]}` : '未分类',
        })),
      });
      await inTransaction(db, (trx) =>
        audit.append(trx, actor, {
          action: 'proposal.export_docx',
          objectType: 'proposal',
          objectId: p.id,
          orgId: p.org_id,
          detail: { unmasked, ...(unmasked && { memberId: lead!.id, fields: ['phone'] }) },
        }),
      );
      const data = await Packer.toBuffer(doc);
      return { filename: `${p.number_label ?? '提案'}-${p.title}.docx`.replace(/[\\/:*?"<>|]/g, '_'), data };
    },
  };
}

export type DocxExport = ReturnType<typeof createDocxExport>;
