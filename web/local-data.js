// The user's own data: export every input of the page to a JSON file, import it
// back, and delete everything this page keeps in the browser. Nothing is sent
// anywhere; files are made and read on the device.
import { el } from './ui.js';

const fileFormat = 'gigcheck-inputs';

// Every form control with an id inside `main`, by id.
function readControls(main) {
  const fields = {};
  for (const control of main.querySelectorAll('input[id], textarea[id], select[id]')) {
    if (control.type === 'file') continue;
    fields[control.id] = control.type === 'checkbox' || control.type === 'radio' ? control.checked : control.value;
  }
  return fields;
}

function writeControls(main, fields) {
  let restored = 0;
  for (const [id, value] of Object.entries(fields)) {
    const control = main.querySelector(`#${CSS.escape(id)}`);
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

// mountAll builds every tab's form, so that all of them are saved and loaded.
export function setUpLocalData(container, main, mountAll) {
  const message = el('p', { class: 'small', role: 'status' });
  const fileInput = el('input', { type: 'file', accept: 'application/json,.json', hidden: true, id: 'import-file' });
  const exportButton = el('button', { type: 'button', class: 'button secondary', id: 'export-inputs' }, '入力内容をファイルに保存');
  const importButton = el('button', { type: 'button', class: 'button secondary', id: 'import-inputs' }, 'ファイルから読み込む');
  const deleteButton = el('button', { type: 'button', class: 'button secondary', id: 'delete-local-data' }, 'この端末の保存データをすべて削除');

  exportButton.addEventListener('click', () => {
    mountAll();
    const data = { format: fileFormat, version: 1, saved_at: new Date().toISOString(), fields: readControls(main) };
    download(`gigcheck-${data.saved_at.slice(0, 10)}.json`, JSON.stringify(data, null, 2));
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
      message.textContent = `${writeControls(main, data.fields)}項目を読み込みました。`;
    } catch {
      message.textContent = 'gigcheck で保存したファイルではないため、読み込めませんでした。';
    }
  });
  deleteButton.addEventListener('click', () => {
    localStorage.clear();
    sessionStorage.clear();
    message.textContent = 'この端末に保存していたデータをすべて削除しました。';
  });
  container.append(el('div', { class: 'local-data-buttons' }, exportButton, importButton, deleteButton), fileInput, message);
}
