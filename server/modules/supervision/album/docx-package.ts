// The fixed parts of the album's .docx package: content types, relationships, styles and the
// page set-up (A4 portrait). The document body and the pictures are streamed by album-doc.ts.
import { esc, TWIPS_PER_CM } from './docx-xml.js';

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export const PAGE = { widthCm: 21, heightCm: 29.7, marginCm: 1.9 };
export const TEXT_WIDTH_CM = PAGE.widthCm - 2 * PAGE.marginCm;

export const CONTENT_TYPES = `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="jpeg" ContentType="image/jpeg"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`;

export const ROOT_RELS = `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R_NS}/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`;

export function coreProps(title: string, creator: string): string {
  return `${XML}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>${esc(title)}</dc:title><dc:creator>${esc(creator)}</dc:creator></cp:coreProperties>`;
}

/** document.xml.rels: the styles part and one relationship per picture (rIdP1 → media/p1.jpeg …). */
export function* documentRels(pictures: number): Generator<string> {
  yield `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdStyles" Type="${R_NS}/styles" Target="styles.xml"/>`;
  for (let i = 1; i <= pictures; i++)
    yield `<Relationship Id="rIdP${i}" Type="${R_NS}/image" Target="media/p${i}.jpeg"/>`;
  yield '</Relationships>';
}

const fonts = (latin: string, eastAsia: string) =>
  `<w:rFonts w:ascii="${latin}" w:hAnsi="${latin}" w:eastAsia="${eastAsia}" w:cs="${latin}"/>`;

function paraStyle(id: string, name: string, ppr: string, rpr: string): string {
  return `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr>${ppr}</w:pPr><w:rPr>${rpr}</w:rPr></w:style>`;
}

// Children of pPr and rPr follow the schema's order: Word may call a file damaged otherwise.
// Songti for text and Heiti for headings, the usual pair of a government document; Word and
// LibreOffice substitute what the machine has.
export const STYLES = `${XML}<w:styles xmlns:w="${W_NS}"><w:docDefaults><w:rPrDefault><w:rPr>${fonts('Times New Roman', 'SimSun')}<w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="zh-CN" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="100" w:line="300" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
${paraStyle('Title', 'Title', '<w:spacing w:before="3600" w:after="600"/><w:jc w:val="center"/>', `${fonts('Arial', 'SimHei')}<w:b/><w:sz w:val="60"/><w:szCs w:val="60"/>`)}
${paraStyle('Subtitle', 'Subtitle', '<w:spacing w:after="240"/><w:jc w:val="center"/>', `${fonts('Arial', 'SimHei')}<w:sz w:val="32"/><w:szCs w:val="32"/>`)}
${paraStyle('Heading1', 'heading 1', '<w:keepNext/><w:pageBreakBefore/><w:spacing w:after="200"/><w:outlineLvl w:val="0"/>', `${fonts('Arial', 'SimHei')}<w:b/><w:sz w:val="36"/><w:szCs w:val="36"/>`)}
${paraStyle('Heading2', 'heading 2', '<w:keepNext/><w:spacing w:before="200" w:after="100"/><w:outlineLvl w:val="1"/>', `${fonts('Arial', 'SimHei')}<w:b/><w:sz w:val="26"/><w:szCs w:val="26"/>`)}
${paraStyle('Meta', 'Meta', '<w:spacing w:after="60"/>', '<w:color w:val="555555"/><w:sz w:val="20"/><w:szCs w:val="20"/>')}
${paraStyle('Photos', 'Photos', '<w:keepLines/><w:spacing w:before="120" w:after="120"/><w:jc w:val="center"/>', '')}
${paraStyle('TableText', 'Table text', '<w:spacing w:after="0" w:line="260" w:lineRule="auto"/>', '<w:sz w:val="20"/><w:szCs w:val="20"/>')}
<w:style w:type="table" w:styleId="AlbumTable"><w:name w:val="Album table"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:color="9AA5B1"/><w:left w:val="single" w:sz="4" w:color="9AA5B1"/><w:bottom w:val="single" w:sz="4" w:color="9AA5B1"/><w:right w:val="single" w:sz="4" w:color="9AA5B1"/><w:insideH w:val="single" w:sz="4" w:color="9AA5B1"/><w:insideV w:val="single" w:sz="4" w:color="9AA5B1"/></w:tblBorders><w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="80" w:type="dxa"/><w:bottom w:w="40" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
</w:styles>`;

export const DOCUMENT_OPEN = `${XML}<w:document xmlns:w="${W_NS}" xmlns:r="${R_NS}" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><w:body>`;

const tw = (cm: number) => Math.round(cm * TWIPS_PER_CM);
export const DOCUMENT_CLOSE = `<w:sectPr><w:pgSz w:w="${tw(PAGE.widthCm)}" w:h="${tw(PAGE.heightCm)}"/><w:pgMar w:top="${tw(PAGE.marginCm)}" w:right="${tw(PAGE.marginCm)}" w:bottom="${tw(PAGE.marginCm)}" w:left="${tw(PAGE.marginCm)}" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr></w:body></w:document>`;
