// @ts-check
// 案件ごと: a job is one saved item — its title, its status, and every input
// of the tabs for it (the pasted post, the client's messages, the dates, the
// application). The user keeps many jobs on the device, switches between
// them, and sees at a glance which ones wait for an action today. The status
// drives the other tabs: it sets the risk check's stage and the timeline's
// situation and date. Everything stays in this browser (localStorage).
import { el, localToday, afterPause } from './ui.js';

const jobsKey = 'gigcheck.jobs';
const saveDelayMs = 300;

// One row per status: its name, and what it means for the risk check's
// stage and the timeline's situation (none while the worker only considers).
const statuses = [
  { id: 'considering', name: '検討中', stage: 'before_contract' },
  { id: 'applied', name: '応募済み', stage: 'before_contract', situation: 'after_application' },
  { id: 'contracted', name: '契約', stage: 'after_contract', situation: 'after_contract' },
  { id: 'delivered', name: '納品', stage: 'after_delivery', situation: 'after_delivery' },
  { id: 'done', name: '完了' },
  { id: 'withdrawn', name: '辞退' },
];
const statusById = Object.fromEntries(statuses.map((s) => [s.id, s]));

function newJob() {
  return { id: `job-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`, title: '', status: 'considering', inputs: {} };
}

function readState() {
  try {
    const state = JSON.parse(localStorage.getItem(jobsKey) || 'null');
    if (state && Array.isArray(state.jobs) && state.jobs.length && state.jobs.some((j) => j.id === state.current)) return state;
  } catch {
    // A damaged entry starts over: the current inputs are still kept by local-data.js.
  }
  const first = newJob();
  return { current: first.id, jobs: [first] };
}

// What the timeline says the user should be doing for a job now: the latest
// of its actions whose day has come ({text}: 「今日: 催促メッセージを送る」 or
// 「連絡催促申請をする（2026年9月29日（火）から）」), else null.
function dueAction(gc, inputs, today) {
  const situation = inputs['tl-situation'];
  const date = inputs['tl-date'];
  if (!situation || !date) return null;
  const result = gc.timeline({ situation, date, today, platform: inputs['tl-platform'] || undefined });
  if (result.error) return null;
  const started = result.steps.filter((s) => s.headline && s.date <= today);
  const step = started[started.length - 1];
  if (!step) return null;
  return { text: step.date === today ? `今日: ${step.headline}` : `${step.headline}（${step.date_text}から）` };
}

function jobName(job) {
  return job.title.trim() || '名前のない案件';
}

// Builds the job bar in `container`; start(keeper) connects it to the kept
// inputs once local-data.js has made them.
export function createJobs(container, gc) {
  let state = readState();
  let keeper = null;
  const current = () => state.jobs.find((j) => j.id === state.current);

  const select = el('select', { id: 'job-select', 'aria-describedby': 'job-due' });
  const title = el('input', { id: 'job-title', type: 'text', autocomplete: 'off', placeholder: '例: 美容ブログの記事作成' });
  const status = el('select', { id: 'job-status' }, statuses.map((s) => el('option', { value: s.id }, s.name)));
  const add = el('button', { type: 'button', class: 'button secondary', id: 'job-new' }, '新しい案件');
  const remove = el('button', { type: 'button', class: 'button secondary', id: 'job-delete' }, 'この案件を削除');
  const due = el('div', { id: 'job-due', class: 'job-due', 'aria-live': 'polite' });
  // Folded on a phone, so the tabs stay near the top: the summary names the
  // job shown and how many wait for an action.
  const summary = el('summary', { id: 'job-summary' });

  function save() {
    saveSoon.cancel();
    if (keeper) current().inputs = keeper.snapshot();
    try {
      localStorage.setItem(jobsKey, JSON.stringify(state));
    } catch {
      // Storage full or blocked: the jobs last for this visit only.
    }
  }
  const saveSoon = afterPause(save, saveDelayMs);

  function render() {
    const today = localToday();
    const live = keeper ? keeper.snapshot() : current().inputs;
    const waiting = [];
    select.replaceChildren(...state.jobs.map((job) => {
      // A job done, withdrawn or only considered waits for nothing.
      const action = statusById[job.status]?.situation
        ? dueAction(gc, job.id === state.current ? live : job.inputs, today) : null;
      if (action) waiting.push({ job, action });
      const label = `${jobName(job)}（${statusById[job.status]?.name ?? ''}）${action ? '・要対応' : ''}`;
      return el('option', { value: job.id, selected: job.id === state.current }, label);
    }));
    title.value = current().title;
    status.value = current().status;
    remove.disabled = state.jobs.length < 2;
    summary.textContent = `案件: ${jobName(current())}（${statusById[current().status]?.name ?? ''}）` +
      (waiting.length ? `・今日対応 ${waiting.length}件` : '');
    due.replaceChildren(waiting.length
      ? el('ul', { class: 'job-due-list' }, waiting.map(({ job, action }) =>
        el('li', {}, el('strong', {}, jobName(job)), `: ${action.text}`)))
      : el('p', { class: 'small' }, '今日対応が必要な案件はありません。'));
  }

  function switchTo(id) {
    save();
    state.current = id;
    keeper.load(current().inputs);
    save();
    render();
  }

  select.addEventListener('change', () => switchTo(select.value));
  title.addEventListener('input', () => {
    current().title = title.value;
    saveSoon();
    render();
  });
  status.addEventListener('change', () => {
    const row = statusById[status.value];
    current().status = row.id;
    // The new status starts today: the timeline counts from it.
    if (row.stage) keeper.set('risk-stage', row.stage);
    if (row.situation) {
      keeper.set('tl-situation', row.situation);
      keeper.set('tl-date', localToday());
    }
    save();
    render();
  });
  add.addEventListener('click', () => {
    save();
    const job = newJob();
    state.jobs.push(job);
    switchTo(job.id);
    title.focus();
  });
  remove.addEventListener('click', () => {
    if (state.jobs.length < 2) return;
    const index = state.jobs.indexOf(current());
    state.jobs.splice(index, 1);
    state.current = state.jobs[Math.max(0, index - 1)].id;
    keeper.load(current().inputs);
    save();
    render();
  });
  addEventListener('pagehide', save);

  container.append(el('details', { class: 'job-details' }, summary,
    el('div', { class: 'job-bar' },
      el('div', { class: 'field' }, el('label', { for: 'job-select' }, '案件'), select),
      el('div', { class: 'field' }, el('label', { for: 'job-title' }, '案件名'), title),
      el('div', { class: 'field' }, el('label', { for: 'job-status' }, '状況'), status),
      el('div', { class: 'job-buttons' }, add, remove)),
    due));

  return {
    start(kept) {
      keeper = kept;
      // Inputs typed change what is due: redraw the list after a pause.
      const redrawSoon = afterPause(render, saveDelayMs);
      /** @type {HTMLElement} */ (document.querySelector('main')).addEventListener('input', () => {
        saveSoon();
        redrawSoon();
      });
      render();
    },
    toFile: () => {
      save();
      return state;
    },
    fromFile(saved) {
      if (!saved || !Array.isArray(saved.jobs) || !saved.jobs.some((j) => j.id === saved.current)) return;
      state = saved;
      save();
      render();
    },
    forget() {
      saveSoon.cancel();
      const first = newJob();
      state = { current: first.id, jobs: [first] };
      render();
    },
  };
}
