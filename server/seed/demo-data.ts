// The fictional 江临市 CPPCC and its three county-level committees, written for Lvzhi.
// Names, units and people are invented; any likeness to a real person is accidental.

export const DEMO_CITY = { name: '政协江临市委员会', shortName: '江临市政协', regionCode: '369900' };

export const DEMO_COUNTIES = [
  { name: '政协江临市清源区委员会', shortName: '清源区政协', regionCode: '369902', members: 60 },
  { name: '政协白沙县委员会', shortName: '白沙县政协', regionCode: '369921', members: 45 },
  { name: '政协云岭县委员会', shortName: '云岭县政协', regionCode: '369923', members: 40 },
];

/** City sectors with the share of members each holds (roughly as a city CPPCC is composed). */
export const DEMO_SECTORS: [string, number][] = [
  ['中国共产党', 14],
  ['中国国民党革命委员会', 4],
  ['中国民主同盟', 7],
  ['中国民主建国会', 7],
  ['中国民主促进会', 6],
  ['中国农工民主党', 5],
  ['中国致公党', 3],
  ['九三学社', 5],
  ['无党派人士', 5],
  ['共青团', 3],
  ['总工会', 4],
  ['妇联', 4],
  ['工商联', 9],
  ['科学技术界', 6],
  ['社会科学界', 4],
  ['经济界', 12],
  ['农业界', 7],
  ['教育界', 10],
  ['文化艺术界', 6],
  ['体育界', 2],
  ['新闻出版界', 3],
  ['医药卫生界', 10],
  ['社会福利和社会保障界', 4],
  ['少数民族界', 3],
  ['宗教界', 3],
  ['特邀人士', 5],
];

export const COUNTY_SECTORS = [
  '中国共产党',
  '民主党派',
  '无党派人士',
  '工商联',
  '经济界',
  '农业界',
  '教育界',
  '医药卫生界',
  '文化体育界',
  '社会福利界',
  '特邀人士',
];

export const DEMO_COMMITTEES: [string, string[]][] = [
  ['提案委员会', ['提案一组', '提案二组']],
  ['经济委员会', ['产业发展组', '营商环境组']],
  ['农业和农村委员会', ['乡村振兴组']],
  ['人口资源环境委员会', ['生态环境组', '城乡建设组']],
  ['教科卫体委员会', ['教育组', '医疗卫生组', '科技体育组']],
  ['社会和法制委员会', ['社会治理组', '法治建设组']],
  ['民族宗教委员会', ['民族宗教组']],
  ['港澳台侨和外事委员会', ['侨务外事组']],
  ['文化文史和学习委员会', ['文史资料组', '学习宣传组']],
];

export const DEMO_UNITS: [string, string, string][] = [
  ['江临市发展和改革委员会', '市发展改革委', 'government'],
  ['江临市教育局', '市教育局', 'government'],
  ['江临市科学技术局', '市科技局', 'government'],
  ['江临市工业和信息化局', '市工信局', 'government'],
  ['江临市公安局', '市公安局', 'government'],
  ['江临市民政局', '市民政局', 'government'],
  ['江临市司法局', '市司法局', 'government'],
  ['江临市财政局', '市财政局', 'government'],
  ['江临市人力资源和社会保障局', '市人社局', 'government'],
  ['江临市自然资源和规划局', '市自然资源规划局', 'government'],
  ['江临市生态环境局', '市生态环境局', 'government'],
  ['江临市住房和城乡建设局', '市住建局', 'government'],
  ['江临市交通运输局', '市交通运输局', 'government'],
  ['江临市水利局', '市水利局', 'government'],
  ['江临市农业农村局', '市农业农村局', 'government'],
  ['江临市商务局', '市商务局', 'government'],
  ['江临市文化广电和旅游局', '市文广旅局', 'government'],
  ['江临市卫生健康委员会', '市卫健委', 'government'],
  ['江临市退役军人事务局', '市退役军人局', 'government'],
  ['江临市应急管理局', '市应急局', 'government'],
  ['江临市市场监督管理局', '市市场监管局', 'government'],
  ['江临市医疗保障局', '市医保局', 'government'],
  ['江临市城市管理局', '市城管局', 'government'],
  ['江临市数据局', '市数据局', 'government'],
  ['江临市体育局', '市体育局', 'government'],
  ['江临市政务服务管理局', '市政务服务局', 'government'],
  ['中共江临市委宣传部', '市委宣传部', 'party'],
  ['中共江临市委统战部', '市委统战部', 'party'],
  ['江临市总工会', '市总工会', 'people_org'],
  ['江临市妇女联合会', '市妇联', 'people_org'],
  ['国网江临供电公司', '江临供电公司', 'enterprise'],
  ['江临市城市投资集团有限公司', '市城投集团', 'enterprise'],
];

export const COUNTY_UNITS = [
  '发展和改革局',
  '教育局',
  '住房和城乡建设局',
  '农业农村局',
  '卫生健康局',
  '交通运输局',
  '民政局',
  '自然资源局',
];

export const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'.split(
    '',
  );
export const GIVEN_MALE =
  '建国志强伟明军华文斌海涛超勇杰磊鹏飞浩然宇航振宁永刚立新俊峰春晖松林光辉德胜晓东子健铭博远'.match(/../g)!;
export const GIVEN_FEMALE =
  '秀英丽娟晓梅春华玉兰静怡雪琴海燕慧敏桂芳婷婷美玲欣然思雨红霞亚楠若彤晓燕丽萍芳菲佳琪雅楠'.match(/../g)!;
export const GIVEN_SINGLE = '勇军伟刚强斌磊涛敏静丽娜颖婷洁琳峰鑫宁'.split('');

export const ETHNICITIES: [string, number][] = [
  ['汉族', 90],
  ['回族', 3],
  ['畲族', 2],
  ['苗族', 2],
  ['土家族', 2],
  ['满族', 1],
];

/** Party codes (see members schema) with the share among non-party-sector members. */
export const PARTY_BY_SECTOR: Record<string, string> = {
  中国共产党: 'cpc',
  中国国民党革命委员会: 'rck',
  中国民主同盟: 'cdl',
  中国民主建国会: 'cdnca',
  中国民主促进会: 'capd',
  中国农工民主党: 'cpwdp',
  中国致公党: 'czgp',
  九三学社: 'jiusan',
  无党派人士: 'nonparty',
};

export const WORK_UNITS: Record<string, [string, string][]> = {
  default: [
    ['江临市第一人民医院', '主任医师'],
    ['江临大学', '教授'],
    ['江临市实验中学', '校长'],
    ['江临农商银行', '行长'],
    ['江临港务集团', '总经理'],
    ['江临市律师协会', '律师'],
    ['江临新材料科技有限公司', '董事长'],
    ['江临市文化馆', '馆长'],
    ['江临职业技术学院', '副院长'],
    ['江临日报社', '副总编辑'],
    ['江临市中医院', '副院长'],
    ['江临市建筑设计研究院', '总工程师'],
    ['江临市青湖农业合作社', '理事长'],
    ['江临市社区服务中心', '主任'],
    ['江临电子信息产业园', '主任'],
    ['江临市第二中学', '高级教师'],
    ['江临市妇幼保健院', '院长'],
    ['江临市工商联', '副主席'],
    ['江临市科学技术协会', '副主席'],
    ['江临市图书馆', '研究馆员'],
    ['江临茶业股份有限公司', '董事长'],
    ['江临市红十字会', '常务副会长'],
    ['江临市特殊教育学校', '校长'],
    ['江临物流集团', '副总经理'],
  ],
};
