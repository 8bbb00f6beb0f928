// The search view: the query box, facets as filters with counts, a page of hits with highlighted snippets.
import { api, describeError } from './api.js';
import { el, fill, snippet, notice } from './dom.js';
import { link, go } from './route.js';
import { facetName, facetValue, categoryName, place } from './labels.js';
import { yearChart } from './charts.js';

const pageSize = 10;
const facetOrder = ['year', 'province', 'city', 'county', 'section', 'category', 'template', 'anomaly'];
const examples = ['人员不足', '"公开不及时"', '新媒体 OR 公众号', '村务公开 -宣传', 'section:problems category:staffing'];

/** The query with the filter name:value added, or taken out when it is already there. */
export function toggleFilter(query, name, value) {
  const token = `${name}:${value}`;
  const words = query.split(/\s+/).filter(Boolean);
  const kept = words.filter(w => w !== token);
  return (kept.length < words.length ? kept : [...words, token]).join(' ');
}

export async function renderSearch(main, route, stillCurrent) {
  const q = route.params.get('q') ?? '';
  const offset = Math.max(0, Number.parseInt(route.params.get('offset') ?? '0', 10) || 0);
  const sort = route.params.get('sort') ?? '';
  const results = el('div', { class: 'results' }, notice('正在检索…'));
  fill(main, searchForm(q, sort), results);

  let answer;
  try {
    answer = await api.search(q, offset, pageSize, sort);
  } catch (error) {
    if (stillCurrent()) fill(results, notice(describeError(error), 'error'));
    return;
  }
  if (!stillCurrent()) return;
  const chart = el('div', { class: 'chart', hidden: true, 'aria-label': '按年份的报告数' });
  fill(results,
    el('aside', { class: 'facets' }, chart, facetBlocks(answer.facets, q, sort)),
    el('section', { class: 'hits' },
      el('p', { class: 'total' }, `共 ${answer.total.toLocaleString('zh-CN')} 份报告`),
      answer.hits.map(hit => hitCard(hit)),
      pager(answer.total, offset, q, sort)));
  yearChart(chart, answer.facets.year ?? {}, year => go(link('search', { q: toggleFilter(q, 'year', year), sort })));
}

function searchForm(q, sort) {
  const input = el('input', {
    type: 'search', name: 'q', value: q, maxlength: 500, placeholder: '例如：人员不足 year:2021 county:尉氏县',
    'aria-label': '检索词', autocomplete: 'off',
  });
  const order = el('select', { name: 'sort', 'aria-label': '排序' },
    el('option', { value: '' }, '按相关度'),
    el('option', { value: 'year', selected: sort === 'year' }, '按年份'));
  const submit = event => {
    event.preventDefault();
    go(link('search', { q: input.value.trim(), sort: order.value }));
  };
  return el('form', { class: 'search', role: 'search', onsubmit: submit },
    el('div', { class: 'box' }, input, order, el('button', { type: 'submit' }, '检索')),
    el('p', { class: 'examples' }, '示例：',
      examples.map(example => el('a', { href: link('search', { q: example }) }, example))));
}

function facetBlocks(facets, q, sort) {
  return facetOrder.filter(name => facets[name] && Object.keys(facets[name]).length > 0).map(name => {
    const entries = Object.entries(facets[name]);
    if (name === 'year') entries.sort((a, b) => b[0].localeCompare(a[0]));
    return el('details', { class: 'facet', open: ['year', 'province', 'city', 'category'].includes(name) },
      el('summary', {}, facetName(name)),
      el('ul', {}, entries.slice(0, 30).map(([value, count]) => {
        const active = q.split(/\s+/).includes(`${name}:${value}`);
        return el('li', {}, el('a', {
          class: active ? 'active' : null,
          href: link('search', { q: toggleFilter(q, name, value), sort }),
          title: active ? '取消此筛选' : '按此筛选',
        }, el('span', {}, facetValue(name, value)), el('span', { class: 'count' }, count.toLocaleString('zh-CN'))));
      })));
  });
}

function hitCard(hit) {
  return el('article', { class: 'hit' },
    el('h2', {}, el('a', { href: link('report', {}, hit.id) }, `${place(hit)}${hit.year ? ` · ${hit.year}年` : ''}`)),
    hit.snippets.map(html => snippet(html)),
    hit.findings.length === 0 ? null : el('ul', { class: 'findings' }, hit.findings.map(f =>
      el('li', {},
        el('span', { class: `kind ${f.kind}` }, f.kind === 'problem' ? '问题' : '措施'),
        f.categories.map(c => el('span', { class: 'tag' }, categoryName(c))),
        el('a', { href: link('report', { hl: `${f.kind === 'problem' ? 'p' : 'r'}@${f.start}` }, hit.id) }, snippet(f.html, 'span'))))),
    el('p', { class: 'file' }, hit.file.split(/[\\/]/).pop()));
}

function pager(total, offset, q, sort) {
  if (total <= pageSize) return null;
  const page = Math.floor(offset / pageSize) + 1;
  const pages = Math.ceil(total / pageSize);
  const at = o => link('search', { q, sort, offset: o || null });
  return el('nav', { class: 'pager', 'aria-label': '翻页' },
    offset > 0 ? el('a', { href: at(Math.max(0, offset - pageSize)) }, '‹ 上一页') : el('span'),
    el('span', {}, `第 ${page} / ${pages} 页`),
    offset + pageSize < total && offset + pageSize <= 10000 ? el('a', { href: at(offset + pageSize) }, '下一页 ›') : el('span'));
}
