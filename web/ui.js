// @ts-check
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
  return el('p', { class: 'error', role: 'alert' }, `入力エラー: ${errorText(error, labels)}`);
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

// Removes the value at an API field path ("stats.rating.average",
// "messages[1]") from `input`; false when there is nothing there to remove.
function removePath(input, path) {
  const keys = (path || '').split(/\.|\[(\d+)\]/).filter((k) => k !== undefined && k !== '');
  if (!keys.length) return false;
  let parent = input;
  for (const key of keys.slice(0, -1)) {
    if (parent === null || typeof parent !== 'object' || !(key in parent)) return false;
    parent = parent[key];
  }
  const last = keys[keys.length - 1];
  if (parent === null || typeof parent !== 'object' || !(last in parent)) return false;
  if (Array.isArray(parent)) parent.splice(Number(last), 1);
  else delete parent[last];
  return true;
}

// Calls `call(input)`; while the answer is an error naming a field the input
// has, answers again without that field, so one bad field does not take the
// other results away. Returns {result (null when nothing could be answered),
// errors (every error met, for the fields to show), input (what was answered,
// to read the answer's offsets against)}.
export function callWithoutBadFields(call, input, maxTries = 8) {
  const current = structuredClone(input);
  const errors = [];
  for (let i = 0; i < maxTries; i++) {
    const result = call(current);
    if (!result.error) return { result, errors, input: current };
    errors.push(result.error);
    if (!removePath(current, result.error.field)) return { result: null, errors, input: current };
  }
  return { result: null, errors, input: current };
}

// An error's message with API field paths replaced by the form's labels.
export function errorText(error, labels = {}) {
  let message = error.message;
  const paths = Object.keys(labels).sort((a, b) => b.length - a.length);
  for (const path of paths) message = message.split(path).join(`\u0000${labels[path]}\u0001`);
  return message.replace(/ ?\u0000/g, '「').replace(/\u0001 ?/g, '」');
}

// Shows each error under the control whose data-path is its field (marked
// aria-invalid, the message linked by aria-describedby), after clearing the
// marks of the last call. Returns the errors no control of `root` took.
export function showFieldErrors(root, errors, labels = {}) {
  for (const old of root.querySelectorAll('.field-error')) old.remove();
  for (const control of root.querySelectorAll('[aria-invalid="true"]')) {
    control.removeAttribute('aria-invalid');
    const ids = (control.getAttribute('aria-describedby') || '').split(' ').filter((id) => !id.endsWith('-error'));
    if (ids.length) control.setAttribute('aria-describedby', ids.join(' '));
    else control.removeAttribute('aria-describedby');
  }
  const unplaced = [];
  for (const error of errors) {
    const control = controlOf(root, error.field);
    if (!control || control.getAttribute('aria-invalid') === 'true') {
      if (!control) unplaced.push(error);
      continue;
    }
    const id = `${control.id}-error`;
    control.setAttribute('aria-invalid', 'true');
    control.setAttribute('aria-describedby', [control.getAttribute('aria-describedby'), id].filter(Boolean).join(' '));
    control.insertAdjacentElement('afterend', el('small', { class: 'field-error', id, role: 'alert' }, errorText(error, labels)));
    // A field folded away in a closed <details> is opened, so its error is seen.
    const folded = control.closest('details:not([open])');
    if (folded) /** @type {HTMLDetailsElement} */ (folded).open = true;
  }
  return unplaced;
}

// The control an error's field belongs to: the one whose data-path is the
// field, or else its nearest parent path (an error about "messages[2]" goes
// under the box that holds all the messages).
function controlOf(root, field) {
  for (let path = field || ''; path; path = path.replace(/(\.[^.[\]]*|\[\d+\])$/, '')) {
    const control = root.querySelector(`[data-path="${CSS.escape(path)}"]`);
    if (control) return control;
    if (!/[.[]/.test(path)) break;
  }
  return null;
}

// The visible label of every control of `root` that has a data-path, by
// path: what errors name instead of the API's field paths.
export function visibleLabels(root) {
  const labels = {};
  for (const control of root.querySelectorAll('[data-path]')) {
    const label = control.id ? root.querySelector(`label[for="${CSS.escape(control.id)}"]`) : null;
    if (label) labels[/** @type {HTMLElement} */ (control).dataset.path] = label.textContent.trim();
  }
  return labels;
}

// The number that ties a highlight to its result card: ① … ⑳, then (21).
export function cardNumber(n) {
  return n >= 1 && n <= 20 ? String.fromCharCode(0x245F + n) : `(${n})`;
}

// Today's date in the user's time zone as YYYY-MM-DD.
export function localToday() {
  const now = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

// A tab's result in a few words (「5項目中1項目達成」「リスク高」), for the result
// bar that app.js keeps in view on a phone; `results` is where the details are.
export function publishSummary(results, text) {
  results.dispatchEvent(new CustomEvent('gigcheck-summary', { bubbles: true, detail: { text } }));
}

// A YYYY-MM-DD date as every answer of the core words it: 2027年1月1日（金）.
export function japaneseDate(iso) {
  const [y, m, d] = iso.split('-').map(Number);
  const weekday = '日月火水木金土'[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
  return `${y}年${m}月${d}日（${weekday}）`;
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

// Calls fn once `ms` have passed since the last call: a debounce for every
// keystroke that only notes the time (clearing and setting a timer per
// keystroke costs more, on a slow phone ~0.2 ms each). `pending()` says
// whether a call is waiting, `now()` runs it at once if so, `cancel()` drops it.
export function afterPause(fn, ms) {
  let last = 0;
  let timer = 0;
  const fire = () => {
    const wait = last + ms - performance.now();
    if (wait > 1) {
      timer = setTimeout(fire, wait);
      return;
    }
    timer = 0;
    fn();
  };
  const call = () => {
    last = performance.now();
    if (!timer) timer = setTimeout(fire, ms);
  };
  call.pending = () => timer !== 0;
  call.cancel = () => {
    clearTimeout(timer);
    timer = 0;
  };
  call.now = () => {
    if (!timer) return;
    call.cancel();
    fn();
  };
  return call;
}
