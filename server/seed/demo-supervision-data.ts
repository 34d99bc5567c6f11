// The parks of the demo's evaluation campaign (政协委员眼中的公园), last year's markets, and the
// words members write on their visits: fictional parks of 江临市's districts, with addresses and positions
// around the city (about 30.6° N, 114.3° E), and interview fragments written for the demo.

export interface DemoPlace {
  name: string;
  address: string;
  district: string;
  category: string;
  lat: number;
  lon: number;
  /** How well it is kept (0–1): its scores lean on it. */
  care: number;
}

export const DEMO_PARKS: DemoPlace[] = [
  {
    name: '江临中山公园',
    address: '清源区中山大道218号',
    district: '清源区',
    category: '综合公园',
    lat: 30.5862,
    lon: 114.2931,
    care: 0.85,
  },
  {
    name: '滨江体育公园',
    address: '清源区沿江路66号',
    district: '清源区',
    category: '体育公园',
    lat: 30.5978,
    lon: 114.3124,
    care: 0.8,
  },
  {
    name: '青石巷口袋公园',
    address: '清源区青石巷与解放路交叉口',
    district: '清源区',
    category: '口袋公园',
    lat: 30.5811,
    lon: 114.2857,
    care: 0.55,
  },
  {
    name: '月湖综合公园',
    address: '清源区月湖东路9号',
    district: '清源区',
    category: '综合公园',
    lat: 30.5704,
    lon: 114.2765,
    care: 0.75,
  },
  {
    name: '纺织厂旧址口袋公园',
    address: '清源区建设二路纺织新村北门',
    district: '清源区',
    category: '口袋公园',
    lat: 30.6031,
    lon: 114.2702,
    care: 0.45,
  },
  {
    name: '龙王山郊野公园',
    address: '清源区龙王山路尽头',
    district: '清源区',
    category: '郊野公园',
    lat: 30.6245,
    lon: 114.2488,
    care: 0.6,
  },
  {
    name: '城南全民健身体育公园',
    address: '清源区南环路与光明街交叉口',
    district: '清源区',
    category: '体育公园',
    lat: 30.5597,
    lon: 114.2991,
    care: 0.7,
  },
  {
    name: '白沙湖湿地郊野公园',
    address: '白沙县白沙湖大道东段',
    district: '白沙县',
    category: '郊野公园',
    lat: 30.7082,
    lon: 114.1035,
    care: 0.65,
  },
  {
    name: '白沙县人民公园',
    address: '白沙县城关镇人民路12号',
    district: '白沙县',
    category: '综合公园',
    lat: 30.6951,
    lon: 114.1187,
    care: 0.6,
  },
  {
    name: '沙洲路口袋公园',
    address: '白沙县沙洲路农贸市场西侧',
    district: '白沙县',
    category: '口袋公园',
    lat: 30.6917,
    lon: 114.1252,
    care: 0.4,
  },
  {
    name: '白沙县体育公园',
    address: '白沙县新城区体育路1号',
    district: '白沙县',
    category: '体育公园',
    lat: 30.7024,
    lon: 114.1361,
    care: 0.75,
  },
  {
    name: '桃源溪郊野公园',
    address: '白沙县桃源镇溪口村',
    district: '白沙县',
    category: '郊野公园',
    lat: 30.7318,
    lon: 114.0826,
    care: 0.5,
  },
  {
    name: '云岭山森林郊野公园',
    address: '云岭县云岭山景区南门',
    district: '云岭县',
    category: '郊野公园',
    lat: 30.4412,
    lon: 114.5627,
    care: 0.7,
  },
  {
    name: '云岭县滨河公园',
    address: '云岭县滨河北路',
    district: '云岭县',
    category: '综合公园',
    lat: 30.4538,
    lon: 114.5481,
    care: 0.65,
  },
  {
    name: '茶乡广场口袋公园',
    address: '云岭县茶乡广场东北角',
    district: '云岭县',
    category: '口袋公园',
    lat: 30.4573,
    lon: 114.5402,
    care: 0.5,
  },
  {
    name: '云岭县全民健身体育公园',
    address: '云岭县文体中心南侧',
    district: '云岭县',
    category: '体育公园',
    lat: 30.4489,
    lon: 114.5556,
    care: 0.8,
  },
];

export const DEMO_CRITERIA = [
  { name: '环境卫生', weight: 30, maxScore: 10, guide: '园路、水体、公厕是否干净，垃圾桶是否满溢，有无卫生死角' },
  { name: '设施完好', weight: 30, maxScore: 10, guide: '座椅、照明、健身器材、儿童游乐设施能否正常使用，有无安全隐患' },
  { name: '管理服务', weight: 20, maxScore: 10, guide: '有无巡查保洁人员，开放时间和管理电话是否公示，问题能否找到人' },
  { name: '群众满意', weight: 20, maxScore: 10, guide: '现场随机访谈游园群众，按他们的评价打分' },
];

export const INTERVIEWEES = [
  '晨练的退休教师',
  '带孙子玩的老人',
  '附近小区的居民',
  '跑步的年轻人',
  '保洁员',
  '推婴儿车的年轻妈妈',
  '打太极拳队的领队',
  '下班散步的公司职员',
  '周末来露营的一家人',
  '卖水的小摊主',
];

export const GOOD_NOTES = [
  '每天早上都来，地面扫得很干净，公厕也有人管。',
  '去年新换的塑胶步道很好走，膝盖不疼了。',
  '晚上灯都亮着，九点以后散步也放心。',
  '健身器材坏了打公示的电话，两三天就有人来修。',
  '树荫多，夏天也能坐得住，孩子爱来。',
];
export const WEAK_NOTES = [
  '公厕晚上七点就锁门，傍晚散步的人没地方上厕所。',
  '儿童滑梯边上有道裂口，担心划到孩子。',
  '停车位太少，周末车停到路边上，进出很挤。',
  '座椅太少，老人走累了没地方歇。',
  '垃圾桶下午就满了，风一吹到处都是塑料袋。',
  '路灯坏了好几盏，晚上黑黢黢的不敢走小路。',
  '广场舞音响声音太大，附近居民有意见。',
];
export const COMMENTS = {
  good: ['整体管理到位，群众认可度高。', '维护及时，可作为同类公园的样板。', '设施齐全，保洁到位。'],
  weak: [
    '建议延长公厕开放时间，增设座椅。',
    '建议尽快修复损坏设施，加密保洁频次。',
    '管理力量不足，建议明确责任人并公示电话。',
  ],
};

/** Last year's campaign: the city's farmers' markets (政协委员眼中的农贸市场), closed. */
export const DEMO_MARKETS: DemoPlace[] = [
  {
    name: '解放路农贸市场',
    address: '清源区解放路142号',
    district: '清源区',
    category: '农贸市场',
    lat: 30.5836,
    lon: 114.2889,
    care: 0.7,
  },
  {
    name: '月湖菜市场',
    address: '清源区月湖西路27号',
    district: '清源区',
    category: '农贸市场',
    lat: 30.5721,
    lon: 114.2733,
    care: 0.55,
  },
  {
    name: '纺织新村农贸市场',
    address: '清源区建设二路88号',
    district: '清源区',
    category: '农贸市场',
    lat: 30.6019,
    lon: 114.2715,
    care: 0.45,
  },
  {
    name: '白沙县城关农贸市场',
    address: '白沙县城关镇沙洲路3号',
    district: '白沙县',
    category: '农贸市场',
    lat: 30.6923,
    lon: 114.1243,
    care: 0.6,
  },
  {
    name: '云岭县茶乡农贸市场',
    address: '云岭县茶乡路56号',
    district: '云岭县',
    category: '农贸市场',
    lat: 30.4561,
    lon: 114.5419,
    care: 0.65,
  },
];
export const MARKET_CRITERIA = [
  { name: '环境卫生', weight: 40, maxScore: 10, guide: '地面有无积水污物，排水和垃圾清运是否及时' },
  { name: '价格秤准', weight: 30, maxScore: 10, guide: '明码标价是否到位，公平秤能否使用，抽查有无短斤少两' },
  { name: '群众满意', weight: 30, maxScore: 10, guide: '现场随机访谈买菜群众，按他们的评价打分' },
];
export const MARKET_WORDS = {
  interviewees: ['买菜的退休职工', '摊主', '市场管理员', '附近小区的居民', '带孩子买菜的家长'],
  good: ['地面每天冲洗，没什么异味。', '公平秤就在门口，称过都对得上。', '价格牌都挂着，比超市便宜。'],
  weak: [
    '下雨天过道积水，鞋都湿了。',
    '有的摊位不挂价格牌，问了才说。',
    '活禽区味道大，隔壁卖熟食的也挨着。',
    '公平秤坏了好久没人修。',
  ],
  comments: {
    good: ['管理规范，群众满意度高。', '卫生和计量管理到位。'],
    weak: ['建议改造排水，落实明码标价。', '建议修复公平秤，活禽区与熟食区分开。'],
  },
};
