// @ts-check
// 連絡タイムライン: when the client goes silent, the dates to nudge, escalate
// or move on, counted in business days (weekends and holidays skipped), with
// the messages to send, a calendar of the days off and an .ics download.
import { el, clear, errorBox, localToday, debounceFrame, callWithoutBadFields, showFieldErrors, publishSummary } from '../ui.js';
import { timelineToIcs } from '../ics.mjs';

// Situations (ids, names, the date each counts from) and platforms come from
// the module's meta, read when the tab is mounted.
let situations = {};
let platforms = [];

// Field paths of the API, worded as the form shows them (for errors); the
// date's label is the situation's (納品した日, 応募した日…), set on each update.
const labels = {
  situation: '状況',
  date: '日付',
  deadline: '募集期限',
  today: '今日の日付',
  closed_days: '休業日',
  name: 'あなたの名前',
  client_name: 'クライアントの名前',
  subject: '用件',
};

const weekdayNames = ['日', '月', '火', '水', '木', '金', '土'];
const weekendReasons = new Set(['土曜日', '日曜日']);

// "2026-09-28" -> {y, m, d} and day arithmetic in UTC (no time zone drift).
function parts(iso) {
  const [y, m, d] = iso.split('-').map(Number);
  return { y, m, d };
}
function toUtc(iso) {
  const { y, m, d } = parts(iso);
  return Date.UTC(y, m - 1, d);
}
function fromUtc(ms) {
  return new Date(ms).toISOString().slice(0, 10);
}
const dayMs = 86400000;

function shortDate(iso, weekday) {
  const { m, d } = parts(iso);
  return `${m}月${d}日（${weekday}）`;
}

function input(id, attributes = {}) {
  return el('input', { id, name: id, autocomplete: 'off', ...attributes });
}

function fieldBox(id, label, control, hint = '') {
  return el('div', { class: 'field' }, el('label', { for: id }, label), control,
    hint ? el('small', { class: 'hint', id: `${id}-hint` }, hint) : null);
}

function buildForm() {
  const situation = el('select', { id: 'tl-situation', name: 'situation', 'data-path': 'situation' },
    Object.entries(situations).map(([value, s]) => el('option', { value }, s.name)));
  const platform = el('select', { id: 'tl-platform', name: 'platform', 'data-path': 'platform' },
    platforms.map((p) => el('option', { value: p.id }, p.name)));
  const today = localToday();
  const dateRange = { type: 'date', min: '1955-01-01', max: '2099-12-31' };
  const date = input('tl-date', { ...dateRange, value: today, required: true, 'data-path': 'date' });
  const deadline = input('tl-deadline', { ...dateRange, 'data-path': 'deadline' });
  const todayInput = input('tl-today', { ...dateRange, value: today, 'data-path': 'today' });
  const yearEnd = el('input', { id: 'tl-year-end', type: 'checkbox' });
  const name = input('tl-name', { type: 'text', placeholder: '例：佐藤 花子', 'data-path': 'name' });
  const clientName = input('tl-client-name', { type: 'text', placeholder: '例：山田（様は不要）', 'data-path': 'client_name' });
  const subject = input('tl-subject', { type: 'text', placeholder: '例：記事3本の納品', 'data-path': 'subject' });

  const dateLabel = el('label', { for: 'tl-date' }, situations.after_delivery.date_label);
  const deadlineBox = fieldBox('tl-deadline', '募集期限（分かれば）', deadline,
    '分からなければ空欄のままで。応募日から2週間を目安にします。');
  const form = el('form', { class: 'tl-form', onsubmit: (e) => e.preventDefault() },
    el('fieldset', {},
      el('legend', {}, 'いまの状況'),
      el('div', { class: 'grid' },
        el('div', { class: 'field' }, el('label', { for: 'tl-situation' }, '状況'), situation),
        el('div', { class: 'field' }, el('label', { for: 'tl-platform' }, 'サービス'), platform)),
      el('div', { class: 'grid' },
        el('div', { class: 'field' }, dateLabel, date),
        deadlineBox)),
    el('details', { class: 'tl-options' },
      el('summary', {}, '文面に入れる名前・詳しい設定'),
      el('div', { class: 'grid' },
        fieldBox('tl-name', 'あなたの名前', name, '催促文・終了の連絡文に入ります。'),
        fieldBox('tl-client-name', 'クライアントの名前', clientName),
        fieldBox('tl-subject', '用件（送ったメッセージの件名）', subject),
        fieldBox('tl-today', '今日の日付', todayInput, '済んだ手順と次の手順の表示に使います。')),
      el('label', { class: 'tl-check' }, yearEnd, '年末年始（12/29〜1/3）も休みとして数える')));
  return { form, situation, platform, date, dateLabel, deadline, deadlineBox, today: todayInput, yearEnd, name, clientName, subject };
}

/** @returns {import('../gigcheck').TimelineInput} */
function request(f) {
  const value = (node) => node.value.trim() || undefined;
  return {
    situation: f.situation.value,
    platform: f.platform.value,
    date: f.date.value || undefined,
    deadline: f.situation.value === 'after_application' ? value(f.deadline) : undefined,
    today: value(f.today),
    closed_days: f.yearEnd.checked ? 'year_end' : 'none',
    name: value(f.name),
    client_name: value(f.clientName),
    subject: value(f.subject),
  };
}

// "納品から3営業日後", "募集期限から7日後", "連絡催促申請と同じ日".
/** @param {import('../gigcheck').TimelineAnswer} result @param {import('../gigcheck').TimelineStep} step */
function distanceText(result, step, byId) {
  if (step.kind === 'event') return '';
  const from = step.from === 'date' ? situations[result.situation].event
    : step.from === 'deadline' ? '募集期限' : byId[step.from]?.title || step.from;
  if (typeof step.business_days === 'number') return `${from}から${step.business_days}営業日後`;
  if (step.calendar_days === 0) return `${from}と同じ日`;
  return `${from}から${step.calendar_days}日後`;
}

/** @param {import('../gigcheck').TimelineStep} step @param {string | undefined} today set whenever steps have a status */
function statusText(step, today) {
  if (!step.status) return '';
  if (step.status === 'today') return '今日';
  if (step.status === 'past') return '過ぎた日';
  return `あと${Math.round((toUtc(step.date) - toUtc(today)) / dayMs)}日`;
}

async function copyText(text, textarea, note) {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    textarea.select();
    document.execCommand('copy');
  }
  note.textContent = 'コピーしました';
}

/** @param {import('../gigcheck').TimelineStep} step @param {number} index */
function templateBlock(step, index) {
  if (step.template) {
    const id = `tl-template-${index}`;
    const textarea = el('textarea', { id, class: 'tl-template', readonly: true, rows: 8 }, step.template);
    const note = el('span', { class: 'small', role: 'status' });
    const button = el('button', { type: 'button', class: 'button secondary', onclick: () => copyText(step.template, textarea, note) },
      '文面をコピー');
    // On paper the text itself, whole (a textarea prints only its box).
    return [el('div', { class: 'tl-message' }, el('label', { for: id }, '送る文面'), textarea,
      el('div', { class: 'tl-copy' }, button, note)),
    el('div', { class: 'tl-print-message' }, el('p', { class: 'tl-print-label' }, '送る文面'), el('p', { class: 'tl-print-text' }, step.template))];
  }
  if (step.template_error) {
    const needsName = /name$/.test(step.template_error.field || '');
    return el('p', { class: 'small' }, needsName
      ? '「文面に入れる名前」であなたの名前を入れると、送る文面がここに出ます。'
      : `文面は作れませんでした（${step.template_error.message}）`);
  }
  return null;
}

/** @param {import('../gigcheck').TimelineAnswer} result */
function stepList(result) {
  const byId = Object.fromEntries(result.steps.map((s) => [s.id, s]));
  return el('ol', { class: 'tl-steps' }, result.steps.map((step, i) => {
    const status = statusText(step, result.today);
    const distance = distanceText(result, step, byId);
    return el('li', {
      class: `tl-step tl-kind-${step.kind}${step.status ? ` tl-${step.status}` : ''}${result.next_step === step.id ? ' tl-next' : ''}`,
      dataset: { step: step.id, date: step.date },
    },
    el('div', { class: 'tl-when' },
      el('span', { class: 'tl-num', 'aria-hidden': 'true' }, String(i + 1)),
      el('strong', { class: 'tl-date' }, shortDate(step.date, step.weekday)),
      distance ? el('span', { class: 'tl-distance' }, distance) : null,
      status ? el('span', { class: `tl-status tl-status-${step.status}` }, status) : null,
      step.business_day ? null : el('span', { class: 'tl-off' }, '休日')),
    el('h3', {}, step.title, result.next_step === step.id ? el('span', { class: 'tl-next-label' }, '次の予定') : null),
    el('p', {}, step.action),
    templateBlock(step, i));
  }));
}

// A week-row calendar from the event to the last step; weekends, holidays and
// closed days come from the core's non_business_days.
/** @param {import('../gigcheck').TimelineAnswer} result */
function calendarTable(result) {
  const first = result.steps[0].date < result.date ? result.steps[0].date : result.date;
  const last = result.steps[result.steps.length - 1].date;
  const off = Object.fromEntries(result.non_business_days.map((d) => [d.date, d.reason]));
  const stepsOn = {};
  result.steps.forEach((s, i) => { (stepsOn[s.date] ||= []).push({ ...s, number: i + 1 }); });
  const firstMs = toUtc(first);
  const lastMs = toUtc(last);
  const start = firstMs - new Date(firstMs).getUTCDay() * dayMs;
  const end = lastMs + (6 - new Date(lastMs).getUTCDay()) * dayMs;
  const rows = [];
  for (let week = start; week <= end; week += 7 * dayMs) {
    const cells = [];
    for (let ms = week; ms < week + 7 * dayMs; ms += dayMs) {
      if (ms < firstMs || ms > lastMs) { cells.push(el('td', { class: 'tl-pad' })); continue; }
      const iso = fromUtc(ms);
      const { m, d } = parts(iso);
      const weekday = new Date(ms).getUTCDay();
      const reason = off[iso];
      const steps = stepsOn[iso] || [];
      const classes = ['tl-day'];
      if (weekday === 0) classes.push('tl-sun');
      if (weekday === 6) classes.push('tl-sat');
      if (reason && !weekendReasons.has(reason)) classes.push(reason === '年末年始休業' ? 'tl-closed' : 'tl-holiday');
      if (steps.length) classes.push('tl-has-step');
      if (iso === result.today) classes.push('tl-today');
      const described = [`${m}月${d}日（${weekdayNames[weekday]}）`, reason && !weekendReasons.has(reason) ? reason : '',
        ...steps.map((s) => `${s.number}. ${s.title}`)].filter(Boolean).join('、');
      cells.push(el('td', { class: classes.join(' '), title: described, dataset: { date: iso } },
        el('span', { class: 'tl-daynum' }, d === 1 || ms === firstMs ? `${m}/${d}` : String(d)),
        el('span', { class: 'tl-sr' }, described),
        steps.length ? el('span', { class: 'tl-marks', 'aria-hidden': 'true' }, steps.map((s) => el('span', { class: 'tl-mark' }, String(s.number)))) : null));
    }
    rows.push(el('tr', {}, cells));
  }
  const a = parts(first);
  const b = parts(last);
  return el('table', { class: 'tl-calendar' },
    el('caption', {}, `${a.y}年${a.m}月${a.d}日〜${b.y === a.y ? '' : `${b.y}年`}${b.m}月${b.d}日のカレンダー`),
    el('thead', {}, el('tr', {}, weekdayNames.map((w, i) => el('th', { scope: 'col', class: i === 0 ? 'tl-sun' : i === 6 ? 'tl-sat' : '' }, w)))),
    el('tbody', {}, rows));
}

/** @param {import('../gigcheck').TimelineAnswer} result */
function holidayList(result) {
  const days = result.non_business_days.filter((d) => !weekendReasons.has(d.reason));
  if (!days.length) return el('p', { class: 'small' }, 'この期間に祝日・休業日はありません（休みは土日だけです）。');
  return el('p', { class: 'small tl-holiday-list' }, '土日以外の休み: ',
    days.map((d) => `${shortDate(d.date, d.weekday)} ${d.reason}`).join('、'));
}

/** @param {import('../gigcheck').TimelineAnswer} result */
function downloadIcs(result) {
  const text = timelineToIcs(result, { stamp: new Date() });
  const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
  const link = el('a', { href: url, download: `gigcheck-${result.situation}-${result.date}.ics` });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60000);
}

/** @param {HTMLElement} out @param {import('../gigcheck').TimelineAnswer | import('../gigcheck').ErrorAnswer} result */
function renderResult(out, result) {
  clear(out);
  if (result.error) {
    out.append(errorBox(result.error, labels));
    return;
  }
  const situation = situations[result.situation];
  const { y, m, d } = parts(result.date);
  const next = result.steps.find((s) => s.id === result.next_step);
  publishSummary(out, result.next_action ? result.next_action.text : '予定の手順はすべて過ぎました');
  // The headline is what the user does next; the next event (a holiday, the
  // desk's own reminder) is only the line under it.
  out.append(
    result.next_action ? el('p', { class: 'tl-headline' }, el('strong', {}, result.next_action.text)) : null,
    el('p', { class: 'tl-summary' }, `${situation.event}: ${y}年${m}月${d}日。`,
      next && next.id !== result.next_action?.step ? `その前の予定: ${shortDate(next.date, next.weekday)}「${next.title}」` : '',
      result.closed_days === 'year_end' ? '（年末年始も休みとして数えています）' : ''),
    stepList(result),
    el('h3', { class: 'tl-heading' }, 'カレンダー'),
    calendarTable(result),
    el('p', { class: 'tl-legend small', 'aria-hidden': 'true' },
      el('span', { class: 'tl-key tl-key-weekend' }), '土日 ',
      el('span', { class: 'tl-key tl-key-holiday' }), '祝日・休日 ',
      el('span', { class: 'tl-key tl-key-step' }), '手順のある日（番号は上の手順）'),
    holidayList(result),
    el('div', { class: 'tl-actions' },
      el('button', { type: 'button', class: 'button', id: 'tl-ics', onclick: () => downloadIcs(result) },
        'カレンダーに登録（.ics をダウンロード）'),
      el('p', { class: 'small' }, 'ファイルはこの端末の中で作られます。スマホのカレンダーや Google カレンダーに取り込めます。')),
    el('p', { class: 'small' }, '日数は目安です。営業日は土日・祝日（振替休日・国民の休日を含む）を除いて数えています。'));
}

/** @param {HTMLElement} root @param {import('../gigcheck').Gigcheck} gc */
export function mount(root, gc) {
  const { timeline } = gc.meta({});
  situations = Object.fromEntries(timeline.situations.map((s) => [s.id, s]));
  platforms = timeline.platforms;
  const f = buildForm();
  const out = el('div', { class: 'tl-result', 'aria-live': 'polite' });
  root.append(
    el('h2', {}, '連絡タイムライン'),
    el('p', { class: 'note' }, 'クライアントから返事がないとき、いつ・何をすればよいかを日付で示します。土日・祝日は営業日に数えません。'),
    el('div', { class: 'tool' }, el('div', { class: 'tool-inputs' }, f.form), el('div', { class: 'tool-results' }, out)));

  // Re-render only when the request changed: a 'change' event on leaving a
  // field must not replace the step whose copy button was just pressed.
  let shown = '';
  const update = () => {
    const situation = situations[f.situation.value];
    f.dateLabel.textContent = situation.date_label;
    f.deadlineBox.hidden = f.situation.value !== 'after_application';
    const input = request(f);
    const key = JSON.stringify(input);
    if (key === shown) return;
    shown = key;
    labels.date = situation.date_label;
    // A bad field is shown under itself; the timeline is drawn without it when it can be.
    const { result, errors } = callWithoutBadFields(gc.timeline, input);
    const unplaced = showFieldErrors(f.form, errors, labels);
    if (result) renderResult(out, result);
    else if (unplaced.length) renderResult(out, { error: unplaced[0] });
    else clear(out).append(el('p', { class: 'small' }, '印の付いた項目を直すと、タイムラインが表示されます。'));
  };
  const schedule = debounceFrame(update);
  f.form.addEventListener('input', schedule);
  f.form.addEventListener('change', schedule);
  update();
}
