// How the handling-unit evaluation's score is computed (its weights and deductions are filled in
// from the API): added with the evaluation page (addArea), so no other page carries it.
export const evaluation = {
  'zh-CN': {
    formula:
      '计算方法：综合得分 = 100 × Σ(权重 × 指标) ÷ Σ(有数据指标的权重) − 扣分，最低 0 分，保留一位小数。指标与权重：按时签收率 {signFor}、按时答复率 {onTimeReply}、办理态度满意率 {attitude}、办理结果满意率 {result}、民主评议得分 ÷ 100 {democratic}、A+B 类答复占比 {solvedShare}；当年没有数据的指标不参与计算，其余指标的权重按比例放大。扣分：每件超期未答复扣 {overdue} 分，每项逾期未兑现的承诺扣 {commitment} 分，合计最多扣 {cap} 分。排名按综合得分从高到低；得分相同名次相同，再按按时答复率排列；没有任何数据的单位不排名。',
    'note.year': '年度按承办单位收到交办的时间（北京时间）计；被机关撤销的交办不计入。',
    'note.signFor': '按时签收率 = 在签收期限内签收的件数 ÷ 已到签收期限或已签收的件数（退回交办的件数单列，不计入）。',
    'note.onTime':
      '按时答复率 = 在答复期限内提交正式答复的件数 ÷ 已到答复期限或已答复的主办、分办件数；会办单位只提出会办意见，不计答复率。',
    'note.satisfaction': '满意率 =（满意 + 基本满意）÷ 已测评件数，取提案人对每件提案的最近一次测评。',
    'note.democratic': '民主评议得分暂由提案委（机关）录入；民主评议模块建成后改由评议结果自动生成。',
  },
  'en-US': {
    formula:
      'Formula: score = 100 × Σ(weight × measure) ÷ Σ(weights of the measures with data) − deductions, at least 0, to one decimal place. Measures and weights: signed on time {signFor}, replied on time {onTimeReply}, satisfied with the attitude {attitude}, satisfied with the result {result}, members’ score ÷ 100 {democratic}, share of class A and B replies {solvedShare}; a measure without data that year is left out and the other weights are scaled up. Deductions: {overdue} for each reply overdue, {commitment} for each commitment past due and not kept, {cap} at most. Units are ranked by score, highest first; equal scores share a place and are ordered by the on-time reply rate; a unit without any data is not ranked.',
    'note.year':
      'The year is the year (China time) a unit received the assignment; assignments the office withdrew do not count.',
    'note.signFor':
      'Signed on time = assignments signed for by the deadline ÷ assignments signed for or past their deadline (assignments declined are counted apart).',
    'note.onTime':
      'Replied on time = formal replies sent by the deadline ÷ lead and split assignments replied to or past their deadline; co-handling units give an opinion only and have no reply rate.',
    'note.satisfaction':
      'Satisfaction = (satisfied + basically satisfied) ÷ proposals rated, counting the proposer’s latest rating of each.',
    'note.democratic':
      'The members’ score is entered by the office until the democratic evaluation module produces it.',
  },
};
