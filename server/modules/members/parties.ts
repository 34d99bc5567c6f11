// Party affiliations of CPPCC members: the Communist Party, the eight democratic parties,
// and no party. Codes are stored; labels are shown.
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

/** Accepts a code or its Chinese label (as typed in an Excel sheet). */
export function partyFromLabel(value: string): PartyCode | null {
  const v = value.trim();
  if ((PARTY_CODES as string[]).includes(v)) return v as PartyCode;
  const aliases: Record<string, PartyCode> = {
    中国共产党: 'cpc',
    共产党: 'cpc',
    无党派人士: 'nonparty',
    群众: 'nonparty',
    无: 'nonparty',
  };
  if (aliases[v]) return aliases[v];
  const hit = PARTY_CODES.find((c) => PARTIES[c]['zh-CN'] === v);
  return hit ?? null;
}
