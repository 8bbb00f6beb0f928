// The peers view: one township's report of a year among the townships of its county, city or province — a ranked
// bar chart of one metric (the township in red) and the same ranking as a table linking every report.
import { api, describeError } from './api.js';
import { el, fill, notice } from './dom.js';
import { categoryName } from './labels.js';
import { draw } from './charts.js';
import { paramForm, reportLink, townshipName, townshipChoices, num, pct, metricName, headlineMetrics, shareBar } from './compare-common.js';

const scopes = [['county', '本县'], ['city', '本市'], ['province', '本省']];
const maxBars = 40;

export async function renderPeers(main, route, stillCurrent) {
  const p = route.params;
  const metric = p.get('metric') || 'disclosed.total';
  const form = paramForm('peers', [
    { name: 'township', label: '乡镇', value: p.get('township'), placeholder: '如 张市镇', size: 12 },
    { name: 'county', label: '县（区分同名）', value: p.get('county'), placeholder: '可不填', size: 8 },
    { name: 'year', label: '年度', value: p.get('year'), type: 'number', placeholder: '如 2022', size: 6 },
    { name: 'scope', label: '比较范围', value: p.get('scope') ?? 'county', options: scopes },
    { name: 'metric', label: '指标', value: metric, options: headlineMetrics.map(k => [k, metricName(k)]) },
  ], '比较');
  const body = el('div', { class: 'cmp-body' });
  fill(main, el('section', { class: 'cmp peers' }, el('h1', {}, '同级比较'), form, body));
  if (!p.get('township') || !p.get('year')) {
    fill(body, notice('输入乡镇和年度，查看它在本县、本市或本省同级乡镇中的排名。'));
    return;
  }
  fill(body, notice('正在比较…'));
  let answer;
  try {
    answer = await api.peers({ township: p.get('township'), county: p.get('county'), code: p.get('code'), year: p.get('year'), scope: p.get('scope'), metrics: metric });
  } catch (error) {
    if (stillCurrent()) fill(body, notice(describeError(error), 'error'), townshipChoices('peers', error, p));
    return;
  }
  if (!stillCurrent()) return;
  const result = answer.result;
  const ids = answer.report_ids;
  const m = result.metrics.find(x => x.key === metric);
  const chart = el('div', { class: 'chart-rank', role: 'img', 'aria-label': `${metricName(metric)}排名` });
  const scopeName = (scopes.find(s => s[0] === (p.get('scope') ?? 'county')) ?? scopes[0])[1];
  fill(body,
    el('h2', {}, `${townshipName(result.township.township)} · ${result.township.year}年`),
    el('p', { class: 'meta' }, `${scopeName}同级乡镇 ${result.peers.length} 个`),
    summary(m),
    !m || m.values.length === 0 ? notice('没有乡镇报告此指标。') : el('figure', {}, el('figcaption', {}, `${metricName(metric)}：由高到低`), chart),
    m ? rankTable(m, result.township.file, ids) : null,
    shared(result));
  if (m && m.values.length) drawRanking(chart, m, result.township.file);
}

function summary(m) {
  if (!m) return null;
  if (m.rank == null) return el('p', { class: 'notice' }, `本乡镇未报告此指标；${m.missing} 个乡镇未报告。`);
  return el('p', { class: 'stat' },
    el('strong', {}, `第 ${m.rank} 名`), ` / ${m.values.length}　数值 ${num(m.value)}　百分位 ${num(m.percentile, 0)}　同级中位数 ${num(m.peer_median, 1)}`,
    m.missing ? `　（${m.missing} 个乡镇未报告）` : '');
}

function drawRanking(node, m, self) {
  // The top of the ranking, and the township itself when it ranks below the cut.
  let shown = m.values.slice(0, maxBars);
  const mine = m.values.find(v => v.report.file === self);
  if (mine && !shown.includes(mine)) shown = [...shown.slice(0, maxBars - 1), mine];
  node.style.height = `${Math.max(220, shown.length * 22 + 40)}px`;
  const rows = [...shown].reverse();
  draw(node, {
    tooltip: { trigger: 'item' },
    grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value' },
    yAxis: { type: 'category', data: rows.map(v => `${v.rank}. ${v.report.township.township ?? '?'}`), axisLabel: { fontSize: 11 } },
    series: [{
      type: 'bar', name: '数值', label: { show: true, position: 'right', fontSize: 10 },
      data: rows.map(v => ({ value: v.value, itemStyle: { color: v.report.file === self ? '#b03a2e' : '#8fa6bd' } })),
    }],
  });
}

function rankTable(m, self, ids) {
  return el('details', { class: 'cmp-details', open: m.values.length <= 15 },
    el('summary', {}, `完整排名（${m.values.length}）`),
    el('table', { class: 'metrics cmp-table' },
      el('thead', {}, el('tr', {}, el('th', {}, '名次'), el('th', {}, '乡镇'), el('th', { class: 'num' }, '数值'), el('th', { class: 'num' }, '百分位'))),
      el('tbody', {}, m.values.map(v => el('tr', { class: v.report.file === self ? 'self' : null },
        el('td', {}, `${v.rank}`),
        el('td', {}, reportLink(ids, v.report, townshipName(v.report.township))),
        el('td', { class: 'num' }, `${v.approx ? '约' : ''}${num(v.value)}`),
        el('td', { class: 'num' }, num(v.percentile, 0)))))));
}

function shared(result) {
  if (!result.shared_categories.length) return null;
  return el('section', {},
    el('h2', {}, '与同级共有的问题'),
    el('ul', { class: 'bars' }, result.shared_categories.map(c => el('li', {},
      el('span', { class: 'bar-label' }, categoryName(c.category)),
      shareBar(c.peer_share),
      el('span', { class: 'count' }, `${c.peers_reporting} 个同级（${pct(c.peer_share)}）`)))));
}
