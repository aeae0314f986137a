// @ts-check
// 認定チェック: where the user stands against プロクラウドワーカー (CrowdWorks)
// and 認定ランサー (Lancers) criteria, recomputed on every keystroke. Names,
// thresholds, explanations and citations come from gc.meta({}).certify; the
// figures can be kept as dated snapshots (cert-history.js) and drawn as charts.
import { el, clear, errorBox, formValue, localToday, debounceFrame, publishSummary, callWithoutBadFields, showFieldErrors } from '../ui.js';
import { loadSnapshots, saveSnapshot, snapshotOf, earlierSnapshot, historyChart } from './cert-history.js';

const platforms = {
  crowdworks: {
    label: 'クラウドワークス（プロクラウドワーカー）',
    fields: ['jobs', 'rating', 'communication_rating', 'scouts', 'monthly_earnings_rank', 'division', 'profile'],
    pace: ['jobs_per_month', 'five_star_reviews_per_month', 'scouts_per_month'],
    leaving: ['jobs_total', 'jobs_completed', 'scouts'],
  },
  lancers: {
    label: 'ランサーズ（認定ランサー）',
    fields: ['jobs', 'tasks', 'replies', 'rating', 'earnings_top_percent', 'verifications', 'last_login', 'profile'],
    pace: ['jobs_per_month', 'five_star_reviews_per_month', 'prompt_replies_per_month'],
    leaving: ['jobs_total', 'jobs_completed', 'tasks_total', 'tasks_approved', 'messages_received', 'replied_within_24h'],
  },
};
// Groups only the current sets ask for.
const currentOnly = ['division', 'profile', 'tasks', 'last_login'];

// Form labels by API field path, also used to word errors.
const labels = {
  'stats.jobs_total': '受注した仕事の数',
  'stats.jobs_completed': 'そのうち完了した数',
  'stats.rating': '総合評価',
  'stats.communication_rating': 'コミュニケーション評価',
  'stats.scouts': '受け取ったスカウト数',
  'stats.monthly_earnings_rank': '今月の獲得報酬ランキング（位）',
  'stats.messages_received': '受け取ったメッセージ数',
  'stats.replied_within_24h': 'そのうち24時間以内に返信した数',
  'stats.earnings_top_percent': 'カテゴリ内の獲得報酬の順位（上位○%）',
  'stats.tasks_total': 'タスク方式で出した作業の数',
  'stats.tasks_approved': 'そのうち承認された数',
  'stats.last_login': '最後にログインした日',
  'stats.division': '職種部門',
  'stats.profile_complete': 'プロフィール',
  'leaving.jobs_total': '外れる分の受注数',
  'leaving.jobs_completed': '外れる分の完了数',
  'leaving.scouts': '外れる分のスカウト数',
  'leaving.tasks_total': '外れる分のタスク作業数',
  'leaving.tasks_approved': '外れる分の承認数',
  'leaving.messages_received': '外れる分のメッセージ数',
  'leaving.replied_within_24h': '外れる分の24時間以内の返信数',
  'earlier.stats': '前回の記録',
  'pace.jobs_per_month': '1か月に完了する仕事の数',
  'pace.five_star_reviews_per_month': '1か月にもらう★5の評価の数',
  'pace.scouts_per_month': '1か月に受け取るスカウトの数',
  'pace.prompt_replies_per_month': '1か月に24時間以内に返すメッセージの数',
};

function numberField(id, path, hint = '', mode = 'numeric') {
  const input = el('input', { id, name: path, type: 'text', inputmode: mode, autocomplete: 'off', dataset: { path } });
  const wrapper = el('div', { class: 'field' }, el('label', { for: id }, labels[path] || path), input,
    hint ? el('small', { class: 'hint' }, hint) : null);
  return wrapper;
}

// A rating entered as counts per star or as the displayed average and count.
function ratingFieldset(key, legend) {
  labels[`stats.${key}.average`] = `${legend}の平均`;
  labels[`stats.${key}.count`] = `${legend}の件数`;
  for (const star of [1, 2, 3, 4, 5]) {
    labels[`stats.${key}.stars.${star}`] = `★${star}`;
    labels[`stats.${key}.stars[${star - 1}]`] = `${legend}の★${star}の件数`;  // as errors name it
  }
  const mode = el('select', { id: `cert-${key}-mode`, dataset: { ratingMode: key } },
    el('option', { value: 'average' }, '平均と件数で入力'),
    el('option', { value: 'stars' }, '★ごとの件数で入力'));
  const average = el('div', { class: 'grid', dataset: { ratingPart: `${key}:average` } },
    numberField(`cert-${key}-average`, `stats.${key}.average`, '例: 4.79', 'decimal'),
    numberField(`cert-${key}-count`, `stats.${key}.count`));
  const stars = el('div', { class: 'stars', hidden: true, dataset: { ratingPart: `${key}:stars` } },
    [5, 4, 3, 2, 1].map((star) => numberField(`cert-${key}-star${star}`, `stats.${key}.stars.${star}`)));
  mode.addEventListener('change', () => {
    average.hidden = mode.value !== 'average';
    stars.hidden = mode.value !== 'stars';
  });
  return el('fieldset', { dataset: { group: key } }, el('legend', {}, legend),
    el('div', { class: 'field' }, el('label', { for: mode.id }, '入力のしかた'), mode), average, stars);
}

function choiceField(id, path, options) {
  return el('div', { class: 'field' }, el('label', { for: id }, labels[path]),
    el('select', { id, dataset: { choice: path } }, options.map(([value, text]) => el('option', { value }, text))));
}

function buildForm(meta) {
  const platformChoice = el('fieldset', { class: 'checks' }, el('legend', {}, 'サービス'),
    Object.entries(platforms).map(([value, p], i) => el('label', {},
      el('input', { type: 'radio', name: 'cert-platform', value, checked: i === 0 }), p.label)));
  const setChoice = el('div', { class: 'field' }, el('label', { for: 'cert-criteria-set' }, 'どの基準で判定するか'),
    el('select', { id: 'cert-criteria-set' },
      el('option', { value: 'current' }, '公式ページの今の基準'),
      el('option', { value: 'classic' }, '以前よく紹介されていた5項目（比較用）')));
  const divisions = meta.platforms.find((p) => p.id === 'crowdworks').divisions;
  const yesNo = [['', '分からない'], ['true', '入力済み'], ['false', 'まだ']];
  const groups = {
    jobs: el('fieldset', { dataset: { group: 'jobs' } }, el('legend', {}, '仕事の完了率'),
      el('div', { class: 'grid' },
        numberField('cert-jobs-total', 'stats.jobs_total', '契約した仕事の総数'),
        numberField('cert-jobs-completed', 'stats.jobs_completed', 'キャンセルにならず完了した数'))),
    replies: el('fieldset', { dataset: { group: 'replies' } }, el('legend', {}, '24時間以内の返信率'),
      el('div', { class: 'grid' },
        numberField('cert-messages', 'stats.messages_received'),
        numberField('cert-replied', 'stats.replied_within_24h'))),
    rating: ratingFieldset('rating', '総合評価'),
    communication_rating: ratingFieldset('communication_rating', 'コミュニケーション評価'),
    scouts: el('fieldset', { dataset: { group: 'scouts' } }, el('legend', {}, 'スカウト'),
      numberField('cert-scouts', 'stats.scouts')),
    monthly_earnings_rank: el('fieldset', { dataset: { group: 'monthly_earnings_rank' } }, el('legend', {}, '獲得報酬（任意）'),
      numberField('cert-rank', 'stats.monthly_earnings_rank', '分からなければ空欄のままで構いません')),
    earnings_top_percent: el('fieldset', { dataset: { group: 'earnings_top_percent' } }, el('legend', {}, '獲得報酬（任意）'),
      numberField('cert-top-percent', 'stats.earnings_top_percent', '例: 15（上位15%）。分からなければ空欄', 'decimal')),
    verifications: el('fieldset', { class: 'checks', dataset: { group: 'verifications' } }, el('legend', {}, '確認手続き'),
      meta.platforms.find((p) => p.id === 'lancers').verifications.map((v) =>
        el('label', {}, el('input', { type: 'checkbox', dataset: { verification: v.id } }), v.name))),
    division: el('fieldset', { dataset: { group: 'division' } }, el('legend', {}, '職種部門'),
      choiceField('cert-division', 'stats.division', [['', '選ばない']].concat(
        divisions.map((d) => [d.id, `${d.name}（${d.rank_limit}位以内）`])))),
    tasks: el('fieldset', { dataset: { group: 'tasks' } }, el('legend', {}, 'タスク方式の仕事（したことがある場合）'),
      el('div', { class: 'grid' },
        numberField('cert-tasks-total', 'stats.tasks_total', 'タスク方式をしていなければ空欄'),
        numberField('cert-tasks-approved', 'stats.tasks_approved'))),
    last_login: el('fieldset', { dataset: { group: 'last_login' } }, el('legend', {}, 'ログイン'),
      el('div', { class: 'field' }, el('label', { for: 'cert-last-login' }, labels['stats.last_login']),
        el('input', { id: 'cert-last-login', type: 'date', dataset: { date: 'stats.last_login' } }))),
    profile: el('fieldset', { dataset: { group: 'profile' } }, el('legend', {}, 'プロフィール'),
      choiceField('cert-profile', 'stats.profile_complete', yesNo)),
  };
  const leaving = el('details', { class: 'pace leaving' }, el('summary', {}, '次の判定日までに集計から外れる実績（任意）'),
    el('p', { class: 'small', dataset: { leavingRange: '' } }),
    el('div', { class: 'grid' },
      ['jobs_total', 'jobs_completed', 'scouts', 'tasks_total', 'tasks_approved', 'messages_received', 'replied_within_24h']
        .map((key) => el('div', { dataset: { leaving: key } }, numberField(`cert-leaving-${key}`, `leaving.${key}`)))));
  const pace = el('details', { class: 'pace' }, el('summary', {}, '今のペースから到達時期を見る（任意）'),
    el('div', { class: 'grid' },
      ['jobs_per_month', 'five_star_reviews_per_month', 'scouts_per_month', 'prompt_replies_per_month']
        .map((key) => el('div', { dataset: { pace: key } }, numberField(`cert-pace-${key}`, `pace.${key}`)))));
  const form = el('form', { class: 'cert-form', novalidate: true, onsubmit: (e) => e.preventDefault() },
    platformChoice, setChoice, Object.values(groups), pace, leaving);
  return { form, groups, pace, leaving };
}

function readRating(form, key) {
  const mode = form.querySelector(`[data-rating-mode="${key}"]`).value;
  const value = (path) => formValue(form.querySelector(`[data-path="${path}"]`).value);
  if (mode === 'average') {
    const average = value(`stats.${key}.average`);
    const count = value(`stats.${key}.count`);
    if (average === undefined && count === undefined) return undefined;
    return { average: average === undefined ? undefined : String(average), count };
  }
  const stars = [1, 2, 3, 4, 5].map((star) => value(`stats.${key}.stars.${star}`));
  if (stars.every((n) => n === undefined)) return undefined;
  return { stars: stars.map((n) => n ?? 0) };
}

function readInput(form, platform, snapshots) {
  const stats = {};
  /** @type {Record<string, any>} numbers, or text the core refuses in words */
  const pace = {};
  const leaving = {};
  const value = (path) => formValue(form.querySelector(`[data-path="${path}"]`).value);
  for (const input of form.querySelectorAll('[data-path^="stats."]')) {
    const key = input.dataset.path.slice('stats.'.length);
    if (key.includes('.') || input.closest('[hidden]')) continue;
    const v = value(input.dataset.path);
    if (v !== undefined) stats[key] = v;
  }
  for (const key of ['rating', 'communication_rating']) {
    if (!platforms[platform].fields.includes(key)) continue;
    const rating = readRating(form, key);
    if (rating) stats[key] = rating;
  }
  if (platform === 'lancers') {
    stats.verifications = {};
    for (const box of form.querySelectorAll('[data-verification]')) stats.verifications[box.dataset.verification] = box.checked;
  }
  for (const key of platforms[platform].pace) {
    const v = value(`pace.${key}`);
    if (v !== undefined) pace[key] = v;
  }
  const criteriaSet = form.querySelector('#cert-criteria-set').value;
  if (criteriaSet === 'current') {
    for (const select of form.querySelectorAll('[data-choice^="stats."]')) {
      if (select.closest('[hidden]') || select.value === '') continue;
      const key = select.dataset.choice.slice('stats.'.length);
      stats[key] = select.value === 'true' ? true : select.value === 'false' ? false : select.value;
    }
    const login = form.querySelector('[data-date="stats.last_login"]');
    if (!login.closest('[hidden]') && login.value) stats.last_login = login.value;
  }
  for (const key of platforms[platform].leaving) {
    const v = value(`leaving.${key}`);
    if (v !== undefined) leaving[key] = v;
  }
  const input = { platform, criteria_set: criteriaSet, stats, pace, as_of: localToday() };
  if (Object.keys(leaving).length) input.leaving = leaving;
  const earlier = earlierSnapshot(snapshots, platform, input.as_of, maxTrendDays);
  if (earlier) input.earlier = { date: earlier.date, stats: earlier.stats };
  return input;
}

// How far back a snapshot may be to measure the pace (the core's limit is 3660 days).
const maxTrendDays = 365;

// Where the value and the threshold sit on a 0..1 bar, or null when a bar says nothing.
// By the row's measure and threshold (meta), so a new ratio such as the task
// approval rate gets its bar, and a count's bar spans twice its threshold.
function barPosition(row, criterion) {
  const fraction = (text) => { const [a, b] = String(text).split('/').map(Number); return b ? a / b : 0; };
  if (!row || criterion.value === undefined) return null;
  if (row.measure === 'ratio') return { value: fraction(criterion.value), mark: fraction(row.threshold) };
  if (row.measure === 'average') {
    if (!criterion.count) return null;
    return { value: (fraction(criterion.value) - 1) / 4, mark: (fraction(row.threshold) - 1) / 4 };
  }
  if (row.measure === 'at_least') return { value: Math.min(criterion.value / (2 * fraction(row.threshold)), 1), mark: 0.5 };
  return null;
}

const statusText = { met: '達成', not_met: '未達成', unknown: '未入力' };
const verdictText = {
  eligible: 'すべての基準を満たしています',
  not_eligible: 'まだ基準に届いていない項目があります',
  incomplete: '入力されていない項目があります',
};

function criterionCard(id, c, row, chart) {
  const position = barPosition(row, c);
  const shown = c.display ?? (typeof c.value === 'number' ? `${c.value}件` : typeof c.value === 'string' && row?.measure !== 'recent_date' ? c.value : undefined);
  return el('article', { class: 'criterion', dataset: { criterion: id, status: c.status } },
    el('h3', {}, el('span', {}, c.name), el('span', { class: `badge ${c.status}` }, statusText[c.status])),
    chart,  // drawn last on screen (CSS order), beside the figures on paper
    row ? el('p', { class: 'small explain' }, explanation(row, c)) : null,
    position ? el('div', { class: 'bar', role: 'img', 'aria-label': `${c.name}: ${shown ?? ''}` },
      el('div', { class: `fill ${c.status}`, dataset: { width: position.value } }),
      el('div', { class: 'mark', dataset: { left: position.mark } })) : null,
    shown ? el('p', { class: 'small' }, `現在: ${shown}`) : null,
    el('p', { class: 'guidance' }, c.message),
    c.at_next_judgment ? el('p', { class: 'small at-judgment', dataset: { status: c.at_next_judgment.status } }, c.at_next_judgment.message) : null,
    c.projection ? el('p', { class: 'small projection' },
      `今のペースなら約${c.projection.months}か月後${c.projection.date ? `（${c.projection.date}ごろ）` : ''}に届きます。`) : null,
    c.trend ? el('p', { class: 'small trend', dataset: { reached: String(c.trend.reached) } }, c.trend.message) : null);
}

// The row's plain sentence, then its threshold as the platform words it
// (90%以上, 200位以内, 上位20%以内) and the window it is counted over.
function explanation(row, c) {
  const t = row.measure === 'rank_at_most' && c.limit ? c.limit : row.threshold_text;
  const phrase = { ratio: `${t}以上`, average: `${t}以上`, at_least: `${t}件以上`, rank_at_most: `${t}位以内`,
    top_percent: `上位${t}%以内` }[row.measure];
  return `${row.explain}（${phrase ? `基準: ${phrase}・` : ''}${row.window}）`;
}

// Inline styles are blocked by the CSP's style-src, so bar geometry is set
// through the CSSOM, which the CSP allows.
function sizeBars(root) {
  for (const fill of root.querySelectorAll('.fill[data-width]')) fill.style.width = `${Math.max(0, Math.min(1, fill.dataset.width)) * 100}%`;
  for (const mark of root.querySelectorAll('.mark[data-left]')) mark.style.left = `${mark.dataset.left * 100}%`;
}

// Each criterion's history: the snapshots of this platform, then today's figures.
function historyPoints(snapshots, input, output, id) {
  const points = snapshots.filter((s) => s.platform === input.platform && s.date < input.as_of && s.values?.[id])
    .map((s) => ({ date: s.date, value: s.values[id].value }));
  points.push({ date: input.as_of, value: output.criteria[id].value });
  return points;
}

function render(results, input, output, rows, snapshots) {
  clear(results);
  if (output.error) {
    results.append(errorBox(output.error, labels));
    return;
  }
  results.append(el('p', { class: `verdict ${output.verdict}`, dataset: { verdict: output.verdict } }, verdictText[output.verdict]));
  const statuses = output.order.map((id) => output.criteria[id].status);
  publishSummary(results, `${statuses.length}項目中${statuses.filter((s) => s === 'met').length}項目達成`);
  const set = output.criteria_set;
  results.append(el('p', { class: 'small citation', dataset: { citation: set.id } }, el('cite', {}, set.citation),
    set.source_url ? el('span', { class: 'source-url' }, ` ${set.source_url}`) : null));
  if (output.focus) {
    results.append(el('section', { class: 'focus', dataset: { focus: output.focus.id } },
      el('h3', {}, `今週の一歩: ${output.focus.name}`), el('p', {}, output.focus.message)));
  }
  for (const id of output.order) {
    const c = output.criteria[id];
    const row = rows.get(id);
    const chart = row ? historyChart(row, historyPoints(snapshots, input, output, id), c.limit) : null;
    results.append(criterionCard(id, c, row, chart));
  }
  for (const s of output.skipped ?? []) results.append(el('p', { class: 'note skipped', dataset: { skipped: s.id } }, s.message));
  if (output.next_judgment) results.append(el('p', { class: 'note judgment' }, output.next_judgment.message));
  for (const note of output.notes) results.append(el('p', { class: 'note' }, note));
  sizeBars(results);
}

// The snapshot button stays put (a result redrawn under the pointer would
// swallow the click); its line says how many are kept and where.
function snapshotBox(onSave) {
  const status = el('p', { class: 'small', role: 'status', id: 'cert-snapshot-status' });
  const box = el('div', { class: 'snapshot' },
    el('button', { type: 'button', class: 'button secondary', id: 'cert-save-snapshot', onclick: onSave }, '今日の数字を記録する'),
    status);
  const show = (count, prefix = '') => {
    status.textContent = `${prefix}記録 ${count}件（この端末の中だけに保存。ページ下の「この端末の保存データをすべて削除」で消えます）`;
  };
  return { box, show };
}

export function mount(root, gc) {
  const meta = gc.meta({}).certify;
  const { form, groups, pace, leaving } = buildForm(meta);
  const results = el('div', { class: 'cert-results', 'aria-live': 'polite' });
  let last = null;  // the latest input and answer, which the snapshot button keeps
  const snapshot = snapshotBox(() => {
    if (!last || last.output.error) return;
    saveSnapshot(snapshotOf(last.input, last.output));
    update();
    snapshot.show(loadSnapshots().filter((s) => s.platform === last.input.platform).length, `${last.input.as_of}の数字を記録しました。`);
  });
  root.append(
    el('h2', {}, '認定の基準まであと何件？'),
    el('p', { class: 'note' }, '分かる数字だけ入れてください。入れた項目から順に判定します。'),
    el('div', { class: 'tool' }, el('div', { class: 'tool-inputs' }, form), el('div', { class: 'tool-results' }, results, snapshot.box)));

  const platform = () => form.querySelector('input[name="cert-platform"]:checked').value;
  const criteriaSet = () => form.querySelector('#cert-criteria-set').value;
  const showPlatformFields = () => {
    const p = platforms[platform()];
    const classic = criteriaSet() === 'classic';
    for (const [key, group] of Object.entries(groups)) group.hidden = !p.fields.includes(key) || (classic && currentOnly.includes(key));
    for (const box of pace.querySelectorAll('[data-pace]')) box.hidden = !p.pace.includes(box.dataset.pace);
    for (const box of leaving.querySelectorAll('[data-leaving]')) box.hidden = !p.leaving.includes(box.dataset.leaving);
  };
  // The rows of the set in use, by id, as meta gives them.
  const rowsOf = (platformId, setId) =>
    new Map(meta.platforms.find((p) => p.id === platformId).sets.find((s) => s.id === setId).criteria.map((r) => [r.id, r]));
  const update = () => {
    showPlatformFields();
    const snapshots = loadSnapshots();
    let input = readInput(form, platform(), snapshots);
    // A field the core refuses (4.7.9, a stored snapshot it cannot read) is
    // shown under itself, and the other criteria are still judged without it.
    const { result, errors } = callWithoutBadFields(gc.certify, input);
    const unplaced = showFieldErrors(form, errors, labels);
    const output = result ?? { error: unplaced[0] ?? errors[errors.length - 1] };
    last = { input, output };
    const range = output.next_judgment?.leaves_window;
    leaving.querySelector('[data-leaving-range]').textContent = range
      ? `${range.from}〜${range.to} の実績は、次の判定日（${output.next_judgment.date}）には集計期間から外れます。その期間の件数を入れると、判定日の数字を計算します。`
      : '';
    render(results, input, output, output.error ? new Map() : rowsOf(input.platform, output.criteria_set.id), snapshots);
    snapshot.show(snapshots.filter((s) => s.platform === input.platform).length);
  };
  form.addEventListener('input', debounceFrame(update));
  form.addEventListener('change', update);
  // The page's delete button empties localStorage: draw again without the history.
  document.addEventListener('gigcheck:local-data-deleted', update);
  update();
  // Read by bench/site_bench.mjs: the first result is in the page, and (Element
  // Timing) when it is first drawn on screen.
  results.firstElementChild?.setAttribute('elementtiming', 'gigcheck-first-certify');
  performance.mark('gigcheck-first-certify');
}
