// Party affiliations of CPPCC members: the Communist Party, the eight democratic parties,
// and no party. Codes are stored; labels are shown.
import { toHalfWidth } from '../../platform/crypto/personal-data.js';

export const PARTIES = {
  cpc: { 'zh-CN': '中共', 'en-US': 'CPC' },
  rck: { 'zh-CN': '民革', 'en-US': 'RCCK' },
  cdl: { 'zh-CN': '民盟', 'en-US': 'China Democratic League' },
  cdnca: { 'zh-CN': '民建', 'en-US': 'CNDCA' },
  capd: { 'zh-CN': '民进', 'en-US': 'CAPD' },
  cpwdp: { 'zh-CN': '农工党', 'en-US': 'CPWDP' },
  czgp: { 'zh-CN': '致公党', 'en-US': 'China Zhi Gong Party' },
  jiusan: { 'zh-CN': '九三学社', 'en-US': 'Jiusan Society' },
  tdsgl: { 'zh-CN': '台盟', 'en-US': 'Taiwan Democratic Self-Government League' },
  nonparty: { 'zh-CN': '无党派', 'en-US': 'No party' },
} as const;

export type PartyCode = keyof typeof PARTIES;
export const PARTY_CODES = Object.keys(PARTIES) as PartyCode[];

/**
 * How rosters write each party besides its short label: the full name, the member's
 * political status (中共党员, 民盟盟员), and the short forms of the sector named after it.
 */
const PARTY_ALIASES: Record<PartyCode, string[]> = {
  cpc: ['中国共产党', '共产党', '中共党员', '共产党员', '中国共产党党员', '中共预备党员', '预备党员', '党员', '中共界'],
  rck: ['中国国民党革命委员会', '国民党革命委员会', '民革党员', '民革界'],
  cdl: ['中国民主同盟', '民主同盟', '民盟盟员', '民盟界'],
  cdnca: ['中国民主建国会', '民主建国会', '民建会员', '民建界'],
  capd: ['中国民主促进会', '民主促进会', '民进会员', '民进界'],
  cpwdp: ['中国农工民主党', '农工民主党', '农工', '农工党党员', '农工党界'],
  czgp: ['中国致公党', '致公', '致公党党员', '致公党界'],
  jiusan: ['九三', '九三学社社员', '九三学社界'],
  tdsgl: ['台湾民主自治同盟', '台盟盟员', '台盟界'],
  nonparty: ['无党派人士', '无党派民主人士', '群众', '无', '非党', '非党人士'],
};

const BY_LABEL = new Map<string, PartyCode>();
for (const code of PARTY_CODES) {
  BY_LABEL.set(code, code);
  BY_LABEL.set(PARTIES[code]['zh-CN'], code);
  for (const alias of PARTY_ALIASES[code]) BY_LABEL.set(alias, code);
}

/** Accepts a code, its Chinese label or a usual way of writing it (as typed in an Excel sheet). */
export function partyFromLabel(value: string): PartyCode | null {
  const v = toHalfWidth(value).replace(/\s/g, '');
  // "中共（预备）", "民盟（盟员）": the words in brackets only qualify the party.
  return BY_LABEL.get(v) ?? BY_LABEL.get(v.replace(/\([^)]*\)$/, '')) ?? null;
}
