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
