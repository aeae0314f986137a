// @ts-check
// 応募文: draft an application, profile, nudge or withdrawal from fields and
// the job post, then edit it in a box that lints on every keystroke, with
// inline highlights numbered as their cards, a list of issues, copy, and an
// autosave kept only in this browser (localStorage) that one click deletes.
import { el, clear, errorBox, formValue, debounceFrame, publishSummary, callWithoutBadFields, showFieldErrors,
  visibleLabels, cardNumber, afterPause } from '../ui.js';

const storageKey = 'gigcheck.proposal.draft';
// Up to this length the text is linted after every keystroke, once the
// frame that draws the keystroke is done; longer texts after a pause in
// typing, with the marks hidden meanwhile: a lint of 20,000 characters takes
// longer than a frame on a phone (bench/typing_bench.mjs).
const instantLintChars = 4000;
const lintPauseMs = 300;
const saveDelayMs = 500;

const kinds = {
  application: '応募文',
  profile: 'プロフィール文',
  nudge: '催促メッセージ（返信がないとき）',
  withdrawal: '辞退・契約終了のメッセージ',
};

// Every draft field: API name, label, control, the kinds that use it, hint.
// Field names and meanings: docs/proposal.md.
const fields = [
  { key: 'name', label: 'あなたの名前', kinds: ['application', 'profile', 'nudge', 'withdrawal'], hint: '例: 佐藤 花子' },
  { key: 'client_name', label: '相手の名前（様は不要）', kinds: ['application', 'nudge', 'withdrawal'], hint: '空欄なら「ご担当者様」' },
  { key: 'job_title', label: '案件名', kinds: ['application', 'nudge', 'withdrawal'], hint: '例: 美容ジャンルのSEO記事作成' },
  { key: 'message_date', label: '返信のないメッセージを送った日', kinds: ['nudge'], type: 'date' },
  { key: 'subject', label: 'そのメッセージの用件', kinds: ['nudge'], hint: '例: 記事3本の納品' },
  { key: 'desired_reply_date', label: '返信がほしい日（任意）', kinds: ['nudge'], type: 'date' },
  { key: 'unanswered_since', label: '返信が途絶えた最初のメッセージの日', kinds: ['withdrawal'], type: 'date' },
  { key: 'messages_sent', label: 'それ以降に送ったメッセージの数', kinds: ['withdrawal'], inputmode: 'numeric' },
  { key: 'stage', label: '今の段階', kinds: ['nudge', 'withdrawal'], choices: { before_contract: '契約前', after_contract: '契約後・作業中', after_delivery: '納品後（検収待ち）' }, initial: 'after_contract' },
  { key: 'specialties', label: '得意分野', kinds: ['profile'], multiline: true, hint: '1行に1つ' },
  { key: 'remote_record', label: '在宅ワークの実績', kinds: ['profile'], multiline: true },
  { key: 'available_hours', label: '稼働できる時間', kinds: ['application', 'profile'], multiline: true, hint: '例: 平日10:00〜16:00（1日6時間）。募集文で聞かれていなくても入れます' },
  { key: 'achievements', label: '過去の実績', kinds: ['application'], multiline: true, hint: '例: 美容ブログを2年運営（月間1万PV）。1行に1つ' },
  { key: 'portfolio', label: 'ポートフォリオ', kinds: ['application'], hint: '作品のURLなど（連絡先は書かないでください）' },
  { key: 'skills', label: 'スキル・使えるツール', kinds: ['application', 'profile'], multiline: true },
  { key: 'background', label: '略歴', kinds: ['profile'], multiline: true },
  { key: 'motivation', label: '応募の理由', kinds: ['application'], multiline: true },
  { key: 'self_intro', label: '自己紹介', kinds: ['application'], multiline: true },
  { key: 'start_date', label: '開始できる日', kinds: ['application'] },
  { key: 'limits', label: '事前に伝えておきたい制約', kinds: ['application'], multiline: true, hint: '例: 平日の日中は連絡が遅れます' },
  { key: 'questions', label: '相手への質問', kinds: ['application'], multiline: true },
  { key: 'principles', label: '在宅ワークで大切にしていること', kinds: ['profile'], multiline: true },
];
const listKeys = new Set(['specialties', 'achievements']);

// Severity names (要修正・注意・参考, most serious first) and the options'
// names and defaults come from the module's meta, read when the tab is mounted.
let severityLabels = {};
let severityRank = {};
let ruleNames = {};

// Field paths by the labels the form shows (the visible labels, read when
// the tab is mounted), to word errors and the draft's changes.
let labelsForErrors = {};

function fieldControl(f) {
  const id = `proposal-f-${f.key}`;
  const path = `fields.${f.key}`;
  let control;
  if (f.choices) {
    control = el('select', { id, 'data-path': path }, Object.entries(f.choices).map(([value, label]) =>
      el('option', { value, selected: value === f.initial }, label)));
  } else if (f.multiline) {
    control = el('textarea', { id, rows: 2, autocomplete: 'off', 'data-path': path });
  } else {
    control = el('input', { id, type: f.type || 'text', inputmode: f.inputmode, autocomplete: 'off', 'data-path': path });
  }
  const wrapper = el('div', { class: 'field', dataset: { kinds: f.kinds.join(' ') } },
    el('label', { for: id }, f.label), control, f.hint ? el('small', { class: 'hint' }, f.hint) : null);
  return { ...f, control, wrapper };
}

function fieldValue(f) {
  const text = f.control.value;
  if (f.key === 'messages_sent') return formValue(text);
  if (listKeys.has(f.key)) {
    const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
    return lines.length > 1 ? lines : lines[0];
  }
  return text.trim() === '' ? undefined : text;
}

/** @typedef {{start: number, text: string, severity: string | null, label: string}} Segment */
/** @typedef {Segment & {key: string, node: Node | null}} Piece */
/** @typedef {{start: number, pieces: Piece[], key: string, node: HTMLElement | null}} Paragraph */

// Segments of `text` with the strongest severity covering each, from issue
// spans; a segment where issues start is labelled with their cards' numbers.
/** @param {string} text @param {import('../gigcheck').LintIssue[]} issues @param {Map<string, number>} numberOf
    @returns {Segment[]} */
function highlightSegments(text, issues, numberOf) {
  const cuts = new Set([0, text.length]);
  const spans = issues.filter((i) => i.end > i.start && i.end <= text.length);
  for (const i of spans) { cuts.add(i.start); cuts.add(i.end); }
  const points = [...cuts].sort((a, b) => a - b);
  const segments = [];
  for (let k = 0; k + 1 < points.length; k++) {
    const [from, to] = [points[k], points[k + 1]];
    let severity = null;
    const numbers = new Set();
    for (const i of spans) {
      if (i.start <= from && i.end >= to && (!severity || severityRank[i.severity] > severityRank[severity])) severity = i.severity;
      if (i.start === from) numbers.add(numberOf.get(i.rule));
    }
    const label = [...numbers].sort((a, b) => a - b).map(cardNumber).join('');
    segments.push({ start: from, text: text.slice(from, to), severity, label });
  }
  return segments;
}

// The segments cut into the text's paragraphs (its lines as typed): the
// layer draws one block per paragraph, so that an edit lays out and paints
// again only its own paragraph. A mark's number stays on its first piece.
/** @param {Segment[]} segments @returns {Paragraph[]} */
function paragraphsOf(segments) {
  /** @type {Paragraph[]} */
  const paragraphs = [{ start: 0, pieces: [], key: '', node: null }];
  for (const segment of segments) {
    for (let from = 0; ;) {
      const newline = segment.text.indexOf('\n', from);
      const end = newline < 0 ? segment.text.length : newline;
      if (end > from) {
        /** @type {Piece} */
        const piece = { start: segment.start + from, text: segment.text.slice(from, end), severity: segment.severity,
          label: from === 0 ? segment.label : '', key: '', node: null };
        piece.key = `${piece.severity || ''}\u0001${piece.label}\u0001${piece.text}`;
        paragraphs[paragraphs.length - 1].pieces.push(piece);
      }
      if (newline < 0) break;
      from = newline + 1;
      paragraphs.push({ start: segment.start + from, pieces: [], key: '', node: null });
    }
  }
  for (const paragraph of paragraphs) paragraph.key = paragraph.pieces.map((piece) => piece.key).join('\u0002');
  return paragraphs;
}

// Makes `parent` show the items `next` in place of `shown` (each with a
// `key` and its `node`): the unchanged items at either end keep their nodes
// (`reuse` carries them over), a single changed item between them is
// changed in place when `edit` can, and the others are replaced by `make`.
function patchList(parent, shown, next, { make, edit, reuse }) {
  const most = Math.min(shown.length, next.length);
  let head = 0;
  while (head < most && shown[head].key === next[head].key) { reuse(shown[head], next[head]); head++; }
  let tail = 0;
  while (tail < most - head && shown[shown.length - 1 - tail].key === next[next.length - 1 - tail].key) {
    reuse(shown[shown.length - 1 - tail], next[next.length - 1 - tail]);
    tail++;
  }
  const gone = shown.slice(head, shown.length - tail);
  const added = next.slice(head, next.length - tail);
  if (gone.length === 1 && added.length === 1 && edit(gone[0], added[0])) {
    added[0].node = gone[0].node;
    return next;
  }
  const before = tail ? shown[shown.length - tail].node : null;
  for (const item of gone) item.node.remove();
  for (const item of added) {
    item.node = make(item);
    parent.insertBefore(item.node, before);
  }
  return next;
}

// The text node of a piece: its node, or its mark's text.
/** @param {Piece} piece @returns {Text} */
const textOf = (piece) => /** @type {Text} */ (piece.node?.nodeType === Node.TEXT_NODE ? piece.node : piece.node?.firstChild);

/** @param {Piece} piece */
function pieceNode(piece) {
  if (!piece.severity) return document.createTextNode(piece.text);
  return el('mark', { class: `proposal-mark-${piece.severity}`, dataset: piece.label ? { label: piece.label } : undefined }, piece.text);
}
const pieceOps = {
  make: pieceNode,
  reuse: (old, now) => { now.node = old.node; },
  /** @param {Piece} old @param {Piece} now */
  edit(old, now) {
    if (old.severity !== now.severity || old.label !== now.label) return false;
    editText(textOf(old), now.text);
    return true;
  },
};
const paragraphOps = {
  // An empty paragraph (an empty line) still takes up its line.
  /** @param {Paragraph} paragraph */
  make: (paragraph) => el('div', { class: 'proposal-para' },
    paragraph.pieces.length ? paragraph.pieces.map((piece) => (piece.node = pieceNode(piece))) : '\u200b'),
  reuse(old, now) {
    now.node = old.node;
    now.pieces.forEach((piece, k) => { piece.node = old.pieces[k].node; });
  },
  /** @param {Paragraph} old @param {Paragraph} now */
  edit(old, now) {
    if (!old.pieces.length || !now.pieces.length) return false;
    now.pieces = patchList(old.node, old.pieces, now.pieces, pieceOps);
    return true;
  },
};

// Replaces only the characters that differ, so the browser keeps the rest
// of the text node as it was laid out.
/** @param {Text} node @param {string} value */
function editText(node, value) {
  const old = node.data;
  const most = Math.min(old.length, value.length);
  let head = 0;
  while (head < most && old.charCodeAt(head) === value.charCodeAt(head)) head++;
  let tail = 0;
  while (tail < most - head && old.charCodeAt(old.length - 1 - tail) === value.charCodeAt(value.length - 1 - tail)) tail++;
  node.replaceData(head, old.length - head - tail, value.slice(head, value.length - tail));
}

function setText(node, value) {
  if (node.textContent !== value) node.textContent = value;
}

// Groups of issues by rule, errors first: one card per group, numbered in
// this order (①, ②…) on the card and on its marks in the editor.
function groupIssues(issues) {
  const groups = new Map();
  for (const issue of issues) {
    if (!groups.has(issue.rule)) groups.set(issue.rule, []);
    groups.get(issue.rule).push(issue);
  }
  return [...groups.values()].sort((a, b) => severityRank[b[0].severity] - severityRank[a[0].severity]);
}

function quoteOf(text, issue) {
  if (issue.end <= issue.start) return '';
  return `該当: 「${text.slice(issue.start, Math.min(issue.end, issue.start + 40))}${issue.end - issue.start > 40 ? '…' : ''}」`;
}

// One card per rule, made once and then changed only where its text
// changed, so typing does not redraw the list. `onJump(issue)` shows an
// issue in the editor. Returns {element, update(group, number, text), at(issue)}.
function issueCard(rule, severity, onJump) {
  const number = el('span', { class: 'card-number' });
  const name = el('strong', { class: 'proposal-rule-name' });
  const head = el('div', { class: 'proposal-issue-head' }, number,
    el('span', { class: `badge proposal-badge-${severity}` }, severityLabels[severity]), name);
  const element = el('li', { class: `proposal-issue proposal-${severity}`, tabindex: -1, dataset: { rule } }, head);
  let group = [];
  if (rule === 'unanswered_question') {
    // The asks of the post as a checklist; a tick stays while its ask does.
    const checklist = el('ul', { class: 'proposal-checklist' });
    element.append(el('p', { class: 'proposal-message' }, '募集文のこの質問・指示に、応募文が答えていないようです。項目を立てて答えてください。'),
      checklist);
    let asks = '';
    return {
      element,
      at: () => {},
      update(next, n) {
        group = next;
        setText(number, cardNumber(n));
        setText(name, `${ruleNames[rule] || rule} ${group.length}件`);
        element.dataset.count = String(group.length);
        const now = group.map((issue) => issue.ask).join('\n');
        if (now === asks) return;
        asks = now;
        const ticked = new Set([...checklist.querySelectorAll('input:checked')].map((box) => box.closest('li').dataset.ask));
        checklist.replaceChildren(...group.map((issue) => el('li', { dataset: { ask: issue.ask } },
          el('label', {}, el('input', { type: 'checkbox', checked: ticked.has(issue.ask) }), ` 「${issue.ask}」`))));
      },
    };
  }
  let at = 0;
  let text = '';
  const position = el('span', { class: 'small proposal-position' });
  const message = el('p', { class: 'proposal-message' });
  const quote = el('p', { class: 'proposal-quote' });
  const suggestion = el('p', { class: 'proposal-suggestion' });
  const show = () => {
    const issue = group[at];
    setText(position, `${at + 1}/${group.length}件目・${issue.line}行目 ${issue.column}文字目`);
    setText(message, issue.message);
    setText(quote, quoteOf(text, issue));
    setText(suggestion, `提案: ${issue.suggestion}`);
  };
  const go = (step) => {
    at = (at + step + group.length) % group.length;
    show();
    onJump(group[at]);
  };
  const prev = el('button', { type: 'button', class: 'button secondary proposal-prev', onclick: () => go(-1) }, '前へ');
  const next = el('button', { type: 'button', class: 'button secondary proposal-next', onclick: () => go(1) }, '次へ');
  head.append(position);
  element.append(message, quote, suggestion,
    el('div', { class: 'proposal-nav' },
      el('button', { type: 'button', class: 'button secondary proposal-jump', onclick: () => onJump(group[at]) }, '該当箇所へ'),
      prev, next));
  return {
    element,
    // Shows the issue of this card that covers `offset`, as the caret reached it.
    at(offset) {
      const k = group.findIndex((issue) => issue.start <= offset && offset <= issue.end);
      if (k >= 0 && k !== at) { at = k; show(); }
    },
    update(issues, n, t) {
      group = issues;
      text = t;
      at = Math.min(at, group.length - 1);
      setText(number, cardNumber(n));
      setText(name, `${ruleNames[rule] || rule} ${group.length}件`);
      if (element.dataset.count !== String(group.length)) element.dataset.count = String(group.length);
      prev.hidden = next.hidden = group.length < 2;
      show();
    },
  };
}

// options.autosave: false in embeds, which keep nothing in the host's storage.
/** @param {HTMLElement} root @param {import('../gigcheck').Gigcheck} gc */
export function mount(root, gc, { autosave = true } = {}) {
  const { lint } = gc.meta({});
  severityLabels = Object.fromEntries(lint.severities.map((s) => [s.id, s.name]));
  severityRank = Object.fromEntries(lint.severities.map((s, i) => [s.id, lint.severities.length - i]));
  ruleNames = Object.fromEntries(lint.rules.map((r) => [r.id, r.name]));
  const option = Object.fromEntries(lint.options.map((o) => [o.id, o]));
  const controls = fields.map(fieldControl);
  const kind = el('select', { id: 'proposal-kind', 'data-path': 'kind' },
    Object.entries(kinds).map(([value, label]) => el('option', { value }, label)));
  const jobText = el('textarea', { id: 'proposal-job', rows: 6, autocomplete: 'off', 'data-path': 'job_text',
    placeholder: '募集文をここに貼り付けると、質問への答え漏れも確認します。' });
  const draftButton = el('button', { type: 'button', class: 'button', id: 'proposal-draft' }, '下書きを作る');
  const formMessage = el('div', { class: 'proposal-form-message' });

  const maxLength = el('input', { id: 'proposal-max-length', type: 'text', inputmode: 'numeric', 'data-path': 'options.max_sentence_length',
    value: String(option.max_sentence_length.default) });
  const maxCommas = el('input', { id: 'proposal-max-commas', type: 'text', inputmode: 'numeric', 'data-path': 'options.max_commas',
    value: String(option.max_commas.default) });

  const editor = el('textarea', {
    id: 'proposal-editor', class: 'proposal-input', spellcheck: 'false', autocomplete: 'off', 'data-path': 'text',
    'aria-describedby': 'proposal-summary proposal-caret-note', placeholder: '下書きを作るか、応募文をここに書いてください。',
  });
  const layer = el('div', { class: 'proposal-layer', 'aria-hidden': 'true' });
  // Which warning the caret (a tap, a click, the arrow keys) is on, under its mark.
  const caretNote = el('div', { class: 'proposal-caret-note', id: 'proposal-caret-note', role: 'status' });
  const summary = el('p', { id: 'proposal-summary', class: 'proposal-summary', role: 'status' });
  const issueList = el('ol', { class: 'proposal-issues', id: 'proposal-issues' });
  const saveStatus = el('span', { class: 'small', id: 'proposal-save-status', role: 'status' });
  const copyButton = el('button', { type: 'button', class: 'button secondary', id: 'proposal-copy' }, 'コピー');
  const deleteButton = el('button', { type: 'button', class: 'button secondary', id: 'proposal-delete' }, '保存した下書きを削除');

  // Work after a keystroke, each part a task of its own, so that a keystroke
  // arriving meanwhile is handled first: soon(fn) queues fn as a task,
  // afterFrame(fn) once the next frame is drawn; fn once while it waits.
  // While a keystroke waits for its frame, queued work waits after it.
  /** @type {(() => void)[]} */
  const queue = [];
  const tasks = new MessageChannel();
  let keystrokeUndrawn = false;
  tasks.port1.onmessage = () => {
    if (keystrokeUndrawn) requestAnimationFrame(() => tasks.port2.postMessage(0));
    else queue.shift()?.();
  };
  function keystroke() {
    if (keystrokeUndrawn) return;
    keystrokeUndrawn = true;
    requestAnimationFrame(() => { keystrokeUndrawn = false; });
  }
  function soon(fn) {
    if (queue.includes(fn)) return;
    queue.push(fn);
    tasks.port2.postMessage(0);
  }
  const framed = new Set();
  function afterFrame(fn) {
    if (framed.has(fn)) return;
    framed.add(fn);
    requestAnimationFrame(() => { framed.delete(fn); soon(fn); });
  }

  function showKind() {
    for (const f of controls) f.wrapper.hidden = !f.kinds.includes(kind.value);
    jobText.closest('.field').hidden = kind.value !== 'application';
  }

  function lintOptions() {
    const options = {};
    const length = formValue(maxLength.value);
    const commas = formValue(maxCommas.value);
    if (length !== undefined) options.max_sentence_length = length;
    if (commas !== undefined) options.max_commas = commas;
    return options;
  }

  // The errors of the last draft and of the last lint, each under its field.
  let draftErrors = [];
  let lintErrors = [];
  let shownErrors = '[]';
  function showErrors() {
    const all = [...lintErrors, ...draftErrors];
    const key = JSON.stringify(all);
    if (key === shownErrors) return [];
    shownErrors = key;
    return showFieldErrors(root, all, labelsForErrors);
  }

  // Keeps the textarea as tall as its text and one spare line, so that the
  // layer behind never scrolls and a keystroke that wraps onto a new line
  // needs no measuring before it is drawn: the box is grown after the frame,
  // and fitted exactly once typing pauses. The text's height is the layer's
  // while the layer shows the same text (read after a frame, it costs no
  // layout); else the textarea's scrollHeight, which needs the box at height
  // auto to shrink. (Not CSS field-sizing: with it, Chromium lays a
  // 20,000-character text out again on every keystroke, 3× slower.)
  const spareLine = 32;  // style.css: 16px text, line-height 2
  const padding = 10;
  function textHeight() {
    catchUp();
    const last = /** @type {HTMLElement | null} */ (layer.lastElementChild);
    if (stale || mirrored !== editor.value || !last) return null;
    return last.offsetTop + last.offsetHeight + padding;
  }
  function fitHeight() {
    let height = textHeight();
    if (height === null) {
      editor.style.height = 'auto';
      height = editor.scrollHeight;
    }
    editor.style.height = `${/** @type {number} */ (height) + spareLine}px`;
  }
  function growHeight() {
    const height = textHeight();
    if (height === null) {
      if (editor.scrollHeight > editor.clientHeight) editor.style.height = `${editor.scrollHeight + spareLine}px`;
    } else if (height + spareLine > editor.clientHeight) editor.style.height = `${height + spareLine}px`;
  }

  // The highlight layer: a block per paragraph, a text node or <mark> per
  // piece. A new lint changes only the paragraphs (and in them the pieces)
  // between the unchanged ones at either end.
  /** @type {Paragraph[]} */
  let paragraphs = [];
  // A layer whose text no longer matches the editor's is hidden until the next lint.
  let stale = false;
  function setStale(value) {
    if (value === stale) return;
    stale = value;
    layer.classList.toggle('proposal-stale', value);
  }
  /** @param {Paragraph[]} next */
  function renderLayer(next) {
    catchUp();
    paragraphs = patchList(layer, paragraphs, next, paragraphOps);
  }
  // Typing at the very end of the text changes nothing the layer shows (its
  // text is transparent and no mark follows), so the keystroke's frame leaves
  // the layer's last piece as it is, and the lint after the frame writes it.
  /** @type {Piece | null} */
  let lagging = null;
  function catchUp() {
    if (!lagging) return;
    const node = textOf(lagging);
    if (node.isConnected && node.data !== lagging.text) editText(node, lagging.text);
    lagging = null;
  }
  // The text the layer shows.
  let mirrored = '';
  // Puts a keystroke into the layer's text at once: the edit that turns
  // `mirrored` into `text`, when it lies inside one piece of one paragraph
  // (else false, and the next lint redraws what changed). The pieces after it
  // move with it, so the marks stay on their words until the lint.
  function mirrorEdit(text) {
    const old = mirrored;
    if (text === old) return true;
    const most = Math.min(old.length, text.length);
    let head = 0;
    while (head < most && old.charCodeAt(head) === text.charCodeAt(head)) head++;
    let tail = 0;
    while (tail < most - head && old.charCodeAt(old.length - 1 - tail) === text.charCodeAt(text.length - 1 - tail)) tail++;
    const removed = old.length - tail - head;
    const inserted = text.slice(head, text.length - tail);
    if (old.slice(head, head + removed).includes('\n') || inserted.includes('\n')) return false;
    let low = 0;
    let high = paragraphs.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (paragraphs[middle].start <= head) low = middle;
      else high = middle - 1;
    }
    const paragraph = paragraphs[low];
    // A line emptied needs its placeholder back, which the lint draws.
    if (!inserted && removed === paragraph.pieces.reduce((n, p) => n + p.text.length, 0)) return false;
    // Where the edit touches two pieces (typing right after a mark), the plain text takes it.
    const holds = (piece) => piece.start <= head && head + removed <= piece.start + piece.text.length;
    const held = paragraph.pieces.find((p) => holds(p) && !p.severity) ?? paragraph.pieces.find(holds);
    let index;
    if (held && !(held.severity && removed === 0 && (head === held.start || head === held.start + held.text.length))) {
      const at = head - held.start;
      held.text = held.text.slice(0, at) + inserted + held.text.slice(at + removed);
      held.key = `${held.severity || ''}\u0001${held.label}\u0001${held.text}`;
      const last = low === paragraphs.length - 1 && held === paragraph.pieces[paragraph.pieces.length - 1];
      if (last && !held.severity && (!lagging || lagging === held)) lagging = held;
      else {
        catchUp();
        textOf(held).replaceData(at, removed, inserted);
      }
      index = paragraph.pieces.indexOf(held);
    } else if (removed === 0 && (held || !paragraph.pieces.length)) {
      catchUp();
      // Typed at the edge of a mark with no plain text there, or on an empty
      // line: the new characters are a plain piece of their own, so no mark
      // grows over them and the mark keeps its node.
      /** @type {Piece} */
      const plain = { start: head, text: inserted, severity: null, label: '', key: `\u0001\u0001${inserted}`,
        node: document.createTextNode(inserted) };
      const box = /** @type {HTMLElement} */ (paragraph.node);
      if (!held) box.replaceChildren(/** @type {Node} */ (plain.node));
      else box.insertBefore(/** @type {Node} */ (plain.node), head === held.start ? held.node : /** @type {Node} */ (held.node).nextSibling);
      index = held ? paragraph.pieces.indexOf(held) + (head === held.start ? 0 : 1) : 0;
      paragraph.pieces.splice(index, 0, plain);
    } else return false;
    paragraph.key = paragraph.pieces.map((p) => p.key).join('\u0002');
    const delta = inserted.length - removed;
    for (const p of paragraph.pieces.slice(index + 1)) p.start += delta;
    for (let k = low + 1; k < paragraphs.length; k++) {
      paragraphs[k].start += delta;
      for (const p of paragraphs[k].pieces) p.start += delta;
    }
    mirrored = text;
    return true;
  }

  // The layer's element that holds `offset` (its mark, or its paragraph), to scroll to.
  function markAt(offset) {
    let paragraph = null;
    for (const p of paragraphs) {
      if (p.start > offset) break;
      paragraph = p;
    }
    if (!paragraph) return null;
    const piece = paragraph.pieces.find((p) => p.start <= offset && offset <= p.start + p.text.length && p.node instanceof HTMLElement);
    return piece ? /** @type {HTMLElement} */ (piece.node) : paragraph.node;
  }

  // The latest answer: its text, issues and card numbers by rule.
  /** @type {{text: string, issues: import('../gigcheck').LintIssue[], numberOf: Map<string, number>} | null} */
  let latest = null;

  // The caret note: the warnings whose marks hold the caret, each with its
  // number, and a button to its card.
  function clearCaretNote() {
    if (caretNote.firstChild) caretNote.replaceChildren();
  }
  function showCaretNote() {
    const offset = editor.selectionStart;
    if (!latest || latest.text !== editor.value || stale) { clearCaretNote(); return; }
    const numberOf = latest.numberOf;
    const number = (rule) => numberOf.get(rule) ?? 0;
    const here = latest.issues.filter((i) => i.end > i.start && i.start <= offset && offset <= i.end);
    const rules = [...new Set(here.map((i) => i.rule))].sort((a, b) => number(a) - number(b));
    if (!rules.length) { clearCaretNote(); return; }
    const mark = markAt(Math.min(...here.map((i) => i.start)));
    const lines = rules.map((rule) => {
      const issue = /** @type {import('../gigcheck').LintIssue} */ (here.find((i) => i.rule === rule));
      return el('p', {}, el('span', { class: 'card-number' }, cardNumber(number(rule))), ' ',
        el('span', { class: `badge proposal-badge-${issue.severity}` }, severityLabels[issue.severity]), ' ',
        el('strong', {}, ruleNames[rule] || rule), `: ${issue.message}`);
    });
    const first = rules[0];
    caretNote.replaceChildren(...lines,
      el('button', { type: 'button', class: 'button secondary proposal-to-card', onclick: () => revealCard(first, offset) },
        `${cardNumber(number(first))}の説明を見る`));
    caretNote.style.top = `${mark ? mark.offsetTop + mark.offsetHeight + 4 : 8}px`;
  }

  // Shows an issue in the editor: its words selected, its mark in view.
  function selectRange(start, end) {
    editor.focus({ preventScroll: true });
    editor.setSelectionRange(start, end);
    markAt(start)?.scrollIntoView({ block: 'center' });
    showCaretNote();
  }

  // The results (summary and cards) under the editor are drawn at once when
  // in view; while they are off screen (on a phone, below a long text)
  // typing leaves them for the pause, or for when they scroll into view.
  const results = el('div', { class: 'tool-results proposal-results' }, summary, issueList);
  let resultsInView = true;
  /** @type {{text: string, out: import('../gigcheck').LintAnswer, hasJob: boolean, groups: any[]} | null} */
  let pendingResults = null;
  const resultsAtPause = afterPause(() => flushResults(), lintPauseMs);
  new IntersectionObserver(([entry]) => {
    resultsInView = entry.isIntersecting;
    if (resultsInView) flushResults();
  }).observe(results);

  /** @type {Map<string, ReturnType<typeof issueCard>>} */
  let cards = new Map();
  const jump = (issue) => selectRange(issue.start, issue.end);
  function renderIssues({ text, out, hasJob, groups }) {
    const next = new Map();
    for (const group of groups) {
      const key = `${group[0].rule} ${group[0].severity}`;
      next.set(key, cards.get(key) ?? issueCard(group[0].rule, group[0].severity, jump));
    }
    const order = [...next.values()].map((card) => card.element);
    if (order.length !== issueList.children.length || order.some((node, k) => issueList.children[k] !== node)) issueList.replaceChildren(...order);
    cards = next;
    [...next.values()].forEach((card, k) => card.update(groups[k], k + 1, text));
    const counts = { error: 0, warning: 0, info: 0 };
    for (const issue of out.issues) counts[issue.severity]++;
    // Without a job post the unanswered-question check did not run: say so, not 「指摘はありません」.
    const scope = hasJob ? '' : '募集文がないため、質問への答え漏れは確認していません。';
    setText(summary, out.issues.length === 0
      ? `${out.stats.characters}文字。${hasJob ? '指摘はありません。' : `ほかの指摘はありません。${scope}`}`
      : `${out.stats.characters}文字。要修正 ${counts.error}件・注意 ${counts.warning}件・参考 ${counts.info}件${scope ? `。${scope}` : ''}`);
  }
  function flushResults() {
    resultsAtPause.cancel();
    if (!pendingResults) return;
    const answer = pendingResults;
    pendingResults = null;
    renderIssues(answer);
  }
  function showResults(answer, typing) {
    pendingResults = answer;
    if (!typing) flushResults();
    else if (resultsInView) soon(flushResults);
    else resultsAtPause();
  }
  // The result bar's words change only when the counts do.
  let barText = '';
  function publish(text) {
    if (text === barText) return;
    barText = text;
    publishSummary(issueList, text);
  }

  // The card of `rule` in view and focused, on the issue at `offset`.
  function revealCard(rule, offset) {
    flushResults();
    const card = [...cards.values()].find((c) => c.element.dataset.rule === rule);
    if (!card) return;
    card.at(offset);
    for (const other of issueList.querySelectorAll('.is-target')) other.classList.remove('is-target');
    card.element.classList.add('is-target');
    card.element.scrollIntoView({ block: 'center' });
    card.element.focus({ preventScroll: true });
  }

  const fitAtPause = afterPause(() => fitHeight(), lintPauseMs);
  // typing: the lint of a keystroke, whose results may wait while off screen.
  function runLint(typing = false) {
    const text = editor.value;
    const input = { text, options: lintOptions() };
    const hasJob = kind.value === 'application' && jobText.value.trim() !== '';
    if (hasJob) input.job_text = jobText.value;
    // A bad option is shown under itself, and the text is checked without it.
    const { result: out, errors } = callWithoutBadFields(gc.lint, input);
    lintErrors = errors;
    showErrors();
    if (!out) {
      latest = null;
      clearCaretNote();
      renderLayer(paragraphsOf([]));
      mirrored = '';
      pendingResults = null;
      cards = new Map();
      clear(issueList).append(el('li', {}, el('p', { class: 'small' }, '印の付いた項目を直すと、チェックの結果が表示されます。')));
      setText(summary, '');
    } else {
      const groups = groupIssues(out.issues);
      const numberOf = new Map(groups.map((group, k) => [group[0].rule, k + 1]));
      latest = { text, issues: out.issues, numberOf };
      renderLayer(paragraphsOf(highlightSegments(text, out.issues, numberOf)));
      mirrored = text;
      setStale(false);
      showResults({ text, out, hasJob, groups }, typing);
      const counts = { error: 0, warning: 0 };
      for (const issue of out.issues) if (issue.severity in counts) counts[issue.severity]++;
      publish(out.issues.length === 0 ? '指摘なし' : `要修正${counts.error}・注意${counts.warning}`);
    }
    // While typing the editor only grows, measured once the frame has laid
    // it out (its spare line takes the text meanwhile); it is fitted exactly
    // once typing pauses.
    if (typing) afterFrame(growHeight);
    else growHeight();
    fitAtPause();
  }
  const lintSoon = debounceFrame(() => runLint());
  const lintTyped = debounceFrame(() => runLint(true));
  // A keystroke the layer already shows (mirrorEdit) is drawn with nothing
  // else done first: its lint runs once the frame that draws it is done, so
  // typing draws no later than in a bare text box; the marks follow a frame
  // later.
  const lintTypedNow = () => runLint(true);
  const lintAfterFrame = () => afterFrame(lintTypedNow);
  const lintAtPause = afterPause(() => runLint(true), lintPauseMs);
  function lintWhenTyped() {
    if (editor.value.length <= instantLintChars) {
      if (!stale && mirrorEdit(editor.value)) lintAfterFrame();
      else {
        growHeight();
        lintTyped();
      }
      return;
    }
    // A long text is linted once typing pauses, its layer hidden meanwhile:
    // the marks no longer match, and a hidden layer costs the keystrokes no
    // layout (measured against visibility: hidden, which keeps its layout
    // for the pause but costs every keystroke ~10% more at 20,000 characters).
    setStale(true);
    growHeight();
    lintAtPause();
  }
  const saveSoon = afterPause(() => save(), saveDelayMs);
  // A phone may unload the page as soon as the user switches apps.
  addEventListener('pagehide', () => saveSoon.now());

  function save() {
    if (!autosave) return;
    try {
      if (editor.value) {
        localStorage.setItem(storageKey, editor.value);
        setText(saveStatus, 'この端末のブラウザに自動保存しています（外部には送信されません）。');
      } else {
        localStorage.removeItem(storageKey);
        saveStatus.textContent = '';
      }
    } catch {
      saveStatus.textContent = 'このブラウザでは自動保存できません。';
    }
  }

  // The last draft put in the editor, to undo in one tap, and what the draft
  // changed in the user's words (to keep them as typed instead).
  /** @type {string | null} */
  let beforeDraft = null;
  /** @type {import('../gigcheck').DraftAnswer | null} */
  let pending = null;  // a draft waiting for 置き換え / 末尾に追加 / キャンセル

  /** @param {boolean} asTyped @returns {import('../gigcheck').DraftInput} */
  function draftInput(asTyped) {
    /** @type {Record<string, unknown>} */
    const values = {};
    for (const f of controls) {
      if (!f.kinds.includes(kind.value)) continue;
      const value = fieldValue(f);
      if (value !== undefined) values[f.key] = value;
    }
    /** @type {import('../gigcheck').DraftInput} */
    const input = { kind: /** @type {import('../gigcheck').DraftInput['kind']} */ (kind.value), fields: values, options: lintOptions() };
    if (asTyped) input.fields_as_typed = true;
    if (kind.value === 'application' && jobText.value.trim()) input.job_text = jobText.value;
    return input;
  }

  function putDraft(out, how, asTyped) {
    beforeDraft = editor.value;
    editor.value = how === 'append' && editor.value.trim() ? `${editor.value.replace(/\s+$/, '')}\n\n${out.text}` : out.text;
    save();
    runLint();
    clear(formMessage);
    formMessage.append(el('p', { class: 'small' }, how === 'append'
      ? '下書きを末尾に追加しました。下のエディタで自由に直せます。'
      : '下書きを作りました。下のエディタで自由に直せます。'),
    el('button', { type: 'button', class: 'button secondary', id: 'proposal-undo', onclick: undoDraft }, '元に戻す'));
    if (out.missing && out.missing.length) {
      formMessage.append(el('p', { class: 'proposal-missing-head' }, `答える内容がまだない項目が${out.missing.length}件あります。エディタの【要記入：…】を書き換えてください。`),
        el('ul', { class: 'proposal-missing' }, out.missing.map((m) => el('li', {}, `「${m.ask}」→ ${m.marker}`))));
    }
    if (out.changes && out.changes.length && !asTyped) {
      formMessage.append(el('p', { class: 'proposal-changes-head' }, '自分を低く見せる表現は、応募では不利になるため省きました:'),
        el('ul', { class: 'proposal-changes' }, out.changes.map((c) => el('li', {}, `${labelsForErrors[`fields.${c.field}`] || c.field}: 「${c.from}」`))),
        el('button', { type: 'button', class: 'button secondary', id: 'proposal-keep-words', onclick: () => {
          const again = gc.draft(draftInput(true));
          if (again.error) return;
          editor.value = beforeDraft;
          putDraft(again, how, true);
        } }, '入力したとおりの言葉に戻す'));
    }
  }

  function undoDraft() {
    if (beforeDraft === null) return;
    editor.value = beforeDraft;
    beforeDraft = null;
    save();
    runLint();
    clear(formMessage).append(el('p', { class: 'small' }, '下書きを作る前の文章に戻しました。'));
  }

  draftButton.addEventListener('click', () => {
    // Every field the core refuses is marked under itself; no draft is made
    // from what is left, as it would leave out what the user typed.
    const { result: out, errors } = callWithoutBadFields(gc.draft, draftInput(false));
    draftErrors = errors;
    const unplaced = showErrors();
    clear(formMessage);
    if (errors.length) {
      formMessage.append(unplaced.length ? errorBox(unplaced[0], labelsForErrors)
        : el('p', { class: 'error', role: 'alert' }, '印の付いた項目を直してから、もう一度「下書きを作る」を押してください。'));
      return;
    }
    if (!out) return;
    if (!editor.value.trim()) {
      putDraft(out, 'replace', false);
      return;
    }
    // The editor has the user's text: never overwrite it without asking.
    pending = out;
    const choose = (how) => () => {
      const draft = pending;
      pending = null;
      if (how === 'cancel') {
        clear(formMessage).append(el('p', { class: 'small' }, 'エディタの文章はそのままです。'));
        return;
      }
      putDraft(draft, how, false);
    };
    formMessage.append(el('div', { class: 'proposal-choice', role: 'group', 'aria-label': 'エディタに文章があります' },
      el('p', {}, 'エディタにすでに文章があります。下書きをどうしますか？'),
      el('button', { type: 'button', class: 'button', id: 'proposal-replace', onclick: choose('replace') }, '置き換え'),
      el('button', { type: 'button', class: 'button secondary', id: 'proposal-append', onclick: choose('append') }, '末尾に追加'),
      el('button', { type: 'button', class: 'button secondary', id: 'proposal-cancel', onclick: choose('cancel') }, 'キャンセル')));
  });

  copyButton.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(editor.value);
      saveStatus.textContent = 'コピーしました。';
    } catch {
      editor.select();
      saveStatus.textContent = document.execCommand('copy') ? 'コピーしました。' : 'コピーできませんでした。選択して手動でコピーしてください。';
    }
  });

  deleteButton.addEventListener('click', () => {
    try { localStorage.removeItem(storageKey); } catch { /* nothing stored */ }
    editor.value = '';
    runLint();
    saveStatus.textContent = '保存した下書きを削除しました。';
  });

  editor.addEventListener('input', () => { keystroke(); saveSoon(); clearCaretNote(); lintWhenTyped(); });
  // Paper shows the layer's text: it must be the editor's, with its marks.
  addEventListener('beforeprint', () => { if (stale || latest?.text !== editor.value) runLint(); });
  // A tap or click on a highlight, or the arrow keys onto one, says which warning it is.
  const caretKeys = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown']);
  editor.addEventListener('click', showCaretNote);
  editor.addEventListener('keyup', (event) => { if (caretKeys.has(event.key)) showCaretNote(); });
  editor.addEventListener('keydown', (event) => { if (event.key === 'Escape') clearCaretNote(); });
  for (const input of [jobText, maxLength, maxCommas]) input.addEventListener('input', lintSoon);
  kind.addEventListener('change', () => { showKind(); lintSoon(); });
  // The layer wraps at the textarea's width; a new width means new line breaks.
  let width = 0;
  new ResizeObserver(() => {
    if (editor.clientWidth === width) return;  // its own growing is not a new width
    width = editor.clientWidth;
    fitHeight();
  }).observe(editor);

  root.append(
    el('p', { class: 'note' }, '応募文・プロフィール・催促や辞退のメッセージを作り、書きながらチェックします。入力した内容はこの端末の外に送信されません。'),
    el('div', { class: 'tool' },
      el('div', { class: 'tool-inputs' },
        el('fieldset', { class: 'proposal-form' }, el('legend', {}, '下書きを作る'),
          el('div', { class: 'field' }, el('label', { for: kind.id }, '作る文章'), kind),
          el('div', { class: 'grid proposal-fields' }, controls.map((f) => f.wrapper)),
          el('div', { class: 'field' }, el('label', { for: jobText.id }, '募集文（任意）'), jobText,
            el('small', { class: 'hint' }, '募集文の質問・指示を見つけ、その順に答える項目を作ります。')),
          draftButton, formMessage),
        el('section', { class: 'proposal-editor-section', 'aria-labelledby': 'proposal-editor-label' },
          el('label', { id: 'proposal-editor-label', for: editor.id, class: 'proposal-heading' }, 'エディタ（入力するたびにチェック）'),
          el('p', { class: 'small proposal-editor-hint' }, '色の付いた箇所の番号は、チェック結果の番号です。色の付いた箇所を押すか矢印キーで移動すると、その指摘が表示されます。'),
          el('div', { class: 'proposal-editor' }, layer, editor, caretNote),
          el('div', { class: 'proposal-actions' }, copyButton, deleteButton, saveStatus),
          el('details', { class: 'proposal-settings' }, el('summary', {}, 'チェックの設定'),
            el('div', { class: 'grid' },
              el('div', { class: 'field' }, el('label', { for: maxLength.id }, `${option.max_sentence_length.name}（文字）`), maxLength),
              el('div', { class: 'field' }, el('label', { for: maxCommas.id }, `${option.max_commas.name}（一文の「、」）`), maxCommas))))),
      results));
  labelsForErrors = visibleLabels(root);

  try { editor.value = autosave ? localStorage.getItem(storageKey) || '' : ''; } catch { editor.value = ''; }
  if (editor.value) saveStatus.textContent = '前回の下書きを読み込みました（この端末に保存されています）。';
  showKind();
  runLint();
}
