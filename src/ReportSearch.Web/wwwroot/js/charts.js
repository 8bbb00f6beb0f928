// ECharts, served from this host (copied from npm at build), loaded on first use only.
let loading = null;

function loadECharts() {
  if (window.echarts) return Promise.resolve(window.echarts);
  loading ??= new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = 'vendor/echarts.min.js';
    script.onload = () => resolve(window.echarts);
    script.onerror = () => { loading = null; reject(new Error('echarts did not load')); };
    document.head.append(script);
  });
  return loading;
}

/**
 * Draws an ECharts option into node (SVG, so the picture is sharp on phones and in screenshots); clicking an item
 * calls onPick with it. Returns false when ECharts could not load: the tables beside every chart say the same.
 */
export async function draw(node, option, onPick) {
  try {
    const echarts = await loadECharts();
    const chart = echarts.init(node, null, { renderer: 'svg' });
    chart.setOption({ animation: false, color: palette, textStyle: { fontFamily: 'inherit' }, ...option });
    if (onPick) chart.on('click', onPick);
    new ResizeObserver(() => chart.resize()).observe(node);
    return true;
  } catch {
    node.hidden = true;
    return false;
  }
}

/** Series colours: the page's red first, then colours that stay apart for the colour-blind. */
export const palette = ['#b03a2e', '#2f6f9f', '#d9962b', '#2e7d5b', '#7a4f9a', '#6b7a8f', '#c2587a', '#4d9fa3'];

/** A small bar chart of counts by year into node; clicking a bar calls onPick with the year. Charts are optional. */
export async function yearChart(node, counts, onPick) {
  const years = Object.keys(counts).sort();
  if (years.length < 2) { node.hidden = true; return; }
  try {
    const echarts = await loadECharts();
    node.hidden = false;
    const chart = echarts.init(node, null, { renderer: 'canvas' });
    chart.setOption({
      animation: false,
      grid: { left: 36, right: 8, top: 8, bottom: 24 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: years },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ type: 'bar', name: '报告数', data: years.map(y => counts[y]), itemStyle: { color: '#b03a2e' } }],
    });
    chart.on('click', params => onPick(params.name));
    new ResizeObserver(() => chart.resize()).observe(node);
  } catch {
    node.hidden = true;
  }
}
