// WordprocessingML written by hand, only what the album needs: paragraphs in the album's styles,
// tables, inline pictures and page breaks. Sizes: twips (1/20 pt) for text and tables, EMU for
// pictures (360 000 a centimetre).
const INVALID_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Escapes text for XML and drops the control characters XML cannot carry (a pasted review may have them). */
export function esc(text: string): string {
  return text
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

export const EMU_PER_CM = 360_000;
export const TWIPS_PER_CM = 567;

type RunOpts = { bold?: boolean; size?: number; colour?: string };

export function run(text: string, o: RunOpts = {}): string {
  const props = [
    o.bold ? '<w:b/>' : '',
    o.colour ? `<w:color w:val="${o.colour}"/>` : '',
    o.size ? `<w:sz w:val="${o.size * 2}"/><w:szCs w:val="${o.size * 2}"/>` : '',
  ].join('');
  return `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}<w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;
}

type ParaOpts = {
  style?: string;
  align?: 'left' | 'center' | 'right' | 'both';
  spaceAfter?: number;
  pageBreakBefore?: boolean;
  keepNext?: boolean;
};

export function para(content: string, o: ParaOpts = {}): string {
  const props = [
    o.style ? `<w:pStyle w:val="${o.style}"/>` : '',
    o.keepNext ? '<w:keepNext/>' : '',
    o.pageBreakBefore ? '<w:pageBreakBefore/>' : '',
    o.spaceAfter !== undefined ? `<w:spacing w:after="${o.spaceAfter}"/>` : '',
    o.align ? `<w:jc w:val="${o.align}"/>` : '',
  ].join('');
  return `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ''}${content}</w:p>`;
}

/** A paragraph of plain text; line breaks in the text stay line breaks. */
export function textPara(text: string, o: ParaOpts & RunOpts = {}): string {
  const runs = text
    .split(/\r?\n/)
    .map((line, i) => (i > 0 ? '<w:r><w:br/></w:r>' : '') + run(line, o))
    .join('');
  return para(runs, o);
}

export function pageBreak(): string {
  return '<w:p><w:r><w:br w:type="page"/></w:r></w:p>';
}

export type Cell = { text: string; bold?: boolean; align?: 'left' | 'center' | 'right' };

/** A table with a header row repeated on every page; widths in centimetres. */
export function table(widthsCm: number[], header: Cell[], rows: Cell[][]): string {
  const grid = widthsCm.map((w) => `<w:gridCol w:w="${Math.round(w * TWIPS_PER_CM)}"/>`).join('');
  const cell = (c: Cell, i: number, head: boolean) =>
    `<w:tc><w:tcPr><w:tcW w:w="${Math.round(widthsCm[i]! * TWIPS_PER_CM)}" w:type="dxa"/>${head ? '<w:shd w:val="clear" w:color="auto" w:fill="E8EEF4"/>' : ''}</w:tcPr>${para(run(c.text, { bold: head || c.bold }), { style: 'TableText', align: c.align })}</w:tc>`;
  const row = (cells: Cell[], head: boolean) =>
    `<w:tr>${head ? '<w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>' : '<w:trPr><w:cantSplit/></w:trPr>'}${cells.map((c, i) => cell(c, i, head)).join('')}</w:tr>`;
  return `<w:tbl><w:tblPr><w:tblStyle w:val="AlbumTable"/><w:tblW w:w="0" w:type="auto"/><w:tblLook w:val="04A0" w:firstRow="1"/></w:tblPr><w:tblGrid>${grid}</w:tblGrid>${row(header, true)}${rows.map((r) => row(r, false)).join('')}</w:tbl>`;
}

/** An inline picture run; `rId` is its relationship in document.xml.rels, `id` unique in the document. */
export function picture(rId: string, id: number, widthCm: number, heightCm: number): string {
  const cx = Math.round(widthCm * EMU_PER_CM);
  const cy = Math.round(heightCm * EMU_PER_CM);
  return `<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="${cx}" cy="${cy}"/><wp:docPr id="${id}" name="Photo ${id}"/><wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:nvPicPr><pic:cNvPr id="${id}" name="photo${id}.jpg"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed="${rId}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>`;
}
