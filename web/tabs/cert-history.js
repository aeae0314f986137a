// @ts-check
// 認定チェックの記録: dated snapshots of the figures, kept in this browser's
// localStorage only (the page's 「この端末の保存データをすべて削除」 removes
// them), and a small SVG chart per criterion of its history against its
// threshold. Nothing here decides a threshold: the values and thresholds come
// from the core's answers and gc.meta({}).certify.

const storageKey = 'gigcheck-cert-snapshots';
const svgNs = 'http://www.w3.org/2000/svg';

export function loadSnapshots() {
  try {
    const list = JSON.parse(localStorage.getItem(storageKey) || '[]');
    return Array.isArray(list) ? list.filter((s) => s && typeof s.date === 'string' && s.stats) : [];
  } catch {
    return [];
  }
}

// One snapshot per platform and day: saving again the same day replaces it.
export function saveSnapshot(snapshot) {
  const list = loadSnapshots().filter((s) => !(s.date === snapshot.date && s.platform === snapshot.platform));
  list.push(snapshot);
  list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  localStorage.setItem(storageKey, JSON.stringify(list));
  return list;
}

// What the answer says of each criterion, as a snapshot keeps it.
export function snapshotOf(input, output) {
  const values = {};
  for (const id of output.order) {
    const c = output.criteria[id];
    values[id] = { value: c.value, status: c.status, limit: c.limit };
  }
  return { date: input.as_of, platform: input.platform, criteria_set: output.criteria_set.id, stats: input.stats, values };
}

// The snapshot to measure the pace from: the oldest earlier one of this platform within `maxDays`.
export function earlierSnapshot(snapshots, platform, today, maxDays) {
  const dayMs = 86400000;
  return snapshots.find((s) => s.platform === platform && s.date < today &&
    (Date.parse(today) - Date.parse(s.date)) / dayMs <= maxDays) || null;
}

// A criterion's value as a number for drawing (never for judging).
function plotted(measure, value) {
  if (value === undefined || value === null) return null;
  if (measure === 'ratio' || measure === 'average') {
    const [a, b] = String(value).split('/').map(Number);
    if (!b) return null;
    return measure === 'ratio' ? (a / b) * 100 : a / b;
  }
  if (measure === 'at_least' || measure === 'rank_at_most' || measure === 'top_percent') {
    const n = Number(value);
    return Number.isFinite(n) ? n : null;
  }
  return null;
}

function thresholdValue(row, limit) {
  const [a, b] = row.threshold.split('/').map(Number);
  if (row.measure === 'rank_at_most' && limit) return limit;
  return row.measure === 'ratio' ? (a / b) * 100 : a / b;
}

function svg(tag, attributes = {}, text) {
  const node = document.createElementNS(svgNs, tag);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

const shortDate = (iso) => `${Number(iso.slice(5, 7))}/${Number(iso.slice(8, 10))}`;

// The history of one criterion against its threshold, or null when there is
// nothing to draw. points: [{date, value}] oldest first, the last one today's.
export function historyChart(row, points, limit) {
  const series = points.map((p) => ({ date: p.date, y: plotted(row.measure, p.value) })).filter((p) => p.y !== null);
  if (series.length < 2) return null;
  const threshold = thresholdValue(row, limit);
  const lowerIsBetter = row.measure === 'rank_at_most' || row.measure === 'top_percent';
  const ys = series.map((p) => p.y).concat(threshold);
  let low = Math.min(...ys), high = Math.max(...ys);
  if (row.measure === 'ratio') { low = Math.max(0, Math.min(low, threshold - 10)); high = Math.min(100, Math.max(high, threshold + 5)); }
  if (row.measure === 'average') { low = Math.max(1, Math.min(low, threshold - 0.3)); high = Math.min(5, Math.max(high, threshold + 0.1)); }
  if (high === low) high = low + 1;
  const width = 320, height = 120, left = 8, right = 8, top = 16, bottom = 22;
  const days = series.map((p) => Date.parse(p.date));
  const first = days[0], span = Math.max(1, days[days.length - 1] - first);
  const x = (i) => left + ((days[i] - first) / span) * (width - left - right);
  const y = (v) => {
    const t = (v - low) / (high - low);
    return top + (lowerIsBetter ? t : 1 - t) * (height - top - bottom);
  };
  const shown = (v) => (row.measure === 'ratio' ? `${Math.floor(v * 10) / 10}%` : row.measure === 'average' ? (Math.floor(v * 100) / 100).toFixed(2) : String(v));
  const last = series[series.length - 1];
  const label = `${row.name}の推移: ${series.map((p) => `${p.date} ${shown(p.y)}`).join('、')}。基準は${row.threshold_text}${row.measure === 'rank_at_most' ? '位以内' : ''}。`;
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, class: 'history-chart', role: 'img', 'aria-label': label });
  chart.append(svg('title', {}, label));
  // The threshold: a dashed line, so it reads without colour too.
  const ty = y(threshold);
  chart.append(svg('line', { x1: left, x2: width - right, y1: ty, y2: ty, class: 'threshold' }));
  chart.append(svg('text', { x: width - right, y: ty - 4, 'text-anchor': 'end', class: 'threshold-label' },
    `基準 ${row.measure === 'rank_at_most' ? `${threshold}位` : row.threshold_text}`));
  chart.append(svg('polyline', { points: series.map((p, i) => `${x(i).toFixed(1)},${y(p.y).toFixed(1)}`).join(' '), class: 'series' }));
  series.forEach((p, i) => chart.append(svg('circle', { cx: x(i).toFixed(1), cy: y(p.y).toFixed(1), r: i === series.length - 1 ? 5 : 3.5,
    class: i === series.length - 1 ? 'point today' : 'point' })));
  chart.append(svg('text', { x: left, y: height - 6, class: 'axis-label' }, shortDate(series[0].date)));
  chart.append(svg('text', { x: width - right, y: height - 6, 'text-anchor': 'end', class: 'axis-label' },
    `${shortDate(last.date)}: ${shown(last.y)}`));
  return chart;
}
