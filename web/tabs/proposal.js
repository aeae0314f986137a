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
let ruleNames = {};

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
  ruleNames = Object.fromEntries(lint.rules.map((r) => [r.id, r.name]));
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

  // Issues grouped by rule, errors first: one card per rule with its count
  // and 前へ / 次へ through its places; unanswered asks as a checklist that
  // quotes each question of the post.
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

  function issueGroup(text, group) {
    const first = group[0];
    const head = el('div', { class: 'proposal-issue-head' },
      el('span', { class: `badge proposal-badge-${first.severity}` }, severityLabels[first.severity]),
      el('strong', { class: 'proposal-rule-name' }, `${ruleNames[first.rule] || first.rule} ${group.length}件`));
    const item = el('li', { class: `proposal-issue proposal-${first.severity}`, dataset: { rule: first.rule, count: String(group.length) } }, head);
    if (first.rule === 'unanswered_question') {
      item.append(el('p', { class: 'proposal-message' }, '募集文のこの質問・指示に、応募文が答えていないようです。項目を立てて答えてください。'),
        el('ul', { class: 'proposal-checklist' }, group.map((issue) =>
          el('li', {}, el('label', {}, el('input', { type: 'checkbox' }), ` 「${issue.ask}」`)))));
      return item;
    }
    let at = 0;
    const position = el('span', { class: 'small proposal-position' });
    const message = el('p', { class: 'proposal-message' });
    const quote = el('p', { class: 'proposal-quote' });
    const suggestion = el('p', { class: 'proposal-suggestion' });
    const show = () => {
      const issue = group[at];
      position.textContent = `${at + 1}/${group.length}件目・${issue.line}行目 ${issue.column}文字目`;
      message.textContent = issue.message;
      quote.textContent = quoteOf(text, issue);
      suggestion.textContent = `提案: ${issue.suggestion}`;
    };
    const go = (step) => {
      at = (at + step + group.length) % group.length;
      show();
      selectRange(group[at].start, group[at].end);
    };
    show();
    head.append(position);
    item.append(message, quote, suggestion,
      el('div', { class: 'proposal-nav' },
        el('button', { type: 'button', class: 'button secondary proposal-jump', onclick: () => selectRange(group[at].start, group[at].end) }, '該当箇所へ'),
        group.length > 1 ? el('button', { type: 'button', class: 'button secondary proposal-prev', onclick: () => go(-1) }, '前へ') : null,
        group.length > 1 ? el('button', { type: 'button', class: 'button secondary proposal-next', onclick: () => go(1) }, '次へ') : null));
    return item;
  }

  function renderIssues(text, out, hasJob) {
    clear(issueList);
    const counts = { error: 0, warning: 0, info: 0 };
    for (const issue of out.issues) counts[issue.severity]++;
    for (const group of groupIssues(out.issues)) issueList.append(issueGroup(text, group));
    // Without a job post the unanswered-question check did not run: say so, not 「指摘はありません」.
    const scope = hasJob ? '' : '募集文がないため、質問への答え漏れは確認していません。';
    summary.textContent = out.issues.length === 0
      ? `${out.stats.characters}文字。${hasJob ? '指摘はありません。' : `ほかの指摘はありません。${scope}`}`
      : `${out.stats.characters}文字。要修正 ${counts.error}件・注意 ${counts.warning}件・参考 ${counts.info}件${scope ? `。${scope}` : ''}`;
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
    const hasJob = kind.value === 'application' && jobText.value.trim() !== '';
    if (hasJob) input.job_text = jobText.value;
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
    renderIssues(text, out, hasJob);
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
    const out = gc.draft(draftInput(false));
    clear(formMessage);
    if (out.error) {
      formMessage.append(errorBox(out.error, labelsForErrors));
      return;
    }
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
