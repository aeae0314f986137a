// @ts-check
// 認定チェック: where the user stands against プロクラウドワーカー (CrowdWorks)
// and 認定ランサー (Lancers) criteria, recomputed on every keystroke.
import { el, clear, errorBox, formValue, localToday, debounceFrame, publishSummary } from '../ui.js';

const platforms = {
  crowdworks: {
    label: 'クラウドワークス（プロクラウドワーカー）',
    fields: ['jobs', 'rating', 'communication_rating', 'scouts', 'monthly_earnings_rank'],
    pace: ['jobs_per_month', 'five_star_reviews_per_month', 'scouts_per_month'],
  },
  lancers: {
    label: 'ランサーズ（認定ランサー）',
    fields: ['jobs', 'replies', 'rating', 'earnings_top_percent', 'verifications'],
    pace: ['jobs_per_month', 'five_star_reviews_per_month', 'prompt_replies_per_month'],
  },
};

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

function buildForm() {
  const platformChoice = el('fieldset', { class: 'checks' }, el('legend', {}, 'サービス'),
    Object.entries(platforms).map(([value, p], i) => el('label', {},
      el('input', { type: 'radio', name: 'cert-platform', value, checked: i === 0 }), p.label)));
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
      [['identity', '本人確認'], ['phone', '電話番号確認'], ['nda', '機密保持確認']].map(([key, text]) =>
        el('label', {}, el('input', { type: 'checkbox', dataset: { verification: key } }), text))),
  };
  const pace = el('details', { class: 'pace' }, el('summary', {}, '今のペースから到達時期を見る（任意）'),
    el('div', { class: 'grid' },
      ['jobs_per_month', 'five_star_reviews_per_month', 'scouts_per_month', 'prompt_replies_per_month']
        .map((key) => el('div', { dataset: { pace: key } }, numberField(`cert-pace-${key}`, `pace.${key}`)))));
  const form = el('form', { class: 'cert-form', novalidate: true, onsubmit: (e) => e.preventDefault() },
    platformChoice, Object.values(groups), pace);
  return { form, groups, pace };
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

function readInput(form, platform) {
  const stats = {};
  /** @type {Record<string, any>} numbers, or text the core refuses in words */
  const pace = {};
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
  return { platform, stats, pace, as_of: localToday() };
}

// Where the value and the threshold sit on a 0..1 bar, or null when a bar says nothing.
/** @param {string} id @param {import('../gigcheck').Criterion} criterion */
function barPosition(id, criterion) {
  const fraction = (text) => { const [a, b] = text.split('/').map(Number); return b ? a / b : 0; };
  if (criterion.value === undefined) return null;
  if (id === 'completion_rate' || id === 'reply_rate_24h') {
    return { value: fraction(criterion.value), mark: fraction(criterion.threshold) };
  }
  if (id === 'rating' || id === 'communication_rating') {
    if (!criterion.count) return null;
    return { value: (fraction(criterion.value) - 1) / 4, mark: (fraction(criterion.threshold) - 1) / 4 };
  }
  if (id === 'scouts') return { value: Math.min(Number(criterion.value) / 10, 1), mark: 0.5 };
  return null;
}

const statusText = { met: '達成', not_met: '未達成', unknown: '未入力' };
const verdictText = {
  eligible: 'すべての基準を満たしています',
  not_eligible: 'まだ基準に届いていない項目があります',
  incomplete: '入力されていない項目があります',
};

/** @param {string} id @param {import('../gigcheck').Criterion} c */
function criterionCard(id, c) {
  const position = barPosition(id, c);
  const shown = c.display ?? (typeof c.value === 'number' ? `${c.value}件` : undefined);
  return el('article', { class: 'criterion', dataset: { criterion: id, status: c.status } },
    el('h3', {}, el('span', {}, c.name), el('span', { class: `badge ${c.status}` }, statusText[c.status])),
    position ? el('div', { class: 'bar', role: 'img', 'aria-label': `${c.name}: ${shown ?? ''}` },
      el('div', { class: `fill ${c.status}`, dataset: { width: position.value } }),
      el('div', { class: 'mark', dataset: { left: position.mark } })) : null,
    shown ? el('p', { class: 'small' }, `現在: ${shown}`) : null,
    el('p', { class: 'guidance' }, c.message),
    c.projection ? el('p', { class: 'small projection' },
      `今のペースなら約${c.projection.months}か月後${c.projection.date ? `（${c.projection.date}ごろ）` : ''}に届きます。`) : null);
}

// Inline styles are blocked by the CSP's style-src, so bar geometry is set
// through the CSSOM, which the CSP allows.
function sizeBars(root) {
  for (const fill of root.querySelectorAll('.fill[data-width]')) fill.style.width = `${Math.max(0, Math.min(1, fill.dataset.width)) * 100}%`;
  for (const mark of root.querySelectorAll('.mark[data-left]')) mark.style.left = `${mark.dataset.left * 100}%`;
}

/** @param {HTMLElement} results @param {import('../gigcheck').CertifyAnswer | import('../gigcheck').ErrorAnswer} output */
function render(results, output) {
  clear(results);
  if (output.error) {
    results.append(errorBox(output.error, labels));
    return;
  }
  results.append(el('p', { class: `verdict ${output.verdict}`, dataset: { verdict: output.verdict } }, verdictText[output.verdict]));
  const statuses = output.order.map((id) => output.criteria[id].status);
  publishSummary(results, `${statuses.length}項目中${statuses.filter((s) => s === 'met').length}項目達成`);
  for (const id of output.order) results.append(criterionCard(id, output.criteria[id]));
  if (output.next_judgment) results.append(el('p', { class: 'note judgment' }, output.next_judgment.message));
  for (const note of output.notes) results.append(el('p', { class: 'note' }, note));
  sizeBars(results);
}

/** @param {HTMLElement} root @param {import('../gigcheck').Gigcheck} gc */
export function mount(root, gc) {
  const { form, groups, pace } = buildForm();
  const results = el('div', { class: 'cert-results', 'aria-live': 'polite' });
  root.append(
    el('h2', {}, '認定の基準まであと何件？'),
    el('p', { class: 'note' }, '分かる数字だけ入れてください。入れた項目から順に判定します。'),
    form, results);

  const platform = () => form.querySelector('input[name="cert-platform"]:checked').value;
  const showPlatformFields = () => {
    const p = platforms[platform()];
    for (const [key, group] of Object.entries(groups)) group.hidden = !p.fields.includes(key);
    for (const box of pace.querySelectorAll('[data-pace]')) box.hidden = !p.pace.includes(box.dataset.pace);
  };
  const update = () => {
    showPlatformFields();
    render(results, gc.certify(readInput(form, platform())));
  };
  form.addEventListener('input', debounceFrame(update));
  form.addEventListener('change', update);
  update();
  // Read by bench/site_bench.mjs: the first result is in the page, and (Element
  // Timing) when it is first drawn on screen.
  results.firstElementChild?.setAttribute('elementtiming', 'gigcheck-first-certify');
  performance.mark('gigcheck-first-certify');
}
