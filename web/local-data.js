// @ts-check
// The user's own data: every input the user changed is kept in this browser
// across reloads (phones reload tabs whenever the user switches apps); all
// inputs can be exported to a JSON file and imported back; and one button
// deletes everything this page keeps and clears the screen. Nothing is sent
// anywhere; files are made and read on the device.
import { el, localToday, afterPause } from './ui.js';

const fileFormat = 'gigcheck-inputs';
const keptKey = 'gigcheck.inputs';  // {id: value} of the controls the user changed
const keepDelayMs = 300;

function readKept() {
  try {
    const kept = JSON.parse(localStorage.getItem(keptKey) || '{}');
    return kept && typeof kept === 'object' ? kept : {};
  } catch {
    return {};
  }
}

function valueOf(control) {
  return control.type === 'checkbox' || control.type === 'radio' ? control.checked : control.value;
}

// The key of a form control in saved data: its id, or for a radio button
// without one, "name=value" (a group of radios shares a name).
function keyOf(control) {
  if (control.id) return control.id;
  return control.type === 'radio' && control.name ? `${control.name}=${control.value}` : '';
}

function controlFor(root, key) {
  const byId = root.querySelector(`#${CSS.escape(key)}`);
  if (byId) return byId;
  const [name, value] = key.split('=');
  if (value === undefined) return null;
  return root.querySelector(`input[type="radio"][name="${CSS.escape(name)}"][value="${CSS.escape(value)}"]`);
}

// Every form control inside `root` that has a key, with its key.
function controlsIn(root) {
  return [...root.querySelectorAll('input, textarea, select')]
    .filter((control) => control.type !== 'file' && keyOf(control))
    .map((control) => [keyOf(control), control]);
}

function readControls(main) {
  return Object.fromEntries(controlsIn(main).map(([key, control]) => [key, valueOf(control)]));
}

function writeControls(root, fields) {
  let restored = 0;
  for (const [key, value] of Object.entries(fields)) {
    const control = controlFor(root, key);
    if (!control || control.type === 'file') continue;
    if (control.type === 'checkbox' || control.type === 'radio') control.checked = value === true;
    else control.value = String(value);
    control.dispatchEvent(new Event('input', { bubbles: true }));
    control.dispatchEvent(new Event('change', { bubbles: true }));
    restored++;
  }
  return restored;
}

function download(name, text) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = el('a', { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

// Keeps what the user types in `main`, and gives it back to each tab when the
// tab is built (restore(panel)). Only controls the user changed are kept, so
// a default such as today's date is never replaced by an old one.
// Fields that hold the same thing in two tabs: the job post is pasted once,
// for the risk check and for the application's asks.
const linkedFields = [['risk-description', 'proposal-job']];

function partnerOf(key) {
  for (const [a, b] of linkedFields) {
    if (key === a) return b;
    if (key === b) return a;
  }
  return null;
}

function keepInputs(main) {
  let kept = readKept();
  let quiet = false;  // while this file writes the controls itself
  const save = () => {
    try {
      localStorage.setItem(keptKey, JSON.stringify(kept));
    } catch {
      // Storage full or blocked: the page works the same, it only forgets on reload.
    }
  };
  const saveSoon = afterPause(save, keepDelayMs);
  const onInput = (event) => {
    const control = event.target;
    if (quiet || !control.matches('input, textarea, select') || control.type === 'file' || !keyOf(control)) return;
    // A radio's neighbours change with it.
    const changed = control.type === 'radio' && control.name
      ? main.querySelectorAll(`input[type="radio"][name="${CSS.escape(control.name)}"]`) : [control];
    for (const c of changed) if (keyOf(c)) kept[keyOf(c)] = valueOf(c);
    const partner = partnerOf(keyOf(control));
    if (partner) set(partner, valueOf(control));
    saveSoon();
  };
  main.addEventListener('input', onInput);
  main.addEventListener('change', onInput);
  // A phone may unload the page as soon as the user switches apps.
  addEventListener('pagehide', () => saveSoon.now());
  function quietly(write) {
    quiet = true;
    try {
      return write();
    } finally {
      quiet = false;
    }
  }
  // Sets a kept value, and the control's when its tab is built.
  function set(key, value) {
    kept[key] = value;
    quietly(() => writeControls(main, { [key]: value }));
    saveSoon();
  }
  return {
    restore: (panel) => quietly(() => writeControls(panel, kept)),
    // Forgets everything kept and runs `reset` without keeping what it writes.
    forget: (reset) => {
      saveSoon.cancel();
      kept = {};
      quietly(reset);
    },
    set,
    snapshot: () => ({ ...kept }),
    // Writes saved fields (an imported file) as they are, without linking
    // one field to its partner; returns how many controls took a value.
    merge: (fields) => {
      Object.assign(kept, fields);
      const written = quietly(() => writeControls(main, fields));
      save();
      return written;
    },
    // Replaces what is kept (another job's inputs): the screen is reset, then
    // shows them.
    load: (inputs) => {
      saveSoon.cancel();
      kept = { ...inputs };
      quietly(() => {
        resetControls(main);
        writeControls(main, kept);
      });
      save();
    },
  };
}

// Puts every control back to the value it was built with, so that after
// deleting the data nothing of it stays on screen.
function resetControls(main) {
  for (const [, control] of controlsIn(main)) {
    if (control.type === 'checkbox' || control.type === 'radio') control.checked = control.defaultChecked;
    else if (control.tagName === 'SELECT') control.selectedIndex = Math.max(0, [...control.options].findIndex((o) => o.defaultSelected));
    else control.value = control.defaultValue;
    control.dispatchEvent(new Event('input', { bubbles: true }));
    control.dispatchEvent(new Event('change', { bubbles: true }));
  }
}

// mountAll builds every tab's form, so that all of them are saved and loaded.
// `jobs` (jobs.js) adds the saved jobs to the file and forgets them on delete.
// Returns the keeper: app.js calls keeper.restore(panel) on each tab it builds.
export function setUpLocalData(container, main, mountAll, jobs) {
  const keeper = keepInputs(main);
  const message = el('p', { class: 'small', role: 'status' });
  const fileInput = el('input', { type: 'file', accept: 'application/json,.json', hidden: true, id: 'import-file' });
  const exportButton = el('button', { type: 'button', class: 'button secondary', id: 'export-inputs' }, '入力内容をファイルに保存');
  const importButton = el('button', { type: 'button', class: 'button secondary', id: 'import-inputs' }, 'ファイルから読み込む');
  const deleteButton = el('button', { type: 'button', class: 'button secondary', id: 'delete-local-data' }, 'この端末の保存データをすべて削除');

  exportButton.addEventListener('click', () => {
    mountAll();
    // The user's own date, not UTC's: saved after 9 p.m. in Japan is still today.
    const data = { format: fileFormat, version: 2, saved_at: new Date().toISOString(), saved_on: localToday(),
      fields: readControls(main), jobs: jobs?.toFile() };
    download(`gigcheck-${data.saved_on}.json`, JSON.stringify(data, null, 2));
    message.textContent = '入力内容をファイルに保存しました（この端末にダウンロードされます）。';
  });
  importButton.addEventListener('click', () => fileInput.click());
  fileInput.addEventListener('change', async () => {
    const file = fileInput.files[0];
    fileInput.value = '';
    if (!file) return;
    try {
      const data = JSON.parse(await file.text());
      if (data.format !== fileFormat || typeof data.fields !== 'object' || data.fields === null) throw new Error('format');
      mountAll();
      if (data.jobs) jobs?.fromFile(data.jobs);
      message.textContent = `${keeper.merge(data.fields)}項目を読み込みました。`;
    } catch {
      message.textContent = 'gigcheck で保存したファイルではないため、読み込めませんでした。';
    }
  });
  deleteButton.addEventListener('click', () => {
    keeper.forget(() => resetControls(main));
    jobs?.forget();
    // After the reset: a tab's own autosave may have run on its events.
    localStorage.clear();
    sessionStorage.clear();
    // Tabs that draw what was kept (the certification history) draw again.
    document.dispatchEvent(new Event('gigcheck:local-data-deleted'));
    message.textContent = 'この端末に保存していたデータをすべて削除し、画面の入力も消しました。';
  });
  container.append(el('div', { class: 'local-data-buttons' }, exportButton, importButton, deleteButton), fileInput, message);
  return keeper;
}
