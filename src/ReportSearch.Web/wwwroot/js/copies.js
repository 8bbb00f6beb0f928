// The copies view: groups of passages that appear word for word or nearly so in several reports, with the
// townships and years involved, each occurrence linking to its report.
import { api, describeError } from './api.js';
import { el, fill, notice } from './dom.js';
import { paramForm, regionFields, regionParams, reportLink, townshipName } from './compare-common.js';
import { nearRegions } from './problems.js';

const shownGroups = 50;

export async function renderCopies(main, route, stillCurrent) {
  const p = route.params;
  const form = paramForm('copies', [
    ...regionFields(p),
    { name: 'min-chars', label: '最短字数', value: p.get('min-chars') ?? '50', type: 'number', size: 5 },
  ], '查找');
  const body = el('div', { class: 'cmp-body' });
  fill(main, el('section', { class: 'cmp copies' }, el('h1', {}, '雷同段落'), form, body));
  if (!p.get('province') && !p.get('city') && !p.get('county')) {
    fill(body, notice('选择一个省、市或县，查找其乡镇报告之间相同或高度相似的段落。'));
    return;
  }
  fill(body, notice('正在查找…'));
  let answer;
  try {
    answer = await api.copies({ ...regionParams(p), 'min-chars': p.get('min-chars') });
  } catch (error) {
    if (stillCurrent()) fill(body, notice(describeError(error), 'error'), nearRegions(error, p, 'copies'));
    return;
  }
  if (!stillCurrent()) return;
  const { reports, passages } = answer.result;
  fill(body,
    el('p', { class: 'meta' }, `在 ${reports.toLocaleString('zh-CN')} 份报告中找到 ${passages.length} 组雷同段落`),
    passages.length === 0 ? notice('没有找到雷同段落。') : null,
    el('ol', { class: 'copy-groups' }, passages.slice(0, shownGroups).map(g => group(g, answer.report_ids))),
    passages.length > shownGroups ? notice(`只显示前 ${shownGroups} 组；缩小范围可看其余。`) : null);
}

function group(g, ids) {
  const across = g.kind === 'across_townships' || g.kind === 'AcrossTownships' || g.kind === 0;
  return el('li', { class: 'copy-group' },
    el('p', {},
      el('span', { class: `tag ${across ? 'warn' : ''}` }, across ? '跨乡镇' : '同一乡镇连续年度'),
      el('span', { class: 'tag' }, g.verbatim ? '逐字相同' : '高度相似'),
      `${g.townships.length} 个乡镇 · ${g.years.join('、')} 年 · ${g.occurrences.length} 处`),
    el('p', { class: 'meta' }, g.townships.map(townshipName).join('；')),
    el('ul', {}, g.occurrences.map(o => el('li', {},
      reportLink(ids, o.report), `　第 ${o.start}–${o.end} 字（${o.length} 字）`))));
}
