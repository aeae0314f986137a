// Small DOM helpers. Everything a user or the core wrote goes in as text
// (textContent), never as HTML.
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

export function append(node, children) {
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function clear(node) {
  node.replaceChildren();
  return node;
}

// A labelled input; returns {wrapper, input}.
export function field(labelText, inputAttributes = {}, hint = '') {
  const id = inputAttributes.id;
  const input = el(inputAttributes.tag || 'input', { ...inputAttributes, tag: undefined });
  const wrapper = el('div', { class: 'field' }, el('label', { for: id }, labelText), input,
    hint ? el('small', { class: 'hint' }, hint) : null);
  return { wrapper, input };
}

// Shows an API error object in words. `labels` maps field paths to the
// form's Japanese labels so the message names what the user sees.
export function errorBox(error, labels = {}) {
  let message = error.message;
  const paths = Object.keys(labels).sort((a, b) => b.length - a.length);
  for (const path of paths) message = message.split(path).join(`\u0000${labels[path]}\u0001`);
  message = message.replace(/ ?\u0000/g, '「').replace(/\u0001 ?/g, '」');
  return el('p', { class: 'error', role: 'alert' }, `入力エラー: ${message}`);
}

// Units people type after a number: 4.7点, 4時間, 1,500円, 80%, 50名.
const numberUnits = /\s*(点|時間|時|h|円|%|件|名|人|回|位|分|文字|日|本|個|枚)$/i;

// A form value for the API: empty stays absent, a number as people type it
// (full-width digits, thousands separators, a unit after it) becomes the
// number, and anything else is passed as typed so the core can name the problem.
export function formValue(text) {
  // Japanese keyboards often type full-width forms: ３６, ４．７９, ８０％ mean 36, 4.79, 80%.
  const halfWidth = text.trim().replace(/[０-９．－，％]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xFEE0));
  if (halfWidth === '') return undefined;
  const number = halfWidth.replace(numberUnits, '').replace(/(\d),(?=\d{3}(\D|$))/g, '$1').replace(/^[¥￥]/, '');
  if (/^-?\d+$/.test(number)) return Number(number);
  return /^-?\d+\.\d+$/.test(number) ? number : halfWidth;
}

// Today's date in the user's time zone as YYYY-MM-DD.
export function localToday() {
  const now = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

// Calls fn at most once per animation frame while the user types.
export function debounceFrame(fn) {
  let pending = false;
  return (...args) => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => { pending = false; fn(...args); });
  };
}
