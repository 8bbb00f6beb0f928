// The report view: metadata, anomalies flagged, metrics and findings each linked to the passage they came from,
// and the text itself in its sections.
import { api, describeError } from './api.js';
import { el, fill, notice } from './dom.js';
import { link } from './route.js';
import { sectionName, categoryName, anomalyName, tableName, place } from './labels.js';

export async function renderReport(main, route, stillCurrent) {
  const id = route.parts[0];
  fill(main, notice('正在载入报告…'));
  let view;
  try {
    view = await api.report(id);
  } catch (error) {
    if (stillCurrent()) fill(main, notice(describeError(error), 'error'), el('p', {}, el('a', { href: link('search') }, '返回检索')));
    return;
  }
  if (!stillCurrent()) return;
  const report = view.report;
  const marks = sourceMarks(report);
  const text = el('div', { class: 'text' }, blocks(report).map(block => textBlock(report, block, marks)));
  const pick = (markId, scroll = true) => highlight(text, view.id, markId, scroll);

  fill(main, el('article', { class: 'report' },
    el('header', {},
      el('h1', {}, `${place(report)}${report.year ? ` · ${report.year}年度` : ''}`),
      el('p', { class: 'meta' }, [
        report.body && `发布机关：${report.body}`,
        report.published && `发布日期：${report.published}`,
        report.template && `模板：${report.template}版`,
        report.file && `文件：${report.file.split(/[\\/]/).pop()}`,
      ].filter(Boolean).join('　'))),
    anomalyList(report.anomalies),
    el('div', { class: 'panels' },
      el('section', { class: 'panel' }, el('h2', {}, `数字（${report.metrics.length}）`), metricTable(report.metrics, view.id, pick)),
      el('section', { class: 'panel' }, el('h2', {}, '问题与改进措施'),
        findingList('问题', 'p', report.problems, view.id, pick), findingList('措施', 'r', report.measures, view.id, pick))),
    el('h2', {}, '报告全文'),
    text));

  const wanted = route.params.get('hl');
  if (wanted) pick(resolve(wanted, report), true);
}

/** Every passage something was read from: metrics m0…, problems p0…, measures r0…. */
function sourceMarks(report) {
  return [
    ...report.metrics.map((m, i) => ({ id: `m${i}`, start: m.start, end: m.end })),
    ...report.problems.map((f, i) => ({ id: `p${i}`, start: f.start, end: f.end })),
    ...report.measures.map((f, i) => ({ id: `r${i}`, start: f.start, end: f.end })),
  ].filter(m => m.end > m.start);
}

// Search links name a finding by its start offset (p@123); the report's own links by index (p3).
function resolve(wanted, report) {
  const at = /^([pr])@(\d+)$/.exec(wanted);
  if (!at) return wanted;
  const list = at[1] === 'p' ? report.problems : report.measures;
  const index = list.findIndex(f => f.start === Number(at[2]));
  return index < 0 ? null : `${at[1]}${index}`;
}

/** The text cut into its sections, with the stretches no section covers as blocks of their own. */
function blocks(report) {
  const length = report.text.length;
  const sections = [...report.sections].sort((a, b) => a.start - b.start);
  const result = [];
  let at = 0;
  for (const s of sections) {
    const start = Math.max(s.start, at);
    if (start > at) result.push({ kind: null, title: null, start: at, end: start });
    if (s.end > start) result.push({ kind: s.kind, title: s.title, start, end: Math.min(s.end, length) });
    at = Math.max(at, Math.min(s.end, length));
  }
  if (at < length) result.push({ kind: null, title: null, start: at, end: length });
  return result;
}

// The block's text as text nodes, with each stretch some mark covers in a span naming every mark over it
// (marks may overlap), so a mark is highlighted by selecting [data-marks~=id].
function textBlock(report, block, marks) {
  const inside = marks.filter(m => m.start < block.end && m.end > block.start);
  const cuts = new Set([block.start, block.end]);
  for (const m of inside) { cuts.add(Math.max(m.start, block.start)); cuts.add(Math.min(m.end, block.end)); }
  const points = [...cuts].sort((a, b) => a - b);
  const body = el('div', { class: 'body' });
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i], points[i + 1]];
    const piece = report.text.slice(from, to);
    const over = inside.filter(m => m.start <= from && m.end >= to).map(m => m.id);
    body.append(over.length ? el('span', { class: 'src', 'data-marks': over.join(' ') }, piece) : document.createTextNode(piece));
  }
  const flagged = report.anomalies.some(a => a.table === block.kind);
  return el('section', { class: 'block', 'data-kind': block.kind ?? '' },
    block.kind && el('h3', {}, sectionName(block.kind),
      block.title && el('span', { class: 'title' }, block.title),
      flagged && el('span', { class: 'flag', title: '此部分数据有异常' }, '⚠ 数据异常')),
    body);
}

function highlight(text, id, markId, scroll) {
  for (const node of text.querySelectorAll('.src.hit')) node.classList.remove('hit');
  if (!markId) return;
  const nodes = text.querySelectorAll(`.src[data-marks~="${CSS.escape(markId)}"]`);
  for (const node of nodes) node.classList.add('hit');
  if (scroll && nodes.length) nodes[0].scrollIntoView({ block: 'center' });
  history.replaceState(null, '', link('report', { hl: markId }, id));
}

function anomalyList(anomalies) {
  if (!anomalies.length) return null;
  return el('section', { class: 'anomalies', role: 'note' },
    el('h2', {}, `⚠ 数据异常（${anomalies.length}）`),
    el('ul', {}, anomalies.map(a => el('li', {},
      el('strong', {}, anomalyName(a.kind)), `　${tableName(a.table)}：`, a.detail))));
}

function metricTable(metrics, id, pick) {
  if (!metrics.length) return el('p', { class: 'empty' }, '未读出数字。');
  return el('table', { class: 'metrics' },
    el('thead', {}, el('tr', {}, el('th', {}, '指标'), el('th', {}, '数值'), el('th', {}, '来源'))),
    el('tbody', {}, metrics.map((m, i) => el('tr', {},
      el('td', {}, el('a', {
        href: link('report', { hl: `m${i}` }, id), title: m.quote,
        onclick: event => { event.preventDefault(); pick(`m${i}`); },
      }, m.key)),
      el('td', { class: 'num' }, `${m.approx ? '约' : ''}${m.value.toLocaleString('zh-CN')}${m.unit ?? ''}`),
      el('td', {}, m.source === 'table' ? '表格' : '正文')))));
}

function findingList(label, prefix, findings, id, pick) {
  if (!findings.length) return null;
  return el('div', { class: 'findings' },
    el('h3', {}, `${label}（${findings.length}）`),
    el('ol', {}, findings.map((f, i) => el('li', {},
      el('a', {
        href: link('report', { hl: `${prefix}${i}` }, id),
        onclick: event => { event.preventDefault(); pick(`${prefix}${i}`); },
      }, f.title || f.text.slice(0, 40)),
      f.categories.map(c => el('span', { class: 'tag' }, categoryName(c)))))));
}
