// Views whose API is still to come: they say what they will show, so links to them already work.
import { el, fill } from './dom.js';
import { link } from './route.js';

const planned = {
  township: ['乡镇历年对比', '同一乡镇逐年的数字变化，以及新出现、重复出现和已消失的问题。'],
  peers: ['同级比较', '一个乡镇在本县、本市或本省同级乡镇中的数字排名，以及与之共有的问题。'],
  problems: ['共性问题', '某一地区各乡镇报告中反复出现的问题类别及其分布。'],
  copies: ['雷同段落', '不同报告之间相同或高度相似的段落。'],
};

export function renderPlaceholder(main, route) {
  const [title, text] = planned[route.view] ?? ['', ''];
  fill(main, el('section', { class: 'placeholder' },
    el('h1', {}, title),
    el('p', {}, text),
    el('p', { class: 'notice info' }, '此功能正在开发中。'),
    el('p', {}, el('a', { href: link('search') }, '返回检索'))));
}
