// @ts-check
// 応募文: draft an application, profile, nudge or withdrawal from fields and
// the job post, then edit it in a box that lints on every keystroke, with
// inline highlights, a list of issues, copy, and an autosave kept only in this
// browser (localStorage) that one click deletes.
import { el, clear, errorBox, formValue, debounceFrame, publishSummary } from '../ui.js';

const storageKey = 'gigcheck.proposal.draft';
// Up to this length the text is linted and its marks redrawn on every frame;
// longer texts after a pause in typing, with the marks hidden meanwhile: a
// lint and a redraw of 20,000 characters take longer than a frame on a phone
// (bench/typing_bench.mjs).
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

const labelsForErrors = Object.fromEntries(fields.map((f) => [`fields.${f.key}`, f.label]));
labelsForErrors.text = '応募文';
labelsForErrors.job_text = '募集文';

function fieldControl(f) {
  const id = `proposal-f-${f.key}`;
  let control;
  if (f.choices) {
    control = el('select', { id }, Object.entries(f.choices).map(([value, label]) =>
      el('option', { value, selected: value === f.initial }, label)));
  } else if (f.multiline) {
    control = el('textarea', { id, rows: 2, autocomplete: 'off' });
  } else {
    control = el('input', { id, type: f.type || 'text', inputmode: f.inputmode, autocomplete: 'off' });
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

// Segments of `text` with the strongest severity covering each, from issue spans.
/** @param {string} text @param {import('../gigcheck').LintIssue[]} issues */
function highlightSegments(text, issues) {
  const cuts = new Set([0, text.length]);
  const spans = issues.filter((i) => i.end > i.start && i.end <= text.length);
  for (const i of spans) { cuts.add(i.start); cuts.add(i.end); }
  const points = [...cuts].sort((a, b) => a - b);
  const segments = [];
  for (let k = 0; k + 1 < points.length; k++) {
    const [from, to] = [points[k], points[k + 1]];
    let severity = null;
    for (const i of spans) {
      if (i.start <= from && i.end >= to && (!severity || severityRank[i.severity] > severityRank[severity])) severity = i.severity;
    }
    segments.push({ text: text.slice(from, to), severity });
  }
  return segments;
}

// options.autosave: false in embeds, which keep nothing in the host's storage.
/** @param {HTMLElement} root @param {import('../gigcheck').Gigcheck} gc */
export function mount(root, gc, { autosave = true } = {}) {
  const { lint } = gc.meta({});
  severityLabels = Object.fromEntries(lint.severities.map((s) => [s.id, s.name]));
  severityRank = Object.fromEntries(lint.severities.map((s, i) => [s.id, lint.severities.length - i]));
  const option = Object.fromEntries(lint.options.map((o) => [o.id, o]));
  for (const o of lint.options) labelsForErrors[`options.${o.id}`] = o.name;
  const controls = fields.map(fieldControl);
  const kind = el('select', { id: 'proposal-kind' },
    Object.entries(kinds).map(([value, label]) => el('option', { value }, label)));
  const jobText = el('textarea', { id: 'proposal-job', rows: 6, autocomplete: 'off', placeholder: '募集文をここに貼り付けると、質問への答え漏れも確認します。' });
  const draftButton = el('button', { type: 'button', class: 'button', id: 'proposal-draft' }, '下書きを作る');
  const formMessage = el('div', { class: 'proposal-form-message' });

  const maxLength = el('input', { id: 'proposal-max-length', type: 'text', inputmode: 'numeric',
    value: String(option.max_sentence_length.default) });
  const maxCommas = el('input', { id: 'proposal-max-commas', type: 'text', inputmode: 'numeric',
    value: String(option.max_commas.default) });

  const editor = el('textarea', {
    id: 'proposal-editor', class: 'proposal-input', spellcheck: 'false', autocomplete: 'off',
    'aria-describedby': 'proposal-summary', placeholder: '下書きを作るか、応募文をここに書いてください。',
  });
  const layer = el('div', { class: 'proposal-layer', 'aria-hidden': 'true' });
  const summary = el('p', { id: 'proposal-summary', class: 'proposal-summary', role: 'status' });
  const issueList = el('ol', { class: 'proposal-issues', id: 'proposal-issues' });
  const saveStatus = el('span', { class: 'small', id: 'proposal-save-status', role: 'status' });
  const copyButton = el('button', { type: 'button', class: 'button secondary', id: 'proposal-copy' }, 'コピー');
  const deleteButton = el('button', { type: 'button', class: 'button secondary', id: 'proposal-delete' }, '保存した下書きを削除');

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

  // Keeps the textarea as tall as its text, so the layer behind never scrolls.
  // Shrinking needs a layout at height auto; while typing it only grows.
  function fitHeight() {
    editor.style.height = 'auto';
    editor.style.height = `${editor.scrollHeight + 2}px`;
  }
  function growHeight() {
    if (editor.scrollHeight > editor.clientHeight) editor.style.height = `${editor.scrollHeight + 2}px`;
  }

  function selectRange(start, end) {
    editor.focus();
    editor.setSelectionRange(start, end);
  }

  function renderIssues(text, out) {
    clear(issueList);
    const counts = { error: 0, warning: 0, info: 0 };
    for (const issue of out.issues) {
      counts[issue.severity]++;
      const quoted = issue.end > issue.start ? text.slice(issue.start, Math.min(issue.end, issue.start + 40)) : '';
      const item = el('li', { class: `proposal-issue proposal-${issue.severity}`, dataset: { rule: issue.rule } },
        el('div', { class: 'proposal-issue-head' },
          el('span', { class: `badge proposal-badge-${issue.severity}` }, severityLabels[issue.severity]),
          el('span', { class: 'small' }, `${issue.line}行目 ${issue.column}文字目`)),
        el('p', { class: 'proposal-message' }, issue.message),
        quoted ? el('p', { class: 'proposal-quote' }, `該当: 「${quoted}${issue.end - issue.start > 40 ? '…' : ''}」`) : null,
        el('p', { class: 'proposal-suggestion' }, `提案: ${issue.suggestion}`),
        el('button', { type: 'button', class: 'button secondary proposal-jump', onclick: () => selectRange(issue.start, issue.end) }, '該当箇所へ'));
      issueList.append(item);
    }
    summary.textContent = out.issues.length === 0
      ? `${out.stats.characters}文字。指摘はありません。`
      : `${out.stats.characters}文字。要修正 ${counts.error}件・注意 ${counts.warning}件・参考 ${counts.info}件`;
    publishSummary(issueList, out.issues.length === 0 ? '指摘なし' : `要修正${counts.error}・注意${counts.warning}`);
  }

  function renderLayer(text, issues) {
    clear(layer);
    for (const segment of highlightSegments(text, issues)) {
      layer.append(segment.severity
        ? el('mark', { class: `proposal-mark-${segment.severity}` }, segment.text)
        : document.createTextNode(segment.text));
    }
    // A final line break needs something after it to take up its line.
    layer.append(document.createTextNode('\u200b'));
  }

  let fitTimer = 0;
  function runLint() {
    const text = editor.value;
    const input = { text, options: lintOptions() };
    if (kind.value === 'application' && jobText.value.trim()) input.job_text = jobText.value;
    const out = gc.lint(input);
    // While typing the editor only grows; it is fitted exactly once typing pauses.
    growHeight();
    clearTimeout(fitTimer);
    fitTimer = setTimeout(fitHeight, lintPauseMs);
    if (out.error) {
      clear(issueList).append(el('li', {}, errorBox(out.error, labelsForErrors)));
      summary.textContent = '';
      renderLayer(text, []);
      return;
    }
    renderLayer(text, out.issues);
    layer.hidden = false;
    renderIssues(text, out);
  }
  const lintSoon = debounceFrame(runLint);
  let pause = 0;
  function lintWhenTyped() {
    if (editor.value.length <= instantLintChars) {
      lintSoon();
      return;
    }
    layer.hidden = true;  // its marks no longer match the text until the next lint
    growHeight();
    clearTimeout(pause);
    pause = setTimeout(runLint, lintPauseMs);
  }
  let saveTimer = 0;
  function saveSoon() {
    clearTimeout(saveTimer);
    saveTimer = setTimeout(() => { saveTimer = 0; save(); }, saveDelayMs);
  }
  // A phone may unload the page as soon as the user switches apps.
  addEventListener('pagehide', () => {
    if (!saveTimer) return;
    clearTimeout(saveTimer);
    saveTimer = 0;
    save();
  });

  function save() {
    if (!autosave) return;
    try {
      if (editor.value) {
        localStorage.setItem(storageKey, editor.value);
        saveStatus.textContent = 'この端末のブラウザに自動保存しています（外部には送信されません）。';
      } else {
        localStorage.removeItem(storageKey);
        saveStatus.textContent = '';
      }
    } catch {
      saveStatus.textContent = 'このブラウザでは自動保存できません。';
    }
  }

  draftButton.addEventListener('click', () => {
    /** @type {Record<string, unknown>} */
    const values = {};
    for (const f of controls) {
      if (!f.kinds.includes(kind.value)) continue;
      const value = fieldValue(f);
      if (value !== undefined) values[f.key] = value;
    }
    const input = { kind: kind.value, fields: values, options: lintOptions() };
    if (kind.value === 'application' && jobText.value.trim()) input.job_text = jobText.value;
    const out = gc.draft(input);
    clear(formMessage);
    if (out.error) {
      formMessage.append(errorBox(out.error, labelsForErrors));
      return;
    }
    editor.value = out.text;
    save();
    runLint();
    formMessage.append(el('p', { class: 'small' }, '下書きを作りました。下のエディタで自由に直せます。'));
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

  editor.addEventListener('input', () => { saveSoon(); lintWhenTyped(); });
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
    el('fieldset', { class: 'proposal-form' }, el('legend', {}, '下書きを作る'),
      el('div', { class: 'field' }, el('label', { for: kind.id }, '作る文章'), kind),
      el('div', { class: 'grid proposal-fields' }, controls.map((f) => f.wrapper)),
      el('div', { class: 'field' }, el('label', { for: jobText.id }, '募集文（任意）'), jobText,
        el('small', { class: 'hint' }, '募集文の質問・指示を見つけ、その順に答える項目を作ります。')),
      draftButton, formMessage),
    el('section', { class: 'proposal-editor-section', 'aria-labelledby': 'proposal-editor-label' },
      el('label', { id: 'proposal-editor-label', for: editor.id, class: 'proposal-heading' }, 'エディタ（入力するたびにチェック）'),
      el('div', { class: 'proposal-editor' }, layer, editor),
      el('div', { class: 'proposal-actions' }, copyButton, deleteButton, saveStatus),
      summary,
      issueList,
      el('details', { class: 'proposal-settings' }, el('summary', {}, 'チェックの設定'),
        el('div', { class: 'grid' },
          el('div', { class: 'field' }, el('label', { for: maxLength.id }, `${option.max_sentence_length.name}（文字）`), maxLength),
          el('div', { class: 'field' }, el('label', { for: maxCommas.id }, `${option.max_commas.name}（一文の「、」）`), maxCommas)))));

  try { editor.value = autosave ? localStorage.getItem(storageKey) || '' : ''; } catch { editor.value = ''; }
  if (editor.value) saveStatus.textContent = '前回の下書きを読み込みました（この端末に保存されています）。';
  showKind();
  runLint();
}
