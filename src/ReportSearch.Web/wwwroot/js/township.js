// The township view: one township year by year — its headline metrics as a line chart, one chosen metric's values
// and changes as bars, and a timeline of its problems: new this year, reported again, no longer reported.
import { api, describeError } from './api.js';
import { el, fill, notice } from './dom.js';
import { link } from './route.js';
import { categoryName } from './labels.js';
import { draw } from './charts.js';
import { paramForm, reportLink, townshipName, townshipChoices, num, metricName, headlineMetrics } from './compare-common.js';

export async function renderTownship(main, route, stillCurrent) {
  const p = route.params;
  const form = paramForm('township', [
    { name: 'township', label: '乡镇', value: p.get('township'), placeholder: '如 张市镇', size: 12 },
    { name: 'county', label: '县（区分同名）', value: p.get('county'), placeholder: '可不填', size: 8 },
    { name: 'code', label: '区划代码', value: p.get('code'), placeholder: '可不填', size: 10 },
    { name: 'metric', label: '柱状图指标', value: p.get('metric') ?? 'disclosed.total', options: headlineMetrics.map(k => [k, metricName(k)]) },
  ]);
  const body = el('div', { class: 'cmp-body' });
  fill(main, el('section', { class: 'cmp township' }, el('h1', {}, '乡镇历年对比'), form, body));
  if (!p.get('township')) {
    fill(body, notice('输入乡镇名称，查看其历年数字变化和问题的新增、重复与消失。同名乡镇请加县名或区划代码。'));
    return;
  }
  fill(body, notice('正在比较…'));
  let answer;
  try {
    answer = await api.yoy({ township: p.get('township'), county: p.get('county'), code: p.get('code') });
  } catch (error) {
    if (stillCurrent()) fill(body, notice(describeError(error), 'error'), townshipChoices('township', error, p));
    return;
  }
  if (!stillCurrent()) return;
  const result = answer.result;
  const ids = answer.report_ids;
  const years = result.years;
  const metric = p.get('metric') ?? 'disclosed.total';
  const lines = el('div', { class: 'chart-lg', role: 'img', 'aria-label': '主要指标历年走势' });
  const bars = el('div', { class: 'chart-lg', role: 'img', 'aria-label': `${metricName(metric)}历年数值` });
  fill(body,
    el('h2', {}, townshipName(result.township)),
    el('p', { class: 'meta' }, `${years.length} 个年度：`, years.map((y, i) => [i ? '、' : '', reportLink(ids, y.report, `${y.year}年`)])),
    el('div', { class: 'cmp-charts' },
      el('figure', {}, el('figcaption', {}, '主要指标历年走势'), lines),
      el('figure', {}, el('figcaption', {}, `${metricName(metric)}：数值与增减`), bars)),
    metricTable(years),
    el('h2', {}, '问题时间线'),
    timeline(years, ids));
  drawLines(lines, years);
  drawBars(bars, years, metric);
}

function valueOf(year, key) {
  return year.metrics.find(m => m.key === key) ?? null;
}

function drawLines(node, years) {
  const keys = headlineMetrics.filter(k => years.some(y => valueOf(y, k)?.value != null)).slice(0, 5);
  draw(node, {
    tooltip: { trigger: 'axis' },
    legend: { top: 0, type: 'scroll' },
    grid: { left: 48, right: 16, top: 36, bottom: 28 },
    xAxis: { type: 'category', data: years.map(y => `${y.year}`) },
    yAxis: { type: 'value' },
    series: keys.map(k => ({
      type: 'line', name: metricName(k), connectNulls: false, symbolSize: 7,
      data: years.map(y => valueOf(y, k)?.value ?? null),
    })),
  });
}

function drawBars(node, years, key) {
  draw(node, {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 48, right: 16, top: 36, bottom: 28 },
    xAxis: { type: 'category', data: years.map(y => `${y.year}`) },
    yAxis: { type: 'value' },
    series: [
      { type: 'bar', name: '数值', data: years.map(y => valueOf(y, key)?.value ?? null) },
      { type: 'bar', name: '较上年增减', data: years.map(y => valueOf(y, key)?.change ?? null) },
    ],
  });
}

// The headline metrics as a table too: exact values, and readable without the charts.
function metricTable(years) {
  const keys = headlineMetrics.filter(k => years.some(y => valueOf(y, k)?.value != null));
  return el('table', { class: 'metrics cmp-table' },
    el('thead', {}, el('tr', {}, el('th', {}, '指标'), years.map(y => el('th', { class: 'num' }, `${y.year}`)))),
    el('tbody', {}, keys.map(k => el('tr', {}, el('td', {}, metricName(k)), years.map(y => {
      const m = valueOf(y, k);
      const change = m?.change_percent == null ? '' : ` (${m.change_percent > 0 ? '+' : ''}${num(m.change_percent, 0)}%)`;
      return el('td', { class: 'num' }, `${m?.approx ? '约' : ''}${num(m?.value)}${change}`);
    })))));
}

// One row per year: problems new this year, reported again (word for word or reworded), and last year's no longer reported.
function timeline(years, ids) {
  if (years.length < 2) return el('p', { class: 'notice' }, '只有一个年度的报告，无法比较问题的变化。');
  return el('ol', { class: 'timeline' }, years.slice(1).map((y, i) => {
    const changes = y.problems ?? { repeated: [], new: [], no_longer_reported: [] };
    const link = (f, report = y.report) => reportLink(ids, report, f.title || f.text.slice(0, 40), `p@${f.start}`);
    return el('li', {},
      el('h3', {}, `${y.year}年`, el('span', { class: 'muted' }, `（对比 ${y.previous_year}年）`)),
      group('new', '新出现', changes.new.map(f => [link(f), tags(f)])),
      group('repeated', '重复出现', changes.repeated.map(r => [link(r.current), r.verbatim ? el('span', { class: 'tag warn' }, '原文照抄') : null, tags(r.current)])),
      group('resolved', '不再提及', changes.no_longer_reported.map(f => [link(f, years[i].report), tags(f)])));
  }));
}

function group(kind, label, items) {
  return el('div', { class: `tl-group ${kind}` },
    el('span', { class: `tl-kind ${kind}` }, `${label} ${items.length}`),
    items.length ? el('ul', {}, items.map(i => el('li', {}, i))) : null);
}

function tags(f) {
  return f.categories.map(c => el('span', { class: 'tag' }, categoryName(c)));
}
