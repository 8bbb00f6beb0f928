// Chinese names for the library's codes (METRICS.md); an unknown code is shown as itself.

const facets = {
  year: '年份', province: '省份', city: '地市', county: '县（市、区）', template: '模板版本',
  section: '章节', category: '问题类别', anomaly: '数据异常',
};

const sections = {
  preamble: '前言', overview: '总体情况', proactive: '主动公开', requests: '依申请公开',
  appeals: '复议诉讼', problems: '问题与改进', other: '其他事项', appendix: '附件',
};

const categories = {
  awareness: '思想认识', staffing: '人员力量', training: '业务培训', timeliness: '公开及时性',
  coverage: '公开范围', standardization: '规范化', format_innovation: '形式创新', publicity: '宣传引导',
  new_media: '新媒体', village_affairs: '村务公开', mechanism: '工作机制', intensity: '公开力度',
  interpretation: '政策解读',
};

const anomalies = {
  cell_count: '表格单元数不符', sum_mismatch: '合计不符', text_table_conflict: '正文与表格矛盾',
  missing_table: '缺少表格',
};

const tables = { proactive: '主动公开表', requests: '依申请公开表', appeals: '复议诉讼表', text: '正文' };

const label = names => code => names[code] ?? code;

export const facetName = label(facets);
export const sectionName = label(sections);
export const categoryName = label(categories);
export const anomalyName = label(anomalies);
export const tableName = label(tables);

/** The value a facet shows: codes get their Chinese names, years and places are themselves. */
export function facetValue(facet, value) {
  if (facet === 'section') return sectionName(value);
  if (facet === 'category') return categoryName(value);
  if (facet === 'anomaly') return anomalyName(value);
  if (facet === 'template') return `${value}版`;
  return value;
}

/** Where a report is from, as one line. */
export function place(r) {
  return [r.province, r.city, r.county, r.township].filter(Boolean).join(' ') || '（地区不详）';
}
