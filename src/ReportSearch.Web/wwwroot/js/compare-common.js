// What the comparison views share: forms whose fields are the URL's parameters, region filters, links to reports.
import { el } from './dom.js';
import { link, go } from './route.js';
import { place } from './labels.js';

/**
 * A form of labelled fields; submitting it puts their values in the view's URL, so every state is a link.
 * fields: [{ name, label, value, type?, options?: [[value, text]], placeholder?, size? }]
 */
export function paramForm(view, fields, button = '查看') {
  const inputs = fields.map(f => f.options
    ? el('select', { name: f.name, 'aria-label': f.label },
      f.options.map(([value, text]) => el('option', { value, selected: String(f.value ?? '') === String(value) }, text)))
    : el('input', {
      name: f.name, value: f.value ?? '', type: f.type ?? 'text', placeholder: f.placeholder ?? '', 'aria-label': f.label,
      maxlength: 100, size: f.size ?? 10, autocomplete: 'off',
    }));
  const submit = event => {
    event.preventDefault();
    go(link(view, Object.fromEntries(inputs.map(i => [i.name, i.value.trim()]))));
  };
  return el('form', { class: 'cmp-form', onsubmit: submit },
    fields.map((f, i) => el('label', {}, el('span', {}, f.label), inputs[i])),
    el('button', { type: 'submit' }, button));
}

/** The region fields every scope question takes, the narrowest given wins (as in the API). */
export function regionFields(params) {
  return [
    { name: 'province', label: '省', value: params.get('province'), placeholder: '如 河南省', size: 8 },
    { name: 'city', label: '市', value: params.get('city'), placeholder: '如 开封市', size: 8 },
    { name: 'county', label: '县', value: params.get('county'), placeholder: '如 尉氏县', size: 8 },
  ];
}

/** The region parameters of the URL, for the API. */
export function regionParams(params) {
  return { province: params.get('province'), city: params.get('city'), county: params.get('county') };
}

/** A link to a report by its file, when the answer knows its id; plain text otherwise. */
export function reportLink(ids, ref, text, hl) {
  const id = ids?.[ref.file];
  const label = text ?? `${townshipName(ref.township)}${ref.year ? ` ${ref.year}年` : ''}`;
  return id === undefined ? el('span', {}, label) : el('a', { href: link('report', { hl }, id) }, label);
}

/** A township identity (from the API) as one line for people. */
export function townshipName(t) {
  const county = t.county ?? (t.county_candidates?.length ? `（${t.county_candidates.join('/')}）` : null);
  return place({ province: t.province, city: t.city, county, township: t.township });
}

/** A number as Chinese readers write it; missing values as a dash (a missing value is not a zero). */
export function num(value, digits = 0) {
  if (value === null || value === undefined) return '—';
  return Number(value).toLocaleString('zh-CN', { maximumFractionDigits: digits });
}

/** A share (0..1) as a percentage. */
export function pct(share) {
  return `${(share * 100).toLocaleString('zh-CN', { maximumFractionDigits: 1 })}%`;
}

/** Choices for an unresolved township: candidates of an ambiguous name, near names of an unknown one. */
export function townshipChoices(view, error, params) {
  const problem = error?.problem;
  if (!problem) return null;
  const keep = Object.fromEntries(params.entries());
  if (problem.candidates?.length) {
    return el('div', { class: 'choices' }, el('p', {}, '同名乡镇有多个，请选择：'),
      el('ul', {}, problem.candidates.map(c => el('li', {},
        el('a', { href: link(view, { ...keep, county: c.county ?? c.county_candidates?.[0] ?? '', code: c.code ?? '' }) },
          townshipName({ ...c, township: keep.township }))))));
  }
  if (problem.near_names?.length) {
    return el('div', { class: 'choices' }, el('p', {}, '您是不是要找：'),
      el('ul', { class: 'inline' }, problem.near_names.map(n => el('li', {},
        el('a', { href: link(view, { ...keep, township: n, county: '', code: '' }) }, n)))));
  }
  return null;
}

/** The metric names people know, by key; other keys are shown as themselves. */
const metricNames = {
  'disclosed.total': '主动公开总数', 'requests.new.total': '新收申请数', 'requests.carried_over': '上年结转申请',
  'requests.result.total.total': '办结申请总数', 'appeals.review.total': '行政复议总数', 'appeals.suit_direct.total': '直接起诉总数', 'appeals.suit_after_review.total': '复议后起诉总数',
  'disclosed.channel.website': '网站公开', 'disclosed.channel.wechat': '微信公开', 'disclosed.channel.weibo': '微博公开',
  'disclosed.channel.app': '客户端公开', 'disclosed.channel.noticeboard': '公开栏公开', 'disclosed.channel.other': '其他渠道公开',
};

export function metricName(key) {
  return metricNames[key] ?? key;
}

/** The metrics offered in pickers, most asked-for first. */
export const headlineMetrics = ['disclosed.total', 'requests.new.total', 'requests.result.total.total', 'appeals.review.total',
  'appeals.suit_direct.total', 'disclosed.channel.website', 'disclosed.channel.wechat'];

/** A horizontal bar for a share (0..1); its width is set through the style object, which the CSP allows (attributes it does not). */
export function shareBar(share) {
  const fill = el('span', { class: 'fill', 'aria-hidden': 'true' });
  fill.style.width = `${Math.max(0, Math.min(1, share)) * 100}%`;
  return el('span', { class: 'bar' }, fill);
}
