/** Party labels by code (the codes the server stores). */
export const partyLabels = {
  'zh-CN': {
    cpc: '中共',
    rck: '民革',
    cdl: '民盟',
    cdnca: '民建',
    capd: '民进',
    cpwdp: '农工党',
    czgp: '致公党',
    jiusan: '九三学社',
    tdsgl: '台盟',
    nonparty: '无党派',
  },
  'en-US': {
    cpc: 'CPC',
    rck: 'RCCK',
    cdl: 'CDL',
    cdnca: 'CNDCA',
    capd: 'CAPD',
    cpwdp: 'CPWDP',
    czgp: 'Zhi Gong Party',
    jiusan: 'Jiusan Society',
    tdsgl: 'TDSGL',
    nonparty: 'No party',
  },
};
