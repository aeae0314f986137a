// @ts-check
// クライアント診断: paste a job post and the client's messages; the risk level
// as a meter, each signal with its evidence highlighted in the pasted text and
// what to do next. Recomputed as the user types. All text goes in as text
// nodes and <mark> elements, never as HTML.
import { el, clear, errorBox, formValue, publishSummary, callWithoutBadFields, showFieldErrors, visibleLabels, cardNumber } from '../ui.js';

// Signal names and the names of levels and severities (高・中・低) come from
// the module's meta, read once when the tab is mounted.
let signalNames = {};
let levelNames = {};
// The editable figures (minimum wage, dollar rate, writing speed) with their defaults, from meta.
let riskOptions = [];

// Form labels by API field path, used to word errors: each control's
// visible label (read from the form when the tab is mounted).
let labels = {};

const sourceNames = (source) => {
  if (source === 'job.title') return '案件タイトル';
  if (source === 'job.description') return '募集文';
  let m = /^messages\[(\d+)\]$/.exec(source);
  if (m) return `メッセージ${Number(m[1]) + 1}`;
  m = /^client\.reviews\[(\d+)\]$/.exec(source);
  if (m) return `評価コメント${Number(m[1]) + 1}`;
  if (source === 'client') return 'クライアント情報';
  if (source === 'job') return '案件情報';
  return source;
};

// `path` is the API field the control fills (data-path), where errors about it are shown.
function textField(id, path, label, attributes = {}, hint = '') {
  const input = el(attributes.tag || 'input', { id, autocomplete: 'off', 'data-path': path, ...attributes, tag: undefined });
  const wrapper = el('div', { class: 'field' }, el('label', { for: id }, label), input,
    hint ? el('small', { class: 'hint' }, hint) : null);
  return { wrapper, input };
}

function select(id, path, label, options) {
  const input = el('select', { id, 'data-path': path }, options.map(([value, text]) => el('option', { value }, text)));
  return { wrapper: el('div', { class: 'field' }, el('label', { for: id }, label), input), input };
}

// Blocks of text separated by a blank line are separate messages.
function splitMessages(text) {
  return text.split(/\n[ \t\u3000]*\n/).map((m) => m.trim()).filter((m) => m !== '');
}

function splitLines(text) {
  return text.split('\n').map((m) => m.trim()).filter((m) => m !== '');
}

/** @returns {import('../gigcheck').RiskInput} */
function buildInput(form) {
  const input = {
    platform: form.platform.value,
    stage: form.stage.value,
    job: { description: form.description.value },
  };
  const title = form.title.value.trim();
  if (title) input.job.title = form.title.value;
  const hires = formValue(form.hires.value);
  if (hires !== undefined) input.job.hires_planned = hires;
  const hours = formValue(form.hours.value);
  if (hours !== undefined) input.job.estimated_hours = hours;
  const messages = splitMessages(form.messages.value);
  if (messages.length) input.messages = messages;
  const client = {};
  if (form.identity.value !== '') client.identity_verified = form.identity.value === 'true';
  for (const [key, control] of [['rating', form.rating], ['rating_count', form.ratingCount], ['reply_hours', form.replyHours]]) {
    const value = formValue(control.value);
    if (value !== undefined) client[key] = value;
  }
  const reviews = splitLines(form.reviews.value);
  if (reviews.length) client.reviews = reviews;
  if (Object.keys(client).length) input.client = client;
  const options = {};
  for (const option of riskOptions) {
    const value = formValue(form.options[option.id].value);
    if (value !== undefined) options[option.id] = value;
  }
  if (Object.keys(options).length) input.options = options;
  return input;
}

// The text of each source as sent, so evidence offsets can be sliced from it.
function sourceTexts(input) {
  const texts = new Map();
  if (input.job.title !== undefined) texts.set('job.title', input.job.title);
  texts.set('job.description', input.job.description);
  (input.messages || []).forEach((m, i) => texts.set(`messages[${i}]`, m));
  ((input.client && input.client.reviews) || []).forEach((r, i) => texts.set(`client.reviews[${i}]`, r));
  return texts;
}

// Text with <mark>s for the spans, built from text nodes; overlapping spans
// merge. Each mark shows the numbers of its signals' cards (①②, drawn from
// data-label by the CSS) and is a button: a tap, a click, Enter or Space
// brings the first of those cards into view (revealCard).
function highlighted(text, spans, numbers) {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start < last.end) {
      last.end = Math.max(last.end, span.end);
      last.ids.add(span.id);
    } else {
      merged.push({ start: span.start, end: span.end, ids: new Set([span.id]) });
    }
  }
  const parts = [];
  let at = 0;
  for (const span of merged) {
    if (span.start > at) parts.push(text.slice(at, span.start));
    const ids = [...span.ids].sort((a, b) => numbers.get(a) - numbers.get(b));
    const label = ids.map((id) => cardNumber(numbers.get(id))).join('');
    const names = ids.map((id) => `${cardNumber(numbers.get(id))}${signalNames[id] || id}`).join('、');
    const quote = text.slice(span.start, span.end);
    parts.push(el('mark', {
      class: 'risk-mark', role: 'button', tabindex: 0, title: names,
      'aria-label': `「${quote}」: ${names}（説明へ移動）`, dataset: { signals: ids.join(' '), label },
    }, quote));
    at = span.end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return parts;
}

/** @param {import('../gigcheck').RiskAnswer} result */
function meter(result) {
  const label = `リスク: ${levelNames[result.level]}（${result.score} / 100）`;
  return el('div', { class: `risk-level risk-${result.level}` },
    el('div', { class: 'risk-level-head' },
      el('strong', { id: 'risk-level-label' }, label),
      el('span', { class: 'small' }, `${result.signals.length}件の注意点`)),
    el('meter', {
      min: 0, max: 100, low: 25, high: 60, optimum: 0, value: result.score,
      'aria-labelledby': 'risk-level-label',
    }, `${result.score}`));
}

/** @param {import('../gigcheck').Evidence} evidence */
function evidenceItem(evidence) {
  const where = sourceNames(evidence.source);
  return el('li', {}, el('span', { class: 'risk-source' }, where), ' ',
    evidence.start === undefined ? evidence.text : el('mark', {}, evidence.text));
}

// A signal's card, numbered as its marks in the pasted text; `marked` when
// some of its evidence is highlighted there, which its button scrolls to.
/** @param {import('../gigcheck').Signal} signal @param {number} number @param {boolean} marked */
function signalCard(signal, number, marked) {
  return el('li', { class: `risk-signal risk-sev-${signal.severity}`, tabindex: -1, dataset: { signal: signal.id, number: String(number) } },
    el('h3', {},
      el('span', {}, el('span', { class: 'card-number' }, cardNumber(number)), signalNames[signal.id] || signal.id),
      el('span', { class: `badge risk-badge-${signal.severity}` }, `重要度: ${levelNames[signal.severity]}`)),
    el('p', {}, signal.message),
    el('ul', { class: 'risk-evidence', 'aria-label': '根拠' }, signal.evidence.map(evidenceItem)),
    el('p', { class: 'risk-advice' }, el('strong', {}, '次にすること: '), signal.advice),
    marked ? el('button', { type: 'button', class: 'button secondary risk-to-mark', dataset: { for: signal.id } },
      `${cardNumber(number)}の該当箇所を本文で見る`) : null);
}

// The evidence spans of each pasted text, by source.
/** @param {Map<string, string>} texts @param {import('../gigcheck').RiskAnswer} result */
function spansBySource(texts, result) {
  const spans = new Map();
  for (const signal of result.signals)
    for (const e of signal.evidence)
      if (e.start !== undefined && texts.has(e.source)) {
        if (!spans.has(e.source)) spans.set(e.source, []);
        spans.get(e.source).push({ start: e.start, end: e.end, id: signal.id });
      }
  return spans;
}

/** @param {Map<string, string>} texts @param {Map<string, any[]>} spans @param {Map<string, number>} numbers */
function highlightsSection(texts, spans, numbers) {
  if (!spans.size) return null;
  return el('section', { class: 'risk-highlights', 'aria-label': '貼り付けた文章の該当箇所' },
    el('h3', {}, '貼り付けた文章の該当箇所'),
    el('p', { class: 'small risk-highlights-hint' }, '印の番号は上の注意点の番号です。印を押すと、その説明に移動します。'),
    [...texts.keys()].filter((source) => spans.has(source)).map((source) =>
      el('figure', { class: 'risk-text-block' },
        el('figcaption', {}, sourceNames(source)),
        el('p', { class: 'risk-text', dataset: { source } }, highlighted(texts.get(source), spans.get(source), numbers)))));
}

// Brings the cards of a mark's signals into view, the first one focused.
function revealCard(output, ids) {
  for (const card of output.querySelectorAll('.risk-signal.is-target')) card.classList.remove('is-target');
  const cards = ids.map((id) => output.querySelector(`.risk-signal[data-signal="${CSS.escape(id)}"]`)).filter(Boolean);
  for (const card of cards) card.classList.add('is-target');
  cards[0]?.scrollIntoView({ block: 'center' });
  cards[0]?.focus({ preventScroll: true });
}

// Brings a card's first mark in the pasted text into view, focused.
function revealMark(output, id) {
  const mark = output.querySelector(`.risk-mark[data-signals~="${CSS.escape(id)}"]`);
  if (!mark) return;
  mark.scrollIntoView({ block: 'center' });
  /** @type {HTMLElement} */ (mark).focus({ preventScroll: true });
}

// The marks and the cards' buttons, for every answer drawn into `output`.
function linkMarksAndCards(output) {
  const markOf = (target) => /** @type {HTMLElement | null} */ (target.closest('.risk-mark'));
  output.addEventListener('click', (event) => {
    const target = /** @type {HTMLElement} */ (event.target);
    const mark = markOf(target);
    if (mark) revealCard(output, (mark.dataset.signals ?? '').split(' '));
    const button = /** @type {HTMLElement | null} */ (target.closest('.risk-to-mark'));
    if (button) revealMark(output, button.dataset.for ?? '');
  });
  output.addEventListener('keydown', (event) => {
    const mark = markOf(/** @type {HTMLElement} */ (event.target));
    if (!mark || (event.key !== 'Enter' && event.key !== ' ')) return;
    event.preventDefault();
    revealCard(output, (mark.dataset.signals ?? '').split(' '));
  });
}

/** @param {HTMLElement} output @param {import('../gigcheck').Gigcheck} gc @param {HTMLElement} formNode */
function render(output, gc, form, formNode) {
  clear(output);
  if (form.description.value.trim() === '' && form.messages.value.trim() === '') {
    showFieldErrors(formNode, [], labels);
    output.append(el('p', { class: 'note' }, '募集文かメッセージを貼り付けると、ここに診断結果が表示されます。'));
    return;
  }
  // A field the core refuses is shown under itself; the rest is judged without it.
  const { result, errors, input } = callWithoutBadFields(gc.risk, buildInput(form));
  // One message or review of many is named by its place: 「…メッセージ（任意）」の2件目.
  for (const error of errors) {
    const item = /^(messages|client\.reviews)\[(\d+)\]$/.exec(error.field || '');
    if (item) labels[error.field] = `${labels[item[1]]}の${Number(item[2]) + 1}件目`;
  }
  const unplaced = showFieldErrors(formNode, errors, labels);
  if (!result) {
    output.append(unplaced.length ? errorBox(unplaced[0], labels)
      : el('p', { class: 'small' }, '印の付いた項目を直すと、診断結果が表示されます。'));
    return;
  }
  output.append(meter(result));
  if (errors.length) output.append(el('p', { class: 'small risk-partial' }, '印の付いた項目を除いて診断しています。'));
  publishSummary(output, `リスク${levelNames[result.level]}・注意点${result.signals.length}件`);
  if (!result.signals.length) {
    output.append(el('p', { class: 'risk-none' },
      '目立った危険信号は見つかりませんでした。それでも契約前の作業や連絡先の交換は避け、仮払いを確認してから作業しましょう。'));
    return;
  }
  const numbers = new Map(result.signals.map((s, i) => [s.id, i + 1]));
  const texts = sourceTexts(input);
  const spans = spansBySource(texts, result);
  const marked = new Set([...spans.values()].flat().map((span) => span.id));
  output.append(el('ol', { class: 'risk-signals' }, result.signals.map((s, i) => signalCard(s, i + 1, marked.has(s.id)))));
  const highlights = highlightsSection(texts, spans, numbers);
  if (highlights) output.append(highlights);
}

/** @param {HTMLElement} root @param {import('../gigcheck').Gigcheck} gc */
export function mount(root, gc) {
  const { risk } = gc.meta({});
  signalNames = Object.fromEntries(risk.signals.map((s) => [s.id, s.name]));
  levelNames = Object.fromEntries(risk.levels.map((l) => [l.id, l.name]));
  riskOptions = risk.options;
  const optionFields = riskOptions.map((o) => textField(`risk-option-${o.id}`, `options.${o.id}`, o.name,
    { type: 'text', inputmode: 'numeric', placeholder: String(o.default) }, `空欄なら ${o.default.toLocaleString('ja-JP')}`));
  const title = textField('risk-title', 'job.title', '案件タイトル（任意）', { type: 'text' });
  const description = textField('risk-description', 'job.description', '募集文', {
    tag: 'textarea', rows: 8, placeholder: '募集ページの本文をそのまま貼り付けてください',
  });
  const messages = textField('risk-messages', 'messages', 'クライアントからのメッセージ（任意）', {
    tag: 'textarea', rows: 5,
  }, '複数のメッセージは空行で区切ってください。');
  const stage = select('risk-stage', 'stage', '今の段階', [
    ['before_contract', '契約前（応募中・交渉中）'], ['after_contract', '契約後（作業中）'], ['after_delivery', '納品後'],
  ]);
  const platform = select('risk-platform', 'platform', 'サービス', [['crowdworks', 'クラウドワークス'], ['lancers', 'ランサーズ']]);
  const identity = select('risk-identity', 'client.identity_verified', '本人確認', [['', 'わからない'], ['true', '確認済み'], ['false', '未確認']]);
  const rating = textField('risk-rating', 'client.rating', '評価（平均）', { type: 'text', inputmode: 'decimal' }, '例: 4.8');
  const ratingCount = textField('risk-rating-count', 'client.rating_count', '評価数', { type: 'text', inputmode: 'numeric' });
  const hires = textField('risk-hires', 'job.hires_planned', '募集人数', { type: 'text', inputmode: 'numeric' });
  const hours = textField('risk-hours', 'job.estimated_hours', '見積時間（時間）', { type: 'text', inputmode: 'decimal' },
    'この仕事全体にかかる時間の見込み（固定報酬を時給に換算します）');
  const replyHours = textField('risk-reply-hours', 'client.reply_hours', '返信までの時間（時間）', { type: 'text', inputmode: 'numeric' });
  const reviews = textField('risk-reviews', 'client.reviews', '評価コメント（任意）', { tag: 'textarea', rows: 3 },
    '1行に1件ずつ貼り付けてください。');

  const form = {
    title: title.input, description: description.input, messages: messages.input, stage: stage.input,
    platform: platform.input, identity: identity.input, rating: rating.input, ratingCount: ratingCount.input,
    hires: hires.input, hours: hours.input, replyHours: replyHours.input, reviews: reviews.input,
    options: Object.fromEntries(riskOptions.map((o, i) => [o.id, optionFields[i].input])),
  };
  const output = el('div', { class: 'risk-result', 'aria-live': 'polite' });
  linkMarksAndCards(output);
  // Drawn again only when the input changed: a 'change' on leaving a field
  // must not redraw the card a tap on a mark has just brought into view.
  let timer = 0;
  let shown = '';
  const update = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const key = JSON.stringify(buildInput(form));
      if (key === shown) return;
      shown = key;
      render(output, gc, form, formNode);
    }, 120);
  };

  const formNode = el('form', { class: 'risk-form', oninput: update, onchange: update, onsubmit: (e) => e.preventDefault() },
    el('p', { class: 'note' },
      '募集文やメッセージを貼り付けると、契約前に気をつけたい点を確認します。入力内容はこの端末の外に送信されません。'),
    el('fieldset', {}, el('legend', {}, '募集内容'), title.wrapper, description.wrapper),
    el('fieldset', {}, el('legend', {}, 'やり取り'), messages.wrapper, el('div', { class: 'grid' }, stage.wrapper, platform.wrapper)),
    el('details', { class: 'risk-client' },
      el('summary', {}, 'クライアント情報（任意・わかる項目だけ）'),
      el('fieldset', {}, el('legend', {}, 'クライアントと案件の情報'),
        el('div', { class: 'grid' }, identity.wrapper, rating.wrapper, ratingCount.wrapper, hires.wrapper, hours.wrapper,
          replyHours.wrapper),
        reviews.wrapper),
      el('fieldset', {}, el('legend', {}, '時給換算に使う数値'),
        el('div', { class: 'grid' }, optionFields.map((f) => f.wrapper)))));
  labels = visibleLabels(formNode);
  root.append(el('h2', { class: 'risk-heading' }, 'クライアント診断'),
    el('div', { class: 'tool' }, el('div', { class: 'tool-inputs' }, formNode), el('div', { class: 'tool-results' }, output)));
  shown = JSON.stringify(buildInput(form));
  render(output, gc, form, formNode);
}
