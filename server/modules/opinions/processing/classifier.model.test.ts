// The classifier on a small hand-written set: opinions as members and residents write them,
// four categories, a training part and a held-out part; and the keyword rules.
import { describe, expect, it } from 'vitest';
import { terms } from '../../../platform/search/tokenizer.js';
import { fitNaiveBayes, matchRules, predict, type Example } from './classifier.model.js';

const BUILD = 1;
const SCHOOL = 2;
const HEALTH = 3;
const ENVIRONMENT = 4;

const TRAIN: [number, string][] = [
  [BUILD, '建议对人民路破损路面进行翻修，雨天积水严重影响通行'],
  [BUILD, '老旧小区加装电梯审批手续繁琐，希望简化流程'],
  [BUILD, '城北片区自来水管网老化，经常停水，请尽快改造'],
  [BUILD, '建议在解放大道增设过街天桥，方便行人安全过马路'],
  [BUILD, '棚户区改造安置房迟迟不能交付，群众意见很大'],
  [BUILD, '背街小巷路灯损坏多年无人维修，夜间出行不便'],
  [BUILD, '建议加快城区停车场建设，缓解停车难问题'],
  [BUILD, '农村公路窄弯多，会车困难，建议拓宽改造'],
  [SCHOOL, '城区小学大班额问题突出，建议新建学校扩充学位'],
  [SCHOOL, '乡村教师待遇偏低，优秀教师留不住'],
  [SCHOOL, '建议学校延长课后服务时间，解决家长接送难'],
  [SCHOOL, '幼儿园入园难、收费高，希望增加普惠性幼儿园'],
  [SCHOOL, '职业学校专业设置与本地产业脱节，学生就业难'],
  [SCHOOL, '中小学生课业负担重，睡眠时间不足'],
  [SCHOOL, '建议为农村寄宿制学校配备生活老师和心理老师'],
  [SCHOOL, '校园周边交通拥堵，上下学时段学生安全隐患大'],
  [HEALTH, '县医院专家号难挂，看病排队时间太长'],
  [HEALTH, '乡镇卫生院缺少医生和设备，群众小病也要进城'],
  [HEALTH, '建议扩大门诊慢性病医保报销范围，减轻患者负担'],
  [HEALTH, '社区卫生服务中心药品种类少，老人配药不方便'],
  [HEALTH, '建议推广家庭医生签约服务，让老年人在家门口看病'],
  [HEALTH, '医院停车难，患者就医体验差'],
  [HEALTH, '异地就医结算手续复杂，希望进一步简化'],
  [HEALTH, '儿科医生紧缺，孩子夜间看急诊要等好几个小时'],
  [ENVIRONMENT, '城东河道水体发黑发臭，建议开展综合治理'],
  [ENVIRONMENT, '工业园区企业夜间偷排废气，周边居民深受其扰'],
  [ENVIRONMENT, '垃圾分类设施不足，分类后又混装运输'],
  [ENVIRONMENT, '建筑工地扬尘污染严重，希望加强监管'],
  [ENVIRONMENT, '农村生活污水直排池塘，环境脏乱差'],
  [ENVIRONMENT, '建议增加城区绿地和口袋公园，改善生态环境'],
  [ENVIRONMENT, '秸秆露天焚烧屡禁不止，空气质量下降'],
  [ENVIRONMENT, '餐饮油烟扰民，小区楼下烧烤店排放超标'],
];

const HELD_OUT: [number, string][] = [
  [BUILD, '小区门口道路坑洼不平，电动车经常摔倒，请修一修路面'],
  [BUILD, '老旧小区水管漏水，希望纳入改造计划'],
  [BUILD, '建议增加公共停车位，晚上回家找不到地方停车'],
  [SCHOOL, '新建小区配套学校没有建成，孩子只能跨区上学'],
  [SCHOOL, '希望提高乡村教师补贴，稳定农村教师队伍'],
  [SCHOOL, '幼儿园学位紧张，报名要排队一整夜'],
  [HEALTH, '镇卫生院晚上没有医生值班，急病只能往县医院跑'],
  [HEALTH, '慢性病患者每月都要去医院开药，希望延长处方时间'],
  [HEALTH, '希望社区增加家庭医生，方便老人看病'],
  [ENVIRONMENT, '河道垃圾漂浮，水质变差，希望定期清理'],
  [ENVIRONMENT, '工厂排放废气有刺鼻气味，附近居民不敢开窗'],
  [ENVIRONMENT, '小区垃圾分类桶太少，垃圾堆在路边'],
];

const examples = (rows: [number, string][], weight = 1): Example[] =>
  rows.map(([label, text]) => ({ label, terms: terms(text), weight }));

describe('opinions: the classifier', () => {
  it('classifies held-out opinions of a hand-written set', () => {
    const model = fitNaiveBayes(examples(TRAIN))!;
    const right = HELD_OUT.filter(([label, text]) => predict(model, terms(text))?.label === label);
    // 12 held-out opinions: at least 10 right.
    expect(right.length / HELD_OUT.length).toBeGreaterThanOrEqual(0.83);
  });

  it('follows corrections: an office label outweighs the rule labels it contradicts', () => {
    const before = fitNaiveBayes(examples(TRAIN))!;
    const parking = '医院门口停车位太少，就诊车辆只能停在路边';
    const corrected = examples([[HEALTH, '医院停车场车位不足，患者家属停车难']], 3);
    const after = fitNaiveBayes([...examples(TRAIN), ...corrected])!;
    const p0 = predict(before, terms(parking))!;
    const p1 = predict(after, terms(parking))!;
    expect(p1.label).toBe(HEALTH);
    // The correction makes the model surer of the corrected label than it was.
    const sure = (m: typeof before) => predict(m, terms(parking))!;
    expect(p1.label === p0.label ? p1.confidence > p0.confidence : true).toBe(true);
    expect(sure(after).confidence).toBeGreaterThan(0.5);
  });

  it('gives a confidence in (0, 1] and no label to a text sharing no term with the examples', () => {
    const model = fitNaiveBayes(examples(TRAIN))!;
    const p = predict(model, terms('乡镇卫生院缺医生'))!;
    expect(p.label).toBe(HEALTH);
    expect(p.confidence).toBeGreaterThan(0.5);
    expect(p.confidence).toBeLessThanOrEqual(1);
    expect(predict(model, terms('哈哈哈'))).toBeNull();
    expect(fitNaiveBayes([])).toBeNull();
  });

  it('applies the keyword rules: most keywords wins, a tie or no match gives nothing', () => {
    const cats = [
      { id: BUILD, keywords: ['道路', '停车'] },
      { id: HEALTH, keywords: ['医院', '医生'] },
    ];
    expect(matchRules('医院门口道路拥堵，医生上班迟到', cats)).toBe(HEALTH);
    expect(matchRules('医院停车难', cats)).toBeNull();
    expect(matchRules('学校操场太小', cats)).toBeNull();
    expect(matchRules('ＡＢＣ道路', [{ id: 9, keywords: ['abc'] }])).toBe(9);
  });
});
