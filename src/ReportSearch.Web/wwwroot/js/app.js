// Entry point: picks the view for the URL's hash and renders it into <main>.
import { current } from './route.js';
import { renderSearch } from './search.js';
import { renderReport } from './report.js';
import { api } from './api.js';
import { renderTownship } from './township.js';
import { renderPeers } from './peers.js';
import { renderProblems } from './problems.js';
import { renderCopies } from './copies.js';

const views = {
  search: renderSearch,
  report: renderReport,
  township: renderTownship,
  peers: renderPeers,
  problems: renderProblems,
  copies: renderCopies,
};

// Renders can overlap when the hash changes quickly; only the latest may write to the page.
let generation = 0;

async function show() {
  const route = current();
  const render = views[route.view] ?? renderSearch;
  const main = document.getElementById('view');
  const mine = ++generation;
  for (const link of document.querySelectorAll('#nav a')) {
    link.classList.toggle('active', link.dataset.view === route.view);
  }
  await render(main, route, () => mine === generation);
}

window.addEventListener('hashchange', show);
window.addEventListener('DOMContentLoaded', show);

// The index may change while the page is open (serve --watch): say how many reports it holds and since when.
async function showFreshness() {
  const target = document.getElementById('freshness');
  try {
    const health = await api.health();
    if (health.status !== 'ok') { target.textContent = '· 索引不可用'; return; }
    const changed = health.index_changed ? new Date(health.index_changed).toLocaleString('zh-CN', { hour12: false }) : '';
    target.textContent = `· 共 ${health.reports} 份报告` + (changed ? ` · 索引更新于 ${changed}` : '');
  } catch {
    target.textContent = '';
  }
}
window.addEventListener('DOMContentLoaded', showFreshness);
setInterval(showFreshness, 30000);
