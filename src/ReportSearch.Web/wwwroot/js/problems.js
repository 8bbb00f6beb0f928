// The problems view: problem categories by the share of townships reporting them, their trend over the years, and
// per category the statements most typical of it, each linking to its report; filtered by region and year.
import { api, describeError } from './api.js';
import { el, fill, notice } from './dom.js';
import { link } from './route.js';
import { categoryName } from './labels.js';
import { draw } from './charts.js';
import { paramForm, regionFields, regionParams, reportLink, townshipName, pct, shareBar } from './compare-common.js';

const trendCategories = 6;

export async function renderProblems(main, route, stillCurrent) {
  const p = route.params;
  const form = paramForm('problems', [
    ...regionFields(p),
    { name: 'year', label: '年度', value: p.get('year'), type: 'number', placeholder: '全部', size: 6 },
  ], '筛选');
  const body = el('div', { class: 'cmp-body' }, notice('正在统计…'));
  fill(main, el('section', { class: 'cmp problems' }, el('h1', {}, '共性问题'), form, body));
  let answer;
  try {
    answer = await api.problems({ ...regionParams(p), year: p.get('year'), category: p.get('category') });
  } catch (error) {
    if (stillCurrent()) fill(body, notice(describeError(error), 'error'), nearRegions(error, p));
    return;
  }
  if (!stillCurrent()) return;
  const result = answer.result;
  if (!result.categories.length) {
    fill(body, notice('范围内的报告没有读出问题。'));
    return;
  }
  const shares = el('div', { class: 'chart-lg', role: 'img', 'aria-label': '各类问题的乡镇占比' });
  const trend = el('div', { class: 'chart-lg', role: 'img', 'aria-label': '主要问题类别逐年占比' });
  shares.style.height = `${Math.max(240, result.categories.length * 26 + 40)}px`;
  fill(body,
    el('p', { class: 'meta' }, `${result.townships.toLocaleString('zh-CN')} 个乡镇，${result.years.join('、')} 年度`),
    el('div', { class: 'cmp-charts' },
      el('figure', {}, el('figcaption', {}, '报告此类问题的乡镇占比'), shares),
      result.years.length > 1 ? el('figure', {}, el('figcaption', {}, '逐年占比（前 6 类）'), trend) : null),
    result.categories.map(c => categoryCard(c, answer.report_ids, p)));
  drawShares(shares, result.categories, p);
  if (result.years.length > 1) drawTrend(trend, result);
}

function drawShares(node, categories, p) {
  const rows = [...categories].reverse();
  draw(node, {
    tooltip: { trigger: 'item', valueFormatter: v => `${v}%` },
    grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
    yAxis: { type: 'category', data: rows.map(c => categoryName(c.category)) },
    series: [{
      type: 'bar', name: '乡镇占比', label: { show: true, position: 'right', formatter: '{c}%', fontSize: 10 },
      data: rows.map(c => Math.round(c.share * 1000) / 10),
    }],
  }, item => {
    // A bar opens its category's statements below.
    const card = document.getElementById(`cat-${rows[item.dataIndex].category}`);
    if (card) { card.open = true; card.scrollIntoView({ block: 'start' }); }
  });
  return p;
}

function drawTrend(node, result) {
  const top = result.categories.slice(0, trendCategories);
  draw(node, {
    tooltip: { trigger: 'axis', valueFormatter: v => `${v}%` },
    legend: { top: 0, type: 'scroll' },
    grid: { left: 48, right: 16, top: 36, bottom: 28 },
    xAxis: { type: 'category', data: result.years.map(String) },
    yAxis: { type: 'value', axisLabel: { formatter: '{value}%' } },
    series: top.map(c => ({
      type: 'line', name: categoryName(c.category), symbolSize: 7,
      data: result.years.map(y => {
        const share = c.trend.find(t => t.year === y);
        return share ? Math.round(share.share * 1000) / 10 : null;
      }),
    })),
  });
}

function categoryCard(c, ids, p) {
  const only = Object.fromEntries([...p.entries()].filter(([k]) => k !== 'category'));
  return el('details', { class: 'cat-card', id: `cat-${c.category}` },
    el('summary', {},
      el('strong', {}, categoryName(c.category)), shareBar(c.share),
      el('span', { class: 'count' }, `${c.reporting} 个乡镇（${pct(c.share)}）`)),
    el('p', { class: 'meta' }, '逐年：', c.trend.map(t => `${t.year}年 ${pct(t.share)}`).join('　'),
      '　', el('a', { href: link('search', { q: `category:${c.category}` }) }, '检索此类问题')),
    el('h3', {}, '典型表述'),
    el('ul', { class: 'quotes' }, c.representative.map(s => el('li', {},
      el('blockquote', {}, s.finding.text || s.finding.title),
      el('cite', {}, reportLink(ids, s.report, `${townshipName(s.report.township)} ${s.report.year ?? ''}年`, `p@${s.finding.start}`))))),
    c.clusters.length ? el('h3', {}, '雷同表述') : null,
    c.clusters.length ? el('ul', { class: 'quotes' }, c.clusters.slice(0, 5).map(k => el('li', {},
      el('blockquote', {}, k.text),
      el('cite', {}, `${k.townships} 个乡镇：`, k.statements.slice(0, 8).map((s, i) => [i ? '、' : '',
        reportLink(ids, s.report, `${s.report.township.township ?? '?'} ${s.report.year ?? ''}`, `p@${s.finding.start}`)]),
      k.statements.length > 8 ? ' …' : '')))) : null,
    p.get('category') ? null : el('p', {}, el('a', { href: link('problems', { ...only, category: c.category }) }, '只看此类')));
}

/** Near names of an unknown region, as links with that name put in its place. */
export function nearRegions(error, p, view = 'problems') {
  const near = error?.problem?.near_names;
  if (!near?.length) return null;
  const params = Object.fromEntries(p.entries());
  const field = ['county', 'city', 'province'].find(f => params[f]);
  return el('div', { class: 'choices' }, el('p', {}, '您是不是要找：'),
    el('ul', { class: 'inline' }, near.map(n => el('li', {}, el('a', { href: link(view, { ...params, [field]: n }) }, n)))));
}
