// Entry point: picks the view for the URL's hash and renders it into <main>.
import { current } from './route.js';
import { renderSearch } from './search.js';
import { renderReport } from './report.js';
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
